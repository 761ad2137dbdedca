import Diagnostics
import YAMLReader

// What the lint configuration loader says, one type per message, English and Vietnamese side by side.

/// What a part of .tthc-lint.yml is called in a message ("the lint configuration", "an override").
struct ConfigurationPart: Sendable {
    let name: Localized

    static let configuration = ConfigurationPart(name: Localized("the lint configuration", vi: "cấu hình lint"))
    static let rules = ConfigurationPart(name: Localized("rules", vi: "rules"))
    static let override = ConfigurationPart(name: Localized("an override", vi: "một mục overrides"))
    static func settings(of rule: String) -> ConfigurationPart {
        ConfigurationPart(name: Localized("the settings of \(rule)", vi: "phần thiết lập của \(rule)"))
    }
}

/// "; did you mean …?" after a name that is not known, when one known name is near.
struct DidYouMean: Sendable {
    let suggestion: String?

    init(_ name: String, in candidates: [String]) {
        suggestion = NearestName.suggestion(for: name, in: candidates)
    }

    func text(_ language: MessageLanguage) -> String {
        guard let suggestion else { return "" }
        return switch language {
        case .en: "; did you mean \"\(suggestion)\"?"
        case .vi: "; có phải ý bạn là \"\(suggestion)\"?"
        }
    }
}

struct ConfigurationNotAMapping: DiagnosticMessage {
    let part: ConfigurationPart
    let found: Localized

    init(_ part: ConfigurationPart, found node: YAMLNode) {
        self.part = part
        found = Localized(node.kindDescription, vi: node.kindDescriptionVi)
    }

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "\(part.name.en) must be a mapping (key: value lines), not \(found.en)"
        case .vi: "\(part.name.vi) phải là một ánh xạ (các dòng khóa: giá trị), không phải \(found.vi)"
        }
    }
}

struct ConfigurationUnknownKey: DiagnosticMessage {
    let key: String
    let part: ConfigurationPart
    let allowed: [String]

    func text(_ language: MessageLanguage) -> String {
        let hint = DidYouMean(key, in: allowed).text(language)
        return switch language {
        case .en: "unknown key \"\(key)\" in \(part.name.en)\(hint); allowed keys: \(allowed.joined(separator: ", "))"
        case .vi:
            "khóa \"\(key)\" không được dùng trong \(part.name.vi)\(hint); các khóa được phép: \(allowed.joined(separator: ", "))"
        }
    }
}

struct UnknownRule: DiagnosticMessage {
    let id: String
    let known: [String]

    func text(_ language: MessageLanguage) -> String {
        let hint = DidYouMean(id, in: known).text(language)
        return switch language {
        case .en: "unknown rule \"\(id)\"\(hint); `tthc rules` lists them"
        case .vi: "không có quy tắc \"\(id)\"\(hint); `tthc rules` liệt kê các quy tắc"
        }
    }
}
