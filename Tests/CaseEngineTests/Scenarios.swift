import CaseEngine
import Testing
import WorkCalendar

/// A case and the requests it goes through: every workflow construct has one. The same scripts
/// run in memory (the scenario tests) and through the store (replay equals snapshot).
struct Scenario: Sendable, CustomTestStringConvertible {
    struct Line: Sendable {
        /// "" for the case itself, ".1" for its first sub-case, …
        var on: String
        var command: CaseCommand
    }

    var name: String
    var opening: CaseOpening
    var script: [Line]

    var testDescription: String { name }

    static func open(
        _ procedure: String, _ received: String, channel: String = "online", commune: String = "thanh-nua",
        at unit: String? = nil, facts: [String] = []
    ) -> CaseOpening {
        CaseOpening(
            procedure: procedure, received: t(received), channel: channel, commune: commune, receivingUnit: unit,
            applicant: "CCCD-001234567890", facts: facts)
    }

    static func line(
        _ kind: CaseEventKind, _ at: String, _ step: Name? = nil, on: String = "", actor: Name? = nil,
        reason: String? = nil, fact: Name? = nil, amount: Int? = nil
    ) -> Line {
        Line(
            on: on,
            command: CaseCommand(kind, at: t(at), step: step, actor: actor, reason: reason, fact: fact, amount: amount))
    }

    static let birth = "1.001193", marriage = "1.000894", linked = "1.000003", residence = "1.000002",
        permit = "1.009972"

    static let sameDayOnTime = Scenario(
        name: "same-day birth registration, on time", opening: open(birth, "2026-03-02 08:30"),
        script: [
            line(.accept, "2026-03-02 08:30"),
            line(.complete, "2026-03-02 09:00", "receive"),
            line(.complete, "2026-03-02 10:00", "review", actor: "thanh-nua.justice-officer"),
            line(.approve, "2026-03-02 11:00", "sign", actor: "thanh-nua.chairman"),
            line(.return, "2026-03-02 14:00", "return"),
        ])

    static let supplement = Scenario(
        name: "supplement pauses the clock", opening: open(birth, "2026-03-02 08:30"),
        script: [
            line(.accept, "2026-03-02 08:30"),
            line(.complete, "2026-03-02 09:00", "receive"),
            line(.supplement, "2026-03-02 10:00", "review", reason: "thiếu Giấy chứng sinh"),
            line(.supplementReceived, "2026-03-04 10:00", "wait-applicant", actor: "applicant"),
            line(.complete, "2026-03-04 11:00", "review"),
            line(.approve, "2026-03-04 13:45", "sign"),
            line(.return, "2026-03-04 15:00", "return"),
        ])

