import CaseEngine
import CaseStoreSQLite
import Diagnostics
import Foundation
import Testing
import WorkCalendar

/// The case engine's refusals and usage errors are typed messages rendered in the reader's
/// language: the English is what it always said, the Vietnamese says the same, and a name that
/// is a slip from a known one is suggested in both.
@Suite struct CaseMessageTests {
    /// C1, a birth registration accepted at reception: its active step is `receive`.
    static func acceptedBirthRegistration() throws -> CaseBook {
        var book = CaseBook(try Fixture.interpreter())
        try book.open(Scenario.sameDayOnTime.opening, id: "C1")
        try book.handle(CaseCommand(.accept, at: t("2026-03-02 08:30")), on: "C1")
        return book
    }

    @Test func aRefusalIsSaidInEitherLanguage() throws {
        var book = try Self.acceptedBirthRegistration()
        let error = try #require(throws: CaseError.self) {
            try book.handle(CaseCommand(.approve, at: t("2026-03-02 09:00"), step: "receive"), on: "C1")
        }
        #expect(error.isRefusal)
        #expect(error.text(.en).hasPrefix("case C1: approve is not allowed at step receive (a task)\nallowed now: "))
        #expect(
            error.text(.vi).hasPrefix(
                "hồ sơ C1: không được approve ở bước receive (bước loại task)\nđược phép lúc này: "))
    }

    @Test func aMistypedStepIsSuggested() throws {
        var book = try Self.acceptedBirthRegistration()
        let error = try #require(throws: CaseError.self) {
            try book.handle(CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "recieve"), on: "C1")
        }
        #expect(error.text(.en).hasPrefix("case C1: procedure 1.001193 has no step \"recieve\" (its steps: "))
        #expect(error.text(.en).contains("); did you mean \"receive\"?\nallowed now: "))
        #expect(error.text(.vi).contains("); có phải ý bạn là \"receive\"?\nđược phép lúc này: "))
    }

    @Test func aMistypedCommuneIsSuggested() throws {
        var opening = Scenario.sameDayOnTime.opening
        opening.commune = "thanh-nau"
        var book = CaseBook(try Fixture.interpreter())
        let error = try #require(throws: CaseError.self) {
            try book.open(opening, id: "C1")
        }
        #expect(!error.isRefusal)
        #expect(error.text(.en).hasPrefix("no commune \"thanh-nau\" in the artifact; communes: "))
        #expect(error.text(.en).hasSuffix("; did you mean \"thanh-nua\"?"))
        #expect(error.text(.vi).hasPrefix("tệp biên dịch không có xã \"thanh-nau\"; các xã: "))
        #expect(error.text(.vi).hasSuffix("; có phải ý bạn là \"thanh-nua\"?"))
    }

    @Test func anUnknownActorIsExplainedInEitherLanguage() {
        let message = CaseMessage.unknownActor("thanh-nua.mayor", example: "thanh-nua.pasc", suggestion: nil)
        #expect(
            message.text(.en)
                == "unknown unit or role \"thanh-nua.mayor\": write a unit id, or a unit id, a dot and one of its roles (e.g. thanh-nua.pasc, province.pasc)"
        )
        #expect(
            message.text(.vi)
                == "không có đơn vị hoặc vai trò \"thanh-nua.mayor\": hãy ghi id của một đơn vị, hoặc id đơn vị, dấu chấm và một vai trò của đơn vị đó (ví dụ thanh-nua.pasc, province.pasc)"
        )
    }

    @Test func aStoreThatIsAFolderIsRefusedInEitherLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        expectCaseError(
            en:
                "the case store \(folder.path) is a folder: give the store's file, e.g. --store \(folder.path)/cases.sqlite",
            vi:
                "kho hồ sơ \(folder.path) là một thư mục: hãy ghi tệp của kho, ví dụ --store \(folder.path)/cases.sqlite"
        ) {
            _ = try CaseStore(path: folder.path)
        }
    }
}
