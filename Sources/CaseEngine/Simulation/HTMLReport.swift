import Foundation
import Mustache

/// report.html: the simulation report through a Mustache template (which escapes every value;
/// the charts, generated here with their text escaped, are inserted raw).
public enum HTMLReport {
    public static func render(_ report: SimulationReport) throws -> String {
        let template = try MustacheTemplate(string: Self.template)
        return template.render(context(report))
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func context(_ r: SimulationReport) -> [String: Any] {
        let units = r.byUnit.prefix(20).map { SVGCharts.Bar(label: $0.name, value: $0.onTimeRate, note: "\(percent($0.onTimeRate)) of \($0.count)") }
        let fields = r.byField.prefix(25).map { SVGCharts.Bar(label: $0.key, value: $0.onTimeRate, note: "\(percent($0.onTimeRate)) of \($0.count)") }
        let backlog = r.backlog.map { (label: String($0.date.description.dropFirst(5)), value: $0.open) }
        let slowest: [[String: Any]] = r.slowest.map {
            ["code": $0.code, "name": $0.name, "cases": $0.cases, "mean": String(format: "%.1f", $0.meanWorkingDays),
             "deadline": $0.deadline, "overdue": percent($0.overdueRate)]
        }
        let outcomes: [[String: Any]] = r.outcomes.sorted { $0.key < $1.key }.map { ["name": $0.key, "count": $0.value] }
        return [
            "artifact": r.artifact,
            "cases": r.cases, "subcases": r.subcases, "events": r.events, "pauses": r.pauses, "apologies": r.apologies,
            "days": r.config.days, "start": r.config.start.description, "seed": String(r.config.seed),
            "online": percent(r.config.onlineShare),
            "onTimeRate": percent(r.status.onTimeRate), "ahead": r.status.ahead, "onTime": r.status.onTime, "overdue": r.status.overdue,
            "outcomes": outcomes,
            "unitChart": SVGCharts.bars(units),
            "fieldChart": SVGCharts.bars(fields),
            "backlogChart": SVGCharts.line(backlog),
            "slowest": slowest,
            "lastEvent": r.lastEvent.description,
            "seconds": String(format: "%.2f", r.seconds),
            "rate": String(format: "%.0f", r.eventsPerSecond),
        ]
    }

    static let template = """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <title>Mô phỏng giải quyết hồ sơ — tthc simulate</title>
    <style>
    body { font-family: sans-serif; margin: 2em; max-width: 60em; color: #222; }
    h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
    table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: 0.3em 0.8em; text-align: left; }
    td.n { text-align: right; } .muted { color: #666; font-size: 0.9em; }
    </style>
    </head>
    <body>
    <h1>Simulated one-stop processing</h1>
    <p>{{cases}} dossiers ({{subcases}} interconnected sub-cases) arriving over {{days}} working days from {{start}},
    {{online}} online where offered; seed {{seed}}. {{events}} events; the last on {{lastEvent}}.</p>
    <p><strong>{{onTimeRate}}</strong> returned on time or early ({{ahead}} Trước hạn, {{onTime}} Đúng hạn, {{overdue}} Quá hạn); {{pauses}} pauses for supplements or payment; {{apologies}} apologies with a new date (form 04) sent for late cases.</p>
    <table><tr><th>outcome</th><th>cases</th></tr>
    {{#outcomes}}<tr><td>{{name}}</td><td class="n">{{count}}</td></tr>
    {{/outcomes}}</table>
    <h2>On-time rate of steps, by unit</h2>
    {{{unitChart}}}
    <h2>On-time rate of cases, by field</h2>
    {{{fieldChart}}}
    <h2>Open cases at the end of each day (backlog)</h2>
    {{{backlogChart}}}
    <h2>Slowest procedures (mean working days from receipt to result)</h2>
    <table><tr><th>code</th><th>procedure</th><th>cases</th><th>mean days</th><th>deadline</th><th>overdue</th></tr>
    {{#slowest}}<tr><td>{{code}}</td><td>{{name}}</td><td class="n">{{cases}}</td><td class="n">{{mean}}</td><td>{{deadline}}</td><td class="n">{{overdue}}</td></tr>
    {{/slowest}}</table>
    <p class="muted">Artifact {{artifact}}. Simulated in {{seconds}} s ({{rate}} events/s). Behaviour rates (supplements, refusals, step times) are assumptions of the simulator, not published figures.</p>
    </body>
    </html>

    """
}
