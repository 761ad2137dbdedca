import Diagnostics
import Testing

/// Every diagnostic, and every note of it, reads differently in Vietnamese (`--lang vi`): none
/// falls back to its English words. There must be diagnostics to look at.
public func expectEveryMessageInVietnamese(
    _ diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(!diagnostics.isEmpty, sourceLocation: sourceLocation)
    for d in diagnostics {
        let vi = d.localized(.vi)
        #expect(
            vi.message != d.message, "\(d.label) is not in Vietnamese: \(d.message)", sourceLocation: sourceLocation)
        #expect(
            zip(vi.notes, d.notes).allSatisfy { $0.message != $1.message },
            "a note of \(d.label) is not in Vietnamese", sourceLocation: sourceLocation)
    }
}
