import CaseEngine
import Foundation
import Testing

/// A procedure's `commune.…` references become the case's commune; nothing else changes.
@Suite struct UnitReferenceTests {
    @Test(arguments: [
        ("commune.chairman", "thanh-nua.chairman"),
        ("commune", "thanh-nua"),
        ("commune.justice-officer", "thanh-nua.justice-officer"),
        ("province.pasc", "province.pasc"),
        ("communes.chairman", "communes.chairman"),
        ("commune-office", "commune-office"),
        ("commun", "commun"),
        ("applicant", "applicant"),
        ("muong-thanh.pasc", "muong-thanh.pasc"),
    ])
    func concreteReplacesOnlyTheCommuneRoot(reference: String, expected: String) {
        #expect(UnitDirectory.concrete(reference, commune: "thanh-nua") == expected)
    }

    @Test func receiversReadAndEncodeAsAnArray() throws {
        var receivers = Receivers()
        #expect(receivers.isEmpty)
        receivers.append("thanh-nua.justice-officer")
        receivers.append("province.fire-police")
        #expect(Array(receivers) == ["thanh-nua.justice-officer", "province.fire-police"])
        #expect(receivers.contains("province.fire-police") && !receivers.contains("applicant"))
        #expect(receivers == ["thanh-nua.justice-officer", "province.fire-police"])
        #expect(receivers != ["thanh-nua.justice-officer"])
        let json = try JSONEncoder().encode(receivers)
        #expect(String(decoding: json, as: UTF8.self) == #"["thanh-nua.justice-officer","province.fire-police"]"#)
        #expect(try JSONDecoder().decode(Receivers.self, from: json) == receivers)
        #expect(try JSONDecoder().decode(Receivers.self, from: Data("[]".utf8)).isEmpty)
    }
}
