import CaseEngine
import CaseStorage
import GRDB

/// The store's tables. Events are the truth; `cases` holds each case's snapshot (its state after
/// its last event) and the columns listings filter on; artifacts are kept by content hash so a
/// case in flight keeps the graph it started on.
enum StoreSchema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE artifacts (
                        hash TEXT PRIMARY KEY,
                        header BLOB NOT NULL,          -- the artifact without its procedures (JSON)
                        procedure_count INTEGER NOT NULL,
                        stored_at TEXT NOT NULL
                    );
                    CREATE TABLE artifact_procedures (
                        hash TEXT NOT NULL REFERENCES artifacts(hash),
                        code TEXT NOT NULL,
                        calls TEXT NOT NULL,           -- codes it calls, space-separated
                        body BLOB NOT NULL,            -- the compiled procedure (JSON)
                        PRIMARY KEY (hash, code)
                    ) WITHOUT ROWID;
                    CREATE TABLE cases (
                        id TEXT PRIMARY KEY,
                        procedure TEXT NOT NULL,
                        artifact_hash TEXT NOT NULL REFERENCES artifacts(hash),
                        parent_id TEXT,
                        commune TEXT NOT NULL,
                        receiving_unit TEXT NOT NULL,
                        status TEXT NOT NULL,
                        outcome TEXT,
                        version INTEGER NOT NULL,
                        received TEXT NOT NULL,
                        last_event_at TEXT NOT NULL,
                        closed_at TEXT,
                        snapshot BLOB NOT NULL         -- the state after its last event (SnapshotCodec)
                    ) WITHOUT ROWID;
                    CREATE INDEX cases_status ON cases(status);
                    CREATE TABLE events (
                        case_id TEXT NOT NULL,               -- the snapshot row is written after its events
                        version INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        at TEXT NOT NULL,
                        actor TEXT, step TEXT, target TEXT, fact TEXT, reason TEXT, amount INTEGER,
                        child TEXT, outcome TEXT, due TEXT, artifact TEXT,
                        opening BLOB,                  -- for opened events (SnapshotCodec)
                        recorded_at TEXT NOT NULL,
                        PRIMARY KEY (case_id, version)
                    ) WITHOUT ROWID;
                    CREATE TABLE idempotency (
                        key TEXT PRIMARY KEY,
                        request TEXT NOT NULL,
                        case_id TEXT NOT NULL,
                        version INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
                    """)
        }
        CaseStore.registerApplicantsTable(&migrator)
        // Checksums of each stored part of an artifact (code "" is the header), checked whenever a
        // part is read: an artifact edited or damaged inside the store is refused, not run.
        // Artifacts already stored get theirs once their whole content matches their hash.
        migrator.registerMigration("v2-artifact-digests") { db in
            try db.execute(
                sql: """
                    CREATE TABLE artifact_digests (
                        hash TEXT NOT NULL,
                        code TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        PRIMARY KEY (hash, code)
                    ) WITHOUT ROWID;
                    """)
            try ArtifactDigests.backfill(db)
        }
        // A checksum per event (`RecordChecksum`), checked whenever an event is read. Events
        // written before have none (NULL): they are not rewritten, since a checksum computed now
        // would vouch for whatever they hold; `tthc case verify` counts them and still checks them
        // by replay against their snapshot. (Snapshots carry theirs inside, `SnapshotCodec` 3.)
        migrator.registerMigration("v3-event-checksums") { db in
            try db.execute(sql: "ALTER TABLE events ADD COLUMN checksum INTEGER")
        }
        return migrator
    }
}
