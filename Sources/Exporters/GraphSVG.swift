import Diagnostics
import Foundation
import Mustache
import WorkflowCompiler

/// A procedure's workflow as a standalone SVG for reports and docs, without Graphviz: a simple
/// layered layout (each step on the row of its first reach from the start, breadth first), boxes
/// with the step's title, performer and budget, straight arrows (a clerk's exits dashed). Drawn
/// through a Mustache template, so every label is escaped; control and direction characters are
/// made visible first.
public enum GraphSVG {
    static let boxWidth = 270, boxHeight = 64, columnGap = 30, rowGap = 46, margin = 20, header = 56

    public static func render(_ procedure: CompiledProcedure, names: GraphNames) throws -> String {
        let graph = procedure.graph
        let rows = layers(graph)
        let widest = rows.map(\.count).max() ?? 1
        let name = names.language == .en ? procedure.nameEn ?? procedure.name : procedure.name
        let title = "\(procedure.code) \(name) — \(names.duration(procedure.deadline.period.description))"
        // Wide enough for the heading too (about 9 px a character at 15 px bold).
        let width = max(margin * 2 + widest * boxWidth + (widest - 1) * columnGap, margin * 2 + title.count * 9)
        let height = header + margin + rows.count * (boxHeight + rowGap)
        var centre: [String: (x: Double, y: Double)] = [:]
        var boxes: [[String: Any]] = []
        for (r, row) in rows.enumerated() {
            let rowWidth = row.count * boxWidth + (row.count - 1) * columnGap
            let left = (width - rowWidth) / 2
            for (c, id) in row.enumerated() {
                guard let step = graph.step(id) else { continue }
                let x = left + c * (boxWidth + columnGap)
                let y = header + r * (boxHeight + rowGap)
                centre[id] = (Double(x + boxWidth / 2), Double(y + boxHeight / 2))
                let lines = [names.title(step)] + names.details(step)
                boxes.append([
                    "x": x, "y": y, "w": boxWidth, "h": boxHeight, "fill": fill(step),
                    "dash": step.kind == .wait ? "4,3" : "none",
                    "lines": lines.prefix(3).enumerated().map { i, text in
                        [
                            "tx": x + boxWidth / 2, "ty": y + 18 + i * 17, "text": SafeText.clean(truncate(text, 40)),
                            "bold": i == 0,
                        ] as [String: Any]
                    },
                    "full": SafeText.clean(lines.joined(separator: " — ")),
                ])
            }
        }
        var arrows: [[String: Any]] = []
        for (from, to, text, exceptional) in GraphExporter.edges(graph) {
            guard let a = centre[from], let b = centre[to] else { continue }
            let down = b.y > a.y
            let same = b.y == a.y
            let y1 = same ? a.y : a.y + (down ? 1 : -1) * Double(boxHeight / 2)
            let y2 = same ? b.y : b.y - (down ? 1 : -1) * Double(boxHeight / 2)
            let x1 = same ? a.x + (b.x > a.x ? 1 : -1) * Double(boxWidth / 2) : a.x
            let x2 = same ? b.x - (b.x > a.x ? 1 : -1) * Double(boxWidth / 2) : b.x
            var arrow: [String: Any] = [
                "x1": f(x1), "y1": f(y1), "x2": f(x2), "y2": f(y2), "dash": exceptional ? "5,4" : "none",
                "colour": exceptional ? "#b71c1c" : "#333",
            ]
            if let text {
                arrow["label"] = SafeText.clean(names.edge(text))
                arrow["lx"] = f((x1 + x2) / 2 + 4)
                arrow["ly"] = f((y1 + y2) / 2)
            }
            arrows.append(arrow)
        }
        let context: [String: Any] = [
            "width": width, "height": height, "title": SafeText.clean(title), "lang": names.language.rawValue,
            "desc": SafeText.clean(
                names.t(
                    "Sơ đồ quy trình: mỗi ô là một bước (tên bước, người thực hiện, thời gian); mũi tên nét đứt là các lối ra ngoại lệ.",
                    "Workflow diagram: each box is a step (title, performer, time); dashed arrows are a clerk's exceptional exits."
                )),
            "boxes": boxes, "arrows": arrows,
        ]
        return try MustacheTemplate(string: template).render(context)
    }

    /// Rows of step ids: breadth first from the start over every edge, each step on the row where
    /// it is first reached; steps never reached come last.
    static func layers(_ graph: CompiledGraph) -> [[String]] {
        var depth: [String: Int] = [graph.start: 0]
        var queue = [graph.start]
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            for next in graph.step(id)?.allSuccessors ?? [] where depth[next] == nil {
                depth[next] = depth[id]! + 1
                queue.append(next)
            }
        }
        let last = (depth.values.max() ?? 0) + 1
        for step in graph.steps where depth[step.id] == nil { depth[step.id] = last }
        var rows = Array(repeating: [String](), count: (depth.values.max() ?? 0) + 1)
        for step in graph.steps { rows[depth[step.id]!].append(step.id) }
        return rows.filter { !$0.isEmpty }
    }

    static func fill(_ step: CompiledStep) -> String {
        switch step.kind {
        case .end: return step.outcome == "issued" ? "#e8f5e9" : "#fbe9e7"
        case .wait: return "#fffde7"
        case .choice, .parallel: return "#e3f2fd"
        case .call: return "#f3e5f5"
        default: return "#ffffff"
        }
    }

    static let template = """
        <svg xmlns="http://www.w3.org/2000/svg" lang="{{lang}}" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="graph-title graph-desc" font-family="sans-serif" font-size="12">
        <title id="graph-title">{{title}}</title>
        <desc id="graph-desc">{{desc}}</desc>
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>
        <rect width="100%" height="100%" fill="#fff"/>
        <text x="20" y="30" font-size="15" font-weight="bold">{{title}}</text>
        {{#arrows}}<line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="{{colour}}" stroke-dasharray="{{dash}}" marker-end="url(#arrow)"/>{{#label}}<text x="{{lx}}" y="{{ly}}" font-size="10" fill="{{colour}}">{{label}}</text>{{/label}}
        {{/arrows}}{{#boxes}}<g><title>{{full}}</title><rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" rx="8" fill="{{fill}}" stroke="#555" stroke-dasharray="{{dash}}"/>{{#lines}}<text x="{{tx}}" y="{{ty}}" text-anchor="middle"{{#bold}} font-weight="bold"{{/bold}}>{{text}}</text>{{/lines}}</g>
        {{/boxes}}</svg>

        """

    static func truncate(_ text: String, _ n: Int) -> String {
        text.count <= n ? text : String(text.prefix(n - 1)) + "…"
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
