import Diagnostics
import YAMLReader

/// The words of the lint rules' documentation, read from `rules.yaml` (embedded in the binary):
/// each rule's name, summary, rationale and option texts, the categories' titles and the check
/// stages' headings, in English and Vietnamese. Kept as data beside the rules' code so that
/// 49 rule files do not each spell out the same block of bilingual prose in Swift, and so a
/// writer or translator edits one file. `problems` lists what is wrong with the file; the tests
/// hold it empty and every rule, option, category and stage to an entry.
public struct RuleDocumentation: Sendable {
    /// A rule's texts; `options` by option name.
    public struct Rule: Sendable {
        public var name: Localized
        public var summary: Localized
        public var rationale: Localized
        public var options: [String: Localized]
    }

    public private(set) var rules: [String: Rule] = [:]
    /// By `RuleCategory` raw value.
    public private(set) var categories: [String: Localized] = [:]
    /// By a check code's letter (F, Y, L, R, T, C).
    public private(set) var stages: [String: Localized] = [:]
    /// What is malformed: an unreadable file, a text without `en` or `vi`, a key that is not a mapping.
    public private(set) var problems: [String] = []

    /// The documentation the binary carries.
    public static let shipped = RuleDocumentation(
        SourceText(path: "Sources/CatalogLint/Documentation/rules.yaml", bytes: PackageResources.rules_yaml))

    public init(_ source: SourceText) {
        let result = YAMLReader().read(source)
        problems = result.diagnostics.map { "\(source.path):\($0.range.start.line): \($0.message)" }
        guard let root = result.root else { return }
        categories = texts(root["categories"], at: "categories")
        stages = texts(root["stages"], at: "stages")
        for (id, entry) in entries(root["rules"], at: "rules") {
            rules[id] = Rule(
                name: text(entry["name"], at: "rules.\(id).name"),
                summary: text(entry["summary"], at: "rules.\(id).summary"),
                rationale: text(entry["rationale"], at: "rules.\(id).rationale"),
                options: entry["options"].map { texts($0, at: "rules.\(id).options") } ?? [:])
        }
    }

    /// A rule's texts; empty texts for a rule without an entry (the tests refuse that).
    public func rule(_ id: String) -> Rule {
        let none = Localized("", vi: "")
        return rules[id] ?? Rule(name: none, summary: none, rationale: none, options: [:])
    }

    /// The pairs of a mapping, in order; a problem when `node` is absent or not a mapping.
    private mutating func entries(_ node: YAMLNode?, at path: String) -> [(String, YAMLNode)] {
        guard let pairs = node?.mapping else {
            problems.append("\(path): expected a mapping of entries")
            return []
        }
        return pairs.map { ($0.key.scalar ?? "", $0.value) }
    }

    private mutating func texts(_ node: YAMLNode?, at path: String) -> [String: Localized] {
        var out: [String: Localized] = [:]
        for (key, value) in entries(node, at: path) { out[key] = text(value, at: "\(path).\(key)") }
        return out
    }

    /// `{en: …, vi: …}`, both present and not empty.
    private mutating func text(_ node: YAMLNode?, at path: String) -> Localized {
        let en = node?["en"]?.scalar ?? ""
        let vi = node?["vi"]?.scalar ?? ""
        if en.isEmpty { problems.append("\(path): no English text (en)") }
        if vi.isEmpty { problems.append("\(path): no Vietnamese text (vi)") }
        return Localized(en, vi: vi)
    }
}
