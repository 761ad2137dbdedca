import Diagnostics
import Foundation

/// An inline suppression comment:
///
///     # tthc-lint: disable-next-line tone-mark-style, missing-english-name -- quoted from the decision
///     name: Thủ tục hoà giải   # tthc-lint: disable-line tone-mark-style -- official spelling
///
/// libyaml drops comments, so they are read from the source text by line; a `#` inside a
/// scalar is not a comment.
public struct Suppression: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        case nextLine = "disable-next-line"
        case line = "disable-line"
    }

    public struct Target: Sendable {
        public var id: String
        public var range: SourceRange
    }

    public var file: String
    public var scope: Scope?
    /// The whole comment, from `#` to the end of the line.
    public var range: SourceRange
    public var targets: [Target]
    /// Empty when the comment gives none (the mandatory `-- reason` is missing).
    public var reason: String
    /// The line whose findings it suppresses; nil when no line follows.
    public var line: Int?
    /// The directive as written, when it is not one of the scopes.
    public var directive: String

    public static let prefix = "tthc-lint:"

    /// Every suppression comment of a file.
    public static func parse(_ file: LintFile) -> [Suppression] {
        let source = file.source
        var result: [Suppression] = []
        // Most files have no suppression at all.
        guard contains(source.bytes, Array(prefix.utf8)) else { return [] }
        for line in 1...max(1, source.lineCount) {
            let bytes = source.lineBytes(line)
            guard bytes.count >= prefix.utf8.count, String(decoding: bytes, as: UTF8.self).contains(prefix) else {
                continue
            }
            // Everything after the first comment start is comment text.
            if let hash = commentStarts(in: bytes, file: file).first,
                let suppression = parseComment(file: file, line: line, hashOffset: hash, lineEnd: bytes.endIndex)
            {
                result.append(suppression)
            }
        }
        return result
    }

    /// Whether `needle` stands anywhere in `bytes`. memchr finds each place its middle byte
    /// stands (the `l` of `tthc-lint:`, rarer in a catalog than its first letters) at machine speed:
    /// a loop over every byte cost 32 M instructions a lint of the shipped catalog.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, bytes.count >= needle.count else { return false }
        let anchor = needle.count / 2
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
                // Where the anchor byte may stand: the needle must fit around it.
                var from = anchor
                let through = haystack.count - needle.count + anchor
                while from <= through, let found = memchr(base + from, Int32(needle[anchor]), through - from + 1) {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + at - anchor, wanted, needle.count) == 0 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }

    /// Offsets of `#` that start a comment: at the line start or after a blank, outside scalars.
    private static func commentStarts(in bytes: ArraySlice<UInt8>, file: LintFile) -> [Int] {
        var starts: [Int] = []
        for index in bytes.indices where bytes[index] == UInt8(ascii: "#") {
            let previous = index > bytes.startIndex ? bytes[index - 1] : UInt8(ascii: " ")
            guard previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t") else { continue }
            let insideScalar = file.scalars.contains {
                $0.range.start.offset <= index && index < $0.range.end.offset
            }
            if !insideScalar { starts.append(index) }
        }
        return starts
    }

    private static func parseComment(file: LintFile, line: Int, hashOffset: Int, lineEnd: Int) -> Suppression? {
        let source = file.source
        let bytes = Array(source.bytes[hashOffset..<lineEnd])
        let text = String(decoding: bytes, as: UTF8.self)
        let body = text.dropFirst().drop { $0 == " " }
        guard body.hasPrefix(prefix) else { return nil }
        // Byte offset (in the file) of a position inside `text`.
        func offset(_ index: String.Index) -> Int { hashOffset + text.utf8.distance(from: text.startIndex, to: index) }
        var rest = body.dropFirst(prefix.count)
        rest = rest.drop { $0 == " " }
        let directive = String(rest.prefix { $0 != " " })
        rest = rest.dropFirst(directive.count)
        var reason = ""
        var list = rest
        if let separator = rest.range(of: "--") {
            list = rest[..<separator.lowerBound]
            reason = rest[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        var targets: [Target] = []
        var cursor = list.startIndex
        while cursor < list.endIndex {
            let c = list[cursor]
            if c == " " || c == "," {
                cursor = list.index(after: cursor)
                continue
            }
            let end = list[cursor...].firstIndex { $0 == " " || $0 == "," } ?? list.endIndex
            targets.append(
                Target(id: String(list[cursor..<end]), range: source.range(fromOffset: offset(cursor), to: offset(end)))
            )
            cursor = end
        }
        let scope = Scope(rawValue: directive)
        var target: Int? = line
        if scope == .nextLine { target = nextContentLine(after: line, in: source) }
        return Suppression(
            file: file.path, scope: scope, range: source.range(fromOffset: hashOffset, to: lineEnd),
            targets: targets, reason: reason, line: target, directive: directive)
    }

    /// The next line that is neither blank nor only a comment, so stacked comments all apply to it.
    private static func nextContentLine(after line: Int, in source: SourceText) -> Int? {
        var next = line + 1
        while next <= source.lineCount {
            let trimmed = source.lineText(next).drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return next }
            next += 1
        }
        return nil
    }
}
