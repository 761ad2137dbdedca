import Foundation

/// A small catalog change that a rule must flag (at every `↓`) or must leave alone.
///
/// The files are laid over the base test catalog (same relative paths replace its files), the
/// whole linter runs, and the rule's findings must start exactly at the markers, no more, no
/// fewer. The same examples are printed by `tthc explain` and in docs/rules.md.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public struct File: Sendable {
        /// Relative to the catalog root, e.g. `procedures/commune/ho-tich/1.000001.yaml`.
        public var path: String
        /// YAML with `↓` markers.
        public var text: String
    }

    public var files: [File]
    /// Rule options for this example (`days: "30"`).
    public var options: [String: String] = [:]
    /// The date the example is linted on (rules that look at expiry use it).
    public var today: String = RuleExample.defaultToday
    public static let defaultToday = "2026-06-01"
    /// What each fixed file must read after `--fix` (markers removed), by path.
    public var fixed: [String: String] = [:]

    public init(file path: String, _ text: String) {
        files = [File(path: path, text: text)]
    }

    /// A procedure file, placed where its `code`, `level` and `field` lines say it belongs.
    public static func procedure(_ text: String) -> RuleExample {
        RuleExample(file: procedurePath(of: text), text)
    }

    /// The standard example procedure (`StandardProcedure`) with the lines an example is about changed.
    /// Several sets of changes apply in order (a rule's shared changes, then the example's own).
    /// `comments`: a comment line to put before a key's line (a suppression, say).
    /// `marking`: the key whose line the finding starts at (`↓code: …`).
    public static func procedure(
        changing changes: KeyValuePairs<String, String?>..., comments: [String: String] = [:],
        marking: String? = nil
    ) -> RuleExample {
        procedure(StandardProcedure.text(changing: changes, comments: comments, marking: marking))
    }

    /// The standard example procedure filed in person only (`StandardProcedure.inPerson`: the
    /// standard one is also online, which most rules' examples are not about), then `changes`.
    public static func inPerson(
        changing changes: KeyValuePairs<String, String?>..., comments: [String: String] = [:],
        marking: String? = nil
    ) -> RuleExample {
        procedure(
            StandardProcedure.text(
                changing: [StandardProcedure.inPerson] + changes, comments: comments, marking: marking))
    }

    /// Adds another file to the example.
    public func and(file path: String, _ text: String) -> RuleExample {
        var copy = self
        copy.files.append(File(path: path, text: text))
        return copy
    }

    public func and(procedure text: String) -> RuleExample {
        and(file: Self.procedurePath(of: text), text)
    }

    public func and(procedureChanging changes: KeyValuePairs<String, String?>...) -> RuleExample {
        and(procedure: StandardProcedure.text(changing: changes))
    }

    public func with(_ option: String, _ value: String) -> RuleExample {
        var copy = self
        copy.options[option] = value
        return copy
    }

    public func on(_ date: String) -> RuleExample {
        var copy = self
        copy.today = date
        return copy
    }

    /// The first file's text after the rule's safe fixes are applied.
    public func fixed(_ text: String) -> RuleExample {
        var copy = self
        copy.fixed[files[0].path] = text
        return copy
    }

    /// `procedures/<level>/<field>/<code>.yaml` read from the text's top-level lines.
    static func procedurePath(of text: String) -> String {
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            for key in ["code", "level", "field"] where line.hasPrefix("\(key): ") {
                var value = line.dropFirst(key.count + 2).filter { $0 != Self.marker && $0 != "\"" && $0 != "'" }
                if let hash = value.firstIndex(of: "#") { value = String(value[..<hash]) }
                values[key] = value.trimmingCharacters(in: .whitespaces)
            }
        }
        return
            "procedures/\(values["level"] ?? "commune")/\(values["field"] ?? "ho-tich")/\(values["code"] ?? "1.000001").yaml"
    }
}

extension RuleExample.File {
    /// The text without markers, and each marker's 1-based line and code-point column.
    public var stripped: (text: String, markers: [(line: Int, column: Int)]) {
        var out = ""
        var markers: [(Int, Int)] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == RuleExample.marker {
                markers.append((line, column))
                continue
            }
            out.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (out, markers)
    }
}
