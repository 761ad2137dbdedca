import CaseEngine
import CaseStoreSQLite
import Foundation
import TTHCRunner
import Testing

/// A writer killed with SIGKILL in the middle of a stream of commits: after reopening the store,
/// every acknowledged event is there and no case is half written (each snapshot equals the replay
/// of its events, and its version is its number of events).
@Suite struct CrashTests {
    @Test func killedWriterLosesNoAcknowledgedEventAndLeavesNoHalfWrittenCase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let artifact = folder.appendingPathComponent("catalog.tthc").path
        let path = folder.appendingPathComponent("cases.sqlite").path
        try Fixture.writeArtifact(to: artifact)
        let process = Process()
        process.executableURL = TTHCRunner.binary
        process.arguments = [
            "simulate", "--artifact", artifact, "--cases", "200000", "--days", "30", "--store", path,
            "--batch", "50", "--log-commits", "--out", folder.appendingPathComponent("sim").path,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read acknowledgements ("committed C cases E events") until a few batches are in, then kill.
        var buffer = ""
        var acknowledgedEvents = 0
        var acknowledgedCases = 0
        var commits = 0
        while commits < 8 {
            let data = out.fileHandleForReading.availableData
            if data.isEmpty { break }
            buffer += String(decoding: data, as: UTF8.self)
            while let newline = buffer.firstIndex(of: "\n") {
                let words = buffer[..<newline].split(separator: " ")
                buffer.removeSubrange(...newline)
                if words.count == 5, words[0] == "committed", let c = Int(words[1]), let e = Int(words[3]) {
                    acknowledgedCases = c
                    acknowledgedEvents = e
                    commits += 1
                }
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the writer finished before it was killed")
        // One read may bring several acknowledgements: at least eight were seen, the last one counts.
        #expect(commits >= 8, "the writer ended after \(commits) commits")

        let store = try CaseStore(path: path)
        #expect(try store.eventCount() >= acknowledgedEvents)
        let ids = try store.caseIds()
        #expect(ids.count >= acknowledgedCases)
        for id in ids {
            #expect(try store.verify(id) == nil, "case \(id) is half written")
            #expect(try store.events(id).count == store.state(id).state.version)
        }
    }
}
