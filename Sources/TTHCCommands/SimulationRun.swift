import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// One `tthc simulate` run apart from its options and its output: the simulator over an
/// artifact, its finished cases sent in batches to a sink (the case store, with `store`).
struct SimulationRun {
    var artifact: CompiledCatalog
    var config: SimulationConfig
    /// A case store the finished cases are also written to, one transaction per batch.
    var store: String?
    var batch = 1000

    /// `progress`: cases done of all; `committed`: cases and events written so far, after each batch.
    func run(progress: ((Int, Int) -> Void)?, committed: ((Int, Int) -> Void)?) throws -> SimulationReport {
        let interpreter = try CaseCLI.run { () throws(CaseError) in try CaseInterpreter(artifact: artifact) }
        let simulator = Simulator(interpreter: interpreter, config: config)
        var sink: (([CaseHistory]) throws -> Void)?
        var prefix = "S"
        if let path = store {
            let caseStore = try CaseCLI.run { () throws(CaseError) in try CaseStore(path: RunContext.current.path(path))
            }
            prefix =
                "S"
                + String(
                    try CaseCLI.run { () throws(CaseError) in
                        try caseStore.register(artifact)
                        return try caseStore.nextRun()
                    })
            var events = 0
            var cases = 0
            sink = { finished in
                events += try CaseCLI.run { () throws(CaseError) in try caseStore.importCases(finished) }
                cases += finished.count
                committed?(cases, events)
            }
        }
        do {
            return try simulator.run(idPrefix: prefix, batchSize: batch, progress: progress, sink: sink)
        } catch let error as CaseError {
            throw CommandFailure.usage(Untranslated(error))
        } catch let error as CalendarError {
            // Cases started near the calendar's last year run past it.
            throw CommandFailure.usage(
                CommandMessage.simulationPastCalendar(start: config.start, error))
        }
    }
}
