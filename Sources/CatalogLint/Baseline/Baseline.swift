import Diagnostics
import Foundation

/// The findings a legacy catalog already had when it adopted the linter, so CI fails only on new
/// ones. A finding is matched by its rule (or code), its file and a fingerprint of its line's
/// content, not by line number: edits above it do not make an old finding new.
public struct Baseline: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Hashable, Comparable {
        /// Rule id, or check code.
        public var rule: String
        /// Relative to the catalog root.
        public var file: String
        /// FNV-1a 64 of the rule and the line's text without surrounding or repeated spaces.
        public var fingerprint: String
        /// For people reading the file; not matched.
        public var message: String

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.file, a.rule, a.fingerprint, a.message) < (b.file, b.rule, b.fingerprint, b.message)
        }
    }

    public var version = 1
    public var findings: [Entry]

    public init(findings: [Entry]) {
        self.findings = findings.sorted()
    }

    /// `relativePath` turns a diagnostic's file into the path stored in the baseline.
    public init(_ diagnostics: [Diagnostic], sources: [String: SourceText], relativePath: (String) -> String) {
        self.init(findings: diagnostics.map { Self.entry($0, sources: sources, relativePath: relativePath) })
    }

    public static func entry(_ d: Diagnostic, sources: [String: SourceText], relativePath: (String) -> String) -> Entry
    {
        let line = sources[d.range.file]?.lineText(d.range.start.line) ?? ""
        let content = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        return Entry(
            rule: d.label, file: relativePath(d.range.file), fingerprint: fnv1a("\(d.label)\u{0}\(content)"),
            message: d.message)
    }

    /// The findings not in the baseline. Each baseline entry absorbs one finding, so a second
    /// identical finding on another line is new.
    public func new(_ diagnostics: [Diagnostic], sources: [String: SourceText], relativePath: (String) -> String) -> (
        new: [Diagnostic], known: Int
    ) {
        struct Key: Hashable {
            var rule: String
            var file: String
            var fingerprint: String
        }
        var remaining: [Key: Int] = [:]
        for entry in findings {
            remaining[Key(rule: entry.rule, file: entry.file, fingerprint: entry.fingerprint), default: 0] += 1
        }
        var fresh: [Diagnostic] = []
        var known = 0
        for d in diagnostics {
            let e = Self.entry(d, sources: sources, relativePath: relativePath)
            let key = Key(rule: e.rule, file: e.file, fingerprint: e.fingerprint)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                known += 1
            } else {
                fresh.append(d)
            }
        }
        return (fresh, known)
    }

    public func encoded() -> Data {
        Data(((try? ReportJSON.text(self)) ?? "\n").utf8)
    }

    public static func decode(_ data: Data) throws -> Baseline {
        try JSONDecoder().decode(Baseline.self, from: data)
    }

    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
