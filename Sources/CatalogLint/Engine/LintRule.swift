import Diagnostics

/// One rule: one file under Rules/<Category>/, with its description and examples.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Every place the rule applies to in the catalog. Severity, configuration, suppressions and
    /// language are the linter's business, not the rule's.
    func check(_ context: LintContext) -> [Finding]
}

/// A related place, shown under the finding.
public struct LintNote: Sendable {
    public var message: Localized
    public var range: SourceRange?

    public init(_ message: Localized, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A byte-range edit of one file: `[startOffset, endOffset)` becomes `replacement`.
public struct LintFix: Sendable {
    public var file: String
    public var startOffset: Int
    public var endOffset: Int
    public var replacement: String
    public var description: Localized

    public init(file: String, startOffset: Int, endOffset: Int, replacement: String, _ description: Localized) {
        self.file = file
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.replacement = replacement
        self.description = description
    }
}

/// What a rule reports: a message in both languages at a range, with notes and fixes.
public struct Finding: Sendable {
    public var message: Localized
    public var range: SourceRange
    public var notes: [LintNote]
    public var fixes: [LintFix]

    public init(_ message: Localized, at range: SourceRange, notes: [LintNote] = [], fixes: [LintFix] = []) {
        self.message = message
        self.range = range
        self.notes = notes
        self.fixes = fixes
    }
}
