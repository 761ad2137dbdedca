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
        let known = try read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM artifacts WHERE hash = ?", arguments: [artifact.contentHash]) ?? false }
        if known { return }
        var header = artifact
        header.procedures = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try transaction { db in
            let headerBytes = try encoder.encode(header)
            try db.execute(sql: "INSERT OR IGNORE INTO artifacts (hash, header, procedure_count, stored_at) VALUES (?, ?, ?, ?)",
                           arguments: [artifact.contentHash, headerBytes, artifact.procedures.count, StoreConventions.now()])
            try ArtifactDigests.record(artifact.contentHash, code: ArtifactDigests.headerCode, bytes: headerBytes, in: db)
            let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO artifact_procedures (hash, code, calls, body) VALUES (?, ?, ?, ?)")
            for procedure in artifact.procedures {
                let body = try encoder.encode(procedure)
                try insert.execute(arguments: [artifact.contentHash, procedure.code, procedure.calls.joined(separator: " "), body])
                try ArtifactDigests.record(artifact.contentHash, code: procedure.code, bytes: body, in: db)
            }
        }
        interpreters[artifact.contentHash] = nil
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
        if let cached = interpreters[hash], cached.whole || cached.codes.isSuperset(of: codes) { return cached.interpreter }
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
        guard let header = try Data.fetchOne(db, sql: "SELECT header FROM artifacts WHERE hash = ?", arguments: [hash]) else {
            throw CaseError.storage("the store has no artifact \(hash)")
        }
        try ArtifactDigests.check(hash, code: ArtifactDigests.headerCode, bytes: header, in: db)
        var queue = Array(wanted)
        var bodies: [Data] = []
        while let code = queue.popLast() {
            guard let row = try Row.fetchOne(db, sql: "SELECT calls, body FROM artifact_procedures WHERE hash = ? AND code = ?", arguments: [hash, code]) else { continue }
            try ArtifactDigests.check(hash, code: code, bytes: row["body"], in: db)
            bodies.append(row["body"])
            for callee in (row["calls"] as String).split(separator: " ").map(String.init) where !wanted.contains(callee) {
                wanted.insert(callee)
                queue.append(callee)
            }
        }
        var artifact = try decoder.decode(CompiledCatalog.self, from: header)
        artifact.procedures = try bodies.map { try decoder.decode(CompiledProcedure.self, from: $0) }.sorted { $0.code < $1.code }
        let interpreter = try CaseInterpreter(artifact: artifact)
        interpreters[hash] = (wanted, false, interpreter)
        return interpreter
    }

    /// Every procedure of a stored artifact, as a whole artifact.
    func fullArtifact(_ hash: String, in db: Database) throws -> CompiledCatalog {
        guard let header = try Data.fetchOne(db, sql: "SELECT header FROM artifacts WHERE hash = ?", arguments: [hash]) else {
            throw CaseError.storage("the store has no artifact \(hash)")
        }
        try ArtifactDigests.check(hash, code: ArtifactDigests.headerCode, bytes: header, in: db)
        var artifact = try decoder.decode(CompiledCatalog.self, from: header)
        artifact.procedures = try Row.fetchAll(db, sql: "SELECT code, body FROM artifact_procedures WHERE hash = ? ORDER BY code", arguments: [hash]).map { row in
            try ArtifactDigests.check(hash, code: row["code"], bytes: row["body"], in: db)
            return try decoder.decode(CompiledProcedure.self, from: row["body"] as Data)
        }
        // The whole artifact is at hand: its content must give the hash it is stored under.
        do { try ArtifactCodec.checkHash(artifact) } catch {
            throw CaseError.storage("the stored artifact \(hash) is damaged: \(error)")
        }
        return artifact
    }
}
