import ArgumentParser
import CaseEngine
import CaseStoreSQLite
import Diagnostics
import Foundation

/// `tthc case verify`: is the store sound? Damage is named, never shown as data.
struct CaseVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            "Check the store: the database's own checks, every artifact against its checksums and hash, every event and snapshot against its checksum, every case against its events.",
        discussion:
            "Exit status: 0 the store is sound, 1 damage found (each problem is listed), 2 the store cannot be opened."
    )

    @OptionGroup var options: CaseStoreOptions

    func run() throws {
        let store = try options.open()
        let report = try options.run { () throws(CaseError) in try store.verifyStore() }
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(report))
        case .text:
            let language = options.lang
            if report.problems.isEmpty {
                let sound = CaseCommandWords.sound(
                    sqlite: store is CaseStore, artifacts: report.artifacts, cases: report.cases)
                Console.out(sound.text(language) + "\n")
                if report.uncheckedEvents + report.uncheckedSnapshots > 0 {
                    Console.out(
                        CaseCommandWords.unchecked(events: report.uncheckedEvents, snapshots: report.uncheckedSnapshots)
                            .text(language) + "\n")
                }
            } else {
                Console.out(
                    report.problems.map { CaseCommandWords.damage($0).text(language) + "\n" }.joined()
                        + CaseCommandWords.problems(report.problems.count, store: store.location).text(language) + "\n"
                )
            }
        }
        throw ExitCode(report.problems.isEmpty ? 0 : 1)
    }
}
