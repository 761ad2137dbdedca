import Foundation

/// What a person most likely meant by a date or a duration written the way Vietnamese documents
/// and keyboards write them: `01/07/2025` (day first), `10 ngay lam viec` (typed without the
/// tone marks). Offered in the error's message ("did you mean …?"), never taken silently: the
/// reader confirms it.
public enum WrittenFormSuggestions {
    /// `YYYY-MM-DD` for a date written day first (`1/7/2025`, `01-07-2025`, `01.07.2025`) or
    /// with slashes year first (`2025/07/01`), when that date exists; else nil.
    public static func date(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for separator in ["/", "-", "."] {
            let parts = trimmed.components(separatedBy: separator)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
                let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
            else { continue }
            let (year, month, day) =
                parts[0].count == 4 && parts[2].count <= 2
                ? (a, b, c)
                : parts[2].count == 4 && parts[0].count <= 2 ? (c, b, a) : (0, 0, 0)
            guard parts[1].count <= 2, let date = try? CivilDate(year, month, day) else { continue }
            let suggestion = date.description
            return suggestion == trimmed ? nil : suggestion
        }
        return nil
    }

    /// `YYYY-MM-DD HH:MM` for a date and time whose date is written as `date(_:)` reads it
    /// (`01/07/2025 08:30`); else nil.
    public static func dateTime(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let split = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }) else { return date(trimmed) }
        let time = trimmed[split...].dropFirst().trimmingCharacters(in: .whitespaces)
        guard let day = date(String(trimmed[..<split])), (try? TimeOfDay(parsing: time)) != nil else { return nil }
        return "\(day) \(time)"
    }

    /// A duration's unit (or "same day" phrase) as it is spelt with its marks, when `text` is
    /// one typed without them (`ngay lam viec` → `ngày làm việc`); else nil.
    public static func durationWords(_ text: String) -> String? {
        let folded = fold(text)
        let spellings = WorkDuration.unitSpellings.map(\.0) + WorkDuration.sameDaySpellings.sorted()
        return spellings.first { fold($0) == folded && $0 != text.lowercased() }
    }

    /// Lower case, without tone or vowel marks (`Ngày` → `ngay`); đ stays đ.
    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
