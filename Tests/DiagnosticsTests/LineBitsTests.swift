import Testing

@testable import Diagnostics

/// A file's "is this line ASCII" bits read back as they were set, across word boundaries.
struct LineBitsTests {
    @Test(arguments: [0, 1, 63, 64, 65, 128, 200])
    func everyBitReadsBackAsSet(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let bits = (0..<count).map { _ in Bool.random(using: &generator) }
        var packed = LineBits(capacity: bits.count)
        for bit in bits { packed.append(bit) }
        #expect(packed.count == count)
        #expect((0..<count).map { packed[$0] } == bits)
    }

    @Test func positionsOnLinesPastTheFirstWordUseTheirOwnBit() {
        // Line 70 is the only non-ASCII line: its columns count code points, the others bytes.
        var lines = Array(repeating: "abc", count: 80)
        lines[69] = "ệệc"
        let source = SourceText(path: "t.yaml", bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(source.offset(line: 70, column: 3) == source.lineStart(69) + 6)
        #expect(source.offset(line: 71, column: 3) == source.lineStart(70) + 2)
        #expect(source.location(ofOffset: source.lineStart(69) + 6).column == 3)
    }
}
