import CaseEngine
import CaseForms
import Diagnostics
import Foundation
import Mustache
import WorkCalendar

/// report.html: the simulation report for a director, in Vietnamese (default) or English, printable
/// A4, through a Mustache template (every value escaped, after `SafeText`); the SVG charts are
/// rendered by their own templates and inserted raw.
public enum HTMLReport {
    public static func render(_ report: SimulationReport, language: MessageLanguage = .vi) throws -> String {
        try MustacheTemplate(string: Self.template).render(try context(report, ReportWords(l: language)))
    }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func context(_ r: SimulationReport, _ w: ReportWords) throws -> [String: Any] {
        let target = r.config.target
        func name(_ vi: String, _ en: String?) -> String { w.l == .en ? en ?? vi : vi }
        // A commune or agency with no case returned yet has no rate: it is drawn last, without a
        // bar, and said so (a rate of 0.0% "of 0" read as the worst unit of the province).
        func judgedFirst(_ rates: [SimulationReport.Rate]) -> [SimulationReport.Rate] {
            rates.filter { $0.count > 0 } + rates.filter { $0.count == 0 }
        }
        func bars(_ rates: [SimulationReport.Rate]) -> [SVGCharts.Bar] {
            judgedFirst(rates).map {
                SVGCharts.Bar(
                    label: name($0.name, $0.nameEn), value: $0.count == 0 ? nil : $0.onTimeRate,
                    note: $0.count == 0 ? w[.noneReturned] : "\(percent($0.onTimeRate)) \(w[.of]) \($0.count)")
            }
        }
        func words(_ title: String, _ desc: String) -> SVGCharts.Words {
            SVGCharts.Words(
                title: title, desc: desc, target: "\(w[.target]) \(percent(target))", meets: w[.meets], near: w[.near],
                below: w[.below])
        }
        func rows(_ rates: [SimulationReport.Rate]) -> [[String: Any]] {
            judgedFirst(rates).map {
                [
                    "name": name($0.name, $0.nameEn), "count": $0.count,
                    "rate": $0.count == 0 ? "—" : percent($0.onTimeRate),
                    "ahead": $0.ahead, "onTime": $0.onTime, "overdue": $0.overdue,
                ]
            }
        }
        let backlog = r.backlog.map { (label: $0.date.vietnameseText, value: $0.open) }
        let slowest: [[String: Any]] = r.slowest.map {
            [
                "code": $0.code, "name": name($0.name, $0.nameEn), "cases": $0.cases,
                "mean": String(format: "%.1f", $0.meanWorkingDays),
                "deadline": w.l == .en ? $0.deadline : WorkDuration.vietnameseWords(in: $0.deadline),
                "overdue": percent($0.overdueRate),
            ]
        }
        let staffing: [[String: Any]] = r.staffing.map {
            [
                "name": w.l == .en ? $0.nameEn : $0.name, "steps": $0.steps, "late": $0.overdue,
                "rate": percent($0.onTimeRate),
                "mean": String(format: "%.1f", $0.meanQueue), "peak": $0.peakQueue,
            ]
        }
        let outcomes: [[String: Any]] = r.outcomes.sorted { $0.key < $1.key }.map {
            ["name": outcomeName($0.key, w), "count": $0.value]
        }
        let values: [String: Any] = [
            "lang": w.l.rawValue, "w": w.all,
            "artifact": r.artifact,
            "cases": r.cases, "subcases": r.subcases, "events": r.events, "pauses": r.pauses, "apologies": r.apologies,
            "days": r.config.days, "start": r.config.start.vietnameseText, "seed": String(r.config.seed),
            "online": percent(r.config.onlineShare), "target": percent(target), "minSample": r.config.minSample,
            "onTimeRate": percent(r.status.onTimeRate), "ahead": r.status.ahead, "onTime": r.status.onTime,
            "overdue": r.status.overdue,
            "outcomes": outcomes,
            // The rates per commune and per agency: one section each, alike but for their words.
            "rateSections": [
                ["id": "communes", "title": w[.byCommune], "note": w[.targetNote], "rows": rows(r.byCommune)],
                ["id": "agencies", "title": w[.byAgency], "rows": rows(r.byAgency)],
            ],
            "backlog": r.backlog.map { ["date": $0.date.vietnameseText, "open": $0.open] as [String: Any] },
            "slowest": slowest, "hasSlowest": !slowest.isEmpty,
            "staffing": staffing, "noStaffing": staffing.isEmpty,
            "indexRate": percent(r.serviceIndex.rate), "indexJudged": r.serviceIndex.judged,
            "indexSources": r.serviceIndex.sources.map { ["url": $0] as [String: Any] },
            "lastEvent": r.lastEvent.description,
            "seconds": String(format: "%.2f", r.seconds),
        ]
        var context = SafeText.context(values) as! [String: Any]
        // The charts are markup, inserted after `SafeText`.
        let charts = [
            try SVGCharts.bars(
                bars(r.byCommune), target: target, words: words(w[.byCommune], w[.byCommuneDesc]), id: "communes"),
            try SVGCharts.bars(
                bars(r.byAgency), target: target, words: words(w[.byAgency], w[.byAgencyDesc]), id: "agencies"),
        ]
        context["rateSections"] = zip(context["rateSections"] as! [[String: Any]], charts).map { section, chart in
            section.merging(["chart": chart]) { $1 }
        }
        context["backlogChart"] = try SVGCharts.line(
            backlog,
            words: SVGCharts.Axis(
                title: w[.backlog], desc: w[.backlogDesc], xTitle: w[.backlogX], yTitle: w[.backlogY]),
            id: "backlog")
        return context
    }

