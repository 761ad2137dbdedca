import Diagnostics
import Foundation
import YAMLReader

/// Reads `.tthc-lint.yml` with the project's libyaml reader and reports every problem at its
/// line and column, as the catalog loader does: unknown keys and rule ids (with a suggestion),
/// wrong shapes, values out of range.
public struct ConfigurationLoader {
    public let rules: [RuleDescription]

    public init(rules: [RuleDescription]) {
        self.rules = rules
    }

    public struct Result: Sendable {
        public var configuration: LintConfiguration
        public var diagnostics: [Diagnostic]
    }

    static let topKeys = ["fail_on", "rules", "overrides"]
    static let severities = ["error", "warning", "note"]
    /// A rule's settings besides its own options.
    static let settingKeys = ["enabled", "severity"]
    static let overrideKeys = ["files", "rules"]

    /// Reads `path`; a missing file gives the defaults.
    public func load(path: String) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Result(configuration: LintConfiguration(), diagnostics: [])
        }
        return load(SourceText(path: path, bytes: [UInt8](data)))
    }

    public func load(_ source: SourceText) -> Result {
        let read = YAMLReader().read(source)
        var reader = Reader(rules: rules)
        reader.diagnostics = read.diagnostics
        var configuration = LintConfiguration()
        if let root = read.root, let pairs = reader.mapping(root, what: .configuration, allowed: Self.topKeys) {
            for pair in pairs {
                switch pair.key.scalar {
                case "fail_on":
                    if let level = reader.severity(pair.value) { configuration.failOn = level }
                case "rules":
                    configuration.rules = reader.ruleSettings(pair.value, allowOptions: true)
                case "overrides":
                    configuration.overrides = reader.overrides(pair.value)
                default:
                    break
                }
            }
        }
        return Result(configuration: configuration, diagnostics: reader.diagnostics.sorted())
    }

    private struct Reader {
        let rules: [RuleDescription]
        var diagnostics: [Diagnostic] = []

        private var ruleIds: [String] { rules.map(\.id) }

        mutating func report(_ code: DiagnosticCode, _ message: some DiagnosticMessage, at range: SourceRange) {
            diagnostics.append(Diagnostic(code, message, at: range))
        }

        /// The pairs of a mapping whose keys are all allowed (unknown ones are reported and dropped).
        mutating func mapping(_ node: YAMLNode, what: ConfigurationPart, allowed: [String]?) -> [YAMLPair]? {
            guard let pairs = node.mapping else {
                report(.wrongNodeType, LintMessage.notAMapping(what, found: node.kind), at: node.range)
                return nil
            }
            guard let allowed else { return Array(pairs) }
            return pairs.filter { pair in
                let key = pair.key.scalar ?? ""
                if allowed.contains(key) { return true }
                report(
                    .unknownKey, LintMessage.unknownKey(key: key, part: what, allowed: allowed),
                    at: pair.key.range)
                return false
            }
        }

        mutating func severity(_ node: YAMLNode) -> Severity? {
            guard let text = node.scalar, let level = Severity(rawValue: text) else {
                report(
                    .invalidValue,
                    LintMessage.invalidSeverity(allowed: ConfigurationLoader.severities),
                    at: node.range)
                return nil
            }
            return level
        }

        /// `rules:` — rule id → `on | off | error | warning | note`, or a mapping.
        mutating func ruleSettings(_ node: YAMLNode, allowOptions: Bool) -> [String: LintConfiguration.RuleSetting] {
            guard let pairs = mapping(node, what: .rules, allowed: nil) else { return [:] }
            var settings: [String: LintConfiguration.RuleSetting] = [:]
            for pair in pairs {
                let id = pair.key.scalar ?? ""
                guard let rule = rules.first(where: { $0.id == id }) else {
                    report(.unknownKey, LintMessage.unknownRule(id: id, known: ruleIds), at: pair.key.range)
                    continue
                }
                if let setting = ruleSetting(pair.value, rule: rule, allowOptions: allowOptions) {
                    settings[id] = setting
                }
            }
            return settings
        }

        private mutating func ruleSetting(_ node: YAMLNode, rule: RuleDescription, allowOptions: Bool)
            -> LintConfiguration.RuleSetting?
        {
            if let text = node.scalar {
                switch text {
                case "on": return .init(enabled: true)
                case "off": return .init(enabled: false)
                default:
                    if let level = Severity(rawValue: text) { return .init(enabled: true, severity: level) }
                    report(
                        .invalidValue,
                        LintMessage.invalidRuleSetting, at: node.range)
                    return nil
                }
            }
            let optionNames = allowOptions ? rule.options.map(\.name) : []
            guard
                let pairs = mapping(
                    node, what: .settings(of: rule.id), allowed: ConfigurationLoader.settingKeys + optionNames)
            else { return nil }
            var setting = LintConfiguration.RuleSetting()
            for pair in pairs {
                let key = pair.key.scalar ?? ""
                switch key {
                case "enabled":
                    switch pair.value.scalar {
                    case "true": setting.enabled = true
                    case "false": setting.enabled = false
                    default:
                        report(
                            .invalidValue, LintMessage.enabledNotBoolean,
                            at: pair.value.range)
                    }
                case "severity":
                    setting.severity = severity(pair.value)
                default:
                    guard let option = rule.options.first(where: { $0.name == key }) else { continue }
                    guard let text = pair.value.scalar, option.problem(with: text) == nil else {
                        report(
                            .invalidValue,
                            LintMessage.invalidOption(
                                rule: rule.id, option: key, problem: option.problem(with: pair.value.scalar ?? "")),
                            at: pair.value.range)
                        continue
                    }
                    setting.options[key] = text
                }
            }
            return setting
        }

        /// `overrides:` — a list of `{ files: [glob, ...], rules: { ... } }`; options stay global.
        mutating func overrides(_ node: YAMLNode) -> [LintConfiguration.Override] {
            guard let items = node.sequence else {
                report(
                    .wrongNodeType,
                    LintMessage.overridesNotList(found: node.kind), at: node.range)
                return []
            }
            var result: [LintConfiguration.Override] = []
            for item in items {
                guard let pairs = mapping(item, what: .override, allowed: ConfigurationLoader.overrideKeys) else {
                    continue
                }
                var patterns: [Glob] = []
                var settings: [String: LintConfiguration.RuleSetting] = [:]
                for pair in pairs {
                    if pair.key.scalar == "files" {
                        let nodes = pair.value.sequence.map(Array.init) ?? [pair.value]
                        for glob in nodes {
                            guard let text = glob.scalar, !text.isEmpty else {
                                report(
                                    .invalidValue,
                                    LintMessage.invalidFilePattern,
                                    at: glob.range)
                                continue
                            }
                            patterns.append(Glob(text))
                        }
                    } else {
                        settings = ruleSettings(pair.value, allowOptions: false)
                    }
                }
                if item.mapping?.contains(where: { $0.key.scalar == "files" }) == false {
                    report(
                        .missingKey,
                        LintMessage.overrideWithoutFiles, at: item.range)
                }
                result.append(.init(patterns: patterns, rules: settings))
            }
            return result
        }
    }
}
