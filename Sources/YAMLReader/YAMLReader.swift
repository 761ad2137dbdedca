import CYAML
import Diagnostics

/// Reads one YAML file with libyaml's event API into a flat `YAMLDocument` (read through
/// `YAMLNode`s) that keeps the exact range of every node, and reports what a catalog must not contain (duplicate keys, alias
/// bombs, deep nesting, bad encodings) as diagnostics instead of crashing or hanging.
public struct YAMLReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .catalog) {
        self.limits = limits
    }

    public struct Result: Sendable {
        /// The document's root, nil when the file could not be read as one document.
        public var root: YAMLNode?
        public var diagnostics: [Diagnostic]
    }

    public func read(_ source: SourceText) -> Result {
        if source.bytes.count > limits.maxFileBytes {
            return Result(root: nil, diagnostics: [limits.fileTooLarge(bytes: source.bytes.count, path: source.path)])
        }
        let (textDiagnostics, valid, breaksOnlyAtLineFeeds) = TextChecks.run(source)
        guard valid else { return Result(root: nil, diagnostics: textDiagnostics) }
        var builder = TreeBuilder(source: source, limits: limits)
        builder.linesMatchSource = breaksOnlyAtLineFeeds
        builder.diagnostics = textDiagnostics
        builder.parse()
        var root = builder.aborted ? nil : builder.document()
        if !builder.aborted {
            if builder.documentCount == 0 {
                builder.diagnostics.append(
                    Diagnostic(
                        .emptyFile, ReaderMessage.emptyFile, at: .wholeFile(source.path)))
            } else if let node = root, node.mapping == nil {
                builder.diagnostics.append(
                    Diagnostic(
                        .topLevelNotMapping, ReaderMessage.topLevelNotMapping(found: node.kind), at: node.range))
                root = nil
            }
        }
        return Result(root: root, diagnostics: builder.diagnostics)
    }
}

/// The event loop. Kept iterative (an explicit stack) so no input can overflow the call stack.
/// Nodes go into flat arrays (`YAMLDocument`): a scalar's text is appended to one byte buffer,
/// a collection's children wait on one shared list until it closes.
struct TreeBuilder {
    let source: SourceText
    let limits: ReaderLimits
    var diagnostics: [Diagnostic] = []
    /// The root's record, once the first document's top node is read.
    var rootIndex: Int?
    var documentCount = 0
    var aborted = false

    // Positions are 32 bits, as in `SourceLocation`: a file is at most `ReaderLimits.maxFileBytes`
    // (8 MiB for a catalog), with no more nodes or children than bytes and at most twice as many
    // bytes of unescaped text.
    private var records: [YAMLDocument.Record] = []
    private var children: [UInt32] = []
    private var scalarBytes: ScalarText
    /// The children of every open collection, innermost last (a mapping's: key, value, ...).
    private var pending: [UInt32] = []

    /// Plain data, so that the stack's pushes, pops and updates copy bytes only: the rare
    /// anchor and key table of a frame live in side lists, named by their position there.
    private struct Frame {
        var isMapping: Bool
        /// A key was read and its value is awaited.
        var awaitsValue = false
        var start: SourceLocation
        /// The anchor's name in `frameAnchors`, or -1.
        var anchor: Int32
        /// The mapping's keys by text, for duplicates, in `keyIndexes`, or -1: built only once a
        /// mapping is large. Smaller ones (nearly all) scan their keys; a table per mapping cost
        /// more than that.
        var keyIndex: Int32 = -1
        /// Where this collection's children start in `pending`.
        var firstPending: Int
        var weight = 1
        /// The part of `weight` that aliases add (what the budget counts).
        var aliasWeight = 0
    }

    /// The anchors of frames (`Frame.anchor`), and large mappings' key tables (`Frame.keyIndex`).
    private var frameAnchors: [String] = []
    private var keyIndexes: [[String: SourceRange]] = []

