/// What can be wrong with an applicant reference (`CaseOpening.applicant`): the applicant is who
/// is told of the result, an apology or a supplement, so a case is not opened for nobody, nor with
/// a reference that breaks the lines of the log and the forms.
enum ApplicantReferenceProblem: Equatable {
    /// Nothing but whitespace.
    case empty
    /// A control character: a line break, a tab, a C1 control.
    case controlCharacter
    /// Longer than `maximumLength` characters: no identity number or tax code is.
    case tooLong

    static let maximumLength = 64

    /// The problem of `reference`, or nil. Every opening passes here, so ASCII (ID card numbers)
    /// is judged on its bytes; only text with other characters needs the scalars' properties.
    static func of(_ reference: String) -> Self? {
        if reference.utf8.count > maximumLength, reference.count > maximumLength { return .tooLong }
        switch asciiVerdict(reference) {
        case .fine: return nil
        case .problem(let problem): return problem
        case .notASCII: break
        }
        let scalars = reference.unicodeScalars
        if scalars.contains(where: { $0.properties.generalCategory == .control }) { return .controlCharacter }
        if reference.isBlank { return .empty }
        return nil
    }

    private enum ASCIIVerdict {
        case fine
        case problem(ApplicantReferenceProblem)
        case notASCII
    }

    private static func asciiVerdict(_ reference: String) -> ASCIIVerdict {
        reference.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIVerdict in
            var visible = false
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F { return .problem(.controlCharacter) }
                if byte >= 0x80 { return .notASCII }
                if byte != 0x20 { visible = true }
            }
            return visible ? .fine : .problem(.empty)
        } ?? .notASCII
    }
}
