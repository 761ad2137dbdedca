import ArgumentParser
import CatalogModel
import Exporters
import Diagnostics
import Foundation
import WorkflowCompiler

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw one procedure's workflow as Graphviz DOT or Mermaid.",
        discussion: """
        Example: tthc graph 1.001193 --format mermaid
        Dashed edges are a clerk's exits (supplement, refuse, pay); waits pause the statutory clock.
        Exit status: 0 drawn, 1 the procedure has errors, 2 unknown procedure or bad path.
        """
    )

    @Argument(help: "The procedure code, e.g. 1.001193.")
    var code: String

    @Option(help: "dot or mermaid.")
    var format: GraphFormat = .dot

    @Option(help: "The catalog (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog.")
    var catalog: String?

    func run() throws {
        let loaded = try CatalogTarget.load(catalog, compile: true)
        guard loaded.catalog.procedures[code] != nil else {
            let hint = Suggestions.nearest(to: code, in: loaded.catalog.procedures.keys).map { " (did you mean \($0)?)" } ?? ""
            throw CommandFailure.usage("unknown procedure \(code) in \(PathDisplay()(loaded.catalog.root))\(hint)")
        }
        guard let procedure = loaded.artifact?.procedure(code) else {
            Console.err("tthc: error: procedure \(code) has errors; run `tthc check \(PathDisplay()(loaded.catalog.root))`\n")
            throw ExitCode(1)
        }
        Console.out(format == .dot ? GraphExporter.dot(procedure) : GraphExporter.mermaid(procedure))
    }
}
