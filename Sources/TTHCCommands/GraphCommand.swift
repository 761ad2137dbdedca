import ArgumentParser
import CatalogModel
import Exporters
import Diagnostics
import Foundation
import WorkflowCompiler

enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid, svg
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw one procedure's workflow as Graphviz DOT, Mermaid or SVG.",
        discussion: """
        Example: tthc graph 1.001193 --format svg --lang vi > 1.001193.svg
        Steps are labelled by their titles and performers by their names, in Vietnamese (--lang vi, the
        default) or English (--lang en); --ids labels them by ids instead (DOT and Mermaid).
        SVG is drawn by tthc itself (a layered layout), without Graphviz.
        Dashed edges are a clerk's exits (supplement, refuse, pay); waits pause the statutory clock.
        Exit status: 0 drawn, 1 the procedure has errors, 2 unknown procedure or bad path.
        """
    )

    @Argument(help: "The procedure code, e.g. 1.001193.")
    var code: String

    @Option(help: "dot, mermaid or svg.")
    var format: GraphFormat = .dot

    @Option(help: "Language of the labels: vi (default) or en.")
    var lang: LintCommand.Language = .vi

    @Flag(help: "Label steps and performers by their ids (DOT and Mermaid), as before titles existed.")
    var ids = false

    @Option(help: "The catalog (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog.")
    var catalog: String?

    func run() throws {
        let loaded = try CatalogTarget.load(catalog, compile: true)
        guard loaded.catalog.procedures[code] != nil else {
            let hint = Suggestions.nearest(to: code, in: loaded.catalog.procedures.keys).map { " (did you mean \($0)?)" } ?? ""
            throw CommandFailure.usage("unknown procedure \(code) in \(RunContext.current.pathDisplay(loaded.catalog.root))\(hint)")
        }
        guard let procedure = loaded.artifact?.procedure(code) else {
            Console.err("tthc: error: procedure \(code) has errors; run `tthc check \(RunContext.current.pathDisplay(loaded.catalog.root))`\n")
            throw ExitCode(1)
        }
        let names = ids ? nil : loaded.artifact.map { GraphNames($0, language: lang == .en ? .en : .vi) }
        switch format {
        case .dot: Console.out(GraphExporter.dot(procedure, names: names))
        case .mermaid: Console.out(GraphExporter.mermaid(procedure, names: names))
        case .svg:
            guard let artifact = loaded.artifact else { throw ExitCode(1) }
            Console.out(try GraphSVG.render(procedure, names: names ?? GraphNames(artifact, language: lang == .en ? .en : .vi)))
        }
    }
}
