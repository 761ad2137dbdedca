import Foundation

/// The artifact cut into the parts a reader takes one at a time: the header (the catalog without
/// its procedures: jurisdiction, working time, calendar, units, communes) and one part per
/// procedure, each compact JSON with sorted keys. The index lists every part with its length and
/// SHA-256 (and the codes a procedure calls); the content hash is SHA-256 of the index, so it
/// covers every byte of every part while a reader hashes only the parts it opens.
///
/// Both forms of the artifact carry this hash: the packed file (`ArtifactPack`) and the JSON for
/// people and tools (`ArtifactCodec`). The case store keeps the same parts as its rows.
public struct ArtifactParts: Sendable {
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var calls: [String]
        public var bytes: [UInt8]
        public var digest: [UInt8]
    }

    public var header: [UInt8]
    public var headerDigest: [UInt8]
    /// Sorted by code.
    public var procedures: [Entry]

    init(header: [UInt8], headerDigest: [UInt8], procedures: [Entry]) {
        self.header = header
        self.headerDigest = headerDigest
        self.procedures = procedures
    }

    public init(_ artifact: CompiledCatalog) throws {
        var header = artifact
        header.contentHash = ""
        header.procedures = []
        self.header = try Self.bytes(header)
        headerDigest = SHA256.digest(self.header)
        procedures = try artifact.procedures.sorted { $0.code < $1.code }.map { procedure in
            let bytes = try Self.bytes(procedure)
            return Entry(code: procedure.code, calls: procedure.calls, bytes: bytes, digest: SHA256.digest(bytes))
        }
    }

    /// The index as packed (`ArtifactPack` documents the layout).
    public var index: [UInt8] {
        var out = IndexWriter()
        out.u32(UInt32(CompiledCatalog.currentFormatVersion))
        out.u32(UInt32(header.count))
        out.raw(headerDigest)
        out.u32(UInt32(procedures.count))
        for entry in procedures {
            out.text(entry.code)
            out.u32(UInt32(entry.bytes.count))
            out.raw(entry.digest)
            out.text(entry.calls.joined(separator: " "))
        }
        return out.bytes
    }

    /// "sha256:" and the hex SHA-256 of the index.
    public var contentHash: String { ArtifactParts.contentHash(ofIndex: index) }

    static func contentHash(ofIndex index: [UInt8]) -> String { "sha256:" + SHA256.hex(index) }

    /// A part's bytes: compact JSON, sorted keys (the same value always gives the same bytes).
    static func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// The format version a stored header declares (nil when it declares none readable): read
    /// before anything else, so a store's older artifact is refused by its version, in words.
    public static func formatVersion(ofHeader bytes: [UInt8]) -> Int? {
        try? JSONDecoder().decode(FormatVersionField.self, from: Data(bytes)).formatVersion
    }

    /// A part read back, a failure said by part and place ("procedure 1.001193: graph.start is missing").
    public static func decode<T: Decodable>(_ bytes: [UInt8], part: String) throws(ArtifactCodec.DecodeError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw .malformed("\(part): \(ArtifactCodec.describe(error))")
        } catch {
            throw .malformed("\(part): \(error)")
        }
    }

    struct IndexWriter {
        var bytes: [UInt8] = []

        mutating func u32(_ value: UInt32) {
            for shift in stride(from: 0, to: 32, by: 8) {
                bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
            }
        }

        mutating func raw(_ value: [UInt8]) { bytes += value }

        /// UTF-8 with its length first.
        mutating func text(_ value: String) {
            let utf8 = Array(value.utf8)
            u32(UInt32(utf8.count))
            bytes += utf8
        }
    }
}

/// The one field read of an artifact or a stored header before the rest: its format version.
/// (At file scope: a type local to a function is not found by the linker when the package is
/// built with `-cross-module-optimization`.)
struct FormatVersionField: Decodable {
    var formatVersion: Int
}
