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
    let seen: SeenValues

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
    /// `choices(of:)`'s tables, by the enum's type.
    var choiceTables: [(ObjectIdentifier, AnyObject)] = []
}

/// A mapping node checked against the keys its entry kind allows.
struct MappingView {
    let node: YAMLNode
    let what: Subject
    private let pairs: YAMLPairs
    private let keys: KeyTable
    /// The position of the first pair of each allowed key, by its slot in `keys`: found in the
    /// one pass that checks the keys, so a decoder's lookups read them here. Held in the view,
    /// not allocated: a shape's first 64 keys, positions up to 65,533 (a key beyond either is
    /// looked for amongst the pairs).
    private var positions = InlineArray<64, UInt16>(repeating: MappingView.absent)
    private static var absent: UInt16 { .max }
    private static var beyond: UInt16 { .max - 1 }

    /// Checks a node against a declared shape (`CatalogShapes`): reports the wrong shape,
    /// unknown keys (with the allowed list and a suggestion) and missing required keys; nil only
    /// when the node is not a mapping.
    init?(_ node: YAMLNode, shape: MappingShape, what: Subject, in context: LoadContext) {
        guard let pairs = context.mapping(node, else: .notMapping(what: what, node: node.kind)) else { return nil }
        self.node = node
        self.what = what
        self.pairs = pairs
        self.keys = shape.keyTable
        let allowed = shape.allowed
        // One pass over the keys, each found amongst the allowed ones of its length as bytes (a
        // key's String is made only when it is unknown).
        var suggested: Set<String> = []
        for position in pairs.indices {
            let key = pairs.key(at: position)
            switch key.scalarPosition(in: keys) {
            case .at(let slot):
                guard slot < positions.count else { continue }
                if positions[slot] == Self.absent {
                    positions[slot] = position < Int(Self.beyond) ? UInt16(position) : Self.beyond
                }
            case .notScalar:
                continue
            case .absent:
                guard let text = key.scalar else { continue }
                let suggestion = Suggestions.nearest(to: text, in: allowed)
                if let suggestion { suggested.insert(suggestion) }
                context.report(
                    .unknownKey,
                    LoaderMessage.unknownKey(key: text, what: what, suggestion: suggestion, allowed: allowed),
                    at: key.range)
            }
        }
        // A misspelt required key is reported once, as unknown with its suggestion.
        for slot in shape.requiredPositions where !suggested.contains(allowed[slot]) {
            guard position(of: allowed[slot]) == nil else { continue }
            context.report(
                .missingKey,
                LoaderMessage.missingRequiredKey(what: what, key: allowed[slot]), at: Self.headRange(node))
        }
    }

    /// The position of the first pair with this key (one the shape does not allow is looked for
    /// amongst the pairs).
    private func position(of key: String) -> Int? {
        guard let slot = keys.slot(of: key), slot < positions.count else { return pairs.firstIndex(ofKey: key) }
        switch positions[slot] {
        case Self.absent: return nil
        case Self.beyond: return pairs.firstIndex(ofKey: key)
        case let position: return Int(position)
        }
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
