import GoldenFiles
import Foundation
import Testing

/// Runs the built `tthc` binary (it sits beside this test bundle, whatever --scratch-path the
/// build used) and keeps a transcript of each command, its output and its exit status.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("tthc")
    }

    /// Fixtures in the source tree, where golden files are rewritten with TTHC_UPDATE_GOLDEN=1.
    static var sourceFixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    let store: String
    let artifact: String
    var transcript = ""

    init(folder: URL) throws {
        store = folder.appendingPathComponent("cases.sqlite").path
        artifact = folder.appendingPathComponent("catalog.tthc").path
        try Fixture.writeArtifact(to: artifact)
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `tthc case …` on this runner's store; `$ARTIFACT` stands for the artifact file.
    @discardableResult
    mutating func tthc(_ arguments: String...) throws -> Output {
        let args = arguments.map { $0 == "$ARTIFACT" ? artifact : $0 } + (arguments.first == "simulate" ? [] : ["--store", store])
        let output = try Self.run(args)
        transcript += "$ tthc " + arguments.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ") + "\n"
        transcript += output.stdout + output.stderr + "[exit \(output.status)]\n\n"
        return output
    }

    /// The transcript with the artifact's hash (which changes with the compiler) replaced.
    var normalizedTranscript: String {
        transcript.replacingOccurrences(of: #"sha256:[0-9a-f]{64}"#, with: "sha256:<artifact>", options: .regularExpression)
    }

    /// Compares with Fixtures/golden/NAME, or rewrites it when TTHC_UPDATE_GOLDEN=1.
    func expectGolden(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Golden.expect(normalizedTranscript, matchesFileAt: Self.sourceFixtures.appendingPathComponent("golden").appendingPathComponent(name),
                      sourceLocation: sourceLocation)
    }
}
