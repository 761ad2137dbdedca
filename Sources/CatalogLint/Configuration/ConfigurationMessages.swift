import Diagnostics
import YAMLReader

/// What the lint configuration loader says: one case per message, carrying the data it shows, with
/// its English and Vietnamese side by side.
enum ConfigurationMessage: DiagnosticMessage {
    case notAMapping(ConfigurationPart, found: YAMLNode)
    case unknownKey(key: String, part: ConfigurationPart, allowed: [String])
    case unknownRule(id: String, known: [String])
    case invalidSeverity(allowed: [String])
    case invalidRuleSetting
    case enabledNotBoolean
    case invalidOption(rule: String, option: String, problem: String?)
    case overridesNotList(found: YAMLNode)
    case invalidFilePattern
    case overrideWithoutFiles

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .notAMapping(let part, let found):
            switch language {
            case .en: "\(part.name(.en)) must be a mapping (key: value lines), not \(found.kindDescription)"
            case .vi:
                "\(part.name(.vi)) phải là một ánh xạ (các dòng khóa: giá trị), không phải \(found.kindDescriptionVi)"
            }
        case .unknownKey(let key, let part, let allowed):
            switch language {
            case .en:
                "unknown key \"\(key)\" in \(part.name(.en))\(didYouMean(key, in: allowed, language)); allowed keys: \(allowed.joined(separator: ", "))"
            case .vi:
                "khóa \"\(key)\" không được dùng trong \(part.name(.vi))\(didYouMean(key, in: allowed, language)); các khóa được phép: \(allowed.joined(separator: ", "))"
            }
        case .unknownRule(let id, let known):
            switch language {
            case .en: "unknown rule \"\(id)\"\(didYouMean(id, in: known, language)); `tthc rules` lists them"
            case .vi:
                "không có quy tắc \"\(id)\"\(didYouMean(id, in: known, language)); `tthc rules` liệt kê các quy tắc"
            }
        case .invalidSeverity(let allowed):
            switch language {
            case .en: "a severity is one of \(allowed.joined(separator: ", "))"
            case .vi: "mức độ phải là một trong: \(allowed.joined(separator: ", "))"
            }
        case .invalidRuleSetting:
            switch language {
            case .en: "a rule is set to on, off, error, warning or note, or to a mapping of its settings"
            case .vi: "một quy tắc được đặt là on, off, error, warning hoặc note, hoặc một ánh xạ các thiết lập của nó"
            }
        case .enabledNotBoolean:
            switch language {
            case .en: "enabled is true or false"
            case .vi: "enabled phải là true hoặc false"
            }
        case .invalidOption(let rule, let option, let problem):
            switch language {
            case .en: "\(rule) option \(option) must be \(problem ?? "a single value")"
            case .vi: "tùy chọn \(option) của \(rule) không hợp lệ: phải là \(problem ?? "một giá trị đơn")"
            }
        case .overridesNotList(let found):
            switch language {
            case .en: "overrides must be a list of { files: [...], rules: {...} }, not \(found.kindDescription)"
            case .vi:
                "overrides phải là danh sách các { files: [...], rules: {...} }, không phải \(found.kindDescriptionVi)"
            }
        case .invalidFilePattern:
            switch language {
            case .en: "files lists path patterns such as procedures/province/**"
            case .vi: "files liệt kê các mẫu đường dẫn, ví dụ procedures/province/**"
            }
        case .overrideWithoutFiles:
            switch language {
            case .en: "an override needs files: the paths it applies to"
            case .vi: "mỗi mục overrides cần files: các đường dẫn mà nó áp dụng"
            }
        }
    }

    /// "; did you mean …?" after a name that is not known, when one known name is near.
    private func didYouMean(_ name: String, in candidates: [String], _ language: MessageLanguage) -> String {
        guard let suggestion = NearestName.suggestion(for: name, in: candidates) else { return "" }
        return switch language {
        case .en: "; did you mean \"\(suggestion)\"?"
        case .vi: "; có phải ý bạn là \"\(suggestion)\"?"
        }
    }
}

/// What a part of .tthc-lint.yml is called in a message ("the lint configuration", "an override").
enum ConfigurationPart: Sendable {
    case configuration
    case rules
    case override
    case settings(of: String)

    func name(_ language: MessageLanguage) -> String {
        switch (self, language) {
        case (.configuration, .en): "the lint configuration"
        case (.configuration, .vi): "cấu hình lint"
        case (.rules, _): "rules"
        case (.override, .en): "an override"
        case (.override, .vi): "một mục overrides"
        case (.settings(let rule), .en): "the settings of \(rule)"
        case (.settings(let rule), .vi): "phần thiết lập của \(rule)"
        }
    }
}
