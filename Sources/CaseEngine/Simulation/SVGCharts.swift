import Foundation

/// Small inline SVG charts for the HTML report: no script, no external file, text escaped.
enum SVGCharts {
    struct Bar {
        var label: String
        var value: Double
        var note: String
    }

    /// Horizontal bars of rates in 0…1, one row per item, with the value printed.
    static func bars(_ bars: [Bar], width: Int = 720) -> String {
        let row = 22, labelWidth = 300, top = 10
        let height = top + bars.count * row + 10
        let plot = Double(width - labelWidth - 110)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" font-family=\"sans-serif\" font-size=\"12\">"
        for (i, bar) in bars.enumerated() {
            let y = top + i * row
            let length = max(0, min(1, bar.value)) * plot
            let color = bar.value >= 0.95 ? "#2e7d32" : bar.value >= 0.85 ? "#f9a825" : "#c62828"
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(truncate(bar.label, 46)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(format(length))\" height=\"16\" fill=\"\(color)\"><title>\(escape(bar.label)): \(escape(bar.note))</title></rect>"
            svg += "<text x=\"\(labelWidth + Int(length) + 6)\" y=\"\(y + 15)\">\(escape(bar.note))</text>"
        }
        return svg + "</svg>"
    }

    /// A line of integer values over dates, with the maximum marked on the axis.
    static func line(_ points: [(label: String, value: Int)], width: Int = 720, height: Int = 220) -> String {
        let left = 50, bottom = 30, top = 10, right = 10
        let maxValue = max(1, points.map(\.value).max() ?? 1)
        let plotW = Double(width - left - right), plotH = Double(height - top - bottom)
        func x(_ i: Int) -> Double { Double(left) + (points.count <= 1 ? 0 : plotW * Double(i) / Double(points.count - 1)) }
        func y(_ v: Int) -> Double { Double(top) + plotH * (1 - Double(v) / Double(maxValue)) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>"
        svg += "<text x=\"\(left - 4)\" y=\"\(top + 10)\" text-anchor=\"end\">\(maxValue)</text><text x=\"\(left - 4)\" y=\"\(height - bottom)\" text-anchor=\"end\">0</text>"
        let path = points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(format(x(i))),\(format(y(p.value)))" }.joined(separator: " ")
        svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>"
        let step = max(1, points.count / 8)
        for i in stride(from: 0, to: points.count, by: step) {
            svg += "<text x=\"\(format(x(i)))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(escape(points[i].label))</text>"
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func truncate(_ text: String, _ n: Int) -> String { text.count <= n ? text : String(text.prefix(n - 1)) + "…" }

    static func format(_ v: Double) -> String { String(format: "%.1f", v) }
}
