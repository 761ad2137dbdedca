import Foundation

/// The packed artifact (`tthc compile`'s default): opened by the procedure, so a case command
/// reads and hashes the index, the header and the procedures it runs, not the whole catalog.
///
/// Layout (integers are little-endian UInt32):
///
///     magic      8 bytes  89 54 54 48 43 0D 0A 1A  ("\x89TTHC\r\n\x1A": a text transfer that
///                         changes line ends or stops at ^Z breaks it visibly)
///     hash      32 bytes  SHA-256 of the index: the content hash
///     length     4        the index's length
///     index               format version; header length, header SHA-256; procedure count; per
///                         procedure sorted by code: code, length, SHA-256, calls (space-separated)
///                         — texts are a length and UTF-8
///     parts               the header, then each procedure in index order, back to back, to the end
///
/// Offsets follow from the lengths, so an index cannot point outside its file or at another part.
public struct ArtifactPack: Sendable {
    public static let magic: [UInt8] = [0x89, 0x54, 0x54, 0x48, 0x43, 0x0D, 0x0A, 0x1A]

    public struct Entry: Sendable {
        public let code: String
        public let calls: [String]
        let range: Range<Int>
        let digest: [UInt8]
    }

    public let contentHash: String
    public let formatVersion: Int
    /// Procedures by code, and their codes in order.
    public let codes: [String]
    private let entries: [String: Entry]
    private let header: Range<Int>
    private let headerDigest: [UInt8]
    private let data: Data

    public static func encode(_ artifact: CompiledCatalog) throws -> [UInt8] {
        try encode(ArtifactParts(artifact))
    }

    public static func encode(_ parts: ArtifactParts) -> [UInt8] {
        let index = parts.index
        var out = magic + SHA256.digest(index)
        var writer = ArtifactParts.IndexWriter()
        writer.u32(UInt32(index.count))
        out += writer.bytes + index + parts.header
        for entry in parts.procedures { out += entry.bytes }
        return out
    }