    static func outcomeName(_ key: String, _ w: ReportWords) -> String {
        switch key {
        case "issued": return w.t("Đã trả kết quả", "Issued")
        case "refused": return w.t("Từ chối giải quyết", "Refused")
        case "withdrawn": return w.t("Rút hồ sơ", "Withdrawn")
        case "rejected": return w.t("Không tiếp nhận", "Not accepted")
        case "open": return w.t("Đang giải quyết", "Open")
        default: return key
        }
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>{{w.pageTitle}} — tthc simulate</title>
        <style>
        @page { size: A4; margin: 15mm; }
        body { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 190mm; color: #222; font-size: 11pt; }
        h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.8em; break-after: avoid; }
        table { border-collapse: collapse; margin: 0.5em 0; } td, th { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em; text-align: left; }
        td.n { text-align: right; } .muted { color: #555; font-size: 0.9em; }
        svg { max-width: 100%; height: auto; } details { margin: 0.3em 0 1em; } summary { cursor: pointer; color: #1565c0; }
        section { break-inside: avoid-page; }
        @media print { details { display: block; } details > summary { display: none; } body { margin: 0; } }
        </style>
        </head>
        <body>
        <h1>{{w.pageTitle}}</h1>
        <section id="summary">
        <h2>{{w.summary}}</h2>
        <p>{{cases}} {{w.dossiers}} ({{subcases}} {{w.subcases}}) {{w.arriving}} {{days}} {{w.workingDaysFrom}} {{start}}, {{online}} {{w.onlineShare}}; {{w.seed}} {{seed}}. {{events}} {{w.events}} {{lastEvent}}.</p>
        <p><strong>{{onTimeRate}}</strong> {{w.onTimeLine}} ({{w.early}}: {{ahead}}, {{w.onTime}}: {{onTime}}, {{w.overdue}}: {{overdue}}); {{pauses}} {{w.pauses}}; {{apologies}} {{w.apologies}}.</p>
        <table><tr><th>{{w.outcome}}</th><th>{{w.cases}}</th></tr>
        {{#outcomes}}<tr><td>{{name}}</td><td class="n">{{count}}</td></tr>
        {{/outcomes}}</table>
        </section>
        <section id="index">
        <h2>{{w.index}}</h2>
        <p>{{w.indexText}} <strong>{{indexRate}}</strong> ({{indexJudged}} {{w.dossiers}}).</p>
        <p class="muted">{{w.indexCaveat}} {{w.sources}}: {{#indexSources}}<a href="{{url}}">{{url}}</a> {{/indexSources}}</p>
        </section>
        {{#rateSections}}<section id="{{id}}">
        <h2>{{title}}</h2>
        {{{chart}}}
        {{#note}}<p class="muted">{{note}}</p>
        {{/note}}<details><summary>{{w.data}}</summary><table><tr><th>{{w.name}}</th><th>{{w.cases}}</th><th>{{w.rate}}</th><th>{{w.early}}</th><th>{{w.onTime}}</th><th>{{w.overdue}}</th></tr>
        {{#rows}}<tr><td>{{name}}</td><td class="n">{{count}}</td><td class="n">{{rate}}</td><td class="n">{{ahead}}</td><td class="n">{{onTime}}</td><td class="n">{{overdue}}</td></tr>
        {{/rows}}</table></details>
        </section>
        {{/rateSections}}<section id="backlog">
        <h2>{{w.backlog}}</h2>
        {{{backlogChart}}}
        <details><summary>{{w.data}}</summary><table><tr><th>{{w.date}}</th><th>{{w.backlogY}}</th></tr>
        {{#backlog}}<tr><td>{{date}}</td><td class="n">{{open}}</td></tr>
        {{/backlog}}</table></details>
        </section>
        <section id="slowest">
        <h2>{{w.slowest}}</h2>
        <p class="muted">{{w.slowestNote}} {{minSample}} {{w.slowestNote2}}</p>
        {{#hasSlowest}}<table><tr><th>{{w.code}}</th><th>{{w.procedure}}</th><th>{{w.cases}}</th><th>{{w.meanDays}}</th><th>{{w.deadline}}</th><th>{{w.overdueShare}}</th></tr>
        {{#slowest}}<tr><td>{{code}}</td><td>{{name}}</td><td class="n">{{cases}}</td><td class="n">{{mean}}</td><td>{{deadline}}</td><td class="n">{{overdue}}</td></tr>
        {{/slowest}}</table>{{/hasSlowest}}
        </section>
        <section id="staffing">
        <h2>{{w.staffing}}</h2>
        <p class="muted">{{w.staffingNote}}</p>
        {{#noStaffing}}<p>{{w.noneBelow}}</p>{{/noStaffing}}
        {{^noStaffing}}<table><tr><th>{{w.unit}}</th><th>{{w.steps}}</th><th>{{w.lateSteps}}</th><th>{{w.rate}}</th><th>{{w.meanQueue}}</th><th>{{w.peakQueue}}</th></tr>
        {{#staffing}}<tr><td>{{name}}</td><td class="n">{{steps}}</td><td class="n">{{late}}</td><td class="n">{{rate}}</td><td class="n">{{mean}}</td><td class="n">{{peak}}</td></tr>
        {{/staffing}}</table>{{/noStaffing}}
        </section>
        <p class="muted">{{w.footer}} {{w.artifact}} {{artifact}}; {{w.simulatedIn}} {{seconds}} s.</p>
        </body>
        </html>

        """
}
