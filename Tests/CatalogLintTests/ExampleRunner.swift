import CatalogLint
import Diagnostics
import Foundation
import TestSupport
import WorkCalendar

/// Lays a rule example over the base fixture catalog, lints it, and reports what the rule found
/// in the example's files.
struct ExampleRunner {
    /// A line of Vietnamese with multibyte letters put before each file's first line: a rule that
    /// confuses bytes with characters, or forgets the line index, reports the wrong place.
    static let multibytePrefix = "# Ghi chú: thủ tục hành chính — kiểm tra vị trí ở đầu tệp\n"

    struct Outcome {
        /// (relative file, line, column) of the rule's findings and of the markers.
        var found: [Position]
        var expected: [Position]
        /// Errors from the loader or compiler: an example must be a valid catalog.
        var checkErrors: [String]
        /// Findings whose byte offsets disagree with their line and column.
        var offsetMismatches: [String]
        /// Each example file after the rule's fixes, by relative path.
        var fixedTexts: [String: String]
        var findings: [Diagnostic]
    }

    /// `text` with a suppression comment, indented like its line, before each of `lines`.
    static func suppressed(_ text: String, lines: Set<Int>, rule: String) -> String {
        var out: [Substring] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if lines.contains(index + 1) {
                let indent = line.prefix { $0 == " " }
                out.append(Substring("\(indent)# tthc-lint: disable-next-line \(rule) -- the example's own finding"))
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    struct Position: Hashable, Comparable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        static func < (a: Position, b: Position) -> Bool { (a.file, a.line, a.column) < (b.file, b.line, b.column) }
        var description: String { "\(file):\(line):\(column)" }
    }

    /// `suppressing`: put `# tthc-lint: disable-next-line RULE -- …` before every marked line.
    static func run(
        _ example: RuleExample, rule: RuleDescription, prefixed: Bool, language: LintLanguage = .en,
        suppressing: Bool = false
    ) throws -> Outcome {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let prefix = prefixed ? multibytePrefix : ""
        var expected: [Position] = []
        for file in example.files {
            var (text, markers) = file.stripped
            if suppressing { text = suppressed(text, lines: Set(markers.map(\.line)), rule: rule.id) }
            try fixture.write(prefix + text, to: file.path)
            expected += markers.map { Position(file: file.path, line: $0.line + (prefixed ? 1 : 0), column: $0.column) }
        }
        var configuration = LintConfiguration()
        configuration.rules[rule.id] = .init(enabled: true, options: example.options)
        let linter = Linter(
            configuration: configuration, language: language, today: try CivilDate(parsing: example.today))
        let result = linter.lint(root: fixture.root.path)
        let root = fixture.root.path + "/"
        func relative(_ path: String) -> String { path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path }

        let exampleFiles = Set(example.files.map(\.path))
        let mine = result.diagnostics.filter {
            ($0.rule == rule.id || suppressing && $0.rule?.contains("suppression") == true)
                && exampleFiles.contains(relative($0.range.file))
        }
        let checkErrors = result.diagnostics.filter { $0.rule == nil && $0.severity == .error }.map {
            "\(relative($0.range.file)):\($0.range.start.line):\($0.range.start.column): \($0.label) \($0.message)"
        }
        var mismatches: [String] = []
        for d in mine {
            guard let source = result.catalog.sources[d.range.file] else { continue }
            for location in [d.range.start, d.range.end]
            where source.offset(line: location.line, column: location.column) != location.offset {
                mismatches.append(
                    "\(relative(d.range.file)):\(location.line):\(location.column) has offset \(location.offset), expected \(source.offset(line: location.line, column: location.column))"
                )
            }
        }
        var fixed: [String: String] = [:]
        for file in FixApplier.apply(mine, sources: result.catalog.sources, labels: [rule.id]) {
            fixed[relative(file.path)] = String(decoding: file.fixed, as: UTF8.self)
        }
        return Outcome(
            found: mine.map {
                Position(file: relative($0.range.file), line: $0.range.start.line, column: $0.range.start.column)
            }.sorted(),
            expected: expected.sorted(), checkErrors: checkErrors, offsetMismatches: mismatches,
            fixedTexts: fixed, findings: mine)
    }
}
