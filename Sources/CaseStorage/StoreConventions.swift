import CaseEngine
import Foundation
import WorkCalendar

/// What every store writes the same way, whatever keeps the rows.
package enum StoreConventions {
    /// The wall clock in UTC, `2026-11-22T16:57:03Z`, for `recorded_at`. Formatted by hand: a
    /// date formatter per event cost more than the rest of the write.
    package static func now() -> String {
        let seconds = Int(Date().timeIntervalSince1970)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let date = (try? CivilDate(dayNumber: days))?.description ?? "1970-01-01"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(date)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// `C000001`: at least six digits.
    package static func caseId(_ number: Int) -> String {
        let digits = String(number)
        return "C" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// A blank key would make every request that gives one a retry of the first.
    package static func checkIdempotencyKey(_ key: String?) throws(CaseError) {
        guard let key, key.isBlank else { return }
        throw .usage(.emptyIdempotencyKey)
    }

    /// What an idempotency key is remembered with for an opening: a retry must ask the same, in
    /// whichever store, or the key is refused as reused.
    package static func openRequest(_ opening: CaseOpening, artifactHash: String) -> String {
        "open \(artifactHash) \(opening.procedure) \(opening.received) \(opening.channel) \(opening.commune) \(opening.receivingUnit) \(opening.applicant) \(opening.facts.map(\.text).joined(separator: ","))"
    }

    /// What an idempotency key is remembered with for an event on a case (`openRequest`).
    package static func eventRequest(_ command: CaseCommand, on caseId: String, expectedVersion: Int?) -> String {
        "event \(caseId) \(command.kind.rawValue) step=\(command.step?.text ?? "") actor=\(command.actor?.text ?? "") at=\(command.at) reason=\(command.reason ?? "") fact=\(command.fact?.text ?? "") amount=\(command.amount.map(String.init) ?? "") due=\(command.due.map(\.description) ?? "") expect=\(expectedVersion.map(String.init) ?? "")"
    }

    /// A request needs a few procedures, so a store decodes only those; past this many (a batch,
    /// a listing) it loads the whole artifact once instead of rebuilding as codes come.
    package static let wholeArtifactThreshold = 32

    /// `body`, run against the store at `location`: a `CaseError` it throws as it is, any other
    /// failure as the store that could not be read (or written).
    package static func storeFailures<T>(
        at location: String, writing: Bool, _ body: () throws -> T
    ) throws(CaseError) -> T {
        do {
            return try body()
        } catch let error as CaseError {
            throw error
        } catch {
            throw .storage(.storeNotAccessible(location, writing: writing, reason: "\(error)"))
        }
    }

    /// Each case with the interpreter of its artifact, each artifact's interpreter built once for
    /// all the procedures its cases follow.
    package static func pairedWithInterpreters(
        _ states: [CaseState], _ interpreter: (_ hash: String, _ covering: Set<String>) throws -> CaseInterpreter
    ) rethrows -> [(state: CaseState, interpreter: CaseInterpreter)] {
        var codes: [String: Set<String>] = [:]
        for state in states { codes[state.artifactHash, default: []].insert(state.procedure) }
        var interpreters: [String: CaseInterpreter] = [:]
        for (hash, set) in codes { interpreters[hash] = try interpreter(hash, set) }
        return states.compactMap { state in interpreters[state.artifactHash].map { (state, $0) } }
    }
}
