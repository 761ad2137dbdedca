/// Renders docs/diagnostics.md from the code registry, so the docs list every code and
/// cannot drift (a test compares the file with this).
public enum DiagnosticsCatalogDocument {
    public static func markdown() -> String {
        var out = """
            # Diagnostics

            Every problem tthc reports has a stable code. The letter says the stage: **F** files, **Y** reading
            YAML, **L** loading the typed catalog, **R** resolving references, **C** compiling workflows, **T** dated values and versions. Text output looks like

            ```
            Catalog/procedures/commune/ho-tich/1.001193.yaml:3:1: error[L001]: unknown key "nmae" in a procedure; did you mean "name"? ...
             3 | nmae: Thủ tục đăng ký khai sinh
               | ^~~~
            ```

            Columns count characters (Unicode code points), as editors show them; the JSON output also gives
            byte offsets. This file is generated from `Sources/Diagnostics/DiagnosticCode.swift`
            (`TTHC_UPDATE_GOLDEN=1 swift test` rewrites it). A lint rule's finding shows the rule's id in
            the brackets instead of a code (`warning[tone-mark-style]`); docs/lint.md lists the rules.

            To add a code: a `case` in `DiagnosticCode` and its row in `DiagnosticCode.entry` (name,
            default severity, explanation in English and Vietnamese) — the compiler refuses a case without
            a row — and a message type in the stage's messages file (`ReaderMessages.swift`,
            `CompilerMessages.swift`, …) that says it in both languages.

            | code | name | default severity | meaning and what to do |
            | --- | --- | --- | --- |

            """
        for code in DiagnosticCode.allCases {
            out +=
                "| \(code.rawValue) | `\(code.name)` | \(code.defaultSeverity.rawValue) | \(code.explanation.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return out
    }
}
