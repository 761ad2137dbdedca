import Foundation
import Testing

@testable import Diagnostics

/// A range keeps its file as a number (`SourcePaths`); what a user sees of it must not change:
/// the path, the order of diagnostics, equality and the JSON a range writes.
struct SourceRangeTests {
    let origin = SourceLocation(line: 1, column: 1, offset: 0)

    @Test func thePathComesBackAsWritten() {
        let path = "Catalog/procedures/commune/ho-tich/1.001193.yaml"
        #expect(SourceRange(file: path, start: origin, end: origin).file == path)
        #expect(SourceRange.wholeFile("Thủ tục/giấy tờ.yaml").file == "Thủ tục/giấy tờ.yaml")
    }

    @Test func rangesSortByPathTextNotByNumber() {
        // Numbered in the opposite order to their text.
        let later = SourceRange(file: "test-sort/z.yaml", start: origin, end: origin)
        let earlier = SourceRange(file: "test-sort/a.yaml", start: origin, end: origin)
        #expect(earlier < later)
        #expect(!(later < earlier))
        let second = SourceLocation(line: 2, column: 1, offset: 10)
        #expect(
            SourceRange(file: "test-sort/z.yaml", start: origin, end: origin)
                < SourceRange(file: "test-sort/z.yaml", start: second, end: second))
    }

    @Test func theSamePathIsTheSameRange() {
        let a = SourceRange(file: "same/" + "x.yaml", start: origin, end: origin)
        let b = SourceRange(file: "same/x.yaml", start: origin, end: origin)
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        var moved = a
        moved.file = "same/y.yaml"
        #expect(moved != a && moved.file == "same/y.yaml")
    }

    @Test func jsonIsWhatItWas() throws {
        let range = SourceRange(
            file: "a.yaml", start: SourceLocation(line: 2, column: 3, offset: 4),
            end: SourceLocation(line: 5, column: 6, offset: 7))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(range), as: UTF8.self)
        #expect(
            json
                == #"{"end":{"column":6,"line":5,"offset":7},"file":"a.yaml","start":{"column":3,"line":2,"offset":4}}"#
        )
        #expect(try JSONDecoder().decode(SourceRange.self, from: Data(json.utf8)) == range)
    }

    @Test func pathsAreNumberedSafelyFromManyThreads() async {
        let paths = (0..<200).map { "threads/\($0).yaml" }
        let numbers = await withTaskGroup(of: [SourcePaths.Number].self) { group in
            for _ in 0..<8 { group.addTask { paths.map { SourcePaths.shared.number($0) } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(numbers.map { $0 }).count == 1, "every thread got the same numbers")
        #expect(Set(numbers[0]).count == paths.count)
        #expect(numbers[0].map { SourcePaths.shared.path($0) } == paths)
    }
}
