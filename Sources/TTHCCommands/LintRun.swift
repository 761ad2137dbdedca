import ArgumentParser
import CatalogLint
import CatalogModel
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

    static func run(_ target: LintTarget, options: LintSession.Options) throws -> LintRun {
        let configPath =
            options.config.map(RunContext.current.path)
            ?? (target.root as NSString).appendingPathComponent(LintConfiguration.fileName)
        let shownConfig = RunContext.current.pathDisplay(configPath)
        if options.config != nil, !FileManager.default.fileExists(atPath: configPath) {
            throw CommandFailure.io(
                CommandMessage.cannotReadConfiguration(shownConfig))
        }
        let loaded = ConfigurationLoader(rules: RuleRegistry.descriptions).load(path: configPath)
        if !loaded.diagnostics.isEmpty {
            let sources =
                FileManager.default.contents(atPath: configPath).map {
                    [configPath: SourceText(path: configPath, bytes: [UInt8]($0))]
                } ?? [:]
            let display = RunContext.current.pathDisplay
            Console.err(
                TextReporter(useColor: false, language: options.language)
                    .render(
                        display.apply(to: loaded.diagnostics.localized(options.language)),
                        sources: display.apply(to: sources)))
            if loaded.diagnostics.hasErrors {
                Console.say(.invalidLintConfiguration(shownConfig), as: .error, in: options.language)
                throw ExitCode(2)
            }
        }
        let linter = Linter(configuration: loaded.configuration, language: options.language, today: options.today)
        let result = linter.lint(root: target.root)
        RunContext.current.keepUntilExit(result)
        try CatalogTarget.requireMatch(target, files: result.files, language: options.language)
        var diagnostics = result.diagnostics.filter { target.includes($0.range.file) }
        var files = result.catalog.sources.keys.filter(target.includes)
        var suppressed = result.suppressed.filter { target.includes($0.range.file) }
        if let ref = options.changedSince {
            let change = try CatalogChange.since(ref, root: target.root)
            defer { change.removeScratch() }
            if !change.touchesConfiguration(root: target.root) {
                diagnostics = Self.caused(by: change, diagnostics: diagnostics, in: result, linter: linter)
                let touched = change.changed.union(diagnostics.map(\.range.file))
                files = files.filter(touched.contains)
                suppressed = suppressed.filter { change.changed.contains($0.range.file) }
            }
        }
        return LintRun(
            target: target, configuration: loaded.configuration, result: result, diagnostics: diagnostics,
            files: files.sorted(), suppressed: suppressed.count)
    }

    /// What a change is answerable for: every finding in a file it changed, and every finding
    /// elsewhere that REF's catalog did not have (a renamed form breaking the procedures that cite
    /// it, a deleted procedure that another one calls). Cross-file checks therefore never pass a
    /// change that breaks another file; style findings in untouched files stay out.
    static func caused(by change: CatalogChange, diagnostics: [Diagnostic], in result: LintResult, linter: Linter)
        -> [Diagnostic]
    {
        let inChanged = diagnostics.filter { change.changed.contains($0.range.file) }
        let elsewhere = diagnostics.filter { !change.changed.contains($0.range.file) }
        guard let previousRoot = change.previousRoot else { return diagnostics }
        let previous = linter.lint(root: previousRoot)
        let known = Baseline(
            previous.diagnostics, sources: previous.catalog.sources, relativePath: previous.relativePath(of:))
        let fresh = known.new(elsewhere, sources: result.catalog.sources, relativePath: result.relativePath(of:)).new
        return (inChanged + fresh).sorted()
    }

    /// The safe fixes of the reported findings (`AutomaticFixes`).
    func fixes() -> [FixApplier.FixedFile] {
        let sources = result.catalog.sources
        return FixApplier.apply(
            AutomaticFixes.prepare(diagnostics, sources: sources), sources: sources, labels: AutomaticFixes.labels)
    }

    func baseline() -> Baseline {
        Baseline(diagnostics, sources: result.catalog.sources, relativePath: result.relativePath(of:))
    }

    /// Drops the findings the baseline knows; returns how many.
    mutating func subtract(_ known: Baseline) -> Int {
        let (fresh, count) = known.new(
            diagnostics, sources: result.catalog.sources, relativePath: result.relativePath(of:))
        diagnostics = fresh
        return count
    }
}
