import ArgumentParser
import CatalogModel
import Diagnostics
import Exporters
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
            Example:
              tthc graph 1.001193 --format svg --lang vi > 1.001193.svg

            Steps are labelled by their titles and performers by their names, in Vietnamese (--lang vi, the \
            default) or English (--lang en); --ids labels them by ids instead (DOT and Mermaid). \
            SVG is drawn by tthc itself (a layered layout), without Graphviz. \
            Dashed edges are a clerk's exits (supplement, refuse, pay); waits pause the statutory clock. \
            --at DATE draws the workflow in force on that date (a version's, from its date) with the \
            deadline then in force; without it, the procedure's own workflow, from its effective date. \
            Messages follow --lang too. \
            Exit status: 0 drawn, 1 the procedure has errors, 2 unknown procedure, a procedure not in \
            force on --at, a bad date or a bad path.
            """
    )

    @Argument(help: "The procedure code, e.g. 1.001193.")
    var code: String

    @Option(help: "dot, mermaid or svg.")
    var format: GraphFormat = .dot

    @Option(help: "Language of the labels and messages: vi (default) or en.")
    var lang: MessageLanguage = .vi

    @Option(help: "Draw the workflow in force on this date (YYYY-MM-DD): a version's, from its date.")
    var at: AtDate?

    @Flag(help: "Label steps and performers by their ids (DOT and Mermaid), as before titles existed.")
    var ids = false

    @Option(help: CatalogTarget.help)
    var catalog: String?

    func run() throws {
        let loaded = try CatalogTarget.load(catalog, compile: true, language: lang, at: at)
        let root = RunContext.current.pathDisplay(loaded.catalog.root)
        guard let source = loaded.catalog.procedures[code] else {
            let nearest = Suggestions.nearest(to: code, in: loaded.catalog.procedures.keys)
            throw CommandFailure.usage(
                CommandMessage.unknownProcedure(code, catalog: root, suggestion: nearest))
        }
        if let at, let date = try? at.date(), !source.isInForce(on: date) {
            throw CommandFailure.usage(
                CommandMessage.notInForce(
                    code, on: date, period: ValidityPeriod(from: source.effective, until: source.expires)))
        }
        guard let artifact = loaded.artifact, let procedure = artifact.procedure(code) else {
            Console.say(.procedureHasErrors(code, catalog: root), as: .error, in: lang)
            throw ExitCode(1)
        }
        if at == nil, let dated = procedure.workflows, !dated.isEmpty {
            let dates = dated.map { lang == .vi ? $0.from.vietnameseText : $0.from.description }.joined(
                separator: ", ")
            Console.say(.firstWorkflowOnly(code, changesFrom: dates), as: .note, in: lang)
        }
        let names = GraphNames(artifact, language: lang)
        switch format {
        case .dot: Console.out(GraphExporter.dot(procedure, names: ids ? nil : names))
        case .mermaid: Console.out(GraphExporter.mermaid(procedure, names: ids ? nil : names))
        case .svg: Console.out(try GraphSVG.render(procedure, names: names))
        }
    }
}
