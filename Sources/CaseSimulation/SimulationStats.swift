import CaseEngine
import WorkCalendar

/// Tallies gathered as simulated cases end; turned into the report at the end.
struct SimulationStats {
    struct Tally {
        var ahead = 0, onTime = 0, overdue = 0
        var total: Int { ahead + onTime + overdue }
        mutating func add(_ status: DeadlineStatus?) {
            switch status {
            case .ahead: ahead += 1
            case .onTime: onTime += 1
            case .overdue: overdue += 1
            case nil: break
            }
        }
    }

    struct UnitTally {
        var steps = Tally()
        var queueDelta: [Int: Int] = [:]
    }

    struct ProcedureTally {
        var cases = 0
        var workingMinutes = 0
        var status = Tally()
    }

    var cases = 0, subcases = 0
    var outcomes: [String: Int] = [:]
    var status = Tally()
    /// Cases decided at the commune, by the case's commune; cases decided at the province, by the
    /// deciding agency (`province.justice`, `police`): each case counted once, where it is answered for.
    var byCommune: [String: Tally] = [:]
    var byAgency: [String: Tally] = [:]
    /// Per concrete unit (`thanh-nua.pasc`, `province.justice.civil-status`): its steps' results and
    /// the dossiers at the unit at the end of each day (+1 on the day one arrives, −1 on the day it leaves).
    var units: [Name: UnitTally] = [:]
    var byField: [String: Tally] = [:]
    var byProcedure: [String: ProcedureTally] = [:]
    var byChannel: [String: Int] = [:]
    var pauses = 0
    /// Form 04 letters sent (cases and sub-cases).
    var apologies = 0
    /// Open cases at the end of each day: +1 on the day received, −1 on the day closed (difference array).
    var backlogDelta: [Int: Int] = [:]
    var firstDay = Int.max, lastDay = Int.min

    mutating func record(_ state: CaseState, interpreter: CaseInterpreter, now: LocalDateTime) {
        let isSub = state.opening.parent != nil
        if isSub { subcases += 1 } else { cases += 1 }
        pauses += state.pauses.count
        apologies += state.apologies.count
        for visit in state.visits {
            guard let due = visit.due, let finished = visit.finished, visit.finishedBy != nil else { continue }
            let result = DeadlineStatus.of(returned: finished, due: due)
            let unit = concreteUnit(interpreter.concrete(visit.by, in: state), interpreter)
            units[unit, default: UnitTally()].steps.add(result)
            units[unit]!.queueDelta[visit.arrived.date.dayNumber, default: 0] += 1
            units[unit]!.queueDelta[finished.date.dayNumber, default: 0] -= 1
        }
        guard !isSub else { return }
        outcomes[state.outcome?.text ?? "open", default: 0] += 1
        let caseStatus = interpreter.status(of: state, now: now)
        status.add(caseStatus)
        byChannel[state.opening.channel, default: 0] += 1
        if let procedure = interpreter.procedure(state.procedure) {
            byField[procedure.field, default: Tally()].add(caseStatus)
            if procedure.level == "commune" {
                byCommune[state.opening.commune.text, default: Tally()].add(caseStatus)
            } else {
                byAgency[
                    Self.agency(of: procedure.terms(on: state.opening.received.date).authority, interpreter.directory),
                    default: Tally()
                ].add(caseStatus)
            }
        }
        if let closed = state.closedAt, state.outcome == "issued" || state.outcome == "refused" {
            var p = byProcedure[state.procedure, default: ProcedureTally()]
            p.cases += 1
            p.workingMinutes += interpreter.clock.workingMinutes(from: state.opening.received, to: closed)
            p.status.add(caseStatus)
            byProcedure[state.procedure] = p
        }
        let from = state.opening.received.date.dayNumber
        let to = (state.closedAt ?? now).date.dayNumber
        backlogDelta[from, default: 0] += 1
        backlogDelta[to, default: 0] -= 1
        firstDay = min(firstDay, from)
        lastDay = max(lastDay, to)
    }

    private var unitsOfPerformers: [Name: Name] = [:]

    /// The unit of a concrete performer, worked out once per performer.
    private mutating func concreteUnit(_ performer: Name, _ interpreter: CaseInterpreter) -> Name {
        if let known = unitsOfPerformers[performer] { return known }
        let unit = Name(interpreter.directory.unitOfConcrete(performer.text))
        unitsOfPerformers[performer] = unit
        return unit
    }

    /// The agency that answers for a provincial decision: the department under the Provincial
    /// People's Committee (`province.justice.director` → `province.justice`), the committee itself
    /// for its chairman, or the deconcentrated agency (`police.deputy-director` → `police`).
    static func agency(of authority: String, _ directory: UnitDirectory) -> String {
        let unit = directory.unitOfConcrete(authority)
        let parts = unit.split(separator: ".")
        guard let head = parts.first else { return unit }
        return head == "province" ? parts.prefix(2).joined(separator: ".") : String(head)
    }
}
