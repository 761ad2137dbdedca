import Diagnostics
import WorkflowCompiler

/// Draws one compiled procedure as Graphviz DOT or Mermaid.
public enum GraphExporter {
    /// With `names`, steps are labelled by title and performer names in its language; without, by ids.
    public static func dot(_ procedure: CompiledProcedure, names: GraphNames? = nil) -> String {
        let label = { (step: CompiledStep) in names.map { Self.label(step, $0) } ?? Self.label(step) }
        let edgeText = { (text: String) in names?.edge(text) ?? text }
        var out = "digraph \"\(escape(procedure.code))\" {\n"
        out +=
            "  label=\"\(escape("\(procedure.code) \(procedureName(procedure, names)) — \(names?.duration(procedure.deadline.period.description) ?? procedure.deadline.period.description)"))\";\n"
        out += "  labelloc=t;\n  rankdir=TB;\n  node [fontname=\"Helvetica\", shape=box, style=rounded];\n"
        for step in procedure.graph.steps {
            out += "  \"\(escape(step.id))\" [label=\"\(escape(label(step)))\"\(shape(step))];\n"
        }
        out += "  \"__start\" [shape=point];\n  \"__start\" -> \"\(escape(procedure.graph.start))\";\n"
        for (from, to, text, exceptional) in edges(procedure.graph) {
            var attributes: [String] = []
            if let text { attributes.append("label=\"\(escape(edgeText(text)))\"") }
            if exceptional { attributes.append("style=dashed") }
            out +=
                "  \"\(escape(from))\" -> \"\(escape(to))\"\(attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]");\n"
        }
        return out + "}\n"
    }

    public static func mermaid(_ procedure: CompiledProcedure, names: GraphNames? = nil) -> String {
        let label = { (step: CompiledStep) in names.map { Self.label(step, $0) } ?? Self.label(step) }
        let edgeText = { (text: String) in names?.edge(text) ?? text }
        var ids: [String: String] = [:]
        for (index, step) in procedure.graph.steps.enumerated() { ids[step.id] = "s\(index)" }
        var out =
            "---\ntitle: \(mermaidText("\(procedure.code) \(procedureName(procedure, names)) — \(names?.duration(procedure.deadline.period.description) ?? procedure.deadline.period.description)"))\n---\nflowchart TD\n"
        out += "  start(( )) --> \(ids[procedure.graph.start] ?? "s0")\n"
        for step in procedure.graph.steps {
            let text = "\"\(mermaidText(label(step)))\""
            let node: String
            switch step.kind {
            case .choice: node = "{\(text)}"
            case .parallel: node = "[[\(text)]]"
            case .end: node = "([\(text)])"
            case .wait: node = "[/\(text)/]"
            case .call: node = "[[\(text)]]"
            default: node = "[\(text)]"
            }
            out += "  \(ids[step.id]!)\(node)\n"
        }
        for (from, to, text, exceptional) in edges(procedure.graph) {
            guard let a = ids[from], let b = ids[to] else { continue }
            let arrow = exceptional ? "-.->" : "-->"
            out += "  \(a) \(arrow)\(text.map { "|\(mermaidText(edgeText($0)))|" } ?? "") \(b)\n"
        }
        return out
    }

    /// The title in the names' language, then who and how long.
    static func label(_ step: CompiledStep, _ names: GraphNames) -> String {
        ([names.title(step)] + names.details(step)).joined(separator: "\n")
    }

    static func procedureName(_ procedure: CompiledProcedure, _ names: GraphNames?) -> String {
        names?.language == .en ? procedure.nameEn ?? procedure.name : procedure.name
    }

    static func label(_ step: CompiledStep) -> String {
        var lines = [step.id]
        switch step.kind {
        case .task: lines.append(step.by ?? "")
        case .handOff: lines.append("\(step.by ?? "") → \(step.to ?? "")")
        case .wait:
            lines.append(
                step.wait == "payment"
                    ? "waiting for payment (clock paused)" : "waiting on the applicant (clock paused)")
        case .choice: break
        case .parallel: lines.append("parallel, join: \(step.join ?? "")")
        case .call: lines.append("calls \(step.call ?? "")")
        case .end: lines.append("\(step.outcome ?? "")\(step.by.map { " at \($0)" } ?? "")")
        }
        if let budget = step.budget { lines.append(budget) }
        return lines.joined(separator: "\n")
    }

    static func shape(_ step: CompiledStep) -> String {
        switch step.kind {
        case .choice: ", shape=diamond, style=\"\""
        case .parallel: ", shape=box, style=\"rounded,bold\""
        case .end: ", shape=box, style=\"rounded,filled\", fillcolor=\"#eeeeee\""
        case .wait: ", shape=parallelogram, style=\"\""
        default: ""
        }
    }

    /// Every edge: (from, to, label, exceptional).
    static func edges(_ graph: CompiledGraph) -> [(String, String, String?, Bool)] {
        var result: [(String, String, String?, Bool)] = []
        for step in graph.steps {
            switch step.kind {
            case .choice:
                for choice in step.choices ?? [] { result.append((step.id, choice.step, choice.fact, false)) }
                if let otherwise = step.otherwise { result.append((step.id, otherwise, "otherwise", false)) }
            case .parallel:
                for branch in step.branches ?? [] { result.append((step.id, branch, nil, false)) }
            default:
                if let next = step.next {
                    result.append(
                        (
                            step.id, next,
                            step.branchOf != nil && next == graph.step(step.branchOf!)?.join ? "join" : nil, false
                        ))
                }
            }
            for exit in step.exits ?? [] { result.append((step.id, exit.step, exit.exit, true)) }
        }
        return result
    }

    /// Catalog text in a drawing printed to a terminal: control and bidi characters as visible
    /// escapes (`VisibleText`), line breaks in the drawing's own syntax.
    static func escape(_ text: String) -> String {
        VisibleText.neutralised(text, keeping: ["\n"]).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func mermaidText(_ text: String) -> String {
        VisibleText.neutralised(text, keeping: ["\n"]).replacingOccurrences(of: "\"", with: "#quot;")
            .replacingOccurrences(of: "<", with: "#lt;").replacingOccurrences(of: ">", with: "#gt;")
            .replacingOccurrences(of: "\n", with: "<br/>")
    }
}