    public static func isPacked(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: magic)
    }

    /// Reads the index and checks it against the recorded hash; parts are checked as they are read.
    public init(_ data: Data) throws(ArtifactCodec.DecodeError) {
        // The index is read from an array, not through `Data`'s slices: it is thousands of reads.
        // Offsets count from 0, also when the caller's `Data` is a slice of a larger one.
        let bytes = [UInt8](data)
        self.data = data.startIndex == 0 ? data : Data(bytes)
        let data = bytes
        var reader = Reader(data: data, position: 0)
        guard (try? reader.raw(8)) == Self.magic else {
            throw .malformed(
                "it does not begin as a packed tthc artifact; write one with `tthc compile Catalog -o FILE`")
        }
        let recorded = try reader.raw(32, what: "the recorded hash")
        let indexLength = try reader.count(what: "the index length")
        let indexStart = reader.position
        let version = Int(try reader.u32(what: "the format version"))
        guard version == CompiledCatalog.currentFormatVersion else { throw .unsupportedVersion(version) }
        formatVersion = version
        let headerLength = try reader.count(what: "the header length")
        headerDigest = try reader.raw(32, what: "the header's SHA-256")
        let count = try reader.count(what: "the procedure count")
        var entries: [String: Entry] = [:]
        var codes: [String] = []
        var lengths: [Int] = []
        for _ in 0..<count {
            let code = try reader.text(what: "a procedure code")
            let length = try reader.count(what: "the length of procedure \(code)")
            let digest = try reader.raw(32, what: "the SHA-256 of procedure \(code)")
            let calls = try reader.text(what: "the calls of procedure \(code)")
            guard codes.last.map({ $0 < code }) ?? true else {
                throw .malformed("the index is not sorted by code (at \(code))")
            }
            codes.append(code)
            lengths.append(length)
            entries[code] = Entry(
                code: code, calls: calls.split(separator: " ").map(String.init), range: 0..<0, digest: digest)
        }
        guard reader.position - indexStart == indexLength else {
            throw .malformed("the index is \(reader.position - indexStart) bytes, not the \(indexLength) it records")
        }
        let index = Array(data[indexStart..<reader.position])
        let actual = SHA256.digest(index)
        guard actual == recorded else {
            throw .hashMismatch(recorded: "sha256:" + SHA256.hex(digest: recorded), actual: SHA256.hex(digest: actual))
        }
        contentHash = "sha256:" + SHA256.hex(digest: actual)
        var position = reader.position
        func take(_ length: Int) throws(ArtifactCodec.DecodeError) -> Range<Int> {
            guard length <= data.endIndex - position else {
                throw .malformed("it is cut short: its parts end before the index says")
            }
            defer { position += length }
            return position..<(position + length)
        }
        header = try take(headerLength)
        for (code, length) in zip(codes, lengths) {
            let range = try take(length)
            entries[code] = Entry(code: code, calls: entries[code]!.calls, range: range, digest: entries[code]!.digest)
        }
        guard position == data.endIndex else {
            throw .malformed("data follows its last part (\(data.endIndex - position) bytes)")
        }
        self.entries = entries
        self.codes = codes
    }

    public func entry(_ code: String) -> Entry? { entries[code] }

    /// The header, checked: the catalog without its procedures.
    public func headerBytes() throws(ArtifactCodec.DecodeError) -> [UInt8] {
        try checked(header, digest: headerDigest, part: "its header")
    }

    /// A procedure's part, checked; nil when the artifact has no such procedure.
    public func procedureBytes(_ code: String) throws(ArtifactCodec.DecodeError) -> [UInt8]? {
        guard let entry = entries[code] else { return nil }
        return try checked(entry.range, digest: entry.digest, part: "procedure \(code)")
    }

    /// The artifact with the procedures `codes` and every procedure they call, directly or not
    /// (what a case on them can reach); every procedure when `codes` is nil.
    public func artifact(covering codes: Set<String>? = nil) throws(ArtifactCodec.DecodeError) -> CompiledCatalog {
        var artifact: CompiledCatalog = try ArtifactParts.decode(headerBytes(), part: "its header")
        artifact.contentHash = contentHash
        var wanted = codes ?? Set(self.codes)
        var queue = Array(wanted)
        var found: [CompiledProcedure] = []
        while let code = queue.popLast() {
            guard let bytes = try procedureBytes(code) else { continue }
            let procedure: CompiledProcedure = try ArtifactParts.decode(bytes, part: "procedure \(code)")
            guard procedure.code == code else {
                throw .malformed("procedure \(code): its part holds procedure \(procedure.code)")
            }
            found.append(procedure)
            for callee in entries[code]!.calls where !wanted.contains(callee) {
                wanted.insert(callee)
                queue.append(callee)
            }
        }
        artifact.procedures = found.sorted { $0.code < $1.code }
        return artifact
    }

    /// Every part, checked, to be stored as they are (the case store's rows).
    public func parts() throws(ArtifactCodec.DecodeError) -> ArtifactParts {
        ArtifactParts(
            header: try headerBytes(), headerDigest: headerDigest,
            procedures: try codes.map { code throws(ArtifactCodec.DecodeError) in
                let entry = entries[code]!
                return ArtifactParts.Entry(
                    code: code, calls: entry.calls,
                    bytes: try checked(entry.range, digest: entry.digest, part: "procedure \(code)"),
                    digest: entry.digest)
            })
    }

    private func checked(_ range: Range<Int>, digest: [UInt8], part: String) throws(ArtifactCodec.DecodeError)
        -> [UInt8]
    {
        let bytes = [UInt8](data[range])
        guard SHA256.digest(bytes) == digest else {
            throw .malformed(
                "\(part) does not match its SHA-256 in the index; the file was changed or damaged — compile the catalog again"
            )
        }
        return bytes
    }

    /// Reads the index, every read bounded by the file. `what` names the read for a message and
    /// is put into words only when one is needed: the index has thousands of reads.
    private struct Reader {
        let data: [UInt8]
        var position: Int

        mutating func raw(_ count: Int, what: @autoclosure () -> String = "the magic") throws(ArtifactCodec.DecodeError)
            -> [UInt8]
        {
            guard count <= data.endIndex - position else { throw .malformed("it is cut short in \(what())") }
            defer { position += count }
            return Array(data[position..<(position + count)])
        }

        mutating func u32(what: @autoclosure () -> String) throws(ArtifactCodec.DecodeError) -> UInt32 {
            guard 4 <= data.endIndex - position else { throw .malformed("it is cut short in \(what())") }
            defer { position += 4 }
            return (0..<4).reversed().reduce(0) { $0 << 8 | UInt32(data[position + $1]) }
        }

        /// A length or count, which can never exceed the bytes left in the file.
        mutating func count(what: @autoclosure () -> String) throws(ArtifactCodec.DecodeError) -> Int {
            let value = Int(try u32(what: what()))
            guard value <= data.endIndex - position else {
                throw .malformed("\(what()) (\(value)) is more than the file holds")
            }
            return value
        }

        mutating func text(what: @autoclosure () -> String) throws(ArtifactCodec.DecodeError) -> String {
            let bytes = try raw(try count(what: what()), what: what())
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw .malformed("\(what()) is not UTF-8")
            }
            return text
        }
    }
}
