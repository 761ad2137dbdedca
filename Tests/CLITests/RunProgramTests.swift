import Foundation
import TTHCRunner
import Testing

/// The runner reads a child's two pipes at once: a child that fills stderr's pipe (64 KiB) before
/// it writes to stdout would otherwise wait for ever on a runner reading stdout to its end.
struct RunProgramTests {
    @Test func aChildThatFillsStderrFirstIsReadToTheEnd() throws {
        let script = "head -c 300000 /dev/zero >&2; echo done"
        let out = try TTHCRunner.runProgram(
            "/bin/sh", ["-c", script], in: FileManager.default.temporaryDirectory, timeout: 60)
        #expect(out.status == 0)
        #expect(out.stdout == "done\n")
        #expect(out.stderr.utf8.count == 300_000)
    }
}
