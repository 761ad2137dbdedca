import Foundation

/// A fixture file given as the lines that differ from the base catalog's file of the same path:
/// `FILE.yaml.diff`, a unified diff (`diff -U1 base/FILE.yaml case/FILE.yaml`). A case then holds
/// only what it changes, and a base edit that the case depends on fails loudly, naming the line.
public struct FixturePatch {
    public struct Mismatch: Error, CustomStringConvertible {
        let patch: String
        let line: Int
        let expected: String
        let found: String
        public var description: String {
            "\(patch): line \(line) of the base is \"\(found)\", the patch expects \"\(expected)\"; update the patch"
        }
    }

    let name: String
    let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// `base` with the hunks applied; every context and removed line must match the base.
    public func apply(to base: String) throws -> String {
        let source = Self.lines(base)
        var output: [Substring] = []
        var next = 0
        let patchLines = Self.lines(text)
        var k = patchLines.firstIndex { $0.hasPrefix("@@") } ?? patchLines.endIndex
        while k < patchLines.endIndex {
            let (start, count) = try Self.oldRange(patchLines[k], patch: name)
            k += 1
            let first = count == 0 ? start : start - 1
            guard first >= next, first <= source.count else {
                throw Mismatch(patch: name, line: start, expected: "a hunk in order", found: "overlapping hunks")
            }
            output += source[next..<first]
            next = first
            while k < patchLines.endIndex, !patchLines[k].hasPrefix("@@") {
                let line = patchLines[k]
                k += 1
                guard let tag = line.first else { continue }
                let body = line.dropFirst()
                switch tag {
                case " ", "-":
                    guard next < source.count, source[next] == body else {
                        throw Mismatch(
                            patch: name, line: next + 1, expected: String(body.dropLast()),
                            found: next < source.count ? String(source[next].dropLast()) : "the end of the file")
                    }
                    if tag == " " { output.append(body) }
                    next += 1
                case "+": output.append(body)
                default: continue
                }
            }
        }
        output += source[next...]
        return output.joined()
    }

    /// Lines with their line ends kept.
    private static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        for i in text.indices where text[i] == "\n" {
            result.append(text[start...i])
            start = text.index(after: i)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// `@@ -START,COUNT +… @@`: the hunk's place in the base.
    private static func oldRange(_ header: Substring, patch: String) throws -> (Int, Int) {
        let old = header.split(separator: " ").first { $0.hasPrefix("-") }?.dropFirst() ?? ""
        let parts = old.split(separator: ",")
        guard let start = parts.first.flatMap({ Int($0) }) else {
            throw Mismatch(patch: patch, line: 0, expected: "@@ -START,COUNT", found: String(header))
        }
        return (start, parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }
}
