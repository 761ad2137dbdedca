import Diagnostics
import Foundation

/// `tthc explain CODE` and the codes in `tthc rules --format json`: every code `tthc check` and
/// `tthc lint` print (F, Y, L, R, C), found by its code or its documented name.
public enum CheckCodeDocument {
    /// The codes a user can meet in output.
    public static let codes = DiagnosticCode.allCases

    /// `C007`, `c007` or `deadline-budget`.
    public static func code(named text: String) -> DiagnosticCode? {
        codes.first { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame || $0.name == text }
    }

    /// The rule id, code or code name nearest to a misspelt one.
    public static func suggestion(for text: String) -> String? {
        NearestName.suggestion(
            for: text, in: RuleRegistry.descriptions.map(\.id) + codes.flatMap { [$0.rawValue, $0.name] })
    }

    /// The stage that reports the code, from its letter (its heading is in `rules.yaml`).
    public static func stage(of code: DiagnosticCode) -> Localized {
        let letter = String(code.rawValue.prefix(1))
        return RuleDocumentation.shipped.stages[letter] ?? Localized(letter, vi: letter)
    }

    public static func explanation(of code: DiagnosticCode) -> Localized {
        Localized(code.explanation, vi: code.explanationVi)
    }

    /// Whether `tthc lint --fix` repairs it.
    public static func isFixable(_ code: DiagnosticCode) -> Bool {
        AutomaticFixes.checkCodes.contains(code.rawValue)
    }

    /// Warnings can be suppressed like rules; errors mean the catalog is wrong, not unusual.
    public static func isSuppressible(_ code: DiagnosticCode) -> Bool {
        SuppressionFilter.isSuppressibleCode(code)
    }

    public static func explain(_ code: DiagnosticCode, language: LintLanguage) -> String {
        let vi = language == .vi
        var out = "\(code.rawValue) (\(code.name)): \(stage(of: code).text(language))\n\n"
        out += "\(vi ? "Mức độ mặc định" : "Default severity"): \(code.defaultSeverity.rawValue)"
        out += isFixable(code) ? (vi ? "; sửa được bằng tthc lint --fix" : "; fixable with tthc lint --fix") : ""
        out += "\n"
        out +=
            isSuppressible(code)
            ? (vi
                ? "Có thể tắt từng chỗ: # tthc-lint: disable-next-line \(code.rawValue) -- lý do\n"
                : "Can be suppressed where it is right but accepted: # tthc-lint: disable-next-line \(code.rawValue) -- reason\n")
            : (vi
                ? "Không tắt được: lỗi này nghĩa là danh mục sai.\n"
                : "Cannot be suppressed: it means the catalog is wrong.\n")
        out += "\n" + RuleDocument.wrap(explanation(of: code).text(language)) + "\n"
        out += "\n" + (vi ? "Mọi mã: docs/diagnostics.md" : "Every code: docs/diagnostics.md") + "\n"
        return out
    }
}
