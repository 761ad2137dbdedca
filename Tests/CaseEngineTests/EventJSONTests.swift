import CaseStorage
import Foundation
import Testing
import WorkCalendar

@testable import CaseEngine

/// The PostgreSQL store writes each event's JSON body itself (`EventJSON`): it must be the text
/// `JSONEncoder` with sorted keys writes, escapes and all, for every field an event can carry.
@Suite struct EventJSONTests {
    static func events() throws -> [CaseEvent] {
        let at = try LocalDateTime(parsing: "2026-03-02 08:30")
        var everything = CaseEvent(.apologize, at: at, actor: "thanh-nua.pasc", step: "review")
        everything.target = "sign"
        everything.fact = "has-birth-certificate"
        everything.reason =
            "quote \" backslash \\ slash / tab \t line \n return \r \u{08}\u{0C}\u{01}\u{1F}\u{7F} Việt 🙂"
        everything.amount = 1_000_000_000_000
        everything.child = "11-C000002"
        everything.outcome = "approved"
        everything.due = try LocalDateTime(parsing: "2026-03-05 17:00")
        everything.artifact = "sha256:abc"
        var opened = CaseEvent(.opened, at: at, actor: "thanh-nua.pasc")
        opened.opening = CaseOpening(
            procedure: "1.001193", received: at, channel: "online", commune: "thanh-nua", applicant: "Nguyễn \"A\"/B",
            facts: ["b", "a"], parent: .init(caseId: "11-C000001", step: "call"))
        opened.artifact = "sha256:def"
        return [CaseEvent(.accept, at: at, actor: "thanh-nua.pasc"), everything, opened, CaseEvent(.withdraw, at: at)]
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for event in try Self.events() {
            let expected = String(decoding: try encoder.encode(event), as: UTF8.self)
            #expect(String(decoding: try EventJSON.bytes(event), as: UTF8.self) == expected)
            #expect(try JSONDecoder().decode(CaseEvent.self, from: Data(try EventJSON.bytes(event))) == event)
        }
    }

    /// A field added to events is lost from the store unless `EventJSON` writes it: the samples
    /// carry every field an event has (its own and its details'), and each is written.
    @Test func theSamplesCarryEveryFieldAnEventHas() throws {
        let own = Mirror(reflecting: CaseEvent(.accept, at: try LocalDateTime(parsing: "2026-03-02 08:30")))
            .children.compactMap(\.label).filter { $0 != "details" }
        let details = Mirror(reflecting: CaseEvent.Details()).children.compactMap(\.label)
        var written = Set<String>()
        for event in try Self.events() {
            let object = try JSONSerialization.jsonObject(with: Data(try EventJSON.bytes(event))) as? [String: Any]
            written.formUnion((object ?? [:]).keys)
        }
        #expect(Set(own + details).subtracting(written).isEmpty)
        #expect(!details.isEmpty, "the details' fields are seen")
    }
}
