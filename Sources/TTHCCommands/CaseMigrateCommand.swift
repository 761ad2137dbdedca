import ArgumentParser
import CaseEngine
import Diagnostics
import Foundation

struct CaseMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Report which open cases a new compiled catalog would break, before adopting it.",
        discussion: """
            A case breaks when its procedure is removed, when a step it is at is gone, or when the graph \
            changed under an active step (or under the parallel step whose branches it runs). Without --adopt \
            nothing is written. With --adopt, the cases that do not break move to the new artifact; broken \
            ones stay on theirs. Exit status: 0 none breaks, 1 some would break, 2 bad input.
            """
    )

    @Option(help: "The new compiled catalog.")
    var artifact: String

    @Flag(help: "Move the cases that do not break to the new artifact.")
    var adopt = false

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        let artifact = try CaseCLI.artifact(at: self.artifact)
        let store = try options.open()
        let findings = try options.run { () throws(CaseError) in
            adopt ? try store.adopt(artifact, at: CaseCLI.now()) : try store.migrationReport(to: artifact)
        }
        let broken = findings.filter { $0.verdict == .breaks }
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(findings))
        case .text:
            var lines: [CaseCommandWords] = []
            for f in findings {
                lines.append(.migration(f.caseId, procedure: f.procedure, verdict: f.verdict, at: f.activeSteps))
                lines += f.reasons.map { .breaks($0) } + f.notes.map { .note($0) }
            }
            lines.append(
                .migrationSummary(
                    open: findings.count, broken: broken.count, hash: artifact.contentHash,
                    moved: adopt ? findings.count - broken.count : nil))
            Console.out(lines.map { $0.text(options.lang) + "\n" }.joined())
        }
        if !broken.isEmpty { throw ExitCode(1) }
    }
}
