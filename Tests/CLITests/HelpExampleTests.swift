import ArgumentParser
import TTHCRunner
import Testing

@testable import TTHCCommands

/// Every example in a command's help stands on lines of its own, as written: `tthc help X` wraps
/// prose at 80 columns, and an example joined to the prose after it, or longer than the width,
/// came out as one run-on line or broken where a reader cannot copy it (graph, simulate, case
/// event and serve printed their example in the middle of a sentence).
@Suite struct HelpExampleTests {
    /// Every command below `type`, with its path of names (`case open`).
    static func commands(_ type: any ParsableCommand.Type, path: [String]) -> [([String], any ParsableCommand.Type)] {
        let here = path + [type._commandName]
        return [(here, type)] + type.configuration.subcommands.flatMap { commands($0, path: here) }
    }

    static let all = TTHC.configuration.subcommands.flatMap { commands($0, path: []) }

    @Test func theTreeIsWalked() {
        let names = Self.all.map { $0.0.joined(separator: " ") }
        #expect(names.contains("graph") && names.contains("case open") && names.contains("decision draft"))
    }

    @Test(arguments: Self.all.map { $0.0 })
    func examplesStandOnTheirOwnLines(_ path: [String]) throws {
        let type = try #require(Self.all.first { $0.0 == path }?.1)
        let discussion = type.configuration.discussion
        let lines = discussion.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (at, line) in lines.enumerated() {
            #expect(!line.contains("Example: tthc"), "\(path): an example after prose: \(line)")
            let isExample = line.hasPrefix("  tthc ") || (at > 0 && lines[at - 1].hasSuffix(" \\"))
            guard isExample else { continue }
            #expect(line.count <= 80, "\(path): an example line wider than help's 80 columns: \(line)")
        }
        // What `tthc help` prints keeps each example line whole.
        let run = TTHCRunner.run(["help"] + path)
        #expect(run.status == 0)
        for line in lines where line.hasPrefix("  tthc ") {
            #expect(run.stdout.contains("\n\(line)\n"), "\(path): `tthc help` broke the example \(line)")
        }
    }
}
