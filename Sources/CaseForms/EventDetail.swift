import CaseEngine
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// One field of an event beyond its kind, step and actor, as a timeline line shows it: a typed
/// value, rendered in the clerk's language only when printed (the JSON keeps the English line).
public enum EventDetail: Sendable, Equatable {
    case received(channel: String, from: String, facts: [String])
    case target(String)
    case fact(String)
    case subcase(String, outcome: String?)
    case paid(Int)
    case newDate(LocalDateTime)
    case migrated(to: String)
    case reason(String)

    /// The details of `e`, in the order a line shows them.
    public static func of(_ e: CaseEvent) -> [EventDetail] {
        var parts: [EventDetail] = []
        if let opening = e.opening {
            parts.append(.received(channel: opening.channel, from: opening.applicant, facts: opening.facts.map(\.text)))
        }
        if let target = e.target { parts.append(.target(target.text)) }
        if let fact = e.fact { parts.append(.fact(fact.text)) }
        if let child = e.child { parts.append(.subcase(child, outcome: e.outcome?.text)) }
        if let amount = e.amount { parts.append(.paid(amount)) }
        if let due = e.due { parts.append(.newDate(due)) }
        if let artifact = e.artifact, e.kind == .migrated { parts.append(.migrated(to: artifact)) }
        if let reason = e.reason { parts.append(.reason(reason)) }
        return parts
    }

    /// The details on one line, `; ` between them; nil when there are none.
    public static func line(_ parts: [EventDetail], _ language: MessageLanguage) -> String? {
        parts.isEmpty ? nil : parts.map { $0.text(language) }.joined(separator: "; ")
    }

    public func text(_ language: MessageLanguage) -> String {
        let vi = language == .vi
        switch self {
        case .received(let channel, let applicant, let facts):
            let list = facts.joined(separator: ", ")
            return vi
                ? "nhận hồ sơ \(CaseWords.channel(channel)) của \(applicant)"
                    + (facts.isEmpty ? "" : ", điều kiện: \(list)")
                : "received \(channel) from \(applicant)" + (facts.isEmpty ? "" : ", facts: \(list)")
        case .target(let target): return "→ \(target)"
        case .fact(let fact): return vi ? "điều kiện \(fact)" : "fact \(fact)"
        case .subcase(let child, let outcome):
            return vi
                ? "hồ sơ liên thông \(child)" + (outcome.map { ": \(CaseWords.outcome($0))" } ?? "")
                : "sub-case \(child)" + (outcome.map { " \($0)" } ?? "")
        case .paid(let amount): return vi ? "đã nộp \(CatalogDiff.money(amount)) đồng" : "paid \(amount) đ"
        case .newDate(let due): return CaseWords.newDate("\(due)").text(language)
        case .migrated(let artifact): return vi ? "chuyển sang \(artifact)" : "to \(artifact)"
        case .reason(let reason): return "“\(reason)”"
        }
    }

    /// The same detail with the applicant's reference replaced (`case show --redact`).
    func redacting(_ reference: String, with mark: String) -> EventDetail {
        let hide = { (text: String) in text.replacingOccurrences(of: reference, with: mark) }
        return switch self {
        case .received(let channel, let from, let facts): .received(channel: channel, from: hide(from), facts: facts)
        case .reason(let reason): .reason(hide(reason))
        default: self
        }
    }
}
