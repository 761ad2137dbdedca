import CaseEngine
import CaseStorage
import GRDB

/// The applicant's personal data (`ApplicantDetails`), one row per case in its own table: the
/// event log and snapshots hold only the reference, so `case show --redact`, exports and the
/// simulator never see a name, and erasing a person's data (Decree 13/2023/NĐ-CP) deletes one row.
extension CaseStore {
    static func registerApplicantsTable(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-applicants") { db in
            try db.execute(
                sql: """
                    CREATE TABLE applicants (
                        case_id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        address TEXT,
                        contact TEXT
                    ) WITHOUT ROWID;
                    """)
        }
    }

    static func saveApplicant(_ details: ApplicantDetails, caseId: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO applicants (case_id, name, address, contact) VALUES (?, ?, ?, ?)",
            arguments: [caseId, details.name, details.address, details.contact])
    }

    /// The details recorded at opening, or nil (a case opened with a reference only, or a sub-case,
    /// whose letters go to its parent's applicant).
    public func applicantDetails(_ caseId: String) throws(CaseError) -> ApplicantDetails? {
        let root = String(caseId.prefix { $0 != "." })
        return try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT name, address, contact FROM applicants WHERE case_id = ?", arguments: [root])
            else { return nil }
            return try? ApplicantDetails(name: row["name"], address: row["address"], contact: row["contact"])
        }
    }

    /// Erases a case's personal data (the reference in the events stays).
    public func eraseApplicantDetails(_ caseId: String) throws(CaseError) {
        try transaction { db in try db.execute(sql: "DELETE FROM applicants WHERE case_id = ?", arguments: [caseId]) }
    }
}
