import Foundation
import Testing

@testable import CaseEngine
@testable import CaseStorage
@testable import CaseStoreSQLite

/// The applicant's personal data and `case verify`, on every store (issue 20, part 4).
extension StoreConformanceTests {
    @Test(arguments: StoreKind.available)
    func applicantDetailsAreKeptBesideTheCaseNotInItsEvents(_ kind: StoreKind) throws {
        let (store, reopen) = try kind.make()
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let details = try ApplicantDetails(
            name: "Nguyễn Thị Hoa", address: "Bản Noong Bua, xã Thanh Nưa", contact: "0912 345 678")
        let id = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "with-details",
            applicant: details
        ).caseId
        let plain = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: nil
        ).caseId
        let reopened = try reopen()
        #expect(try reopened.applicantDetails(id) == details)
        #expect(try reopened.applicantDetails(id + ".1") == details)  // a sub-case's letters go to its root's applicant
        #expect(try reopened.applicantDetails(plain) == nil)
        // A retry with the same key answers from the store and keeps the details once.
        #expect(
            try store.open(
                Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "with-details",
                applicant: details
            ).replayed)
        let logged = try reopened.events(id).map { String(decoding: try JSONEncoder().encode($0.event), as: UTF8.self) }
            .joined()
        #expect(!logged.contains("Nguyễn Thị Hoa") && !logged.contains("0912"))
        try reopened.eraseApplicantDetails(id)
        #expect(try store.applicantDetails(id) == nil)
        #expect(try store.verify(id) == nil)
    }

    @Test(arguments: StoreKind.available)
    func verifyingTheStoreNamesASnapshotThatNoLongerMatchesItsEvents(_ kind: StoreKind) throws {
        let (store, reopen) = try kind.make()
        let first = try Self.run(.sameDayOnTime, in: store)
        let second = try Self.run(.rejected, in: store)
        let sound = try reopen().verifyStore()
        #expect(sound.problems == [])
        #expect(sound.artifacts == 1)
        #expect(sound.cases == (try store.caseIds().count))
        try tamper(store, second) { $0.version += 5 }
        let damaged = try reopen().verifyStore()
        #expect(
            damaged.problems.contains { $0.hasPrefix("case \(second): the snapshot does not match its events") },
            "\(damaged.problems)")
        #expect(!damaged.problems.contains { $0.hasPrefix("case \(first):") })
        #expect(try reopen().verify(second) != nil && reopen().verify(first) == nil)
    }

    /// Overwrites a snapshot behind the events' back.
    func tamper(_ store: any CaseStoring, _ id: String, _ change: (inout CaseState) -> Void) throws {
        switch store {
        case let sqlite as CaseStore: try sqlite.tamper(id, change)
        case let portable as PortableCaseStore: try portable.tamper(id, change)
        default: Issue.record("no way to tamper with \(type(of: store))")
        }
    }
}
