import Diagnostics

/// The fixes `tthc lint --fix` applies: those of the rules marked fixable, and those of three
/// reader checks a file saved on Windows meets first: a BOM (Y003), tabs (Y004, only where safe:
/// `TabFixSafety`) and CRLF line ends (Y005). Text output marks these findings, and the summary
/// counts them, so "fixable" means the same in the report and in `--fix`.
public enum AutomaticFixes {
    public static let checkCodes: Set<String> = [
        DiagnosticCode.byteOrderMark.rawValue, DiagnosticCode.tabCharacter.rawValue,
        DiagnosticCode.crlfLineEnd.rawValue,
    ]

    /// Rule ids and codes whose fixes `--fix` applies.
    public static let labels: Set<String> = checkCodes.union(RuleRegistry.descriptions.filter(\.fixable).map(\.id))

    /// `labels` when a diagnostic offers a fix, else none: building every rule's description
    /// for a report without fixes cost more than printing it.
    public static func labels(for diagnostics: [Diagnostic]) -> Set<String> {
        diagnostics.contains { !$0.fixIts.isEmpty } ? labels : []
    }

    /// `diagnostics` with the fixes `--fix` must not apply taken away: a tab whose width changes
    /// what the file means keeps its finding, with a note to replace it by hand.
    public static func prepare(_ diagnostics: [Diagnostic], sources: [String: SourceText]) -> [Diagnostic] {
        let tabFiles = Set(diagnostics.filter { $0.code == .tabCharacter && !$0.fixIts.isEmpty }.map(\.range.file))
        guard !tabFiles.isEmpty else { return diagnostics }
        var unsafe: Set<String> = []
        for file in tabFiles {
            guard let source = sources[file] else {
                unsafe.insert(file)
                continue
            }
            let fixes = diagnostics.filter { $0.code == .tabCharacter && $0.range.file == file }.flatMap(\.fixIts)
            if !TabFixSafety.isSafe(fixes, in: source) { unsafe.insert(file) }
        }
        return diagnostics.map { diagnostic in
            guard diagnostic.code == .tabCharacter, unsafe.contains(diagnostic.range.file) else { return diagnostic }
            var d = diagnostic
            d.fixIts = []
            d.notes.append(
                DiagnosticNote(
                    LintMessage.tabLeftForHand))
            return d
        }
    }

    /// Whether `--fix` repairs `diagnostic` (after `prepare`).
    public static func isAutomatic(_ diagnostic: Diagnostic) -> Bool {
        !diagnostic.fixIts.isEmpty && labels.contains(diagnostic.label)
    }
}
