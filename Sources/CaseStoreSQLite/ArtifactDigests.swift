import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkflowCompiler

/// The checksums that tie the rows of a stored artifact to the artifact registered: the header
/// and each procedure's body, SHA-256 of the bytes as stored. A part whose bytes no longer match
/// is reported as damage and never decoded into a graph a case would run on.
enum ArtifactDigests {
    static let headerCode = ""

    static func record(_ hash: String, code: String, bytes: Data, in db: Database) throws {
        try record(hash, code: code, sha256: ArtifactCodec.sha256([UInt8](bytes)), in: db)
    }

    /// A part's checksum as the artifact's index gives it (checked against the content hash).
    static func record(_ hash: String, code: String, sha256: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO artifact_digests (hash, code, sha256) VALUES (?, ?, ?)",
            arguments: [hash, code, sha256])
    }

    /// Throws `CaseError.storage` naming the part when `bytes` do not match their checksum; for
    /// the header, first when an earlier tthc stored it in another format.
    static func check(_ hash: String, code: String, bytes: Data, in db: Database) throws {
        if code == headerCode { try StoredArtifactFormat.requireCurrent(hash, header: bytes) }
        let recorded = try String.fetchOne(
            db, sql: "SELECT sha256 FROM artifact_digests WHERE hash = ? AND code = ?", arguments: [hash, code])
        guard recorded == ArtifactCodec.sha256([UInt8](bytes)) else {
            let part = code == headerCode ? "its header" : "procedure \(code)"
            throw CaseError.storage(.artifactPartDamaged(hash: hash, part: part))
        }
    }

    /// For a store made before checksums: each artifact whose whole content still matches its hash
    /// gets its checksums; one that does not gets none, so reading it reports the damage.
    static func backfill(_ db: Database) throws {
        let decoder = JSONDecoder()
        for hash in try String.fetchAll(db, sql: "SELECT hash FROM artifacts") {
            guard
                let header = try Data.fetchOne(
                    db, sql: "SELECT header FROM artifacts WHERE hash = ?", arguments: [hash])
            else { continue }
            let rows = try Row.fetchAll(
                db, sql: "SELECT code, body FROM artifact_procedures WHERE hash = ? ORDER BY code", arguments: [hash])
            guard var artifact = try? decoder.decode(CompiledCatalog.self, from: header),
                let procedures = try? rows.map({ try decoder.decode(CompiledProcedure.self, from: $0["body"] as Data) })
            else { continue }
            artifact.procedures = procedures
            artifact.contentHash = hash
            guard (try? ArtifactCodec.checkHash(artifact)) != nil else { continue }
            try record(hash, code: headerCode, bytes: header, in: db)
            for row in rows { try record(hash, code: row["code"], bytes: row["body"], in: db) }
        }
    }
}