    /// The document read, rooted at its first document's top node.
    func document() -> YAMLNode? {
        guard let rootIndex else { return nil }
        return YAMLNode(
            YAMLDocument(
                records: records, children: children, text: scalarBytes.array,
                file: source.fileNumber), rootIndex)
    }

    private func range(of index: Int) -> SourceRange {
        SourceRange(file: source.fileNumber, start: records[index].from, end: records[index].to)
    }

    private func string(of index: Int) -> String {
        let record = records[index]
        return String(decoding: YAMLDocument.text(of: record, in: scalarBytes.bytes), as: UTF8.self)
    }

    /// Where the mapping at `frame` first defined the scalar key `key`, if it did.
    private func firstDefinition(of key: Int, in frame: Int) -> SourceRange? {
        let table = stack[frame].keyIndex
        if table >= 0 { return keyIndexes[Int(table)][string(of: key)] }
        // Every key of every mapping passes here: the arrays read in place, a key told by its
        // length before its bytes.
        let bytes = scalarBytes.bytes
        let found: Int? = records.withUnsafeBufferPointer { records in
            pending.withUnsafeBufferPointer { pending in
                let wanted = records[key]
                let text = YAMLDocument.text(of: wanted, in: bytes)
                var at = stack[frame].firstPending
                while at < pending.count {
                    let other = Int(pending[at])
                    let record = records[other]
                    if record.count == wanted.count, record.kind == .scalar,
                        YAMLDocument.text(of: record, in: bytes).hasSameBytes(as: text)
                    {
                        return other
                    }
                    at += 2
                }
                return nil
            }
        }
        return found.map { range(of: $0) }
    }

    /// Notes a new key of the mapping at `frame` (it goes on `pending` after this).
    private mutating func noteKey(_ key: Int, in frame: Int) {
        let table = stack[frame].keyIndex
        if table >= 0 {
            keyIndexes[Int(table)][string(of: key)] = range(of: key)
        } else if (pending.count - stack[frame].firstPending) / 2 >= YAMLPairs.keyScanLimit {
            var index: [String: SourceRange] = [string(of: key): range(of: key)]
            var at = stack[frame].firstPending
            while at < pending.count {
                let other = Int(pending[at])
                if records[other].kind == .scalar {
                    let text = string(of: other)
                    if index[text] == nil { index[text] = range(of: other) }
                }
                at += 2
            }
            stack[frame].keyIndex = Int32(keyIndexes.count)
            keyIndexes.append(index)
        }
    }

    private struct Anchor {
        var node: Int
        var weight: Int
        var range: SourceRange
        var used = false
    }

    private var stack: [Frame] = []
    private var anchors: [String: Anchor] = [:]
    private var openAnchors: Set<String> = []
    private var expandedNodes = 0
    private var tabLines: Set<Int> = []

    init(source: SourceText, limits: ReaderLimits) {
        self.source = source
        self.limits = limits
        scalarBytes = ScalarText(capacity: source.bytes.count)
    }

