import Diagnostics
import Foundation
import WorkCalendar
import YAMLReader

/// Typed reads of scalar values. Every value is read as text and then as the type its key
/// declares, so YAML 1.1 implicit typing (`no` → false, `010` → 8, `15:00` → 900) never
/// changes what a policy officer wrote. `what` is worked out only when a message needs it: some
/// subjects join a key's name (a template argument's), and nearly every value read is fine.
extension LoadContext {
    func scalar(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        guard let node else { return nil }
        guard let text = kept(node) else {
            report(
                .wrongNodeType,
                LoaderMessage.notSingleValue(what: what(), node: node.kind), at: node.range)
            return nil
        }
        if node.scalarStyle == .plain && Self.isNull(text) {
            report(
                .emptyValue,
                LoaderMessage.noValue(what: what()), at: node.range)
            return nil
        }
        return Located(text, at: node.range)
    }

    /// YAML's plain null: empty, `~`, `null`, `Null`, `NULL`. Told by length first: every scalar
    /// read asks, and comparing texts of other lengths is not free.
    static func isNull(_ text: String) -> Bool {
        switch text.utf8.count {
        case 0: true
        case 1: text == "~"
        case 4: text == "null" || text == "Null" || text == "NULL"
        default: false
        }
    }

    func text(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        guard let value = scalar(node, what: what()) else { return nil }
        // By scalars: comparing a Character normalises it, quadratic in a letter with 100,000 marks.
        if value.value.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" }) {
            report(.emptyValue, LoaderMessage.blank(what: what()), at: value.range)
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<Int>? {
        guard let node else { return nil }
        // Nearly every number is a few plain digits (copies, amounts): read from the bytes in
        // place, with no String made of them. Anything else takes the way that explains it.
        if node.scalarStyle == .plain, let number = node.withScalarBytes(Self.plainWholeNumber) ?? nil {
            return Located(number, at: node.range)
        }
        guard let value = scalar(node, what: what()) else { return nil }
        let text = value.value
        // As bytes: Foundation's `contains` on Strings cost more than the rest of the decoder's
        // numbers together.
        let bytes = text.utf8
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        let allDigits = !digits.isEmpty && digits.allSatisfy { $0 >= 48 && $0 <= 57 }
        if allDigits, digits.count > 1, digits.first == UInt8(ascii: "0"), node.scalarStyle == .plain {
            report(
                .ambiguousScalar,
                LoaderMessage.octalLookingNumber(what: what(), text: text, digits: String(Substring(digits))),
                at: value.range)
            return nil
        }
        if bytes.contains(UInt8(ascii: "_")) && node.scalarStyle == .plain {
            report(
                .ambiguousScalar,
                LoaderMessage.digitSeparators(what: what(), text: text),
                at: value.range)
            return nil
        }
        guard allDigits, digits.count <= 15, let number = Int(text) else {
            let grouped = Self.withoutThousandsSeparators(text)
            report(
                .invalidValue,
                LoaderMessage.notWholeNumber(what: what(), text: text, suggestion: grouped), at: value.range,
                fixIts: grouped.map { digits in
                    [
                        FixIt(
                            file: value.range.file, startOffset: value.range.start.offset,
                            endOffset: value.range.end.offset, replacement: digits,
                            LoaderMessage.writeInstead(meant: digits))
                    ]
                } ?? [])
            return nil
        }
        return Located(number, at: value.range)
    }

    /// The digits of a number written with thousands separators, as Vietnamese documents write
    /// amounts (`30.000`, `1.500.000`; also `30,000` and `30 000`): one separator throughout,
    /// groups of three after the first. Nil for anything else (`0.5` is not a grouped number).
    static func withoutThousandsSeparators(_ text: String) -> String? {
        guard let separator = text.first(where: { $0 == "." || $0 == "," || $0 == " " }) else { return nil }
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let digits = groups.joined()
        return digits.count <= 15 && (digits.count == 1 || digits.first != "0") ? digits : nil
    }

    /// Up to 15 digits with no leading zero (but `0`): exactly the plain numbers `integer`
    /// accepts without a word; nil for any other text.
    static func plainWholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 15, bytes.count == 1 || bytes[0] != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        return number
    }

