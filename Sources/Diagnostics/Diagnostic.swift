/// How serious a finding is. Ordered so that `>=` compares thresholds (`--fail-on`).
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note, warning, error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The language of the messages a run prints: English by default, Vietnamese with `--lang vi`
/// (`tthc check`, `tthc lint`; CatalogLint calls it `LintLanguage`).
public enum MessageLanguage: String, Sendable, CaseIterable, Codable {
    case en, vi
}

/// A related place, such as "first defined here".
public struct DiagnosticNote: Hashable, Sendable, Encodable {
    public var diagnosticMessage: any DiagnosticMessage
    public var range: SourceRange?
    /// The language `message` renders in (set by `Diagnostic.localized`).
    public var language: MessageLanguage = .en

    public init(_ message: some DiagnosticMessage, at range: SourceRange? = nil) {
        self.diagnosticMessage = message
        self.range = range
    }

    public var message: String { diagnosticMessage.text(language) }

    public static func == (lhs: DiagnosticNote, rhs: DiagnosticNote) -> Bool {
        lhs.range == rhs.range && lhs.language == rhs.language
            && lhs.diagnosticMessage.texts == rhs.diagnosticMessage.texts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(diagnosticMessage.texts)
    }

    private enum CodingKeys: String, CodingKey { case message, range }

    /// As JSON output shows it: the message in the note's language.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(range, forKey: .range)
    }
}

/// A machine-applicable edit: replace the bytes `[startOffset, endOffset)` of `file`.
public struct FixIt: Hashable, Sendable, Encodable {
    public var file: String
    public var startOffset: Int
    public var endOffset: Int
    public var replacement: String
    public var diagnosticMessage: any DiagnosticMessage
    /// The language `description` renders in (set by `Diagnostic.localized`).
    public var language: MessageLanguage = .en

    public init(
        file: String, startOffset: Int, endOffset: Int, replacement: String, _ description: some DiagnosticMessage
    ) {
        self.file = file
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.replacement = replacement
        self.diagnosticMessage = description
    }

    /// What the edit does, in `language`.
    public var description: String { diagnosticMessage.text(language) }

    public static func == (lhs: FixIt, rhs: FixIt) -> Bool {
        lhs.file == rhs.file && lhs.startOffset == rhs.startOffset && lhs.endOffset == rhs.endOffset
            && lhs.replacement == rhs.replacement && lhs.language == rhs.language
            && lhs.diagnosticMessage.texts == rhs.diagnosticMessage.texts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(startOffset)
        hasher.combine(replacement)
    }

    private enum CodingKeys: String, CodingKey { case file, startOffset, endOffset, replacement, description }

    /// As JSON output shows it: the description in the fix-it's language.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(startOffset, forKey: .startOffset)
        try container.encode(endOffset, forKey: .endOffset)
        try container.encode(replacement, forKey: .replacement)
        try container.encode(description, forKey: .description)
    }
}

/// Who reports a diagnostic: a fixed check, by its code (`L001`), or a lint rule, by its id.
public enum DiagnosticID: Hashable, Sendable {
    case code(DiagnosticCode)
    case rule(String)

    /// Rule findings sort where the style letter S would, between the R and T codes, as they
    /// always have.
    fileprivate var sortKey: (String, String) {
        switch self {
        case .code(let code): (code.rawValue, "")
        case .rule(let id): ("S", id)
        }
    }
}

/// One finding: the only shape of problem report anywhere in tthc.
public struct Diagnostic: Hashable, Sendable {
    public var id: DiagnosticID
    public var severity: Severity
    /// What it says, as a typed value; `message` renders it in `language`.
    public var diagnosticMessage: any DiagnosticMessage
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]
    /// The language `message`, the notes and the fix-its render in (set by `localized`).
    public private(set) var language: MessageLanguage = .en

    /// A finding of a fixed check, at the code's default severity unless told otherwise.
    public init(
        _ code: DiagnosticCode, _ message: some DiagnosticMessage, at range: SourceRange,
        severity: Severity? = nil, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) {
        self.init(
            id: .code(code), message, at: range, severity: severity ?? code.defaultSeverity, notes: notes,
            fixIts: fixIts)
    }

    public init(
        id: DiagnosticID, _ message: some DiagnosticMessage, at range: SourceRange,
        severity: Severity, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
    ) {
        self.id = id
        self.severity = severity
        self.diagnosticMessage = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }

    /// The message in the diagnostic's language.
    public var message: String { diagnosticMessage.text(language) }

    /// The check's code; nil for a lint rule's finding.
    public var code: DiagnosticCode? {
        if case .code(let code) = id { code } else { nil }
    }

    /// The lint rule that found it (`tone-mark-style`); nil for the fixed checks, which have a code.
    public var rule: String? {
        if case .rule(let id) = id { id } else { nil }
    }

    /// What output shows in brackets: the rule id for a lint finding, else the code (`L001`).
    public var label: String {
        switch id {
        case .code(let code): code.rawValue
        case .rule(let id): id
        }
    }

    /// The name JSON output shows: the code's name, or the rule id.
    public var name: String {
        switch id {
        case .code(let code): code.name
        case .rule(let id): id
        }
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.id == rhs.id && lhs.severity == rhs.severity && lhs.range == rhs.range && lhs.language == rhs.language
            && lhs.diagnosticMessage.texts == rhs.diagnosticMessage.texts && lhs.notes == rhs.notes
            && lhs.fixIts == rhs.fixIts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(range)
        hasher.combine(diagnosticMessage.texts)
    }
}

extension Diagnostic: Comparable {
    /// Sorted by position, then code or rule, then message, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.id != rhs.id { return lhs.id.sortKey < rhs.id.sortKey }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { self.lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { self.lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { self.contains { $0.severity == .error } }
}

extension Diagnostic {
    /// The diagnostic as a run in `language` prints it: the message, notes and fix-its render in it.
    public func localized(_ language: MessageLanguage) -> Diagnostic {
        var d = self
        d.language = language
        d.notes = notes.map { note in
            var n = note
            n.language = language
            return n
        }
        d.fixIts = fixIts.map { fix in
            var f = fix
            f.language = language
            return f
        }
        return d
    }
}

extension Array where Element == Diagnostic {
    /// Every diagnostic as a run in `language` prints it.
    public func localized(_ language: MessageLanguage) -> [Diagnostic] {
        map { $0.localized(language) }
    }
}
