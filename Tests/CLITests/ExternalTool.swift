import Foundation
import TTHCRunner
import Testing

/// A program a test needs besides tthc (check-jsonschema, pre-commit, git, bash), found on PATH.
/// `.ci/run` installs the Python ones; a machine without them skips those tests with a message
/// that says what to install.
struct ExternalTool {
    let name: String
    let path: String?

    init(_ name: String) {
        self.name = name
        self.path = Self.find(name)
    }

    var available: Bool { path != nil }

    static func find(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(
            separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    @discardableResult
    func run(_ arguments: [String], in directory: URL = TTHCRunner.packageRoot, environment: [String: String] = [:])
        throws -> RunOutput
    {
        guard let path else { throw ToolMissing(name: name) }
        return try Self.run(path, arguments, in: directory, environment: environment)
    }

    static func run(_ executable: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:])
        throws -> RunOutput
    {
        try TTHCRunner.runProgram(
            executable, arguments, in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not on PATH" }
    }

    static let checkJSONSchema = ExternalTool("check-jsonschema")
    static let preCommit = ExternalTool("pre-commit")
    static let git = ExternalTool("git")

    static let noCheckJSONSchema: Comment =
        "SKIPPED: check-jsonschema is not installed (python3 -m pip install check-jsonschema; .ci/run installs it)"
    static let noPreCommit: Comment =
        "SKIPPED: pre-commit or git is not installed (python3 -m pip install pre-commit; .ci/run installs it)"
}

/// A throw-away directory under the system's temporary folder.
func temporaryDirectory(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tthc-\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
