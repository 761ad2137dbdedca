import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// `tthc deadline --batch`: one deadline per CSV row, streamed. Memory stays flat whatever the
/// file's length (a buffer of input, one row, bounded caches, a buffer of output); a row that
/// cannot be computed gets an error and the run goes on.
struct DeadlineBatch {
    enum Format { case csv, jsonl }

    let resolver: DeadlineResolver
    let format: Format
    let lang: MessageLanguage
    let clockStart: ClockStart?
    let requireOfficial: Bool

    /// A longer line is an error row, and is skipped rather than held.
    static let maxLineBytes = 1 << 20
    /// Distinct questions and cut-offs kept; past this the cache starts over (flat memory).
    static let maxCachedQuestions = 4096

    private var defaultCalculator: DeadlineCalculator
    private var calculators: [Int: DeadlineCalculator] = [:]
    private var questions: [String: Result<DeadlineQuestion, DeadlineRefusal>] = [:]
    /// Per procedure, the days its terms change: it takes effect, a version or dated value
    /// begins or ends, it expires (the day after).
    private var periodStarts: [String: [CivilDate]] = [:]
    private var header: CSVHeader?
    private var out = ByteOutput()
    private(set) var badRows = 0

    init(
        resolver: DeadlineResolver, format: Format, lang: MessageLanguage, clockStart: ClockStart?,
        requireOfficial: Bool
    ) throws {
        self.resolver = resolver
        self.format = format
        self.lang = lang
        self.clockStart = clockStart
        self.requireOfficial = requireOfficial
        defaultCalculator = DeadlineCalculator(
            calendar: try DeadlineQuery.calendarInput { try resolver.catalog.workCalendar() })
    }

    /// Reads `path` (`-`: standard input) and writes the rows to standard output. Returns the
    /// number of rows that could not be computed; throws `CommandFailure` for an unreadable
    /// file or a header it cannot use (exit 2).
    mutating func run(path: String) throws -> Int {
        let context = RunContext.current
        let fd: Int32 = path == "-" ? context.inputDescriptor : open(context.path(path), O_RDONLY)
        guard fd >= 0 else {
            throw CommandFailure.io(
                CommandMessage.cannotRead(path, reason: String(cString: strerror(errno))))
        }
        defer { if path != "-" { close(fd) } }
        try process(fd: fd, name: path) { bytes in context.output.write(bytes) }
        return badRows
    }

