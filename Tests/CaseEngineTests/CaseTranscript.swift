import Foundation
import GoldenFiles
import TTHCRunner
import Testing

/// A session of `tthc case …` commands on one store, run in process, kept as a transcript of
/// each command, its output and its exit status.
struct CaseTranscript {
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

    /// Runs `tthc case …` on this session's store; `$ARTIFACT` stands for the artifact file.
    @discardableResult
    mutating func tthc(_ arguments: String...) throws -> RunOutput {
        try tthc(arguments)
    }

    @discardableResult
    mutating func tthc(_ arguments: [String]) throws -> RunOutput {
        let args =
            arguments.map { $0 == "$ARTIFACT" ? artifact : $0 }
            + (arguments.first == "simulate" ? [] : ["--store", store])
        let output = TTHCRunner.run(args, environment: ["NO_COLOR": "1"])
        transcript += "$ tthc " + arguments.map(Self.quoted).joined(separator: " ") + "\n"
        transcript += output.stdout + output.stderr + "[exit \(output.status)]\n\n"
        return output
    }

    /// Runs the session a golden transcript holds (testscript style): every `$ tthc …` line of
    /// Fixtures/golden/NAME in order, on this session's store; what they print must be the rest
    /// of the file.
    mutating func replay(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in try Self.commands(of: name) { try tthc(arguments) }
        try expectGolden(name, sourceLocation: sourceLocation)
    }

    /// The arguments of every `$ tthc …` line of Fixtures/golden/NAME, in order.
    static func commands(of name: String) throws -> [[String]] {
        let script = try String(contentsOf: golden(name), encoding: .utf8)
        return script.split(separator: "\n").filter { $0.hasPrefix("$ tthc ") }.map {
            arguments(of: $0.dropFirst("$ tthc ".count))
        }
    }

    /// An argument as a transcript writes it: quoted when it holds a space, escaped when it holds
    /// a line break.
    static func quoted(_ argument: String) -> String {
        argument.contains("\n") ? argument.debugDescription : argument.contains(" ") ? "\"\(argument)\"" : argument
    }

    /// The arguments of a transcript's command line (the inverse of `quoted`: spaces, and inside
    /// quotes the escapes a debug description writes, such as `\n` and `\"`).
    static func arguments(of line: Substring) -> [String] {
        var arguments: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in line {
            if escaped {
                current.append(["n": "\n", "t": "\t"][character] ?? character)
                escaped = false
                continue
            }
            switch character {
            case "\\" where quoted: escaped = true
            case "\"": quoted.toggle()
            case " " where !quoted:
                arguments.append(current)
                current = ""
            default: current.append(character)
            }
        }
        return arguments + [current]
    }

    /// The transcript with the artifact's hash (which changes with the compiler) replaced.
    var normalizedTranscript: String {
        transcript.replacingOccurrences(
            of: #"sha256:[0-9a-f]{64}"#, with: "sha256:<artifact>", options: .regularExpression)
    }

    /// Compares with Fixtures/golden/NAME, or rewrites it when TTHC_UPDATE_GOLDEN=1.
    func expectGolden(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Golden.expect(
            normalizedTranscript, matchesFileAt: Self.golden(name),
            sourceLocation: sourceLocation)
    }
}

extension CaseTranscript {
    static func golden(_ name: String) -> URL {
        sourceFixtures.appendingPathComponent("golden").appendingPathComponent(name)
    }
}
