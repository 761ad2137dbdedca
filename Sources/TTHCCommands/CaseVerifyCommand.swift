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
        let report = try CaseCLI.run { () throws(CaseError) in try store.verifyStore() }
        switch options.format {
        case .json:
            Console.out(try ReportJSON.text(report))
        case .text:
            if report.problems.isEmpty {
                let artifacts =
                    report.artifacts == 1
                    ? "1 artifact matches its hash" : "\(report.artifacts) artifacts match their hashes"
                let cases = report.cases == 1 ? "1 case matches its events" : "\(report.cases) cases match their events"
                let database =
                    store is CaseStore ? "SQLite's integrity check passes" : "every event belongs to its case"
                Console.out("the store is sound: \(database), \(artifacts), \(cases)\n")
                if report.uncheckedEvents + report.uncheckedSnapshots > 0 {
                    Console.out(
                        "note: \(report.uncheckedEvents) events and \(report.uncheckedSnapshots) snapshots were written before they carried checksums: they are checked by replay only\n"
                    )
                }
            } else {
                Console.out(
                    report.problems.map { "damage: \($0)\n" }.joined()
                        + "\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in \(store.location)\n"
                )
            }
        }
        throw ExitCode(report.problems.isEmpty ? 0 : 1)
    }
}