    /// The streaming loop: whole lines go to `row`, the rest waits for the next read.
    mutating func process(fd: Int32, name: String, write: ([UInt8]) -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var line: [UInt8] = []
        line.reserveCapacity(256)
        var lineNumber = 0
        var skippingLongLine = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CommandFailure.io(
                    CommandMessage.cannotRead(name, reason: String(cString: strerror(errno))))
            }
            if n == 0 { break }
            var start = 0
            while start < n {
                let newline = buffer[start..<n].firstIndex(of: UInt8(ascii: "\n"))
                let end = newline ?? n
                if !skippingLongLine {
                    line.append(contentsOf: buffer[start..<end])
                    if line.count > Self.maxLineBytes {
                        lineNumber += 1
                        try tooLong(lineNumber)
                        line.removeAll(keepingCapacity: true)
                        skippingLongLine = newline == nil
                    }
                } else if newline != nil {
                    skippingLongLine = false
                    start = end + 1
                    continue
                }
                guard newline != nil else { break }
                lineNumber += 1
                try handle(line: &line, number: lineNumber)
                line.removeAll(keepingCapacity: true)
                start = end + 1
            }
            if out.bytes.count >= 1 << 16 {
                write(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty, !skippingLongLine {
            lineNumber += 1
            try handle(line: &line, number: lineNumber)
        }
        if header == nil {
            throw CommandFailure.usage(
                CommandMessage.emptyBatch(name))
        }
        write(out.bytes)
        out.bytes.removeAll(keepingCapacity: true)
    }

    private mutating func tooLong(_ number: Int) throws {
        guard let header else {
            throw CommandFailure.usage(
                CommandMessage.headerTooLong(Self.maxLineBytes))
        }
        let error = DeadlineRefusal(CommandMessage.lineTooLong(number, limit: Self.maxLineBytes))
        emit(fields: Array(repeating: "", count: header.names.count), due: nil, estimated: nil, error: error.text(lang))
    }

    private mutating func handle(line: inout [UInt8], number: Int) throws {
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        guard let header else {
            let parsed = CSVLine(line)
            guard parsed.valid, !parsed.unterminated else {
                throw CommandFailure.usage(
                    CommandMessage.headerUnreadable)
            }
            let made = try CSVHeader(parsed.fields, lang: lang)
            self.header = made
            emitHeader(made)
            return
        }
        if line.isEmpty { return }  // a blank line holds no row
        let parsed = CSVLine(line)
        var fields = parsed.fields
        var problem: DeadlineRefusal?
        if !parsed.valid {
            problem = DeadlineRefusal(CommandMessage.lineNotUTF8(number))
        } else if parsed.unterminated {
            problem = DeadlineRefusal(CommandMessage.lineUnclosedQuote(number))
        } else if fields.count != header.names.count {
            let extra = fields.count > header.names.count ? fields[header.names.count...].joined(separator: ",") : ""
            problem = DeadlineRefusal(
                CommandMessage.lineFieldCount(number, fields: fields.count, header: header.names.count, extra: extra))
        }
        if fields.count < header.names.count {
            fields += Array(repeating: "", count: header.names.count - fields.count)
        }
        if fields.count > header.names.count { fields.removeLast(fields.count - header.names.count) }
        if let problem {
            emit(fields: fields, due: nil, estimated: nil, error: problem.text(lang))
            return
        }
        switch compute(fields, header: header, line: number) {
        case .success((let due, let estimated)):
            emit(fields: fields, due: due, estimated: estimated, error: nil)
        case .failure(let error):
            emit(fields: fields, due: nil, estimated: nil, error: error.text(lang))
        }
    }

    /// One row's answer: the due instant and whether it rests on an estimated year.
    mutating func compute(_ fields: [String], header: CSVHeader, line: Int) -> Result<
        (LocalDateTime, Bool), DeadlineRefusal
    > {
        func value(_ column: Int?) -> String? {
            guard let column else { return nil }
            let v = Self.trimmed(fields[column])
            return v.isEmpty ? nil : v
        }
        let add = value(header.add)
        let procedure = value(header.procedure)
        let channel = value(header.channel)
        let facts =
            value(header.facts).map { $0.split(separator: ";").map { Self.trimmed(String($0)) }.filter { !$0.isEmpty } }
            ?? []
        // A period is its own key (no string built per row); a procedure's key joins its parts.
        // A procedure answers with its terms in force at receipt (or refuses a day outside its
        // period in force): which of its periods the receipt falls in joins its key.
        var parsed: LocalDateTime?
        var period = ""
        if let procedure, let listed = resolver.catalog.procedures[procedure] {
            do {
                parsed = try Self.fastReceived(
                    fields[header.received], officeHours: defaultCalculator.calendar.officeHours)
            } catch { return .failure(error) }
            let starts = periodStarts[procedure] ?? Self.periodStarts(of: listed)
            periodStarts[procedure] = starts
            period = "\u{0}\(starts.filter { $0 <= parsed!.date }.count)"
        }
        let receivedOn = parsed?.date
        let key =
            add.map { procedure == nil ? $0 : "\u{1}" + $0 }
            ?? "\u{0}\(procedure ?? "")\u{0}\(channel ?? "")\u{0}\(facts.joined(separator: ";"))\(period)"
        let question: DeadlineQuestion
        if let cached = questions[key] {
            switch cached {
            case .success(let q): question = q
            case .failure(let e): return .failure(e)
            }
        } else {
            if questions.count >= Self.maxCachedQuestions { questions.removeAll(keepingCapacity: true) }
            do {
                var q = try resolver.question(
                    add: add, procedure: procedure, channel: channel, facts: facts, receivedOn: receivedOn)
                if let clockStart { q.rule = clockStart }
                questions[key] = .success(q)
                question = q
            } catch {
                questions[key] = .failure(error)
                return .failure(error)
            }
        }
        let calculator: DeadlineCalculator
        do { calculator = try self.calculator(cutoff: question.cutoff) } catch { return .failure(error) }
        let received: LocalDateTime
        do {
            // Parsed once: the row's receipt, read again only under other office hours.
            if let parsed, calculator.calendar.officeHours == defaultCalculator.calendar.officeHours {
                received = parsed
            } else {
                received = try Self.fastReceived(fields[header.received], officeHours: calculator.calendar.officeHours)
            }
        } catch {
            return .failure(error)
        }
        let due: LocalDateTime
        do {
            due = try calculator.dueDate(question, from: received)
        } catch {
            return .failure(DeadlineRefusal(error: error))
        }
        let calendar = calculator.calendar
        var estimated = false
        let first = received.date.year
        for year in first...max(first, due.date.year) where calendar.isEstimated(year: year) {
            estimated = true
            if requireOfficial {
                return .failure(
                    DeadlineRefusal(CommandMessage.restsOnEstimatedYear(year)))
            }
            break
        }
        return .success((due, estimated))
    }

    /// Spaces and tabs around a field dropped; the common case (none) returns the string as it is.
    static func trimmed(_ s: String) -> String {
        let u = s.utf8
        guard let first = u.first, let last = u.last else { return s }
        func blank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        guard blank(first) || blank(last) else { return s }
        let bytes = Array(u)
        guard let a = bytes.firstIndex(where: { !blank($0) }), let b = bytes.lastIndex(where: { !blank($0) }) else {
            return ""
        }
        return String(decoding: bytes[a...b], as: UTF8.self)
    }

    private mutating func calculator(cutoff: TimeOfDay?) throws(DeadlineRefusal) -> DeadlineCalculator {
        guard let cutoff else { return defaultCalculator }
        if let c = calculators[cutoff.minutes] { return c }
        do {
            let c = DeadlineCalculator(calendar: try resolver.catalog.workCalendar(cutoff: cutoff))
            if calculators.count >= 64 { calculators.removeAll() }
            calculators[cutoff.minutes] = c
            return c
        } catch {
            throw DeadlineRefusal(error: error)
        }
    }

    /// `YYYY-MM-DD[ HH:MM]` read from the bytes without building intermediate strings; anything
    /// else goes through `parseReceived` for its message.
    static func fastReceived(_ text: String, officeHours: OfficeHours) throws(DeadlineRefusal) -> LocalDateTime {
        var text = text
        let parsed: LocalDateTime? = text.withUTF8 { b -> LocalDateTime? in
            guard b.count == 10 || b.count == 16, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else {
                return nil
            }
            func digits(_ i: Int, _ n: Int) -> Int? {
                var v = 0
                for k in i..<(i + n) {
                    let c = b[k] &- UInt8(ascii: "0")
                    guard c < 10 else { return nil }
                    v = v * 10 + Int(c)
                }
                return v
            }
            guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2), let date = try? CivilDate(y, m, d)
            else { return nil }
            if b.count == 10 { return LocalDateTime(date, officeHours.sessions[0].start) }
            guard b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
                let h = digits(11, 2), let mi = digits(14, 2), let time = try? TimeOfDay(h, mi)
            else { return nil }
            return LocalDateTime(date, time)
        }
        if let parsed { return parsed }
        return try parseReceived(text, officeHours: officeHours)
    }

