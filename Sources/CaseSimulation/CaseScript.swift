import CaseEngine

/// Simulated cases as the requests that drove them, to be played again on a fresh book or
/// store: what the benchmarks measure (deciding and applying requests, without the simulator's
/// own drawing of what happens next).
public struct CaseScript: Sendable {
    public struct Family: Sendable {
        public var id: String
        public var opening: CaseOpening
        public var requests: [Request]
    }

    /// A request as it was made: on which case (the family's case or one of its sub-cases), what.
    /// A struct, not a tuple: a tuple element is copied through generic value witnesses.
    public struct Request: Sendable {
        public var caseId: String
        public var command: CaseCommand
    }

    public var families: [Family]

    /// Events the script records when played (each request may record several).
    public var events: Int

    public var requestCount: Int { families.reduce(0) { $0 + $1.requests.count } }
}

extension Simulator {
    /// Draws `config.cases` cases and keeps their requests.
    public func script() throws -> CaseScript {
        var random = RandomSource(seed: config.seed)
        let arrivals = try ArrivalPlan(interpreter: interpreter, config: config, random: &random)
        var book = CaseBook(interpreter, keepsLog: false)
        var families: [CaseScript.Family] = []
        for n in 0..<config.cases {
            let opening = arrivals.opening(n, random: &random)
            let id = "B-" + Self.pad(n + 1)
            var driver = CaseDriver(interpreter: interpreter, config: config)
            driver.keepsJournal = true
            _ = try driver.run(id: id, opening: opening, book: &book, random: &random)
            families.append(CaseScript.Family(id: id, opening: opening, requests: driver.journal))
            for caseId in driver.family { _ = book.remove(caseId) }
        }
        return CaseScript(families: families, events: book.eventCount)
    }
}
