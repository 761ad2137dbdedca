import ArgumentParser
import CatalogLint
import Diagnostics
import Foundation

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, junit
}

/// What one `tthc lint` run reports, ready for any format.
struct LintReport {
    var diagnostics: [Diagnostic]
    var sources: [String: SourceText]
    /// Every file read, for JUnit's passing cases and the summary.
    var files: [String]
    var suppressed: Int
    var baselined: Int
    var language: LintLanguage
    var failOn: Severity

    /// The report with every file named relative to the working directory (see `PathDisplay`).
    func displayed() -> LintReport {
        let display = RunContext.current.pathDisplay
        var report = self
        let prepared = AutomaticFixes.prepare(diagnostics, sources: sources)
        report.diagnostics = display.apply(to: prepared)
        report.sources = display.apply(to: sources, quotedBy: prepared)
        report.files = files.map { display($0) }
        return report
    }

    func render(_ format: LintFormat, color: Bool) -> String {
        switch format {
        case .text:
            let reporter = TextReporter(
                useColor: color, language: language, automaticFixes: AutomaticFixes.labels(for: diagnostics))
            return reporter.render(diagnostics, sources: sources) + summary(reporter.fixableSummary(diagnostics))
        case .json:
            return JSONReporter().render(diagnostics, files: files.count)
        case .sarif:
            return SARIFReporter(
                version: TTHCVersion.string, informationUri: "https://github.com/tthc/tthc/blob/main/docs/lint.md"
            )
            .render(diagnostics, rules: Self.sarifRules(language))
        case .github:
            return GitHubActionsReporter().render(diagnostics)
        case .junit:
            return JUnitReporter(failOn: failOn).render(diagnostics, files: files)
        }
    }

    func summary(_ fixable: String = "") -> String {
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        let notes = diagnostics.count - errors - warnings
        var hidden: [String] = []
        switch language {
        case .en:
            if suppressed > 0 { hidden.append("\(suppressed) suppressed") }
            if baselined > 0 { hidden.append("\(baselined) in the baseline") }
            return
                "\(English.count(files.count, "file")) linted: \(English.count(errors, "error")), \(English.count(warnings, "warning")), \(English.count(notes, "note"))"
                + (hidden.isEmpty ? "" : " (\(hidden.joined(separator: ", ")))") + fixable + "\n"
        case .vi:
            if suppressed > 0 { hidden.append("\(suppressed) đã tắt bằng chú thích") }
            if baselined > 0 { hidden.append("\(baselined) có trong baseline") }
            return "Đã kiểm tra \(files.count) tệp: \(errors) lỗi, \(warnings) cảnh báo, \(notes) lưu ý"
                + (hidden.isEmpty ? "" : " (\(hidden.joined(separator: ", ")))") + fixable + "\n"
        }
    }

    /// SARIF rule metadata: every lint rule, then every check code.
    static func sarifRules(_ language: LintLanguage) -> [SARIFReporter.Rule] {
        RuleRegistry.descriptions.map { rule in
            SARIFReporter.Rule(
                id: rule.id, name: rule.name.text(language), shortDescription: rule.summary.text(language),
                fullDescription: rule.rationale.text(language), help: RuleDocument.explain(rule, language: language),
                level: rule.severity)
        } + DiagnosticCode.allCases.map { SARIFReporter.Rule(code: $0, language: language) }
    }
}

/// Where each requested format goes: each `--format` takes the `--output` that follows it
/// (before the next `--format`); without one it goes to standard output.
enum LintDestinations {
    static func pair(formats: [LintFormat], outputs: [String], arguments: [String]) throws -> [(LintFormat, String?)] {
        if formats.isEmpty {
            guard outputs.count <= 1 else {
                throw CommandFailure.usage(
                    CommandMessage.outputsWithoutFormat)
            }
            return [(.text, outputs.first)]
        }
        // The order of the options is only in the raw arguments.
        var sequence: [Bool] = []  // true: --format, false: --output
        for argument in arguments {
            if argument == "--" { break }
            if argument == "--format" || argument.hasPrefix("--format=") { sequence.append(true) }
            if argument == "--output" || argument.hasPrefix("--output=") { sequence.append(false) }
        }
        guard sequence.filter({ $0 }).count == formats.count, sequence.filter({ !$0 }).count == outputs.count else {
            // Arguments given programmatically: pair by position.
            return formats.enumerated().map { ($0.element, $0.offset < outputs.count ? outputs[$0.offset] : nil) }
        }
        var result: [(LintFormat, String?)] = []
        var f = 0
        var o = 0
        for isFormat in sequence {
            if isFormat {
                result.append((formats[f], nil))
                f += 1
            } else {
                guard let last = result.indices.last, result[last].1 == nil else {
                    throw CommandFailure.usage(
                        CommandMessage.outputWithoutFormat(outputs[o]))
                }
                result[last].1 = outputs[o]
                o += 1
            }
        }
        return result
    }
}
