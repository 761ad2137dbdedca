/// Renders diagnostics as `file:line:column: severity[CODE]: message`, followed by the source
/// line and a caret under the range (actionlint's and swiftc's shape).
public struct TextReporter: Sendable {
    public var useColor: Bool
    /// The language of the reporter's own words (the summary, "N places").
    public var language: MessageLanguage

    /// Rule ids and codes whose fixes `tthc lint --fix` applies: their fix lines say so, and the
    /// summary counts them.
    public var automaticFixes: Set<String>

    public init(useColor: Bool, language: MessageLanguage = .en, automaticFixes: Set<String> = []) {
        self.useColor = useColor
        self.language = language
        self.automaticFixes = automaticFixes
    }

    /// How many of `diagnostics` `tthc lint --fix` repairs.
    public func fixableCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.lazy.filter { !$0.fixIts.isEmpty && automaticFixes.contains($0.label) }.count
    }

    /// ", 3 fixable with tthc lint --fix" or "".
    public func fixableSummary(_ diagnostics: [Diagnostic]) -> String {
        let count = fixableCount(diagnostics)
        guard count > 0 else { return "" }
        return language == .vi ? "; \(count) sửa được bằng tthc lint --fix" : "; \(count) fixable with tthc lint --fix"
    }

    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceText]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            let r = diagnostic.range
            // Paths, messages and fixes carry catalog text: shown with visible escapes (`VisibleText`).
            let head = VisibleText.neutralised(r.place) + ": "
            let label = "\(word(diagnostic.severity))[\(VisibleText.neutralised(diagnostic.label))]"
            out +=
                bold(head) + paint(label, for: diagnostic.severity) + ": " + VisibleText.neutralised(diagnostic.message)
                + "\n"
            out += excerpt(r, sources: sources)
            for note in diagnostic.notes {
                if let nr = note.range {
                    out +=
                        bold(VisibleText.neutralised(nr.place) + ": ")
                        + paint(word(.note), for: .note) + ": " + VisibleText.neutralised(note.message) + "\n"
                    out += excerpt(nr, sources: sources)
                } else {
                    out += "  " + paint(word(.note), for: .note) + ": " + VisibleText.neutralised(note.message) + "\n"
                }
            }
            // One line per kind of fix: a CRLF file has a fix per line, all alike.
            var counts: [String: Int] = [:]
            var order: [String] = []
            for fix in diagnostic.fixIts {
                let description = VisibleText.neutralised(fix.description)
                if counts[description] == nil { order.append(description) }
                counts[description, default: 0] += 1
            }
            let fixWord = language == .vi ? "cách sửa" : "fix"
            let automatic = automaticFixes.contains(diagnostic.label) ? " (tthc lint --fix)" : ""
            for description in order {
                let n = counts[description] ?? 1
                out +=
                    "  " + paint(fixWord + automatic, for: .note) + ": " + description
                    + (n > 1 ? (language == .vi ? " (\(n) chỗ)" : " (\(n) places)") : "") + "\n"
            }
        }
        return out
    }

    /// The severity as the reader's language says it; the code in brackets stays as it is, so a
    /// Vietnamese line still reads `lỗi[L001]` and the code can be looked up with `tthc explain`.
    func word(_ severity: Severity) -> String {
        guard language == .vi else { return severity.rawValue }
        switch severity {
        case .error: return "lỗi"
        case .warning: return "cảnh báo"
        case .note: return "lưu ý"
        }
    }

    public func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        if language == .vi {
            return "Đã kiểm tra \(files) tệp: \(errors) lỗi, \(warnings) cảnh báo\(fixableSummary(diagnostics))\n"
        }
        return
            "\(English.count(files, "file")) checked: \(English.count(errors, "error")), \(English.count(warnings, "warning"))\(fixableSummary(diagnostics))\n"
    }

    private func excerpt(_ range: SourceRange, sources: [String: SourceText]) -> String {
        guard let source = sources[range.file], let window = ExcerptWindow(range, in: source) else { return "" }
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        let marker = "^" + String(repeating: "~", count: window.markerWidth - 1)
        return " \(number) | \(window.line)\n \(gutter) | \(window.pad)\(paint(marker, for: .error, plain: true))\n"
    }

    private func bold(_ text: String) -> String {
        useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func paint(_ text: String, for severity: Severity, plain: Bool = false) -> String {
        guard useColor else { return text }
        let code: String
        switch severity {
        case .error: code = plain ? "32" : "1;31"
        case .warning: code = "1;33"
        case .note: code = "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