    // MARK: output

    private mutating func emitHeader(_ header: CSVHeader) {
        guard format == .csv else { return }
        for name in header.names {
            out.csvField(name)
            out.byte(UInt8(ascii: ","))
        }
        out.ascii("due,estimated,error\n")
    }

    private mutating func emit(fields: [String], due: LocalDateTime?, estimated: Bool?, error: String?) {
        if error != nil { badRows += 1 }
        switch format {
        case .csv:
            for field in fields {
                out.csvField(field)
                out.byte(UInt8(ascii: ","))
            }
            if let due { out.instant(due, offset: false) }
            out.byte(UInt8(ascii: ","))
            if let estimated { out.ascii(estimated ? "true" : "false") }
            out.byte(UInt8(ascii: ","))
            if let error { out.csvField(error) }
            out.byte(UInt8(ascii: "\n"))
        case .jsonl:
            out.byte(UInt8(ascii: "{"))
            for (name, field) in zip(header!.names, fields) {
                out.jsonString(name)
                out.byte(UInt8(ascii: ":"))
                out.jsonString(field)
                out.byte(UInt8(ascii: ","))
            }
            out.ascii("\"due\":")
            if let due {
                out.byte(UInt8(ascii: "\""))
                out.instant(due, offset: true)
                out.byte(UInt8(ascii: "\""))
            } else {
                out.ascii("null")
            }
            out.ascii(",\"estimated\":")
            out.ascii(estimated.map { $0 ? "true" : "false" } ?? "null")
            out.ascii(",\"error\":")
            if let error { out.jsonString(error) } else { out.ascii("null") }
            out.ascii("}\n")
        }
    }
}

