import CaseEngine
import Foundation
import WorkflowCompiler

/// The applicant's personal data and `tthc case verify` on a `PortableCaseStore`, as the SQLite
/// store has them (`CaseStore+Applicants`, `CaseStore+Verify`).
extension PortableCaseStore {
    public func applicantDetails(_ caseId: String) throws(CaseError) -> ApplicantDetails? {
        // A sub-case's letters go to its parent's applicant.
        let root = String(caseId.prefix { $0 != "." })
        return try read { r in try r.applicant(root) }
    }

    public func eraseApplicantDetails(_ caseId: String) throws(CaseError) {
        try write { w in try w.eraseApplicant(caseId) }
    }

    /// The backend's own checks (`StoreReader.integrityProblems`), each artifact against its hash,
    /// and each case's snapshot against a replay of its events.
    public func verifyStore() throws(CaseError) -> StoreVerifyReport {
        var report = StoreVerifyReport()
        report.problems += try read { r in try r.integrityProblems() }
        for hash in try artifactHashes() {
            report.artifacts += 1
            do { try read { r in try checkArtifact(hash, in: r) } } catch {
                report.problems.append("artifact \(hash): \(error)")
            }
        }
        report.checkCases(of: self)
        return report
    }

    /// The whole stored artifact must decode and give the hash it is stored under.
    private func checkArtifact(_ hash: String, in r: any StoreReader) throws {
        var (artifact, procedureCount) = try storedHeader(hash, in: r)
        artifact.procedures = try r.procedures(hash).map { try decoder.decode(CompiledProcedure.self, from: Data($0)) }
        guard artifact.procedures.count == procedureCount else {
            throw CaseError.storage(
                .artifactIncomplete(hash: hash, stored: artifact.procedures.count, procedures: procedureCount))
        }
        do { try ArtifactCodec.checkHash(artifact) } catch {
            throw CaseError.storage(.artifactDamaged(hash: hash, reason: "\(error)"))
        }
    }
}
