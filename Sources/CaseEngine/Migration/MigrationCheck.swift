import WorkflowCompiler

/// Whether an open case can move to a new compiled catalog, before the catalog is adopted.
///
/// A case breaks when its procedure is gone, when a step it is at is gone, or when a step it is
/// at (or the parallel step whose branches it is running) changed: the graph would change under an
/// active step. Changes elsewhere in the graph are compatible: the case meets them when it gets
/// there. A changed deadline is reported but does not break the case.
public struct MigrationFinding: Sendable, Encodable, Equatable {
    public enum Verdict: String, Sendable, Codable {
        /// The procedure is byte-for-byte the same.
        case unchanged
        /// Changed, but not under the case's active steps.
        case compatible
        case breaks
    }

    public var caseId: String
    public var procedure: String
    public var activeSteps: [String]
    public var verdict: Verdict
    public var reasons: [CaseMessage]
    public var notes: [CaseMessage]

    package init(
        caseId: String, procedure: String, activeSteps: [String], verdict: Verdict, reasons: [CaseMessage],
        notes: [CaseMessage]
    ) {
        self.caseId = caseId
        self.procedure = procedure
        self.activeSteps = activeSteps
        self.verdict = verdict
        self.reasons = reasons
        self.notes = notes
    }
}

public enum MigrationCheck {
    public static func check(_ state: CaseState, old: CompiledProcedure?, new: CompiledProcedure?) -> MigrationFinding {
        let active = state.tokens.map(\.step.text)
        var finding = MigrationFinding(
            caseId: state.id, procedure: state.procedure, activeSteps: active, verdict: .compatible, reasons: [],
            notes: [])
        guard let new else {
            finding.verdict = .breaks
            finding.reasons = [.procedureGone(state.procedure)]
            return finding
        }
        guard let old else {
            finding.verdict = .breaks
            finding.reasons = [.ownArtifactLacks(state.procedure)]
            return finding
        }
        if old == new {
            finding.verdict = .unchanged
            return finding
        }
        // The graphs the case follows: the workflows in force on its receipt, before and after.
        let received = state.opening.received.date
        let oldGraph = old.graph(on: received)
        let newGraph = new.graph(on: received)
        /// The step before and after, with a reason added when it is gone or changed; nil when the
        /// old graph has no such step or the new one lost it.
        func compared(_ step: MigrationStep, _ id: String) -> (before: CompiledStep, after: CompiledStep)? {
            guard let before = oldGraph.step(id) else { return nil }
            guard let after = newGraph.step(id) else {
                finding.reasons.append(.stepGone(step))
                return nil
            }
            let changed = differences(before, after)
            if !changed.isEmpty { finding.reasons.append(.stepChanged(step, changes: changed)) }
            return (before, after)
        }
        for token in state.tokens {
            guard let (before, after) = compared(.active(token.step.text), token.step.text) else { continue }
            if let callee = after.call, token.subcase != nil, callee != before.call {
                finding.reasons.append(.callChanged(step: token.step.text, callee: callee, running: before.call ?? "?"))
            }
        }
        for parallel in Set(state.tokens.compactMap(\.parallel?.text) + state.joins.map(\.parallel.text)).sorted() {
            _ = compared(.parallel(parallel), parallel)
        }
        finding.notes += datedNotes(state, old: old, new: new)
        if old.conditions != new.conditions { finding.notes.append(.conditionsChange) }
        finding.verdict = finding.reasons.isEmpty ? .compatible : .breaks
        return finding
    }

    /// A case is decided under the terms in force at its receipt: a change dated after the receipt
    /// does not touch it; a change of the terms in force at the receipt (a correction) does.
    static func datedNotes(_ state: CaseState, old: CompiledProcedure, new: CompiledProcedure) -> [CaseMessage] {
        let received = state.opening.received.date
        let channel = state.opening.channel
        let before = old.terms(on: received)
        let after = new.terms(on: received)
        var notes: [CaseMessage] = []
        let oldDeadline = before.channels.first { $0.channel == channel }?.deadline ?? before.deadline
        let newDeadline = after.channels.first { $0.channel == channel }?.deadline ?? after.deadline
        if oldDeadline != newDeadline {
            notes.append(
                .deadlineChanges(received: received, from: "\(oldDeadline.period)", to: "\(newDeadline.period)"))
        }
        let oldFees = old.fees(on: received, channel: channel)
        let newFees = new.fees(on: received, channel: channel)
        if oldFees != newFees {
            func text(_ fees: [CompiledProcedure.FeeEntry]) -> [String] {
                fees.map { "\($0.name) \($0.amount.map(String.init) ?? $0.schedule ?? "?")" }
            }
            notes.append(.feesChange(received: received, from: text(oldFees), to: text(newFees)))
        }
        let oldDates = Set((old.terms ?? []).map(\.from))
        let newDates = (new.terms ?? []).map(\.from)
        for date in newDates where !oldDates.contains(date) && date > received {
            let workflow = new.workflows?.contains { $0.from == date } == true
            notes.append(.laterChangeIgnored(date: date, withWorkflow: workflow, received: received))
        }
        return notes
    }

    /// The fields of a step that differ, by name.
    static func differences(_ a: CompiledStep, _ b: CompiledStep) -> [String] {
        var out: [String] = []
        if a.kind != b.kind { out.append("kind \(a.kind.rawValue) → \(b.kind.rawValue)") }
        if a.by != b.by { out.append("by \(a.by ?? "—") → \(b.by ?? "—")") }
        if a.to != b.to { out.append("to \(a.to ?? "—") → \(b.to ?? "—")") }
        if a.next != b.next { out.append("next \(a.next ?? "—") → \(b.next ?? "—")") }
        if a.budgetMinutes != b.budgetMinutes { out.append("budget \(a.budget ?? "—") → \(b.budget ?? "—")") }
        if a.wait != b.wait { out.append("wait \(a.wait ?? "—") → \(b.wait ?? "—")") }
        if a.outcome != b.outcome { out.append("outcome \(a.outcome ?? "—") → \(b.outcome ?? "—")") }
        if a.call != b.call { out.append("call \(a.call ?? "—") → \(b.call ?? "—")") }
        if a.branches != b.branches || a.join != b.join { out.append("branches or join") }
        if a.choices != b.choices || a.otherwise != b.otherwise { out.append("choices") }
        if a.exits != b.exits { out.append("exits") }
        if a.branchOf != b.branchOf { out.append("branch membership") }
        return out
    }
}
