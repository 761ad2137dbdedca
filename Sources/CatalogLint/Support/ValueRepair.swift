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
        return context.finding(text, at: range, replacingWith: repaired, fix(repaired))
    }
}

extension ValueRepair {
    /// Replaces each character of `raw` that `table` has a replacement for; returns the first one
    /// replaced, which names the finding.
    mutating func replaceCharacters(
        of raw: String, from table: [Unicode.Scalar: String]
    ) -> (scalar: Unicode.Scalar, replacement: String)? {
        var first: (scalar: Unicode.Scalar, replacement: String)?
        var offset = 0
        for s in raw.unicodeScalars {
            let width = String(s).utf8.count
            defer { offset += width }
            guard let replacement = table[s] else { continue }
            if first == nil { first = (s, replacement) }
            replace(offset..<offset + width, with: replacement)
        }
        return first
    }
}

/// What a text rule proposes for one value: the repair, and the words of its finding and fix,
/// each given the repaired span.
typealias ValueRepairProposal = (
    repair: ValueRepair, message: (String) -> any DiagnosticMessage, fix: (String) -> any DiagnosticMessage
)

extension LintContext {
    /// The loop of the text rules that rewrite characters inside values: one finding per value
    /// that `propose` repairs. `mayNeed` passes over most values before their raw text is read.
    @inline(__always)  // the rules' closures run once per value of the catalog: inlined, they cost no call or copy
    func valueRepairs(
        where mayNeed: (LintFile, ScalarValue) -> Bool, proposing propose: (_ raw: String) -> ValueRepairProposal?
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for file in files {
            for scalar in file.scalars where mayNeed(file, scalar) {
                let raw = file.raw(scalar.range)
                guard let proposal = propose(raw),
                    let finding = proposal.repair.finding(
                        in: self, file: file.path, valueStart: scalar.range.start.offset, raw: raw,
                        message: proposal.message, fix: proposal.fix)
                else { continue }
                findings.append(finding)
            }
        }
        return findings
    }

    /// The loop of the rules that write some characters as others (`table`): one finding per
    /// value with a character of `trait`, whose words `words` gives from the first character
    /// replaced and the whole repair.
    @inline(__always)  // as `valueRepairs`: once per value of the catalog
    func characterReplacements(
        of trait: TextTraits, from table: [Unicode.Scalar: String],
        words: (_ first: (scalar: Unicode.Scalar, replacement: String), _ repair: ValueRepair) -> (
            message: (String) -> any DiagnosticMessage, fix: (String) -> any DiagnosticMessage
        )
    ) -> [Diagnostic] {
        valueRepairs(
            where: { _, scalar in scalar.traits.contains(trait) },
            proposing: { raw in
                var repair = ValueRepair()
                guard let first = repair.replaceCharacters(of: raw, from: table) else { return nil }
                let words = words(first, repair)
                return (repair, words.message, words.fix)
            })
    }

    /// A finding whose one fix writes `replacement` over what it points at.
    func finding(
        _ message: some DiagnosticMessage, at range: SourceRange, replacingWith replacement: String,
        _ fixDescription: some DiagnosticMessage
    ) -> Diagnostic {
        finding(message, at: range, fixIts: [fix(range, with: replacement, fixDescription)])
    }
}

extension Unicode.Scalar {
    /// `U+00A0`: how findings name a character, four hex digits at least.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