    mutating func parse() {
        tabLines = Set(diagnostics.filter { $0.code == .tabCharacter }.map(\.range.start.line))
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            fail(.ioError, ReaderMessage.parserNotAllocated, at: .wholeFile(source.path))
            return
        }
        defer { yaml_parser_delete(&parser) }
        // A BOM (reported as Y003) is not given to libyaml, which would read it as text once the
        // encoding is set; line 1's columns then count it back in.
        let bytes = source.bytes
        bomColumns = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 1 : 0
        cursor = (index: 0, offset: bomColumns * 3)
        // Unescaped scalars take about what the file takes (`scalarBytes` is made that size), and
        // a catalog file has a node for every 16 bytes or so: one allocation each, mostly. Not
        // trimmed after: every reader lets a document go once it is decoded (lint keeps
        // `YAMLValues`, not documents).
        records.reserveCapacity(bytes.count / 12 + 16)
        children.reserveCapacity(bytes.count / 12 + 16)
        let source = source
        source.withLineIndex { starts, asciiBits in
            (lineStarts, asciiLines) = (starts, asciiBits)
            defer {
                (lineStarts, asciiLines) = (
                    UnsafeBufferPointer(start: nil, count: 0), UnsafeBufferPointer(start: nil, count: 0)
                )
            }
            bytes.withUnsafeBufferPointer { buffer in
                text = buffer
                defer { text = UnsafeBufferPointer(start: nil, count: 0) }
                let skip = bomColumns * 3
                yaml_parser_set_input_string(&parser, buffer.baseAddress.map { $0 + skip }, buffer.count - skip)
                yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
                var event = yaml_event_t()
                while !aborted {
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        reportParserError(parser)
                        return
                    }
                    let done = event.type == YAML_STREAM_END_EVENT
                    handle(event)
                    yaml_event_delete(&event)
                    if done { break }
                }
            }
        }
        reportUnusedAnchors()
    }

    // MARK: events

    /// Each event's marks are turned into locations only where they are used: a collection's
    /// start needs its first mark, its end its last, a scalar both.
    private mutating func handle(_ event: yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                let start = location(event.start_mark)
                fail(
                    .multipleDocuments, ReaderMessage.secondDocument,
                    at: SourceRange(file: source.fileNumber, start: start, end: location(event.end_mark)))
            }
        case YAML_SCALAR_EVENT:
            let start = location(event.start_mark)
            let s = event.data.scalar
            // A plain scalar on one line is its own text, neither escaped nor folded: it ends its
            // length in bytes after its start, with no walk over a Vietnamese value.
            let end =
                s.style == YAML_PLAIN_SCALAR_STYLE && event.end_mark.line == event.start_mark.line
                ? location(event.end_mark, offset: start.offset + s.length) : location(event.end_mark)
            if let tag = s.tag { reportTag(tag, at: start) }
            let textStart = scalarBytes.count
            if let value = s.value, s.length > 0 {
                scalarBytes.append(value, count: s.length)
            }
            records.append(
                YAMLDocument.Record(
                    kind: .scalar, style: style(s.style), start: UInt32(textStart), count: UInt32(s.length),
                    from: start, to: end))
            let node = records.count - 1
            if let anchor = optionalString(s.anchor) {
                register(anchor, node: node, weight: 1)
            }
            add(node, weight: 1, aliasWeight: 0)
        case YAML_ALIAS_EVENT:
            let name = optionalString(event.data.alias.anchor) ?? ""
            let start = location(event.start_mark)
            let range = SourceRange(file: source.fileNumber, start: start, end: location(event.end_mark))
            if openAnchors.contains(name) {
                fail(
                    .recursiveAlias, ReaderMessage.recursiveAlias(name: name), at: range,
                    notes: anchors[name].map {
                        [DiagnosticNote(ReaderMessage.anchorDefinedHere(name: name), at: $0.range)]
                    } ?? [])
                return
            }
            guard var anchor = anchors[name] else {
                fail(.undefinedAlias, ReaderMessage.undefinedAlias(name: name), at: range)
                return
            }
            anchor.used = true
            anchors[name] = anchor
            // The weight counts the alias as a full copy, so a billion-laughs file is rejected
            // from the arithmetic alone, before anything is expanded.
            add(anchor.node, weight: anchor.weight, aliasWeight: anchor.weight)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let start = location(event.start_mark)
            if stack.count >= limits.maxDepth {
                fail(
                    .nestingTooDeep, ReaderMessage.nestingTooDeep(limit: limits.maxDepth),
                    at: SourceRange(file: source.fileNumber, start: start, end: location(event.end_mark)))
                return
            }
            let anchor = optionalString(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            if let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag {
                reportTag(tag, at: start)
            }
            var anchorSlot: Int32 = -1
            if let anchor {
                openAnchors.insert(anchor)
                anchorSlot = Int32(frameAnchors.count)
                frameAnchors.append(anchor)
            }
            stack.append(Frame(isMapping: isMapping, start: start, anchor: anchorSlot, firstPending: pending.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            // A key without its value (only after an error) is dropped, as before.
            let end = frame.awaitsValue ? pending.count - 1 : pending.count
            let first = children.count
            children.append(contentsOf: pending[frame.firstPending..<end])
            pending.removeSubrange(frame.firstPending...)
            records.append(
                YAMLDocument.Record(
                    kind: frame.isMapping ? .mapping : .sequence, style: .plain, start: UInt32(first),
                    count: UInt32(children.count - first), from: frame.start, to: location(event.end_mark)))
            let node = records.count - 1
            if frame.anchor >= 0 {
                let anchor = frameAnchors[Int(frame.anchor)]
                openAnchors.remove(anchor)
                register(anchor, node: node, weight: frame.weight)
            }
            add(node, weight: frame.weight, aliasWeight: frame.aliasWeight)
        default:
            break
        }
    }

    /// `aliasWeight`: how much of the node's `weight` comes from aliases. Only that counts
    /// against the budget: what the file writes out is bounded by its size, so a large flat file
    /// (a 5,000-step workflow) passes, while a billion-laughs file is still stopped.
    private mutating func add(_ node: Int, weight: Int, aliasWeight: Int) {
        expandedNodes =
            expandedNodes.addingReportingOverflow(aliasWeight).overflow ? Int.max : expandedNodes + aliasWeight
        if expandedNodes > limits.maxExpandedNodes {
            fail(
                .aliasBudgetExceeded, ReaderMessage.aliasBudgetExceeded(limit: limits.maxExpandedNodes),
                at: range(of: node))
            return
        }
        guard !stack.isEmpty else {
            if documentCount == 1 { rootIndex = node }
            return
        }
        let last = stack.count - 1
        // The frame is read and written back once (every node passes here).
        var frame = stack[last]
        frame.weight = min(Int.max / 2, frame.weight + weight)
        frame.aliasWeight = min(Int.max / 2, frame.aliasWeight + aliasWeight)
        let isKey = frame.isMapping && !frame.awaitsValue
        if frame.isMapping { frame.awaitsValue = isKey }
        stack[last] = frame
        defer { pending.append(UInt32(node)) }
        guard isKey else { return }
        guard records[node].kind == .scalar else {
            diagnostics.append(
                Diagnostic(.nonScalarKey, ReaderMessage.nonScalarKey(found: records[node].kind), at: range(of: node)))
            return
        }
        if let first = firstDefinition(of: node, in: last) {
            let key = string(of: node)
            diagnostics.append(
                Diagnostic(
                    .duplicateKey, ReaderMessage.duplicateKey(key: key), at: range(of: node),
                    notes: [DiagnosticNote(ReaderMessage.keyFirstDefinedHere(key: key), at: first)]))
        } else {
            noteKey(node, in: last)
        }
    }

    private mutating func register(_ name: String, node: Int, weight: Int) {
        anchors[name] = Anchor(node: node, weight: weight, range: range(of: node))
    }

    private mutating func reportUnusedAnchors() {
        guard !aborted else { return }
        for (name, anchor) in anchors.sorted(by: { $0.value.range < $1.value.range }) where !anchor.used {
            diagnostics.append(Diagnostic(.unusedAnchor, ReaderMessage.unusedAnchor(name: name), at: anchor.range))
        }
    }

    /// A tag (`!!str`, `!custom`) on a node: the catalog has none (the node's key says its type).
    /// Tested at the event, where almost every node has none, before this is called.
    private mutating func reportTag(_ pointer: UnsafeMutablePointer<yaml_char_t>, at start: SourceLocation) {
        let tag = String(cString: pointer)
        let range = SourceRange(file: source.fileNumber, start: start, end: start)
        diagnostics.append(Diagnostic(.unsupportedTag, ReaderMessage.unsupportedTag(tag: tag), at: range))
    }

    private mutating func fail(
        _ code: DiagnosticCode, _ message: some DiagnosticMessage, at range: SourceRange, notes: [DiagnosticNote] = []
    ) {
        diagnostics.append(Diagnostic(code, message, at: range, notes: notes))
        aborted = true
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = optionalCString(parser.problem) ?? "unknown error"
        let mark = location(parser.problem_mark)
        let context = optionalCString(parser.context).map { text in
            let contextMark = location(parser.context_mark)
            return (text: text, line: contextMark.line, column: contextMark.column)
        }
        // A tab already reported on this line is the cause; do not say it twice.
        if tabLines.contains(mark.line) {
            aborted = true
            return
        }
        let range = SourceRange(file: source.fileNumber, start: mark, end: mark)
        fail(.yamlSyntax, ReaderMessage.yamlSyntaxError(problem: problem, context: context), at: range)
    }

    // MARK: conversions

    /// libyaml counts code points (`mark.index`, from the start of what it was given); marks
    /// arrive nearly in order, so a cursor walks only the code points between two marks to turn
    /// them into byte offsets, forward or (for an error's mark) back.
    private var cursor = (index: 0, offset: 0)
    /// The file's bytes while `parse` runs (libyaml reads them in place).
    private var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// 1 when the file starts with a BOM that libyaml does not see.
    private var bomColumns = 0
    /// libyaml counts the same lines as `source` (`CharacterChecks.breaksOnlyAtLineFeeds`).
    var linesMatchSource = false
    /// `source`'s line index (`SourceText.withLineIndex`), read in place while `parse` runs.
    private var lineStarts = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
    private var asciiLines = UnsafeBufferPointer<UInt64>(start: nil, count: 0)

    /// `mark`'s location where its byte offset is known already; the cursor is set there.
    private mutating func location(_ mark: yaml_mark_t, offset: Int) -> SourceLocation {
        let line = Int(mark.line) + 1
        cursor = (Int(mark.index), offset)
        return SourceLocation(line: line, column: Int(mark.column) + 1 + (line == 1 ? bomColumns : 0), offset: offset)
    }

    private mutating func location(_ mark: yaml_mark_t) -> SourceLocation {
        let line = Int(mark.line) + 1
        let column = Int(mark.column) + 1 + (line == 1 ? bomColumns : 0)
        let target = Int(mark.index)
        // On a line of ASCII (most of a catalog: keys, codes, durations) a column is a byte
        // count, so the offset is the line's start plus it, and the cursor is set there. A BOM
        // makes line 1 non-ASCII, so it never takes this path.
        if linesMatchSource, line <= lineStarts.count,
            asciiLines[(line - 1) >> 6] & (1 << UInt64((line - 1) & 63)) != 0
        {
            return location(mark, offset: Int(lineStarts[line - 1]) + Int(mark.column))
        }
        var (index, offset) = cursor
        let bytes = text
        // Forward: `index` counts the code points (lead bytes) before `offset`; the walk stops on
        // the lead byte of code point `target`. Eight bytes at a time, their lead bytes counted at
        // once, while the target lies beyond them (marks are mostly a few bytes apart, so the
        // word is tried before the bytes).
        while index < target, offset < bytes.count {
            if offset + 8 <= bytes.count {
                let leads = ByteWord.leadBytes(ByteWord.load(bytes, at: offset))
                if index + leads <= target {
                    index += leads
                    offset += 8
                    continue
                }
            }
            // The target's lead byte is within the next eight: one byte at a time to it. A lead
            // byte is a code point; a continuation byte ends a character that a chunk split.
            while index < target, offset < bytes.count {
                if bytes[offset] & 0xC0 != 0x80 { index += 1 }
                offset += 1
            }
        }
        // Onto the lead byte of the target's character.
        while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        while index > target, offset > bomColumns * 3 {
            offset -= 1
            while offset > 0, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            index -= 1
        }
        cursor = (index, offset)
        return SourceLocation(line: line, column: column, offset: offset)
    }

    private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func optionalCString(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