/// The columns a batch reads, by position.
struct CSVHeader {
    let names: [String]
    let received: Int
    let add: Int?
    let procedure: Int?
    let channel: Int?
    let facts: Int?

    init(_ names: [String], lang: MessageLanguage) throws {
        let names = names.map { $0.trimmingCharacters(in: .whitespaces) }
        self.names = names
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            throw CommandFailure.usage(
                CommandMessage.columnTwice(name))
        }
        for reserved in ["due", "estimated", "error"] where seen.contains(reserved) {
            throw CommandFailure.usage(
                CommandMessage.outputColumnInInput(reserved))
        }
        guard let received = names.firstIndex(of: "received") else {
            throw CommandFailure.usage(
                CommandMessage.noReceivedColumn(names.joined(separator: ", ")))
        }
        add = names.firstIndex(of: "add")
        procedure = names.firstIndex(of: "procedure")
        guard add != nil || procedure != nil else {
            throw CommandFailure.usage(
                CommandMessage.noPeriodColumn)
        }
        self.received = received
        channel = names.firstIndex(of: "channel")
        facts = names.firstIndex(of: "facts")
    }
}

/// One CSV line (RFC 4180 fields, a quoted field may hold commas and doubled quotes; a record
/// is one line).
struct CSVLine {
    var fields: [String] = []
    var valid = true
    var unterminated = false

    init(_ line: [UInt8]) {
        var isASCII = true
        for b in line where b >= 0x80 {
            isASCII = false
            break
        }
        if !isASCII { valid = String(validating: line, as: UTF8.self) != nil }
        let n = line.count
        var i = 0
        fields.reserveCapacity(8)
        while true {
            if i < n, line[i] == UInt8(ascii: "\"") {
                // Quoted: unescape doubled quotes into a buffer; text after the closing quote is kept.
                var field: [UInt8] = []
                i += 1
                var closed = false
                while i < n {
                    let c = line[i]
                    if c == UInt8(ascii: "\"") {
                        if i + 1 < n, line[i + 1] == UInt8(ascii: "\"") {
                            field.append(c)
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    field.append(c)
                    i += 1
                }
                if !closed { unterminated = true }
                while i < n, line[i] != UInt8(ascii: ",") {
                    field.append(line[i])
                    i += 1
                }
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                // Unquoted (the common case): the bytes up to the next comma, decoded in place.
                let start = i
                while i < n, line[i] != UInt8(ascii: ",") { i += 1 }
                fields.append(String(decoding: line[start..<i], as: UTF8.self))
            }
            guard i < n else { break }
            i += 1  // the comma
        }
    }
}

/// Output bytes with CSV and JSON escaping.
struct ByteOutput {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 17) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func ascii(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func csvField(_ s: String) {
        var s = s
        s.withUTF8 { b in
            let needsQuotes = b.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
                    || $0 == UInt8(ascii: "\r")
            }
            guard needsQuotes else {
                bytes.append(contentsOf: b)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            for c in b {
                if c == UInt8(ascii: "\"") { bytes.append(c) }
                bytes.append(c)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    mutating func jsonString(_ s: String) { JSONStringLiteral.append(s, to: &bytes) }

    /// `2026-02-25 17:00` (CSV) or `2026-02-25T17:00+07:00` (JSON).
    mutating func instant(_ t: LocalDateTime, offset: Bool) {
        t.withISOBytes { b in
            if offset {
                bytes.append(contentsOf: b)
                bytes.append(contentsOf: [0x2B, 0x30, 0x37, 0x3A, 0x30, 0x30])  // +07:00
            } else {
                bytes.append(contentsOf: b[0..<10])
                bytes.append(UInt8(ascii: " "))
                bytes.append(contentsOf: b[11...])
            }
        }
    }
}

extension DeadlineBatch {
    static func periodStarts(of procedure: Procedure) -> [CivilDate] {
        var starts = [procedure.effective.value] + procedure.changeDates
        if let last = procedure.expires?.value, let after = try? last.adding(days: 1) { starts.append(after) }
        return starts
    }
}
