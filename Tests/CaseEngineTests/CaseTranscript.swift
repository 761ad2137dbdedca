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

    /// The session's folder: its store, its artifact and the files its commands write.
    let folder: URL
    let store: String
    let artifact: String
    var transcript = ""

    init(folder: URL) throws {
        self.folder = folder
        store = folder.appendingPathComponent("cases.sqlite").path
        artifact = folder.appendingPathComponent("catalog.tthc").path
        try Fixture.writeArtifact(to: artifact)
    }

    /// Runs `tthc case …` on this session's store; `$ARTIFACT` stands for the artifact file.
    @discardableResult
    mutating func tthc(_ arguments: String...) throws -> RunOutput {
        try tthc(arguments)
    }

    /// Runs `tthc …`, a `case` command on this session's store; with `file`, what it prints on
    /// stdout is written to that file of the session's folder instead of the transcript (a
    /// script's `> FILE`). (Another command gets no `--store`, which it would refuse: bad-input.txt
    /// has usage errors of `holidays` and `lint`.)
    @discardableResult
    mutating func tthc(_ arguments: [String], into file: String? = nil) throws -> RunOutput {
        let args =
            arguments.map { $0 == "$ARTIFACT" ? artifact : $0 }
            + (arguments.first == "case" ? ["--store", store] : [])
        let output = TTHCRunner.run(args, environment: ["NO_COLOR": "1"])
        transcript += "$ tthc " + arguments.map(Self.quoted).joined(separator: " ")
        if let file {
            try Data(output.stdout.utf8).write(to: folder.appendingPathComponent(file))
            transcript += " > \(file)\n" + output.stderr
        } else {
            transcript += "\n" + output.stdout + output.stderr
        }
        transcript += "[exit \(output.status)]\n\n"
        return output
    }

    /// A script's `cmp FILE GOLDEN`: the file a command wrote must equal Fixtures/golden/GOLDEN.
    mutating func compare(_ file: String, withGolden golden: String, sourceLocation: SourceLocation) throws {
        transcript += "$ cmp \(file) \(golden)\n\n"
        let written = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        Golden.expect(written, matchesFileAt: Self.golden(golden), sourceLocation: sourceLocation)
    }

    /// Runs the session a golden transcript holds (testscript style): every `$ …` line of
    /// Fixtures/golden/NAME in order, on this session's store; what they print must be the rest
    /// of the file.
    mutating func replay(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for command in try Self.script(of: name) {
            switch command {
            case .tthc(let arguments, let file): try tthc(arguments, into: file)
            case .compare(let file, let golden):
                try compare(file, withGolden: golden, sourceLocation: sourceLocation)
            }
        }
        try expectGolden(name, sourceLocation: sourceLocation)
    }

    /// A command of a script golden.
    enum ScriptCommand {
        /// `$ tthc ARGUMENTS`, or `$ tthc ARGUMENTS > FILE`.
        case tthc([String], into: String?)
        /// `$ cmp FILE GOLDEN`.
        case compare(file: String, golden: String)
    }

    /// The commands of Fixtures/golden/NAME, in order; a `$` line of any other kind is an error,
    /// so that a mistyped command fails the test instead of being passed over.
    static func script(of name: String) throws -> [ScriptCommand] {
        let script = try String(contentsOf: golden(name), encoding: .utf8)
        return try script.split(separator: "\n").filter { $0.hasPrefix("$ ") }.map { line in
            let words = arguments(of: line.dropFirst(2))
            switch words.first {
            case "tthc" where words.count > 2 && words[words.count - 2] == ">":
                return .tthc(Array(words.dropFirst().dropLast(2)), into: words.last)
            case "tthc": return .tthc(Array(words.dropFirst()), into: nil)
            case "cmp" where words.count == 3: return .compare(file: words[1], golden: words[2])
            default: throw ScriptError(line: String(line), script: name)
            }
        }
    }

    /// The arguments of every `$ tthc …` line of Fixtures/golden/NAME, in order.
    static func commands(of name: String) throws -> [[String]] {
        try script(of: name).compactMap {
            if case .tthc(let arguments, _) = $0 { arguments } else { nil }
        }
    }

    struct ScriptError: Error, CustomStringConvertible {
        var line: String
        var script: String
        var description: String { "\(script): not a script command (tthc, tthc … > FILE, cmp FILE GOLDEN): \(line)" }
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

    /// The transcript with the artifact's hash (which changes with the compiler) and the session's
    /// folder (a new one each run) replaced.
    var normalizedTranscript: String {
        transcript.replacingOccurrences(
            of: #"sha256:[0-9a-f]{64}"#, with: "sha256:<artifact>", options: .regularExpression
        ).replacingOccurrences(of: folder.path, with: "$WORK")
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
