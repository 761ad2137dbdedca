import CaseEngine
import Diagnostics
import Foundation
import WorkCalendar
import WorkflowCompiler

/// What `tthc simulate` writes to report.json (and renders as report.html).
public struct SimulationReport: Sendable, Codable {
    public struct Rate: Sendable, Codable, Equatable {
        public var key: String
        public var name: String
        public var count: Int
        public var ahead: Int
        public var onTime: Int
        public var overdue: Int
        /// (ahead + on time) / count.
        public var onTimeRate: Double
        /// The English name, for `--lang en` (nil where the catalog has none).
        public var nameEn: String? = nil
    }

    public struct BacklogPoint: Sendable, Codable, Equatable {
        public var date: CivilDate
        public var open: Int
    }

    public struct SlowProcedure: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var cases: Int
        public var meanWorkingDays: Double
        public var deadline: String
        public var overdueRate: Double
        public var nameEn: String? = nil
    }

    public var config: SimulationConfig
    public var artifact: String
    public var cases: Int
    public var subcases: Int
    public var events: Int
    public var outcomes: [String: Int]
    public var channels: [String: Int]
    public var pauses: Int
    /// Form 04 letters (apology and a new date) sent to applicants of late cases.
    public var apologies: Int
    public var status: Rate
    /// Steps per concrete unit (`thanh-nua.pasc`, `province.justice.civil-status`), each
    /// commune's centre and each agency's division on its own: what `staffing` is drawn from.
    public var byUnit: [Rate]
    public var byField: [Rate]
    /// Cases decided at the commune, per commune; cases decided at the province, per agency.
    public var byCommune: [Rate]
    public var byAgency: [Rate]
    /// Units below the target, most late steps first.
    public var staffing: [UnitLoad]
    public var serviceIndex: ServiceIndex
    public var backlog: [BacklogPoint]
    public var slowest: [SlowProcedure]
    public var lastEvent: LocalDateTime
    /// Wall-clock time of the run (the only figure that differs between runs with the same seed).
    public var seconds: Double
    public var eventsPerSecond: Double

    init(
        stats: SimulationStats, config: SimulationConfig, interpreter: CaseInterpreter, events: Int, seconds: Double,
        lastEvent: LocalDateTime
    ) {
        func rate(_ key: String, _ name: String, _ t: SimulationStats.Tally) -> Rate {
            Rate(
                key: key, name: name, count: t.total, ahead: t.ahead, onTime: t.onTime, overdue: t.overdue,
                onTimeRate: t.total == 0 ? 0 : Double(t.ahead + t.onTime) / Double(t.total))
        }
        self.config = config
        artifact = interpreter.contentHash
        cases = stats.cases
        subcases = stats.subcases
        self.events = events
        outcomes = stats.outcomes
        channels = stats.byChannel
        pauses = stats.pauses
        apologies = stats.apologies
        status = rate("all", "Tất cả hồ sơ", stats.status)
        let directory = interpreter.directory
        byUnit = stats.units.map { key, unit in
            var r = rate(key.text, directory.officialName(key.text), unit.steps)
            r.nameEn = directory.officialName(key.text, .en)
            return r
        }
        .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
        byField = stats.byField.map { rate($0.key, $0.key, $0.value) }.sorted {
            ($0.count, $1.key) > ($1.count, $0.key)
        }
        byCommune = stats.byCommune.map { key, tally in
            var r = rate(key, directory.communes[key]?.name ?? key, tally)
            r.nameEn = directory.communes[key]?.nameEn
            return r
        }
        .sorted { ($0.onTimeRate, $0.key) < ($1.onTimeRate, $1.key) }
        byAgency = stats.byAgency.map { key, tally in
            var r = rate(key, directory.officialName(key), tally)
            r.nameEn = directory.officialName(key, .en)
            return r
        }
        .sorted { ($0.onTimeRate, $0.key) < ($1.onTimeRate, $1.key) }
        let dayCount = max(1, stats.lastDay - stats.firstDay + 1)
        staffing = stats.units.compactMap { key, unit -> UnitLoad? in
            let steps = unit.steps.total
            let onTime = steps == 0 ? 1 : Double(unit.steps.ahead + unit.steps.onTime) / Double(steps)
            guard steps > 0, onTime < config.target else { return nil }
            var open = 0
            var peak = 0
            var sum = 0
            if stats.firstDay <= stats.lastDay {
                for day in stats.firstDay...stats.lastDay {
                    open += unit.queueDelta[day] ?? 0
                    peak = max(peak, open)
                    sum += open
                }
            }
            return UnitLoad(
                key: key.text, name: directory.officialName(key.text), nameEn: directory.officialName(key.text, .en),
                steps: steps, overdue: unit.steps.overdue, onTimeRate: onTime,
                meanQueue: Double(sum) / Double(dayCount), peakQueue: peak)
        }.sorted { ($0.overdue, $1.key) > ($1.overdue, $0.key) }.prefix(20).map { $0 }
        let returned = stats.status.total
        serviceIndex = ServiceIndex(
            judged: returned, earlyOrOnTime: stats.status.ahead + stats.status.onTime,
            rate: returned == 0 ? 0 : Double(stats.status.ahead + stats.status.onTime) / Double(returned))
        var backlog: [BacklogPoint] = []
        if stats.firstDay <= stats.lastDay {
            var open = 0
            for day in stats.firstDay...stats.lastDay {
                open += stats.backlogDelta[day] ?? 0
                if let date = try? CivilDate(dayNumber: day) { backlog.append(BacklogPoint(date: date, open: open)) }
            }
        }
        self.backlog = backlog
        let minutesPerDay = Double(interpreter.clock.minutesPerDay)
        slowest = stats.byProcedure.compactMap { code, p -> SlowProcedure? in
            guard p.cases >= max(1, config.minSample), let procedure = interpreter.procedure(code) else { return nil }
            return SlowProcedure(
                code: code, name: procedure.name, cases: p.cases,
                meanWorkingDays: Double(p.workingMinutes) / Double(p.cases) / minutesPerDay,
                deadline: Self.deadlines(of: procedure, from: config.start, days: config.days),
                overdueRate: p.status.total == 0 ? 0 : Double(p.status.overdue) / Double(p.status.total),
                nameEn: procedure.nameEn)
        }.sorted { ($0.meanWorkingDays, $1.code) > ($1.meanWorkingDays, $0.code) }.prefix(15).map { $0 }
        self.lastEvent = lastEvent
        self.seconds = seconds
        eventsPerSecond = seconds > 0 ? Double(events) / seconds : 0
    }

    public func json() throws -> String {
        try ReportJSON.text(self)
    }
}

extension SimulationReport {
    /// The statutory periods in force while the simulation receives dossiers: the one at its
    /// start, then each change within it with its date ("1 working day; 2 working days from
    /// 2026-09-01").
    static func deadlines(of procedure: CompiledProcedure, from start: CivilDate, days: Int) -> String {
        var period = procedure.terms(on: start).deadline.period
        var text = period.description
        let end = (try? start.adding(days: days)) ?? start
        // Terms also change for fees alone: only a new period is named.
        for change in procedure.terms ?? []
        where change.from > start && change.from < end && change.deadline.period != period {
            period = change.deadline.period
            text += "; \(period) from \(change.from)"
        }
        return text
    }
}
