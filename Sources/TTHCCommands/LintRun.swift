import ArgumentParser
import CatalogLint
import Diagnostics
import Foundation
import WorkCalendar

/// One catalog linted for `tthc lint`: its configuration, the linter's result, and the findings
/// left after the PATH and --changed-since filters.
struct LintRun {
    var target: LintTarget
    var configuration: LintConfiguration
    var result: LintResult
    var diagnostics: [Diagnostic]
    /// The files reported on.
    var files: [String]
    /// How many findings in those files suppression comments silenced.
    var suppressed: Int

    static func run(_ target: LintTarget, command: LintCommand, today: CivilDate) throws -> LintRun {
        let configPath = command.config ?? (target.root as NSString).appendingPathComponent(LintConfiguration.fileName)
        if command.config != nil, !FileManager.default.fileExists(atPath: configPath) {
            throw CommandFailure.io("cannot read the configuration \(configPath)")
        }
        let loaded = ConfigurationLoader(rules: RuleRegistry.descriptions).load(path: configPath)
        if !loaded.diagnostics.isEmpty {
            let sources = FileManager.default.contents(atPath: configPath).map { [configPath: SourceText(path: configPath, bytes: [UInt8]($0))] } ?? [:]
            Console.err(TextReporter(useColor: false, language: command.language).render(loaded.diagnostics.localized(command.language), sources: sources))
            if loaded.diagnostics.hasErrors {
                Console.err(command.language == .vi
                    ? "tthc: lỗi: cấu hình lint \(configPath) không hợp lệ\n"
                    : "tthc: error: the lint configuration \(configPath) is invalid\n")
                throw ExitCode(2)
            }
        }
        let result = Linter(configuration: loaded.configuration, language: command.language, today: today).lint(root: target.root)
        var changed: Set<String>?
        if let ref = command.changedSince {
            changed = try ChangedFiles.since(ref, in: target.root)
        }
        func wanted(_ path: String) -> Bool {
            target.includes(path) && (changed.map { $0.contains(ChangedFiles.canonical(path)) } ?? true)
        }
        let diagnostics = result.diagnostics.filter { wanted($0.range.file) }
        let files = result.catalog.sources.keys.filter(wanted).sorted()
        return LintRun(target: target, configuration: loaded.configuration, result: result, diagnostics: diagnostics, files: files,
                       suppressed: result.suppressed.filter { wanted($0.range.file) }.count)
    }

    /// The safe fixes of the reported findings.
    func fixes() -> [FixApplier.FixedFile] {
        let fixable = Set(RuleRegistry.descriptions.filter(\.fixable).map(\.id))
        return FixApplier.apply(diagnostics, sources: result.catalog.sources, rules: fixable)
    }

    func baseline() -> Baseline {
        Baseline(diagnostics, sources: result.catalog.sources, relativePath: result.relativePath(of:))
    }

    /// Drops the findings the baseline knows; returns how many.
    mutating func subtract(_ known: Baseline) -> Int {
        let (fresh, count) = known.new(diagnostics, sources: result.catalog.sources, relativePath: result.relativePath(of:))
        diagnostics = fresh
        return count
    }
}
