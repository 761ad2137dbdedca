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

/// A related place, such as "first defined here".
public struct DiagnosticNote: Hashable, Sendable, Codable {
    public var message: String
    public var range: SourceRange?

    public init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A machine-applicable edit: replace the bytes `[startOffset, endOffset)` of `file`.
public struct FixIt: Hashable, Sendable, Codable {
    public var file: String
    public var startOffset: Int
    public var endOffset: Int
    public var replacement: String
    public var description: String

    public init(file: String, startOffset: Int, endOffset: Int, replacement: String, description: String) {
        self.file = file
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.replacement = replacement
        self.description = description
    }
}

/// One finding: the only shape of problem report anywhere in tthc.
public struct Diagnostic: Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    public var fixIts: [FixIt]
    /// The lint rule that found it (`tone-mark-style`); nil for the fixed checks, which have a code.
    public var rule: String?

    public init(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange,
        severity: Severity? = nil, notes: [DiagnosticNote] = [], fixIts: [FixIt] = [], rule: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
        self.rule = rule
    }

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
