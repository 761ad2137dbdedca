import CaseEngine
import Diagnostics
import WorkCalendar

/// Left-aligned columns for terminal output, padded by characters (NFC Vietnamese letters are one
/// character each, so columns line up).
struct TextTable {
    var rows: [[String]] = []

    /// Cells carry catalog text and request fields (names, reasons): shown with visible escapes,
    /// so none can start a line or drive the terminal.
    mutating func add(_ cells: [String]) { rows.append(cells.map { VisibleText.neutralised($0) }) }

    func render(indent: String = "  ") -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            var line = indent
            for (i, cell) in row.enumerated() {
                let isLast = i == row.count - 1
                line += isLast ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }
}

extension LocalDateTime {
    /// `2026-03-02 09:00 (Mon)`.
    var withWeekday: String { "\(self) (\(date.weekday.shortName))" }
}

extension DeadlineStatus {
    /// "Đúng hạn (on time)".
    var bilingual: String {
        switch self {
        case .ahead: "Trước hạn (ahead)"
        case .onTime: "Đúng hạn (on time)"
        case .overdue: "Quá hạn (overdue)"
        }
    }
}
