import Foundation
import TTHCRunner
import Testing

/// Issue 21, part 5: a request field (a reason) reaches `case event`, `case show` and forms 04/06
/// with its control characters shown as escapes; none can drive the terminal or start a line.
@Suite(.serialized) struct TextNeutralisationTests {
    @Test func aReasonWithEscapesAndNewLinesIsShownAsEscapes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        let reason = "thiếu giấy\u{1B}]0;owned\u{07}\u{1B}[2J\n::error file=a.yaml::forged\u{202E}"
        try cli.tthc(
            "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received", "2026-03-02 08:30",
            "--channel", "online", "--commune", "thanh-nua", "--applicant", "CCCD-001234567890")
        try cli.tthc("case", "event", "C000001", "accept", "--at", "2026-03-02 08:30")
        try cli.tthc("case", "event", "C000001", "complete", "--step", "receive", "--at", "2026-03-02 09:00")
        let event = try cli.tthc(
            "case", "event", "C000001", "supplement", "--step", "review", "--reason", reason, "--at", "2026-03-02 10:00"
        )
        #expect(event.status == 0, "\(event.stderr)")
        var outputs = [event.stdout]
        for arguments in [
            ["case", "show", "C000001", "--now", "2026-03-02 10:00"],
            ["case", "show", "C000001", "--form", "06", "--now", "2026-03-02 10:00"],
            ["case", "show", "C000001", "--form", "04", "--now", "2026-03-02 10:00"],
        ] {
            outputs.append((TTHCRunner.run(arguments + ["--store", cli.store])).stdout)
        }
        for out in outputs {
            #expect(!out.contains("\u{1B}") && !out.contains("\u{07}") && !out.contains("\u{202E}"))
            #expect(!out.split(separator: "\n").contains { $0.hasPrefix("::") })
        }
        #expect(outputs[1].contains(#"thiếu giấy\u{1B}]0;owned\u{7}\u{1B}[2J\n::error file=a.yaml::forged\u{202E}"#))
    }
}
