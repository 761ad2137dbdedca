import CaseEngine
import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// `tthc case show` as text: the header, the timeline, the steps, the pauses, what is allowed.
public enum CaseTextRenderer {
    public static func render(_ r: CaseReport, language: MessageLanguage = .en) -> String {
        let v = { (text: String) in VisibleText.neutralised(text) }
        let w = { (words: CaseWords) in words.text(language) }
        let vi = language == .vi
        var out = w(.heading(id: r.id, procedure: r.procedure, name: v(r.procedureName))) + "\n"
        out +=
            "  "
            + w(
                .applicant(
                    v(r.applicant), channel: r.channel, commune: v(r.commune), communeName: v(r.communeName),
                    receivedBy: v(r.receivingUnit)))
        out += r.parent.map { w(.subcaseOf($0)) } ?? ""
        out += "\n"
        if let d = r.applicantDetails {
            out +=
                "  " + w(.applicantName(d.name)) + (d.address.map { w(.address($0)) } ?? "")
                + (d.contact.map { w(.contact($0)) } ?? "") + "\n"
        }
        out += "  " + w(.received(r.received.withWeekday(language), deadline: vi ? r.periodVi : r.period))
        out += r.facts.isEmpty ? "" : w(.facts(v(r.facts.joined(separator: ", "))))
        out += (vi ? r.capVi : r.cap).map { w(.atMost($0, applies: r.capApplies)) } ?? ""
        out += r.due.map { w(.due($0.withWeekday(language))) } ?? ""
        out += "\n"
        out +=
            "  "
            + w(
                .fees(
                    r.fees.isEmpty
                        ? w(.noFees)
                        : r.fees.map { feeText($0, visible: v, language: language) }.joined(separator: "; ")
                )) + "\n"
        out += "  " + w(.state(stateLine(r, language: language))) + "\n"
        out += "  " + w(.version(r.version, artifact: r.artifact)) + "\n"
        if !r.events.isEmpty {
            out += "\n" + w(.timeline) + "\n"
            var table = TextTable()
            for e in r.events {
                // A report read back from JSON has only the English line.
                let detail = vi && !e.parts.isEmpty ? EventDetail.line(e.parts, language) : e.detail
                table.add(["v\(e.version)", e.at.description, e.event, e.actor, e.step ?? "", detail ?? ""])
            }
            out += table.render()
        }
        if !r.steps.isEmpty {
            out += "\n" + w(.steps) + "\n"
            var table = TextTable()
            table.add(CaseWords.stepHeaders.cells(language))
            for s in r.steps {
                let result = s.status.map { $0.label(language) } ?? (s.active ? w(.active) : "")
                table.add([
                    s.step, s.performer, s.arrived.description, s.due?.description ?? "—",
                    s.finished?.description ?? "—",
                    result + (s.note.map { result.isEmpty ? $0 : "; \($0)" } ?? ""),
                ])
            }
            out += table.render()
        }
        if !r.pauses.isEmpty || r.pausedSince != nil {
            out += "\n" + w(.pauses) + "\n"
            for p in r.pauses { out += "  \(p.start) → \(p.end)\n" }
            if let since = r.pausedSince { out += "  \(since) → \(w(.waiting))\n" }
        }
        if !r.apologies.isEmpty {
            out += "\n" + w(.apologies) + "\n"
            for a in r.apologies {
                out += "  \(a.at): " + w(.newDate("\(a.due)")) + (a.reason.map { " — \(v($0))" } ?? "") + "\n"
            }
        }
        if !r.subcases.isEmpty { out += "\n" + w(.subcases(r.subcases.joined(separator: ", "))) + "\n" }
        out += "\n" + w(.allowedNow) + "\n"
        out +=
            r.allowed.isEmpty
            ? "  \(w(.nothingAllowed))\n" : r.allowed.map { "  \(v($0.description))\n" }.joined()
        return out
    }

    /// "Cấp bản sao Giấy khai sinh: 8,000 VND per copy", "Đăng ký khai sinh: free", "Phí: as set by X";
    /// in Vietnamese "…: 8.000 đồng/bản", "…: không thu", "…: theo X", as `tthc diff` writes fees.
    static func feeText(
        _ fee: CompiledProcedure.FeeEntry, visible: (String) -> String, language: MessageLanguage = .en
    ) -> String {
        var text = visible(fee.name)
        if let amount = fee.amount {
            if amount == 0 {
                text += CaseWords.free.text(language)
            } else if language == .vi {
                text +=
                    ": \(CatalogDiff.money(amount)) đồng" + (fee.per.map { CaseWords.perUnit($0).text(language) } ?? "")
            } else {
                text +=
                    ": \(CatalogDiff.money(amount, separator: ",")) VND"
                    + (fee.per.map { CaseWords.perUnit($0).text(language) } ?? "")
            }
        } else if let schedule = fee.schedule {
            text += CaseWords.setBy(visible(schedule)).text(language)
        }
        return text
    }

    /// "closed, issued at … — Đúng hạn (on time)", "open at … — Quá hạn (overdue); form 04 is due";
    /// "đã trả kết quả lúc … — Đúng hạn", "đang giải quyết, tính đến … — Quá hạn; cần gửi thư xin lỗi theo Mẫu số 04".
    public static func stateLine(_ r: CaseReport, language: MessageLanguage = .en) -> String {
        let w = { (words: CaseWords) in words.text(language) }
        switch r.state {
        case "closed":
            return w(.closed(outcome: r.outcome, at: r.closedAt?.withWeekday(language) ?? "?"))
                + (r.status.map { " — \($0.label(language))" } ?? "")
        default:
            var line = r.state == "received" ? w(.awaitingAcceptance) : w(.openAt("\(r.now)"))
            if r.status == .overdue { line += " — \(DeadlineStatus.overdue.label(language))" }
            if r.apologyDue { line += w(.formDue) + (r.proposedDue.map { w(.proposedNewDate("\($0)")) } ?? "") }
            return line
        }
    }

    /// `tthc case list`: one line per case.
    public static func list(_ reports: [CaseReport], language: MessageLanguage = .en) -> String {
        var table = TextTable()
        table.add(CaseWords.listHeaders.cells(language))
        for r in reports { table.add(listLine(r, language: language)) }
        return table.render(indent: "") + CaseWords.caseCount(reports.count).text(language) + "\n"
    }

    static func listLine(_ r: CaseReport, language: MessageLanguage = .en) -> [String] {
        let active = r.steps.filter(\.active).map { "\($0.step) (\($0.performer))" }.joined(separator: ", ")
        let status = r.status.map(\.vietnameseLabel) ?? (r.apologyDue ? "sắp đến hạn" : "")
        return [
            r.id, r.procedure, CaseWords.listState(state: r.state, outcome: r.outcome).text(language),
            r.due?.description ?? "—", status, active,
        ]
    }
}
