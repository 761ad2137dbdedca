import Diagnostics
import WorkCalendar
import YAMLReader

/// Collects the diagnostics of one load. A class so that decoders can share it without
/// threading `inout` through every call.
final class LoadContext {
    var diagnostics: [Diagnostic] = []
    /// Inside a template, `$param` stands where a reference or code will be substituted.
    var allowsParameters = false

    /// What this thread's decoding has met already. A thread decoding many files shares one
    /// table across them (`FileDecoder.decodeAll`).
    private let seen: SeenValues

    init(seen: SeenValues = SeenValues()) {
        self.seen = seen
    }

    /// Durations repeat across thousands of procedures ("5 working days"): parse each text once.
    func parseDuration(_ text: String) throws -> WorkDuration {
        if let known = seen.durations[text] { return known }
        let parsed = try WorkDuration(parsing: text)
        seen.durations[text] = parsed
        return parsed
    }

    /// A scalar's text (nil for a mapping or sequence), as this thread first kept it. Procedures
    /// repeat their dossier items, fees, results and deadline wordings, and every province the
    /// national procedures' names: the model keeps one copy of each. A text of up to 15 bytes
    /// lives inside its String and is not looked up.
    func kept(_ node: YAMLNode) -> String? {
        node.withScalarBytes { $0.count > 15 ? seen.texts.text($0) : String(decoding: $0, as: UTF8.self) }
    }

    /// Reports a problem in English and Vietnamese (`vi`, shown with `--lang vi`).
    func report(
        _ code: DiagnosticCode, _ message: some DiagnosticMessage, at range: SourceRange,
        notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) {
        diagnostics.append(Diagnostic(code, message, at: range, notes: notes, fixIts: fixIts))
    }
}

/// Durations already parsed, by their text, and the long texts kept; one thread's (not shared
/// between threads).
final class SeenValues {
    var durations: [String: WorkDuration] = [:]
    var texts = KeptTexts()
}

/// A mapping node checked against the keys its entry kind allows.
struct MappingView {
    let node: YAMLNode
    let what: Subject
    private let pairs: YAMLPairs
    /// First position of each key, only for large mappings: a small one (nearly all) is scanned,
    /// which costs less than building a table for every mapping read.
    private let index: [String: Int]?

    /// Checks a node against a declared shape (`CatalogShapes`): its keys and required keys.
    init?(_ node: YAMLNode, shape: MappingShape, what: Subject, in context: LoadContext) {
        self.init(node, what: what, allowed: shape.allowed, required: shape.required, in: context)
    }

    /// Reports the wrong shape, unknown keys (with the allowed list and a suggestion) and
    /// missing required keys; returns nil only when the node is not a mapping.
    init?(_ node: YAMLNode, what: Subject, allowed: [String], required: [String], in context: LoadContext) {
        guard let pairs = node.mapping else {
            context.report(
                .wrongNodeType,
                LoaderMessage.notMapping(what: what, node: node.kind),
                at: node.range)
            return nil
        }
        self.node = node
        self.what = what
        self.pairs = pairs
        var index: [String: Int]?
        if pairs.count > YAMLPairs.keyScanLimit {
            var positions: [String: Int] = [:]
            for i in pairs.indices {
                if let key = pairs[i].key.scalar, positions[key] == nil { positions[key] = i }
            }
            index = positions
        }
        self.index = index
        var suggested: Set<String> = []
        // A scan of the few allowed keys, compared as bytes (a key's String is made only when it
        // is unknown): a set of them, built for every mapping read, cost more than all the
        // lookups it saved.
        for pair in pairs where pair.key.kind == .scalar && !pair.key.isScalar(amongst: allowed) {
            guard let key = pair.key.scalar else { continue }
            if let near = Suggestions.nearest(to: key, in: allowed) { suggested.insert(near) }
            context.report(
                .unknownKey,
                LoaderMessage.unknownKey(
                    key: key, what: what, suggestion: Suggestions.nearest(to: key, in: allowed), allowed: allowed),
                at: pair.key.range)
        }
        // A misspelt required key is reported once, as unknown with its suggestion.
        for key in required where position(of: key) == nil && !suggested.contains(key) {
            context.report(
                .missingKey,
                LoaderMessage.missingRequiredKey(what: what, key: key), at: Self.headRange(node))
        }
    }

    /// The position of the first pair with this key.
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return pairs.firstIndex(ofKey: key)
    }

    subscript(key: String) -> YAMLNode? { position(of: key).map { pairs[$0].value } }

    func keyRange(_ key: String) -> SourceRange? { position(of: key).map { pairs[$0].key.range } }

    /// A mapping's range can span many lines; a "missing key" points at its first line.
    static func headRange(_ node: YAMLNode) -> SourceRange {
        if let first = node.mapping?.first {
            return first.key.range
        }
        return node.range
    }
}
