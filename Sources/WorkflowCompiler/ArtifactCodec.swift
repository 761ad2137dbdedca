import Foundation

/// Writes and reads the compiled artifact. The bytes are canonical JSON (sorted keys, no
/// insignificant variation), and the recorded hash is SHA-256 of those bytes with the hash
/// field empty, so a reader can verify the file it loaded.
public enum ArtifactCodec {
    public static func encode(_ artifact: CompiledCatalog) throws -> [UInt8] {
        var unhashed = artifact
        unhashed.contentHash = ""
        let hash = SHA256.hex(try canonical(unhashed))
        var hashed = artifact
        hashed.contentHash = "sha256:" + hash
        return try canonical(hashed)
    }

    public enum DecodeError: Error, CustomStringConvertible {
        case unsupportedVersion(Int)
        case hashMismatch(recorded: String, actual: String)
        case malformed(String)

        public var description: String {
            switch self {
            case .unsupportedVersion(let v): "the artifact has format version \(v); this tthc reads version \(CompiledCatalog.currentFormatVersion) — compile the catalog again"
            case .hashMismatch(let recorded, let actual): "the artifact's content does not match its recorded hash (\(recorded), computed sha256:\(actual)); it was changed or damaged — compile the catalog again"
            case .malformed(let reason): "the file is not a tthc compiled catalog: \(reason)"
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws -> CompiledCatalog {
        let artifact: CompiledCatalog
        do {
            artifact = try JSONDecoder().decode(CompiledCatalog.self, from: Data(bytes))
        } catch {
            throw DecodeError.malformed("\(error)")
        }
        guard artifact.formatVersion == CompiledCatalog.currentFormatVersion else { throw DecodeError.unsupportedVersion(artifact.formatVersion) }
        var unhashed = artifact
        unhashed.contentHash = ""
        let actual = SHA256.hex(try canonical(unhashed))
        guard artifact.contentHash == "sha256:" + actual else { throw DecodeError.hashMismatch(recorded: artifact.contentHash, actual: actual) }
        return artifact
    }

    static func canonical(_ artifact: CompiledCatalog) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(artifact)) + [0x0A]
    }
}
