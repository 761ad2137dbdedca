import CaseEngine
import Foundation
import WorkCalendar
import WorkflowCompiler

/// What every case store does, whatever keeps the rows: the embedded SQLite file (`CaseStore`)
/// or a shared server (`PortableCaseStore` over a `StoreBackend`, e.g. PostgreSQL). The same
/// semantics on each: events are the truth and a snapshot per case follows them; each request is
/// one transaction (idempotency key checked, expected version checked, decided, appended,
/// committed) and acknowledged only after its commit; artifacts are kept by content hash.
/// `StoreConformanceTests` runs one suite against every backend.
public protocol CaseStoring: AnyObject {
    /// Where the store is, for messages: a file path or a URL without its password.
    var location: String { get }
    func register(_ artifact: CompiledCatalog) throws(CaseError)
    /// A packed artifact (`tthc compile`'s file), stored without decoding where the store can.
    func register(_ pack: ArtifactPack) throws(CaseError)
    func artifactHashes() throws(CaseError) -> [String]
    func open(_ opening: CaseOpening, artifactHash: String, idempotencyKey: String?) throws(CaseError) -> StoreReceipt
    /// Opens a case and keeps the applicant's personal data beside it, in a table of their own
    /// (never in the events or snapshots, never replicated): `applicantDetails`, `eraseApplicantDetails`.
    func open(_ opening: CaseOpening, artifactHash: String, idempotencyKey: String?, applicant: ApplicantDetails?)
        throws(CaseError) -> StoreReceipt
    /// The details kept at opening (a sub-case answers with its root case's), or nil.
    func applicantDetails(_ caseId: String) throws(CaseError) -> ApplicantDetails?
    /// Erases a case's personal data (the reference in the events stays).
    func eraseApplicantDetails(_ caseId: String) throws(CaseError)
    func openBatch(_ openings: [CaseOpening], artifactHash: String) throws(CaseError) -> [String]
    func record(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, idempotencyKey: String?)
        throws(CaseError) -> StoreReceipt
    func recordBatch(_ requests: [(caseId: String, command: CaseCommand)]) throws(CaseError) -> Int
    func state(_ id: String) throws(CaseError) -> (state: CaseState, interpreter: CaseInterpreter)
    func events(_ id: String) throws(CaseError) -> [StoredEvent]
    func caseIds() throws(CaseError) -> [String]
    func eventCount() throws(CaseError) -> Int
    func cases(openOnly: Bool) throws(CaseError) -> [(state: CaseState, interpreter: CaseInterpreter)]
    func verify(_ id: String) throws(CaseError) -> String?
    /// `tthc case verify`: the database's own checks, every artifact against its hash, every case
    /// against its events; each damage named.
    func verifyStore() throws(CaseError) -> StoreVerifyReport
    func migrationReport(to artifact: CompiledCatalog) throws(CaseError) -> [MigrationFinding]
    func adopt(_ artifact: CompiledCatalog, at now: LocalDateTime) throws(CaseError) -> [MigrationFinding]
}

extension CaseStoring {
    /// A store that keeps artifacts otherwise registers the whole artifact, decoded and checked.
    public func register(_ pack: ArtifactPack) throws(CaseError) {
        let artifact: CompiledCatalog
        do { artifact = try pack.artifact() } catch {
            throw .usage(.artifactUnreadable(hash: pack.contentHash, reason: "\(error)"))
        }
        try register(artifact)
    }
}

/// How a `--store` value is read: a path (SQLite), or a URL. A value that looks like a URL
/// (`scheme://…`) is never taken as a path: an unknown scheme is refused in words.
public enum StoreAddress: Equatable, Sendable {
    case file(String)
    case postgres(String)

    public init(_ text: String) throws(CaseError) {
        guard let range = text.range(of: "://") else {
            self = .file(text)
            return
        }
        let scheme = String(text[..<range.lowerBound])
        let looksLikeScheme =
            !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        guard looksLikeScheme else {
            self = .file(text)
            return
        }
        switch scheme.lowercased() {
        case "postgres", "postgresql": self = .postgres(text)
        case "file": self = .file(String(text[range.upperBound...]))
        default:
            throw .usage(.unknownStoreScheme(store: StoreAddress.redacted(text), scheme: scheme))
        }
    }

    /// The URL without its password, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].lastIndex(of: "@") else {
            return url
        }
        let credentials = url[schemeEnd.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
