import Testing

@testable import CaseEngine

/// The byte fast path and the scalar path judge references alike.
struct ApplicantReferenceTests {
    @Test(
        arguments: [
            ("CCCD-001234567890", nil),
            ("Nguyễn Văn A", nil),
            (" x ", nil),
            ("", .empty),
            ("   ", .empty),
            ("\u{3000}\u{A0}", .empty),  // ideographic and no-break spaces: not ASCII, still blank
            ("CCCD\n0012", .controlCharacter),
            ("CCCD\t0012", .controlCharacter),
            ("CCCD\u{7F}", .controlCharacter),
            ("Nguyễn\u{85}A", .controlCharacter),  // C1 next line, after a non-ASCII letter
            ("\u{85}", .controlCharacter),
            (String(repeating: "x", count: 64), nil),
            (String(repeating: "x", count: 65), .tooLong),
            (String(repeating: "ễ", count: 64), nil),  // 64 characters, 192 bytes
        ] as [(String, ApplicantReferenceProblem?)])
    func judged(_ reference: String, _ expected: ApplicantReferenceProblem?) {
        #expect(ApplicantReferenceProblem.of(reference) == expected)
    }
}
