import CaseEngine
import Foundation
import WorkCalendar
import WorkflowCompiler

/// Drives synthetic cases through the catalog in virtual time, on the same interpreter as real
/// cases: every simulated event is decided and checked like a request from a person.
///
/// Cases do not compete for staff, so each case (with its sub-cases) is run to its end before the
/// next one starts; its events are still in time order, and parallel branches interleave by time.
public struct Simulator {
    public let interpreter: CaseInterpreter
    public let config: SimulationConfig

    public init(interpreter: CaseInterpreter, config: SimulationConfig) {
        self.interpreter = interpreter
        self.config = config
    }

    /// Runs the simulation. `idPrefix` names the cases (`S1-000001`); `progress(done, total)` is
    /// called every 1,000 cases; `sink` receives finished cases in batches of `batchSize` (nil:
    /// nothing is kept).
    public func run(
        idPrefix: String = "S", batchSize: Int = 1000, progress: ((Int, Int) -> Void)? = nil,
        sink: (([CaseHistory]) throws -> Void)? = nil
    ) throws -> SimulationReport {
        let started = Date()
        var random = RandomSource(seed: config.seed)
        let arrivals = try ArrivalPlan(interpreter: interpreter, config: config, random: &random)
        var book = CaseBook(interpreter, keepsLog: sink != nil)
        var stats = SimulationStats()
        var batch: [CaseHistory] = []
        var lastEvent = arrivals.first
        for n in 0..<config.cases {
            let opening = arrivals.opening(n, random: &random)
            let id = idPrefix + "-" + Self.pad(n + 1)
            var driver = CaseDriver(interpreter: interpreter, config: config)
            let end = try driver.run(id: id, opening: opening, book: &book, random: &random)
            lastEvent = max(lastEvent, end)
            for caseId in driver.family {
                guard let state = book[caseId] else { continue }
                stats.record(state, interpreter: interpreter, now: end)
                if sink != nil { batch.append(CaseHistory(state: state, events: book.log[caseId] ?? [])) }
                _ = book.remove(caseId)
            }
            if let sink, batch.count >= batchSize {
                try sink(batch)
                batch.removeAll(keepingCapacity: true)
            }
            if (n + 1) % 1000 == 0 { progress?(n + 1, config.cases) }
        }
        if let sink, !batch.isEmpty { try sink(batch) }
        progress?(config.cases, config.cases)
        let seconds = Date().timeIntervalSince(started)
        return SimulationReport(
            stats: stats, config: config, interpreter: interpreter, events: book.eventCount, seconds: seconds,
            lastEvent: lastEvent)
    }

    static func pad(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}

/// Where dossiers come from: the procedure (Zipf popularity over a seeded order), the channel,
/// the commune and the centre, and when (spread over the working days' office hours).
struct ArrivalPlan {
    let procedures: [CompiledProcedure]
    let cumulative: [Double]
    let communes: [String]
    let times: [LocalDateTime]
    let config: SimulationConfig
    var first: LocalDateTime { times.first ?? LocalDateTime(config.start, try! TimeOfDay(7, 0)) }

    init(interpreter: CaseInterpreter, config: SimulationConfig, random: inout RandomSource) throws {
        self.config = config
        var procedures = interpreter.artifact.procedures
        guard !procedures.isEmpty else { throw CaseError.usage(.nothingToSimulate) }
        for i in stride(from: procedures.count - 1, to: 0, by: -1) { procedures.swapAt(i, random.int(below: i + 1)) }
        self.procedures = procedures
        var total = 0.0
        cumulative = procedures.indices.map { i in
            total += 1 / pow(Double(i + 1), config.zipf)
            return total
        }
        communes = interpreter.directory.communes.keys.sorted()
        guard !communes.isEmpty else { throw CaseError.usage(.noCommunesToSimulate) }
        // The working days of the period, then one arrival instant per case, sorted.
        let calendar = interpreter.clock.steps.calendar
        var days: [CivilDate] = []
        var day = config.start
        while days.count < max(1, config.days) {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = try day.adding(days: 1)
        }
        let sessions = calendar.officeHours.sessions
        let perDay = calendar.officeHours.minutesPerDay
        var times: [LocalDateTime] = []
        times.reserveCapacity(config.cases)
        for _ in 0..<config.cases {
            let d = days[random.int(below: days.count)]
            var minute = random.int(below: perDay)
            var time = sessions[0].start.minutes
            for session in sessions {
                if minute < session.minutes {
                    time = session.start.minutes + minute
                    break
                }
                minute -= session.minutes
            }
            times.append(LocalDateTime(d, try TimeOfDay(time / 60, time % 60)))
        }
        self.times = times.sorted()
    }

    func opening(_ n: Int, random: inout RandomSource) -> CaseOpening {
        let procedure = procedures[random.pick(cumulative: cumulative)]
        let channels = procedure.channels.map(\.channel)
        var channel = channels.first ?? "in-person"
        if channels.contains("online"), random.chance(config.onlineShare) {
            channel = "online"
        } else if let offline = channels.first(where: { $0 != "online" }) {
            channel = offline
        }
        let commune = communes[random.int(below: communes.count)]
        var centre = commune + ".pasc"
        if procedure.level == "province", random.chance(0.7) {
            centre = "province.pasc"
        } else if random.chance(config.crossBoundaryShare) {
            centre = communes[random.int(below: communes.count)] + ".pasc"
        }
        let facts = procedure.conditions.filter { _ in random.chance(config.factRate) }.map(\.id)
        return CaseOpening(
            procedure: procedure.code, received: times[n], channel: channel, commune: commune,
            receivingUnit: centre, applicant: "SIM-\(n + 1)", facts: facts)
    }
}
