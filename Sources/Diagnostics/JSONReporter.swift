import Foundation

/// Renders diagnostics as one JSON document: a stable, versioned shape for tools.
public struct JSONReporter: Sendable {
    public init() {}

    struct Document: Encodable {
        var version = 1
        var summary: Summary
        var diagnostics: [Entry]
    }

    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
    }

    struct Entry: Encodable {
        var code: String
        var name: String
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var offset: Int
        var endOffset: Int
        var notes: [DiagnosticNote]
        var fixIts: [FixIt]
    }

    public func render(_ diagnostics: [Diagnostic], files: Int) -> String {
        let entries = diagnostics.map { d in
            Entry(
                code: d.label, name: d.name, severity: d.severity.rawValue, message: d.message,
                file: d.range.file, line: d.range.start.line, column: d.range.start.column,
                endLine: d.range.end.line, endColumn: d.range.end.column,
                offset: d.range.start.offset, endOffset: d.range.end.offset,
                notes: d.notes, fixIts: d.fixIts)
        }
        let document = Document(
            summary: Summary(files: files, errors: diagnostics.errorCount, warnings: diagnostics.warningCount),
            diagnostics: entries)
        return (try? ReportJSON.text(document)) ?? "{}\n"
    }
}
