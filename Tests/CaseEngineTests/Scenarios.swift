import CaseEngine
import Testing
import WorkCalendar

/// A case and the requests it goes through: every workflow construct has one. The same scripts
/// run in memory (the scenario tests) and through the store (replay equals snapshot); they are
/// data, in Fixtures/scenario-scripts.txt (ScenarioScript.swift reads them).
struct Scenario: Sendable, CustomTestStringConvertible {
    struct Line: Sendable {
        /// "" for the case itself, ".1" for its first sub-case, …
        var on: String
        var command: CaseCommand
    }

    var name: String
    var opening: CaseOpening
    var script: [Line]

    var testDescription: String { name }

    static func open(
        _ procedure: String, _ received: String, channel: String = "online", commune: String = "thanh-nua",
        at unit: String? = nil, facts: [String] = []
    ) -> CaseOpening {
        CaseOpening(
            procedure: procedure, received: t(received), channel: channel, commune: commune, receivingUnit: unit,
            applicant: "CCCD-001234567890", facts: facts)
    }

    static func line(
        _ kind: CaseEventKind, _ at: String, _ step: Name? = nil, on: String = "", actor: Name? = nil,
        reason: String? = nil, fact: Name? = nil, amount: Int? = nil
    ) -> Line {
        Line(
            on: on,
            command: CaseCommand(kind, at: t(at), step: step, actor: actor, reason: reason, fact: fact, amount: amount))
    }

    static let birth = "1.001193", marriage = "1.000894", linked = "1.000003", residence = "1.000002",
        permit = "1.009972"

    static let sameDayOnTime = named("sameDayOnTime"), supplement = named("supplement"),
        verification = named("verification"), factAtChoice = named("factAtChoice"), permitFlow = named("permitFlow"),
        interconnected = named("interconnected"), subcaseRefiled = named("subcaseRefiled"),
        refusal = named("refusal"), withdrawal = named("withdrawal"), rejected = named("rejected"),
        overdue = named("overdue"), otherCentre = named("otherCentre")

    /// Every scenario of Fixtures/scenario-scripts.txt, in the file's order.
    static var all: [Scenario] { library.map(\.scenario) }
}
