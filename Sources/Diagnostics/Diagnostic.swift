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
public struct DiagnosticNote: Hashable, Sendable, Codable {
    public var message: String
    /// The message in Vietnamese, shown instead of `message` with `--lang vi`. Not encoded.
    public var messageVi: String?
    public var range: SourceRange?

    public init(_ message: String, vi: String? = nil, at range: SourceRange? = nil) {
        self.message = message
        self.messageVi = vi
        self.range = range
    }

    private enum CodingKeys: String, CodingKey { case message, range }
}

/// A machine-applicable edit: replace the bytes `[startOffset, endOffset)` of `file`.
public struct FixIt: Hashable, Sendable, Codable {
    public var file: String
    public var startOffset: Int
    public var endOffset: Int
    public var replacement: String
    public var description: String
    /// The description in Vietnamese, shown instead of `description` with `--lang vi`. Not encoded.
    public var descriptionVi: String?

    public init(file: String, startOffset: Int, endOffset: Int, replacement: String, description: String, descriptionVi: String? = nil) {
        self.file = file
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.replacement = replacement
        self.description = description
        self.descriptionVi = descriptionVi
    }

    private enum CodingKeys: String, CodingKey { case file, startOffset, endOffset, replacement, description }
}

/// One finding: the only shape of problem report anywhere in tthc.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    /// The message in Vietnamese, shown instead of `message` with `--lang vi`. Not encoded, so
    /// JSON and the artifact keep their shape.
    public var messageVi: String?
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]
    /// The lint rule that found it (`tone-mark-style`); nil for the fixed checks, which have a code.
    public var rule: String?

    public init(
        _ code: DiagnosticCode, _ message: String, vi: String? = nil, at range: SourceRange,
        severity: Severity? = nil, notes: [DiagnosticNote] = [], fixIts: [FixIt] = [], rule: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.messageVi = vi
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
        self.rule = rule
    }

    private enum CodingKeys: String, CodingKey { case code, severity, message, range, notes, fixIts, rule }

    /// What output shows in brackets: the rule id for a lint finding, else the code (`L001`).
    public var label: String { rule ?? code.rawValue }
}

extension Diagnostic: Comparable {
    /// Sorted by position, then code, then message, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.range != rhs.range { return lhs.range < rhs.range }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        if lhs.rule != rhs.rule { return (lhs.rule ?? "") < (rhs.rule ?? "") }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { self.lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { self.lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { self.contains { $0.severity == .error } }
}

extension Diagnostic {
    /// Whether the message, every note and every fix-it description has a Vietnamese text.
    public var hasVietnamese: Bool {
        messageVi != nil && notes.allSatisfy { $0.messageVi != nil } && fixIts.allSatisfy { $0.descriptionVi != nil }
    }

    /// The diagnostic as a run in `language` prints it: in Vietnamese the Vietnamese texts
    /// replace the English ones (where one is missing the English stays).
    public func localized(_ language: MessageLanguage) -> Diagnostic {
        guard language == .vi else { return self }
        var d = self
        d.message = messageVi ?? message
        d.notes = notes.map { note in
            var n = note
            n.message = note.messageVi ?? note.message
            return n
        }
        d.fixIts = fixIts.map { fix in
            var f = fix
            f.description = fix.descriptionVi ?? fix.description
            return f
        }
        return d
    }
}

extension Array where Element == Diagnostic {
    /// Every diagnostic as a run in `language` prints it.
    public func localized(_ language: MessageLanguage) -> [Diagnostic] {
        language == .en ? self : map { $0.localized(language) }
    }
}
