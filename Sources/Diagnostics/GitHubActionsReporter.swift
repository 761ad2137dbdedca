/// Renders diagnostics as GitHub Actions workflow commands, which the Actions runner turns into
/// annotations on the pull request's files:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
public struct GitHubActionsReporter: Sendable {
    public init() {}

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            let r = d.range
            var properties = ["file=\(Self.property(r.file))", "line=\(r.start.line)", "col=\(r.start.column)"]
            if let end = r.reportedEnd {
                properties += ["endLine=\(end.line)", "endColumn=\(end.column)"]
            }
            properties.append("title=\(Self.property(d.label))")
            var message = d.message
            for note in d.notes {
                let place = note.range.map { $0.place + ": " } ?? ""
                message += "\nnote: \(place)\(note.message)"
            }
            out += "::\(Self.command(d.severity)) \(properties.joined(separator: ","))::\(Self.data(message))\n"
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The runner's escaping of a message; other control and bidi characters as visible escapes.
    static func data(_ text: String) -> String {
        VisibleText.neutralised(text, keeping: ["\r", "\n"]).replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape the separators `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
