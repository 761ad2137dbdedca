import Diagnostics

/// A problem in a template is found once per procedure that uses it. The compiler and the
/// linter keep one diagnostic per check or rule, place and message, listing a few of the
/// procedures as notes and counting the rest.
public enum TemplateFindings {
    /// `diagnostics` merged so, in the order each first appears.
    public static func merged(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            var id: DiagnosticID
            var range: SourceRange
            var message: String
        }
        var order: [Key] = []
        var merged: [Key: Diagnostic] = [:]
        var extra: [Key: Int] = [:]
        for diagnostic in diagnostics {
            let key = Key(id: diagnostic.id, range: diagnostic.range, message: diagnostic.message)
            if var existing = merged[key] {
                if existing.notes.count < 3 {
                    existing.notes += diagnostic.notes.filter { !existing.notes.contains($0) }
                    merged[key] = existing
                } else {
                    extra[key, default: 0] += 1
                }
            } else {
                order.append(key)
                merged[key] = diagnostic
            }
        }
        return order.compactMap { key -> Diagnostic? in
            guard var d = merged[key] else { return nil }
            if let more = extra[key] {
                d.notes.append(DiagnosticNote(CompilerMessage.moreProceduresUseIt(count: more)))
            }
            return d
        }
    }
}
