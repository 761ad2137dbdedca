import Foundation

/// Writes and reads the compiled artifact in its two forms: packed (`ArtifactPack`, what case
/// commands open by the procedure) and JSON for people and tools (canonical: sorted keys, no
/// insignificant variation). Both record the same content hash, SHA-256 of the parts' index
/// (`ArtifactParts`), so a reader can verify the file it loaded whichever form it is.
public enum ArtifactCodec {
    /// The JSON form.
    public static func encode(_ artifact: CompiledCatalog) throws -> [UInt8] {
        var hashed = artifact
        hashed.contentHash = try ArtifactParts(artifact).contentHash
        return try canonical(hashed)
    }

    public enum DecodeError: Error, CustomStringConvertible {
        case unsupportedVersion(Int)
        case hashMismatch(recorded: String, actual: String)
        case malformed(String)

        public var description: String {
            switch self {
            case .unsupportedVersion(let v):
                "the artifact has format version \(v); this tthc reads version \(CompiledCatalog.currentFormatVersion) — compile the catalog again"
            case .hashMismatch(let recorded, let actual):
                "the artifact's content does not match its recorded hash (\(recorded), computed sha256:\(actual)); it was changed or damaged — compile the catalog again"
            case .malformed(let reason): "the file is not a tthc compiled catalog: \(reason)"
            }
        }
    }

    /// Either form, checked against its hash, whole.
    public static func decode(_ bytes: [UInt8]) throws -> CompiledCatalog {
        if ArtifactPack.isPacked(bytes) { return try ArtifactPack(Data(bytes)).artifact() }
        let artifact = try decodeJSON(bytes)
        try checkHash(artifact)
        return artifact
    }

    /// Either form, ready to be read by the procedure: a packed file is checked part by part as
    /// parts are read; a JSON one is decoded and checked whole, then packed in memory.
    public static func open(_ data: Data) throws -> ArtifactPack {
        if ArtifactPack.isPacked(data) { return try ArtifactPack(data) }
        return try ArtifactPack(Data(ArtifactPack.encode(decode([UInt8](data)))))
    }

    /// The JSON form's format version is read first, so an older artifact is refused by its
    /// version, not by the first field whose type changed.
    private static func decodeJSON(_ bytes: [UInt8]) throws -> CompiledCatalog {
        do {
            let version = try JSONDecoder().decode(FormatVersionField.self, from: Data(bytes)).formatVersion
            guard version == CompiledCatalog.currentFormatVersion else { throw DecodeError.unsupportedVersion(version) }
            return try JSONDecoder().decode(CompiledCatalog.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DecodeError.malformed(Self.describe(error))
        }
    }

    /// Throws `hashMismatch` unless `artifact`'s content gives its recorded hash (an artifact put
    /// together from the case store's rows is checked like a file).
    public static func checkHash(_ artifact: CompiledCatalog) throws {
        let actual = try ArtifactParts(artifact).contentHash
        guard artifact.contentHash == actual else {
            throw DecodeError.hashMismatch(recorded: artifact.contentHash, actual: String(actual.dropFirst(7)))
        }
    }

    /// SHA-256 of `bytes` in hex: the case store's checksum of each stored part of an artifact.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hex(bytes)
    }

    /// A digest (an index's SHA-256 of a part) in the same hex.
    public static func hex(_ digest: [UInt8]) -> String {
        SHA256.hex(digest: digest)
    }

    /// A decoding failure in a reader's words: where in the file, and what was wrong there
    /// (Foundation's description is a dump of coding keys).
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) is not \(Self.name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null, not \(Self.name(of: type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "it is not JSON; write one with `tthc compile Catalog -o FILE`" }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int32.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            "\(type)".hasPrefix("Array")
                ? "a list" : "\(type)".hasPrefix("Dictionary") ? "a mapping" : "an object (\(type))"
        }
    }

    static func canonical(_ artifact: CompiledCatalog) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(artifact)) + [0x0A]
    }
}
