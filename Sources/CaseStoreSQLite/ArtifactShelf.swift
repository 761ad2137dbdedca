import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkflowCompiler

/// Compiled catalogs kept by content hash. Each procedure is stored on its own, so a request
/// decodes only the procedures its cases need (a case's procedure and those it calls), not the
/// whole catalog.
extension CaseStore {
    /// Stores an artifact (already verified by `ArtifactCodec.decode`) unless its hash is there.
    public func register(_ artifact: CompiledCatalog) throws(CaseError) {
        if try isRegistered(artifact.contentHash) { return }
        let parts: ArtifactParts
        do { parts = try ArtifactParts(artifact) } catch {
            throw .storage(.artifactNotStorable(hash: artifact.contentHash, reason: "\(error)"))
        }
        try store(parts, hash: artifact.contentHash)
    }

    /// Stores a packed artifact's parts as they are, unless its hash is there: nothing is decoded,
    /// and each part is checked against the index as it is read (`ArtifactPack.parts`).
    public func register(_ pack: ArtifactPack) throws(CaseError) {
        if try isRegistered(pack.contentHash) { return }
        let parts: ArtifactParts
        do { parts = try pack.parts() } catch {
            throw .usage(.artifactUnreadable(hash: pack.contentHash, reason: "\(error)"))
        }
        try store(parts, hash: pack.contentHash)
    }

    private func isRegistered(_ hash: String) throws(CaseError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM artifacts WHERE hash = ?", arguments: [hash]) ?? false
        }
    }

    /// The rows of an artifact: its parts' bytes, with the checksums of its index.
    private func store(_ parts: ArtifactParts, hash: String) throws(CaseError) {
        try transaction { db in
            let header = Data(parts.header)
            try db.execute(
                sql: "INSERT OR IGNORE INTO artifacts (hash, header, procedure_count, stored_at) VALUES (?, ?, ?, ?)",
                arguments: [hash, header, parts.procedures.count, StoreConventions.now()])
            try ArtifactDigests.record(
                hash, code: ArtifactDigests.headerCode, sha256: ArtifactCodec.hex(parts.headerDigest), in: db)
            let insert = try db.makeStatement(
                sql: "INSERT OR IGNORE INTO artifact_procedures (hash, code, calls, body) VALUES (?, ?, ?, ?)")
            for procedure in parts.procedures {
                try insert.execute(arguments: [
                    hash, procedure.code, procedure.calls.joined(separator: " "), Data(procedure.bytes),
                ])
                try ArtifactDigests.record(
                    hash, code: procedure.code, sha256: ArtifactCodec.hex(procedure.digest), in: db)
            }
        }
        interpreters[hash] = nil
    }

    /// Stores the interpreter's artifact and runs its cases with this interpreter, instead of
    /// decoding the artifact back from the store (a simulation, an import: the caller has it).
    public func register(_ interpreter: CaseInterpreter) throws(CaseError) {
        try register(interpreter.artifact)
        interpreters[interpreter.contentHash] = ([], true, interpreter)
    }

    /// The hashes of the stored artifacts, oldest first.
    public func artifactHashes() throws(CaseError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT hash FROM artifacts ORDER BY stored_at, hash") }
    }

    /// An interpreter of the artifact `hash` that knows at least `codes` and what they call.
    /// A request needs a few procedures, so only those are decoded; past `wholeArtifactThreshold`
    /// (a batch, a listing) the whole artifact is loaded once instead of rebuilding as codes come.
    func interpreter(_ hash: String, covering codes: Set<String>, in db: Database) throws -> CaseInterpreter {
        if let cached = interpreters[hash], cached.whole || cached.codes.isSuperset(of: codes) {
            return cached.interpreter
        }
        return try load(hash, covering: codes, in: db)
    }

    /// The same for one procedure: the path every event takes, so it allocates nothing when the
    /// interpreter is loaded already.
    func interpreter(_ hash: String, for code: String, in db: Database) throws -> CaseInterpreter {
        if let cached = interpreters[hash], cached.whole || cached.codes.contains(code) { return cached.interpreter }
        return try load(hash, covering: [code], in: db)
    }

    private func load(_ hash: String, covering codes: Set<String>, in db: Database) throws -> CaseInterpreter {
        var wanted = codes.union(interpreters[hash]?.codes ?? [])
        if wanted.count > StoreConventions.wholeArtifactThreshold {
            let interpreter = try CaseInterpreter(artifact: fullArtifact(hash, in: db))
            interpreters[hash] = (wanted, true, interpreter)
            return interpreter
        }
        var artifact = try header(hash, in: db)
        var queue = Array(wanted)
        var bodies: [Data] = []
        while let code = queue.popLast() {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT calls, body FROM artifact_procedures WHERE hash = ? AND code = ?",
                    arguments: [hash, code])
            else { continue }
            try ArtifactDigests.check(hash, code: code, bytes: row["body"], in: db)
            bodies.append(row["body"])
            for callee in (row["calls"] as String).split(separator: " ").map(String.init) where !wanted.contains(callee)
            {
                wanted.insert(callee)
                queue.append(callee)
            }
        }
        artifact.procedures = try bodies.map { try decoder.decode(CompiledProcedure.self, from: $0) }.sorted {
            $0.code < $1.code
        }
        let interpreter = try CaseInterpreter(artifact: artifact)
        interpreters[hash] = (wanted, false, interpreter)
        return interpreter
    }

    /// Every procedure of a stored artifact, as a whole artifact.
    func fullArtifact(_ hash: String, in db: Database) throws -> CompiledCatalog {
        var artifact = try header(hash, in: db)
        artifact.procedures = try Row.fetchAll(
            db, sql: "SELECT code, body FROM artifact_procedures WHERE hash = ? ORDER BY code", arguments: [hash]
        ).map { row in
            try ArtifactDigests.check(hash, code: row["code"], bytes: row["body"], in: db)
            return try decoder.decode(CompiledProcedure.self, from: row["body"] as Data)
        }
        // The whole artifact is at hand: its content must give the hash it is stored under.
        do { try ArtifactCodec.checkHash(artifact) } catch {
            throw CaseError.storage(.artifactDamaged(hash: hash, reason: "\(error)"))
        }
        return artifact
    }

    /// A stored artifact's header, checked (format, checksum), under its hash.
    func header(_ hash: String, in db: Database) throws -> CompiledCatalog {
        guard let header = try Data.fetchOne(db, sql: "SELECT header FROM artifacts WHERE hash = ?", arguments: [hash])
        else {
            throw CaseError.storage(.noStoredArtifact(hash))
        }
        try ArtifactDigests.check(hash, code: ArtifactDigests.headerCode, bytes: header, in: db)
        var artifact = try decoder.decode(CompiledCatalog.self, from: header)
        artifact.contentHash = hash
        return artifact
    }
}
