import Diagnostics

/// Characters to replace inside one value, reported as one finding with one fix: a value pasted
/// from a word processor or typed on a decomposing keyboard would otherwise draw a finding per
/// character, crowding real findings out of CI's annotation cap.
struct ValueRepair {
    /// Byte ranges within the value's raw text, in order, and what each becomes.
    var edits: [(range: Range<Int>, replacement: String)] = []

    var isEmpty: Bool { edits.isEmpty }

    mutating func replace(_ range: Range<Int>, with replacement: String) {
        edits.append((range, replacement))
    }

    /// The span from the first edit to the last, as it reads after the repair.
    func repairedSpan(of raw: String) -> String {
        guard let first = edits.first else { return "" }
        let bytes = Array(raw.utf8)
        var out = ""
        var cursor = first.range.lowerBound
        for edit in edits {
            out += String(decoding: bytes[cursor..<edit.range.lowerBound], as: UTF8.self) + edit.replacement
            cursor = edit.range.upperBound
        }
        return out
    }

    /// One finding from the first edited character to the last; `message` gets the repaired span
    /// and the number of places, `(N places)` is appended when there are several.
    func finding(
        in context: LintContext, file: String, valueStart: Int, raw: String,
        message: (_ repaired: String) -> any DiagnosticMessage, fix: (_ repaired: String) -> any DiagnosticMessage
    ) -> Diagnostic? {
        guard let first = edits.first, let last = edits.last else { return nil }
        let repaired = repairedSpan(of: raw)
        let range = context.range(
            in: file, from: valueStart + first.range.lowerBound, to: valueStart + last.range.upperBound)
        var text = message(repaired)
        if edits.count > 1 {
            text = LintMessage.inPlaces(text, count: edits.count)
        }
        return context.finding(text, at: range, fixIts: [context.fix(range, with: repaired, fix(repaired))])
    }
}
