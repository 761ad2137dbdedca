import CaseEngine
import CaseForms
import Diagnostics
import Foundation
import Mustache

/// Inline SVG charts for the HTML report, drawn through Mustache templates (every label escaped,
/// after `SafeText`), each with a <title> and a <desc> for screen readers; the page adds a table
/// of the same figures as the text alternative.
enum SVGCharts {
    struct Bar {
        var label: String
        /// nil: nothing to rate yet (no bar is drawn; `note` says why).
        var value: Double?
        var note: String
    }

    struct Words {
        var title: String
        var desc: String
        var target: String
        var meets: String
        var near: String
        var below: String
    }

    static let green = "#2e7d32", amber = "#f9a825", red = "#c62828", grey = "#9e9e9e"

    /// Horizontal bars of rates in 0…1 with the target as a dashed line and a legend of the colours.
    static func bars(_ bars: [Bar], target: Double, words: Words, id: String, width: Int = 760) throws -> String {
        let row = 22
        let labelWidth = 320
        let top = 44
        // Room on the right for the note: "100.0% of 999", or "none returned yet".
        let plot = Double(width - labelWidth - 150)
        let height = top + bars.count * row + 24
        func x(_ v: Double) -> String { format(Double(labelWidth) + max(0, min(1, v)) * plot) }
        let rows: [[String: Any]] = bars.enumerated().map { i, bar in
            let y = top + i * row
            let value = bar.value ?? 0
            let colour = bar.value == nil ? grey : value >= target ? green : value >= target - 0.05 ? amber : red
            return [
                "labelX": labelWidth - 6, "textY": y + 15, "label": truncate(bar.label, 48), "full": bar.label,
                "barX": labelWidth, "barY": y + 3, "barW": format(max(0, min(1, value)) * plot), "colour": colour,
                "noteX": format(Double(labelWidth) + plot), "noteDX": 10, "note": bar.note,
            ]
        }
        let context: [String: Any] = [
            "id": id, "width": width, "height": height, "title": words.title, "desc": words.desc, "rows": rows,
            "targetX": x(target), "targetTop": top - 4, "targetBottom": top + bars.count * row + 4,
            "targetLabel": words.target, "targetLabelY": top + bars.count * row + 18,
            "legend": [
                ["x": 0, "colour": green, "text": words.meets],
                ["x": 250, "colour": amber, "text": words.near],
                ["x": 500, "colour": red, "text": words.below],
            ] as [[String: Any]],
        ]
        return try MustacheTemplate(string: barTemplate).render(SafeText.context(context))
    }

    static let barTemplate = """
        <svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="{{id}}-t {{id}}-d" font-family="sans-serif" font-size="12">
        <title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>
        {{#legend}}<rect x="{{x}}" y="6" width="14" height="14" fill="{{colour}}"/><text x="{{x}}" dx="20" y="18">{{text}}</text>
        {{/legend}}{{#rows}}<text x="{{labelX}}" y="{{textY}}" text-anchor="end">{{label}}</text><rect x="{{barX}}" y="{{barY}}" width="{{barW}}" height="16" fill="{{colour}}"><title>{{full}}: {{note}}</title></rect><text x="{{noteX}}" dx="{{noteDX}}" y="{{textY}}">{{note}}</text>
        {{/rows}}<line x1="{{targetX}}" y1="{{targetTop}}" x2="{{targetX}}" y2="{{targetBottom}}" stroke="#000" stroke-width="1.5" stroke-dasharray="5,3"/>
        <text x="{{targetX}}" y="{{targetLabelY}}" text-anchor="middle">{{targetLabel}}</text>
        </svg>
        """

    struct Axis {
        var title: String
        var desc: String
        var xTitle: String
        var yTitle: String
    }

    /// A line of integer values over dates, with titled axes, value ticks and dated ticks.
    static func line(
        _ points: [(label: String, value: Int)], words: Axis, id: String, width: Int = 760, height: Int = 260
    ) throws -> String {
        let left = 70
        let bottom = 50
        let top = 16
        let right = 16
        let maxValue = max(1, points.map(\.value).max() ?? 1)
        let plotW = Double(width - left - right)
        let plotH = Double(height - top - bottom)
        func x(_ i: Int) -> Double {
            Double(left) + (points.count <= 1 ? 0 : plotW * Double(i) / Double(points.count - 1))
        }
        func y(_ v: Int) -> Double { Double(top) + plotH * (1 - Double(v) / Double(maxValue)) }
        let path = points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(format(x(i))),\(format(y(p.value)))" }
            .joined(separator: " ")
        let step = max(1, points.count / 7)
        let xTicks: [[String: Any]] = stride(from: 0, to: points.count, by: step).map { i in
            ["x": format(x(i)), "label": points[i].label]
        }
        let yTicks: [[String: Any]] = (0...4).map { k in
            let v = maxValue * k / 4
            return ["y": format(y(v)), "ty": format(y(v) + 4), "label": String(v)]
        }
        let context: [String: Any] = [
            "id": id, "width": width, "height": height, "title": words.title, "desc": words.desc,
            "left": left, "right": width - right, "axisY": height - bottom, "top": top, "path": path,
            "tickY": height - bottom + 16, "xTicks": xTicks, "yTicks": yTicks, "tickX": left - 6,
            "xTitle": words.xTitle, "xTitleX": left + Int(plotW / 2), "xTitleY": height - 8,
            "yTitle": words.yTitle, "yTitleY": top + Int(plotH / 2),
        ]
        return try MustacheTemplate(string: lineTemplate).render(SafeText.context(context))
    }

    static let lineTemplate = """
        <svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="{{id}}-t {{id}}-d" font-family="sans-serif" font-size="11">
        <title id="{{id}}-t">{{title}}</title><desc id="{{id}}-d">{{desc}}</desc>
        <line x1="{{left}}" y1="{{axisY}}" x2="{{right}}" y2="{{axisY}}" stroke="#666"/><line x1="{{left}}" y1="{{top}}" x2="{{left}}" y2="{{axisY}}" stroke="#666"/>
        {{#yTicks}}<line x1="{{left}}" y1="{{y}}" x2="{{right}}" y2="{{y}}" stroke="#eee"/><text x="{{tickX}}" y="{{ty}}" text-anchor="end">{{label}}</text>
        {{/yTicks}}{{#xTicks}}<line x1="{{x}}" y1="{{axisY}}" x2="{{x}}" y2="{{axisY}}" stroke="#666"/><text x="{{x}}" y="{{tickY}}" text-anchor="middle">{{label}}</text>
        {{/xTicks}}<path d="{{path}}" fill="none" stroke="#1565c0" stroke-width="2"/>
        <text x="{{xTitleX}}" y="{{xTitleY}}" text-anchor="middle" font-weight="bold">{{xTitle}}</text>
        <text x="14" y="{{yTitleY}}" text-anchor="middle" font-weight="bold" transform="rotate(-90 14 {{yTitleY}})">{{yTitle}}</text>
        </svg>
        """

    static func truncate(_ text: String, _ n: Int) -> String {
        text.count <= n ? text : String(text.prefix(n - 1)) + "…"
    }

    static func format(_ v: Double) -> String { String(format: "%.1f", v) }
}
