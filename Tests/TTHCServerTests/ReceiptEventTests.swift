import Foundation
import Testing

@testable import CaseEngine
@testable import TTHCServer

/// The service builds each event of an answer field by field (`CaseService.event`) instead of
/// encoding the event and decoding it into the document's type: the JSON must stay what
/// `CaseEvent` encodes, for every field an event can carry.
@Suite struct ReceiptEventTests {
    /// Every key an event writes, details and opening included.
    static let everyField = """
        {"actor":"thanh-nua.pasc","amount":1000000000000,"artifact":"sha256:abc","at":"2026-03-02T08:30",\
        "child":"11-C000002","due":"2026-03-05T17:00","fact":"has-birth-certificate","kind":"apologize",\
        "opening":{"applicant":"Nguyễn \\"A\\"/B","channel":"online","commune":"thanh-nua","facts":["a","b"],\
        "procedure":"1.001193","received":"2026-03-02T08:30","receivingUnit":"thanh-nua.pasc"},"outcome":"approved",\
        "reason":"quote \\" slash / tab \\t Việt","step":"review","target":"sign"}
        """

    @Test func anAnswersEventIsWhatTheEventEncodes() throws {
        let event = try JSONDecoder().decode(CaseEvent.self, from: Data(Self.everyField.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let built = String(decoding: try encoder.encode(try CaseService.event(event)), as: UTF8.self)
        #expect(built == String(decoding: try encoder.encode(event), as: UTF8.self))
        // The sample holds every field there is: one added to events fails here until it is built.
        let fields =
            Mirror(reflecting: event).children.compactMap(\.label).filter { $0 != "details" }
            + Mirror(reflecting: CaseEvent.Details()).children.compactMap(\.label)
        let keys = (try JSONSerialization.jsonObject(with: Data(built.utf8)) as? [String: Any])?.keys
        #expect(Set(fields).subtracting(keys.map(Set.init) ?? []).isEmpty)
    }
}
