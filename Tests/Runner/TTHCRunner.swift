import Foundation
import TTHCCommands

/// What a run of a command line printed, and its exit status.
public struct RunOutput: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// The one way tests run tthc. `run` runs a command line in this process, with its own output
/// streams, working directory and environment (`TTHC.main(context:)`), so runs are quick and
/// can go in parallel. `runBinary` starts the built executable, for what only a real process
/// shows (a signal, `kill -9`, what another program such as pre-commit starts).
public enum TTHCRunner {
    /// The package root, so relative paths such as `Catalog` resolve as in the README.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `tthc ARGUMENTS` in process. NO_COLOR is unset unless `environment` sets it, as on a
    /// user's machine; `input` is standard input.
    public static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
        input: String? = nil
    ) -> RunOutput {
        let output = OutputSink.capture()
        let error = OutputSink.capture()
        let stdin = InputFile(input ?? "")
        defer { stdin.remove() }
        let context = RunContext(
            arguments: ["tthc"] + arguments, workingDirectory: directory.standardizedFileURL.path,
            environment: processEnvironment(adding: environment), output: output, error: error,
            inputDescriptor: stdin.descriptor)
        let status = TTHC.main(context: context)
        return RunOutput(
            status: status, stdout: String(decoding: output.captured, as: UTF8.self),
            stderr: String(decoding: error.captured, as: UTF8.self))
    }

    /// The built `tthc`: the products folder holds it beside the test bundle, whatever
    /// --scratch-path the build used.
    public static var binary: URL {
        let folders =
            Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
            + [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        let found = folders.map { $0.appendingPathComponent("tthc") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
        return found ?? packageRoot.appendingPathComponent(".build/debug/tthc")
    }

    /// Starts the built binary. `timeout`: seconds after which it is stopped (a hang shows as a
    /// killed run, status 15).
    public static func runBinary(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
        timeout: Double? = nil
    ) throws -> RunOutput {
        try runProgram(
            binary.path, arguments, in: directory, environment: processEnvironment(adding: environment),
            timeout: timeout)
    }

    /// Starts any program (git, pre-commit, bash) with exactly `environment`.
    public static func runProgram(
        _ executable: String, _ arguments: [String], in directory: URL,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        timeout: Double? = nil
    ) throws -> RunOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning { process.terminate() }
            }
        }
        // Both pipes read before waiting, and at once: a child that fills one pipe while the
        // other is being read would wait for ever (a sanitizer's report on stderr did).
        let stderrReader = PipeReader(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = stderrReader.wait()
        process.waitUntilExit()
        return RunOutput(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// This process's environment without NO_COLOR, with `adding` laid over it.
    static func processEnvironment(adding: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        return environment.merging(adding) { $1 }
    }
}

/// Standard input for an in-process run: a temporary file, read through its descriptor.
private struct InputFile {
    let path: String
    let descriptor: Int32

    init(_ text: String) {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-stdin-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        descriptor = open(path, O_RDONLY)
    }

    func remove() {
        close(descriptor)
        try? FileManager.default.removeItem(atPath: path)
    }
}
