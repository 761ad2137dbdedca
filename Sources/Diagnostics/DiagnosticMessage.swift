/// What a diagnostic, note or fix says: a typed value carrying the data it shows (a key, a step,
/// a date), rendered in a language only when printed. Each stage declares its messages in one
/// file (`ReaderMessages.swift`, `LoaderMessages.swift`, …), so a message has one identity and
/// its English and Vietnamese sit side by side.
public protocol DiagnosticMessage: Sendable {
    func text(_ language: MessageLanguage) -> String
}

/// A text given in both languages where it is written: a rule's summary or rationale, or a message
/// not yet declared as its own type.
public struct Localized: DiagnosticMessage, Hashable {
    public var en: String
    public var vi: String

    public init(_ en: String, vi: String) {
        self.en = en
        self.vi = vi
    }

    public func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: en
        case .vi: vi
        }
    }
}

extension DiagnosticMessage {
    /// Both renderings, for equality and hashing of the values that hold a message.
    var texts: Localized { Localized(text(.en), vi: text(.vi)) }
}
