import CatalogModel
import Diagnostics
import Foundation
import TestSupport
import Testing
import WorkflowCompiler

/// Random valid workflows compile clean; one random mutation of each is always caught with the
/// right code.
@Suite struct CompilerPropertyTests {
    static let seeds: [UInt64] = Array(1...40)
    static let procedurePath = "procedures/commune/ho-tich/1.001193.yaml"

    enum Mutation: CaseIterable {
        case dropEdge, unjoinedFork, unknownUnit, shrinkDeadline

        var expected: DiagnosticCode {
            switch self {
            case .dropEdge: .deadEnd
            case .unjoinedFork: .forkJoin
            case .unknownUnit: .unknownUnit
            case .shrinkDeadline: .deadlineBudget
            }
        }
    }

    func codes(_ text: String) throws -> [DiagnosticCode] {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        try fixture.write(text, to: Self.procedurePath)
        let loaded = fixture.load()
        let compiled = WorkflowCompiler().compile(loaded.catalog)
        return (loaded.diagnostics + compiled.diagnostics).compactMap(\.code)
    }

    var base: String {
        get throws {
            try String(contentsOf: FixtureCatalog.base.appendingPathComponent(Self.procedurePath), encoding: .utf8)
        }
    }

    @Test(arguments: seeds)
    func randomValidWorkflowCompilesClean(_ seed: UInt64) throws {
        let workflow = RandomWorkflow(seed: seed)
        let hours = workflow.longestMinutes / 60 + 1
        let text = workflow.procedure(base: try base, deadlineHours: hours)
        #expect(try codes(text) == [], "seed \(seed):\n\(text)")
    }

    @Test(arguments: seeds)
    func aRandomMutationIsCaughtWithTheRightCode(_ seed: UInt64) throws {
        var workflow = RandomWorkflow(seed: seed)
        var hours = workflow.longestMinutes / 60 + 1
        var rng = SeededGenerator(seed: seed &* 7919)
        let candidates = Mutation.allCases.filter { $0 != .unjoinedFork || !workflow.branchEnds.isEmpty }
        let mutation = candidates[rng.int(0...(candidates.count - 1))]
        switch mutation {
        case .dropEdge:
            let tasks = workflow.lines.indices.filter { workflow.lines[$0].isTask && !workflow.lines[$0].inBranch }
            let index = tasks[rng.int(0...(tasks.count - 1))]
            workflow.lines[index].text = workflow.lines[index].text.replacingOccurrences(
                of: ", next: \(workflow.lines[index].next ?? "")", with: "")
        case .unjoinedFork:
            let end = workflow.branchEnds[rng.int(0...(workflow.branchEnds.count - 1))]
            let index = workflow.lines.firstIndex { $0.id == end }!
            // The branch issues the result itself instead of joining.
            workflow.lines[index].text = workflow.lines[index].text.replacingOccurrences(
                of: " }", with: ", next: early-return }")
            workflow.lines.append(
                .init(
                    id: "early-return", text: "    early-return: { by: commune.pasc, end: issued }", inBranch: false,
                    isTask: false))
        case .unknownUnit:
            let tasks = workflow.lines.indices.filter { workflow.lines[$0].isTask && $0 != 0 }
            let index = tasks[rng.int(0...(tasks.count - 1))]
            for performer in ["commune.justice-officer", "commune.chairman", "commune.pasc"] {
                workflow.lines[index].text = workflow.lines[index].text.replacingOccurrences(
                    of: "by: \(performer)", with: "by: commune.nobody")
            }
        case .shrinkDeadline:
            hours = max(0, (workflow.longestMinutes - 1) / 60)
        }
        let text = workflow.procedure(base: try base, deadlineHours: hours)
        let found = try codes(text)
        #expect(found.contains(mutation.expected), "seed \(seed), \(mutation): got \(found)\n\(text)")
    }
}
