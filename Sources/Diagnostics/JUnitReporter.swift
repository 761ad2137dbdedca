/// Renders diagnostics as JUnit XML, which CI systems (GitLab, Jenkins, Azure) show as test
/// results: one test suite per file, one failing test case per finding at or above the threshold,
/// and one passing case for a file without such findings.
public struct JUnitReporter: Sendable {
    public var failOn: Severity

    public init(failOn: Severity = .error) {
        self.failOn = failOn
    }

    /// `files`: every file checked, so clean files show as passing.
    public func render(_ diagnostics: [Diagnostic], files: [String]) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for d in diagnostics { byFile[d.range.file, default: []].append(d) }
        let allFiles = Set(files).union(byFile.keys).sorted()
        let failures = diagnostics.filter { $0.severity >= failOn }.count
        let tests = allFiles.reduce(0) { $0 + max(1, byFile[$1]?.count ?? 0) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"tthc lint\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
        for file in allFiles {
            let found = byFile[file] ?? []
            let failed = found.filter { $0.severity >= failOn }.count
            out +=
                "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(max(1, found.count))\" failures=\"\(failed)\">\n"
            if found.isEmpty {
                out += "    <testcase name=\"\(Self.escape(file))\" classname=\"tthc.lint\"/>\n"
            }
            for d in found {
                let place = d.range.place
                out +=
                    "    <testcase name=\"\(Self.escape("\(d.label) at \(place)"))\" classname=\"tthc.lint.\(Self.escape(d.label))\">\n"
                let body = Self.escape("\(place): \(d.severity.rawValue)[\(d.label)]: \(d.message)")
                if d.severity >= failOn {
                    out +=
                        "      <failure type=\"\(Self.escape(d.label))\" message=\"\(Self.escape(d.message))\">\(body)</failure>\n"
                } else {
                    out += "      <system-out>\(body)</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            // Control characters are not allowed in XML 1.0.
            case _ where scalar.value < 0x20 && scalar != "\t": out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
