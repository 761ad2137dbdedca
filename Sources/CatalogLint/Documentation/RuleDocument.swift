/// Renders rules for people: `tthc explain RULE`, `tthc rules` and docs/rules.md all come from
/// the rules' descriptions and examples, so they cannot drift from what the linter does.
public enum RuleDocument {
    /// `tthc explain RULE`: name, summary, rationale, options, and the examples with their markers.
    public static func explain(_ rule: RuleDescription, language: LintLanguage) -> String {
        let vi = language == .vi
        var out = "\(rule.id): \(rule.name.text(language))\n\n"
        out += "\(vi ? "Mức độ mặc định" : "Default severity"): \(rule.severity.rawValue)"
        out +=
            rule.enabledByDefault
            ? "" : (vi ? " (chỉ chạy khi bật trong cấu hình)" : " (runs only when configuration enables it)")
        out += rule.fixable ? (vi ? "; sửa được bằng --fix" : "; fixable with --fix") : ""
        out += "\n\(vi ? "Nhóm" : "Category"): \(rule.category.title.text(language))\n\n"
        out += wrap(rule.summary.text(language)) + "\n\n" + wrap(rule.rationale.text(language)) + "\n"
        if !rule.options.isEmpty {
            out += "\n\(vi ? "Tùy chọn" : "Options") (.tthc-lint.yml):\n"
            for option in rule.options {
                out += "  \(option.name): \(option.defaultValue)  — \(option.summary.text(language))\n"
            }
        }
        out += "\n\(vi ? "Ví dụ bị báo (↓ đánh dấu vị trí)" : "Triggering examples (↓ marks the position)"):\n"
        for example in rule.triggering { out += render(example, language: language) }
        out += "\n\(vi ? "Ví dụ không bị báo" : "Non-triggering examples"):\n"
        for example in rule.nonTriggering { out += render(example, language: language) }
        return out
    }

    /// One line per rule for `tthc rules`.
    public static func list(_ rules: [RuleDescription], language: LintLanguage) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        var out = ""
        for category in RuleCategory.allCases {
            let members = rules.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            out += "\(category.title.text(language)):\n"
            for rule in members {
                let flags = [
                    rule.fixable ? "fix" : nil, rule.enabledByDefault ? nil : (language == .vi ? "tùy chọn" : "opt-in"),
                ].compactMap { $0 }
                let padded = rule.id + String(repeating: " ", count: width - rule.id.count)
                out +=
                    "  \(padded)  \(rule.severity.rawValue.padding(7))  \(rule.summary.text(language))\(flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]")\n"
            }
        }
        return out
    }

    /// docs/rules.md: every rule with its rationale in both languages and its examples.
    public static func markdown(_ rules: [RuleDescription]) -> String {
        var out = """
            # Lint rules

            Every rule `tthc lint` runs, generated from the rules' words (`Sources/CatalogLint/Documentation/rules.yaml`)
            and their examples (`Sources/CatalogLint/Rules/`); `TTHC_UPDATE_GOLDEN=1 swift test` rewrites this file. The examples
            are the rules' tests: each is laid over a small test catalog and the rule must report exactly at
            the `↓` markers (and nothing in a non-triggering example). How to run, configure and suppress:
            [lint.md](lint.md).

            | rule | category | default severity | fix | summary |
            | --- | --- | --- | --- | --- |

            """
        for rule in rules {
            out +=
                "| [`\(rule.id)`](#\(rule.id)) | \(rule.category.rawValue) | \(rule.severity.rawValue)\(rule.enabledByDefault ? "" : " (opt-in)") | \(rule.fixable ? "yes" : "") | \(rule.summary.en.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        for rule in rules {
            out += "\n## \(rule.id)\n\n**\(rule.name.en)** — *\(rule.name.vi)*\n\n"
            out += "Category: \(rule.category.title.en). Default severity: \(rule.severity.rawValue)."
            out += rule.fixable ? " `--fix` applies its fix." : ""
            out += rule.enabledByDefault ? "" : " Opt-in: enable it in `.tthc-lint.yml`."
            out += "\n\n\(rule.summary.en)\n\n\(rule.rationale.en)\n\n> \(rule.summary.vi)\n>\n> \(rule.rationale.vi)\n"
            if !rule.options.isEmpty {
                out += "\n| option | default | meaning |\n| --- | --- | --- |\n"
                for option in rule.options {
                    out += "| `\(option.name)` | `\(option.defaultValue)` | \(option.summary.en) |\n"
                }
            }
            out += "\n### Triggering\n\n"
            for example in rule.triggering { out += markdown(example) }
            out += "\n### Not triggering\n\n"
            for example in rule.nonTriggering { out += markdown(example) }
        }
        return out
    }

    private static func render(_ example: RuleExample, language: LintLanguage) -> String {
        var out = ""
        for file in example.files {
            out += "\n  # \(file.path)\(settings(example))\n"
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) { out += "  \(line)\n" }
        }
        return out
    }

    private static func markdown(_ example: RuleExample) -> String {
        var out = ""
        for file in example.files {
            out +=
                "`\(file.path)`\(settings(example))\n\n```yaml\n\(file.text.hasSuffix("\n") ? file.text : file.text + "\n")```\n\n"
        }
        return out
    }

    /// Options and date an example runs with, when they differ from the defaults.
    private static func settings(_ example: RuleExample) -> String {
        var parts = example.options.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if example.today != RuleExample.defaultToday { parts.append("today: \(example.today)") }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }

    /// Plain text wrapped at 100 columns for the terminal.
    static func wrap(_ text: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
