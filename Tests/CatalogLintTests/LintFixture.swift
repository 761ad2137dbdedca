import Foundation
import TestSupport

/// Runs the built `tthc` binary as CI does. It sits in the products folder beside this test's
/// resource bundle, whatever --scratch-path the build used.
enum TTHCBinary {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var url: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("tthc")
    }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// `timeout`: seconds after which the run is stopped (a hang shows as a killed run, status 15).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Double? = nil) throws -> Output {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if process.isRunning { process.terminate() } }
        }
        // Read before waiting so a large output cannot fill the pipe and deadlock.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A throw-away catalog (the base fixture, with `overlay` laid over it) in a folder of its
    /// own, named `catalog` so paths in output are the same on every machine.
    static func catalog(overlay: String? = nil) throws -> FixtureCatalog {
        try FixtureCatalog(overlay: overlay.map { fixtures.appendingPathComponent("cases").appendingPathComponent($0) })
    }
}

extension FixtureCatalog {
    /// The folder that holds `catalog/`: run the binary here and pass `catalog`.
    var parent: URL { root.deletingLastPathComponent() }
}
