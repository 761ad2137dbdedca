import Diagnostics

/// The languages `tthc lint` speaks: English by default, Vietnamese with `--lang vi`.
/// The same type as `Diagnostics.MessageLanguage`, so `tthc check` and `tthc lint` share one.
public typealias LintLanguage = MessageLanguage

/// A text in both languages. Every message, summary and rationale a rule shows is one of these,
/// so `--lang vi` never falls back to English for a rule's own words.
public struct Localized: Sendable, Hashable {
    public var en: String
    public var vi: String

    public init(_ en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    public func text(_ language: LintLanguage) -> String {
        switch language {
        case .en: en
        case .vi: vi
        }
    }
}