    func boolean(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<Bool>? {
        guard let node, let value = scalar(node, what: what()) else { return nil }
        switch value.value {
        case "true": return Located(true, at: value.range)
        case "false": return Located(false, at: value.range)
        default:
            let lower = value.value.lowercased()
            if ["yes", "no", "on", "off", "y", "n", "true", "false"].contains(lower) {
                let meant = ["yes", "on", "y", "true"].contains(lower) ? "true" : "false"
                report(
                    .ambiguousScalar,
                    LoaderMessage.yamlVersionsDisagree(what: what(), value: value.value, meant: meant),
                    at: value.range,
                    fixIts: [
                        FixIt(
                            file: value.range.file, startOffset: value.range.start.offset,
                            endOffset: value.range.end.offset,
                            replacement: meant, LoaderMessage.writeInstead(meant: meant))
                    ])
            } else {
                report(
                    .invalidValue,
                    LoaderMessage.notBoolean(what: what(), value: value.value), at: value.range)
            }
            return nil
        }
    }

    func date(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<CivilDate>? {
        parsed(node, what: what, CivilDate.init(parsing:), or: .invalidDate, LoaderMessage.notDate)
    }

    func time(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<TimeOfDay>? {
        parsed(node, what: what, TimeOfDay.init(parsing:), or: .invalidTime, LoaderMessage.notTimeOfDay)
    }

    func duration(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<WorkDuration>? {
        parsed(node, what: what, parseDuration, or: .invalidDuration, LoaderMessage.notDuration)
    }

    /// A scalar read by a calendar parser; what the parser throws is reported as `code`, in `message`.
    private func parsed<T>(
        _ node: YAMLNode?, what: () -> Subject, _ parse: (String) throws -> T, or code: DiagnosticCode,
        _ message: (_ what: Subject, _ value: String, _ error: any Error) -> LoaderMessage
    ) -> Located<T>? {
        guard let value = scalar(node, what: what()) else { return nil }
        do {
            return Located(try parse(value.value), at: value.range)
        } catch {
            report(code, message(what(), value.value, error), at: value.range)
            return nil
        }
    }

    func choice<E: RawRepresentable & CaseIterable>(
        _ node: YAMLNode?, what: @autoclosure () -> Subject, as type: E.Type
    ) -> Located<E>?
    where E.RawValue == String {
        let table = seen.choices(of: type)
        if let known = known(node, in: table) { return known }
        guard let value = scalar(node, what: what()) else { return nil }
        let allowed = table.cases.map(\.rawValue)
        report(
            .invalidValue,
            LoaderMessage.valueNotAllowed(
                what: what(), value: value.value, suggestion: Suggestions.nearest(to: value.value, in: allowed),
                allowed: allowed),
            at: value.range)
        return nil
    }

    /// The case a scalar names, found by its bytes (no String made); nil for anything else.
    private func known<E>(_ node: YAMLNode?, in table: ChoiceTable<E>) -> Located<E>? {
        guard let node, case .at(let slot) = node.scalarPosition(in: table.words) else { return nil }
        return Located(table.cases[slot], at: node.range)
    }

    /// A level, with the message policy staff need when a district level appears.
    func level(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<Level>? {
        // Nearly every level is written right: told before the words are lowercased and compared.
        if let known = known(node, in: seen.choices(of: Level.self)) { return known }
        guard let value = scalar(node, what: what()) else { return nil }
        if ["district", "huyen", "huyện", "cấp huyện"].contains(value.value.lowercased()) {
            report(
                .districtLevel,
                LoaderMessage.districtLevelAbolished(what: what(), value: value.value),
                at: value.range)
            return nil
        }
        return choice(node, what: what(), as: Level.self)
    }

    /// An id: lower-case letters, digits and single dashes.
    func identifier(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        checked(node, what: what, { Self.isIdentifier($0) }, or: .invalidValue, LoaderMessage.invalidID)
    }

    /// A case fact: like an id, but `_` is allowed too (`needs_verification`).
    func factIdentifier(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        checked(
            node, what: what, { Self.isIdentifier($0, underscoreIsDash: true) }, or: .invalidValue,
            LoaderMessage.invalidFactID)
    }

    /// A reference to a unit or role: dotted ids, or `$param` inside a template.
    func reference(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        checked(
            node, what: what, { isParameter($0) || Self.isIdentifier($0, dotted: true) }, or: .invalidValue,
            LoaderMessage.notDottedID)
    }

    func procedureCode(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> Located<String>? {
        checked(
            node, what: what, { isParameter($0) || Self.isProcedureCode($0) }, or: .invalidCode,
            LoaderMessage.notProcedureCode)
    }

    /// A scalar whose text `isValid` accepts as it is; any other is reported as `code`, in `message`.
    private func checked(
        _ node: YAMLNode?, what: () -> Subject, _ isValid: (String) -> Bool, or code: DiagnosticCode,
        _ message: (_ what: Subject, _ value: String) -> LoaderMessage
    ) -> Located<String>? {
        guard let value = scalar(node, what: what()) else { return nil }
        guard isValid(value.value) else {
            report(code, message(what(), value.value), at: value.range)
            return nil
        }
        return value
    }

    func list(_ node: YAMLNode?, what: @autoclosure () -> Subject) -> YAMLNodes {
        guard let node else { return YAMLNodes() }
        guard let items = node.sequence else {
            report(
                .wrongNodeType,
                LoaderMessage.notList(what: what(), node: node.kind), at: node.range)
            return YAMLNodes()
        }
        return items
    }

    /// The node's pairs; nil, with `message` reported, when it is not a mapping.
    func mapping(_ node: YAMLNode, else message: @autoclosure () -> LoaderMessage) -> YAMLPairs? {
        guard let pairs = node.mapping else {
            report(.wrongNodeType, message(), at: node.range)
            return nil
        }
        return pairs
    }

    /// An error's text in Vietnamese where it is the calendar's.
    static func vietnamese(_ error: any Error) -> String {
        (error as? CalendarError)?.vietnameseDescription ?? "\(error)"
    }

    private func isParameter(_ text: String) -> Bool {
        allowsParameters && text.hasPrefix("$") && Self.isIdentifier(text.utf8.dropFirst(), underscoreIsDash: true)
    }

    static func isIdentifier(_ text: String, underscoreIsDash: Bool = false, dotted: Bool = false) -> Bool {
        // On the bytes in place: walking a String's UTF8View byte by byte cost several times more.
        text.utf8.withContiguousStorageIfAvailable {
            isIdentifier($0, underscoreIsDash: underscoreIsDash, dotted: dotted)
        }
            ?? isIdentifier(text.utf8[...], underscoreIsDash: underscoreIsDash, dotted: dotted)
    }

    /// Lowercase letters and digits in words joined by single dashes (by `_` too, where
    /// `underscoreIsDash`); where `dotted`, several such ids joined by dots (`so-tu-phap.phong-ho-tich`).
    /// Read as bytes: every id and reference of the catalog passes here on each load.
    static func isIdentifier(
        _ bytes: some Collection<UInt8>, underscoreIsDash: Bool = false, dotted: Bool = false
    ) -> Bool {
        // True at the start of an id and after a joiner: where a letter or digit must come next.
        var atJoin = true
        for byte in bytes {
            let joins: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                atJoin = false
                continue
            case UInt8(ascii: "-"): joins = true
            case UInt8(ascii: "_"): joins = underscoreIsDash
            case UInt8(ascii: "."): joins = dotted
            default: joins = false
            }
            if !joins || atJoin { return false }
            atJoin = true
        }
        return !atJoin
    }

    static func isProcedureCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, (48...57).contains(bytes[0]), bytes[1] == UInt8(ascii: ".") else { return false }
        for i in 2..<8 where !(48...57).contains(bytes[i]) { return false }
        if bytes.count == 8 { return true }
        guard bytes.count > 9, bytes[8] == UInt8(ascii: ".") else { return false }
        return bytes[9...].allSatisfy { (48...57).contains($0) || (65...90).contains($0) }
    }
}