    static let verification = Scenario(
        name: "choice taken by a fact given at opening",
        opening: open(marriage, "2026-03-02 09:00", facts: ["needs_verification"]),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 10:00", "receive"),
            line(.complete, "2026-03-03 09:00", "review"),
            line(.branch, "2026-03-03 09:05", "route"),
            line(.complete, "2026-03-06 16:00", "verify"),
            line(.approve, "2026-03-09 10:00", "sign"),
            line(.return, "2026-03-09 14:00", "return"),
        ])

    static let factAtChoice = Scenario(
        name: "choice establishing a fact", opening: open(marriage, "2026-03-02 09:00"),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 10:00", "receive"),
            line(.complete, "2026-03-03 09:00", "review"),
            line(.branch, "2026-03-03 09:05", "route", fact: "needs_verification"),
            line(.complete, "2026-03-10 16:00", "verify"),
            line(.approve, "2026-03-11 10:00", "sign"),
            line(.return, "2026-03-11 14:00", "return"),
        ])

    static let permitFlow = Scenario(
        name: "hand-off between levels, parallel appraisal, fee",
        opening: open(permit, "2026-03-02 09:00", channel: "in-person"),
        script: [
            line(.accept, "2026-03-02 09:00", actor: "thanh-nua.pasc"),
            line(.complete, "2026-03-02 10:00", "receive", actor: "thanh-nua.pasc"),
            line(.handOff, "2026-03-02 14:00", "transfer", actor: "thanh-nua.pasc"),
            line(.complete, "2026-03-05 16:00", "fire-check", actor: "province.fire-police"),
            line(.complete, "2026-03-09 11:00", "site-visit", actor: "province.construction.licensing"),
            line(.approve, "2026-03-11 10:00", "decide", actor: "province.construction.director"),
            line(.pay, "2026-03-13 09:00", "fee", actor: "applicant", amount: 150_000),
            line(.return, "2026-03-13 10:00", "return", actor: "thanh-nua.pasc"),
        ])

    static let interconnected = Scenario(
        name: "interconnected procedure: a sub-case joined by its parent", opening: open(linked, "2026-03-02 09:00"),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 09:30", "receive"),
            line(.approve, "2026-03-02 15:00", "birth"),
            line(.startSubcase, "2026-03-02 15:10", "residence"),
            line(.complete, "2026-03-03 08:00", "receive", on: ".1"),
            line(.approve, "2026-03-05 10:00", "register", on: ".1", actor: "thanh-nua.police"),
            line(.return, "2026-03-05 11:00", "return", on: ".1"),
            line(.return, "2026-03-05 14:00", "return"),
        ])

    static let subcaseRefiled = Scenario(
        name: "sub-case refused, then filed again", opening: open(linked, "2026-03-02 09:00"),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 09:30", "receive"),
            line(.approve, "2026-03-02 15:00", "birth"),
            line(.startSubcase, "2026-03-02 15:10", "residence"),
            line(.complete, "2026-03-03 08:00", "receive", on: ".1"),
            line(.refuse, "2026-03-03 10:00", "register", on: ".1", reason: "địa chỉ không có thật"),
            line(.return, "2026-03-03 11:00", "refused", on: ".1"),
            line(.startSubcase, "2026-03-04 08:00", "residence"),
            line(.complete, "2026-03-04 09:00", "receive", on: ".2"),
            line(.approve, "2026-03-05 09:00", "register", on: ".2"),
            line(.return, "2026-03-05 10:00", "return", on: ".2"),
            line(.return, "2026-03-05 14:00", "return"),
        ])

    static let refusal = Scenario(
        name: "refusal with a reason", opening: open(marriage, "2026-03-02 09:00"),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 10:00", "receive"),
            line(.refuse, "2026-03-02 15:00", "review", reason: "một bên chưa đủ tuổi kết hôn"),
            line(.return, "2026-03-03 09:00", "refused"),
        ])

    static let withdrawal = Scenario(
        name: "withdrawal with a sub-case running", opening: open(linked, "2026-03-02 09:00"),
        script: [
            line(.accept, "2026-03-02 09:00"),
            line(.complete, "2026-03-02 09:30", "receive"),
            line(.approve, "2026-03-02 15:00", "birth"),
            line(.startSubcase, "2026-03-02 15:10", "residence"),
            line(.complete, "2026-03-03 08:00", "receive", on: ".1"),
            line(.withdraw, "2026-03-03 10:00", actor: "applicant", reason: "người nộp rút hồ sơ"),
        ])

    static let rejected = Scenario(
        name: "rejected at reception", opening: open(birth, "2026-03-02 08:30"),
        script: [
            line(.reject, "2026-03-02 08:40", actor: "thanh-nua.pasc", reason: "hồ sơ không thuộc thẩm quyền")
        ])

    static let overdue = Scenario(
        name: "overdue, with an apology", opening: open(birth, "2026-03-02 14:00"),
        script: [
            line(.accept, "2026-03-02 14:00"),
            line(.complete, "2026-03-02 16:00", "receive"),
            line(.apologize, "2026-03-02 16:30", reason: "cán bộ hộ tịch đi công tác"),
            line(.complete, "2026-03-03 09:00", "review"),
            line(.approve, "2026-03-03 10:00", "sign"),
            line(.return, "2026-03-03 11:00", "return"),
        ])

    static let otherCentre = Scenario(
        name: "received at another commune's service centre",
        opening: open(birth, "2026-03-02 08:30", at: "muong-thanh.pasc"),
        script: [
            line(.accept, "2026-03-02 08:30", actor: "muong-thanh.pasc"),
            line(.complete, "2026-03-02 09:00", "receive", actor: "muong-thanh.pasc"),
            line(.complete, "2026-03-02 10:00", "review", actor: "thanh-nua.justice-officer"),
            line(.approve, "2026-03-02 11:00", "sign", actor: "thanh-nua.chairman"),
            line(.return, "2026-03-02 14:00", "return", actor: "muong-thanh.pasc"),
        ])

    static let all: [Scenario] = [
        sameDayOnTime, supplement, verification, factAtChoice, permitFlow, interconnected, subcaseRefiled,
        refusal, withdrawal, rejected, overdue, otherCentre,
    ]
}
