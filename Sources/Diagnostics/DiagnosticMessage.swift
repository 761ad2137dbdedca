/// What a diagnostic, note or fix says: a typed value carrying the data it shows (a key, a step,
/// a date), rendered in a language only when printed. Each stage declares its messages in one
/// file as one enum, a case per message (`ReaderMessages.swift`, `LoaderMessages.swift`, …), so a
/// message has one identity and its English and Vietnamese sit side by side.
public protocol DiagnosticMessage: Sendable {
    func text(_ language: MessageLanguage) -> String
}

/// A text given in both languages together. Its uses: documentation data (a lint rule's name,
/// summary, rationale and option descriptions, a rule category's title and a check stage's heading,
/// read from CatalogLint's `rules.yaml`; a check code's explanation for `tthc rules`, `tthc explain`
/// and the generated docs); as CatalogModel's `Subject`, the name of what a message is about; and
/// the words a sentence shared by several messages is built from (`YAMLNode.Kind.wrongKind`). A
/// diagnostic, note or fix-it says a typed message of its stage (`ReaderMessage`, `LoaderMessage`,
/// `CompilerMessage`, the lint categories' enums), never a `Localized` written at the site.
public struct Localized: DiagnosticMessage, Hashable, Encodable {
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
    /// Every rendering, for equality and hashing of the values that hold a message.
    var texts: [String] { MessageLanguage.allCases.map(text) }
}
