import CaseEngine
import CaseStorage
import Foundation
import PostgresNIO

/// The applicant's personal data (one row per root case) and the database's own checks for
/// `tthc case verify`. The `applicants` table is not partitioned and not in the publication to
/// the national reporting database (docs/server.md): personal data stay in the province.
extension PostgresBackend {
    static let applicantSchema = """
        CREATE TABLE IF NOT EXISTS applicants (
            jurisdiction text NOT NULL, case_id text NOT NULL, name text NOT NULL, address text, contact text,
            PRIMARY KEY (jurisdiction, case_id))
        """
}

extension PostgresTransaction {
    func applicant(_ caseId: String) throws -> ApplicantDetails? {
        let j = PortableCaseStore.jurisdiction(of: caseId)
        guard
            let row = try rows(
                "SELECT name, address, contact FROM applicants WHERE jurisdiction = \(j) AND case_id = \(caseId)"
            ).first
        else { return nil }
        let (name, address, contact) = try row.decode((String, String?, String?).self)
        return try? ApplicantDetails(name: name, address: address, contact: contact)
    }

    func saveApplicant(_ details: ApplicantDetails, caseId: String) throws {
        let j = PortableCaseStore.jurisdiction(of: caseId)
        try send(
            """
            INSERT INTO applicants (jurisdiction, case_id, name, address, contact) VALUES (\(j), \(caseId), \(details.name), \(details.address), \(details.contact))
            ON CONFLICT (jurisdiction, case_id) DO UPDATE SET name = excluded.name, address = excluded.address, contact = excluded.contact
            """)
    }

    func eraseApplicant(_ caseId: String) throws {
        let j = PortableCaseStore.jurisdiction(of: caseId)
        try run("DELETE FROM applicants WHERE jurisdiction = \(j) AND case_id = \(caseId)")
    }

    /// Events without their case, and cases whose version column is not their last event's.
    func integrityProblems() throws -> [String] {
        let orphans = try rows(
            """
            SELECT e.case_id, count(*)::bigint FROM events e
            LEFT JOIN cases c ON c.jurisdiction = e.jurisdiction AND c.id = e.case_id
            WHERE c.id IS NULL GROUP BY e.case_id ORDER BY e.case_id
            """
        ).map { row -> String in
            let (id, count) = try row.decode((String, Int).self)
            return "case \(id): \(count) event\(count == 1 ? "" : "s") but no case row"
        }
        let versions = try rows(
            """
            SELECT c.id, c.version, max(e.version) FROM cases c
            LEFT JOIN events e ON e.jurisdiction = c.jurisdiction AND e.case_id = c.id
            GROUP BY c.jurisdiction, c.id, c.version HAVING max(e.version) IS DISTINCT FROM c.version ORDER BY c.id
            """
        ).map { row -> String in
            let (id, version, last) = try row.decode((String, Int, Int?).self)
            return
                "case \(id): the cases table says version \(version), its last event is \(last.map { "version \($0)" } ?? "missing")"
        }
        return orphans + versions
    }
}
