import CaseEngine
import CatalogModel
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// `tthc case show` as text: the header, the timeline, the steps, the pauses, what is allowed.
public enum CaseTextRenderer {
    public static func render(_ r: CaseReport) -> String {
        let v = { (text: String) in VisibleText.neutralised(text) }
        var out = "Case \(r.id): \(r.procedure) \(v(r.procedureName))\n"
        out +=
            "  applicant \(v(r.applicant)), \(r.channel), commune \(v(r.commune)) (\(v(r.communeName))), received by \(v(r.receivingUnit))"
        out += r.parent.map { ", sub-case of \($0)" } ?? ""
        out += "\n"
        if let d = r.applicantDetails {
            out +=
                "  applicant's name \(d.name)" + (d.address.map { "; address \($0)" } ?? "")
                + (d.contact.map { "; contact \($0)" } ?? "") + "\n"
        }
        out += "  received \(r.received.withWeekday); deadline \(r.period)"
        out += r.facts.isEmpty ? "" : " (facts: \(v(r.facts.joined(separator: ", "))))"
        out += r.cap.map { ", at most \($0)" + (r.capApplies ? " (the cap applies)" : "") } ?? ""
        out += r.due.map { "; due \($0.withWeekday)" } ?? ""
        out += "\n"
        out +=
            "  fees at receipt: "
            + (r.fees.isEmpty ? "none" : r.fees.map { feeText($0, visible: v) }.joined(separator: "; ")) + "\n"
        out += "  state: " + stateLine(r) + "\n"
        out += "  version \(r.version), artifact \(r.artifact)\n"
        if !r.events.isEmpty {
            out += "\nTimeline\n"
            var table = TextTable()
            for e in r.events {
                table.add(["v\(e.version)", e.at.description, e.event, e.actor, e.step ?? "", e.detail ?? ""])
            }
            out += table.render()
        }
        if !r.steps.isEmpty {
            out += "\nSteps\n"
            var table = TextTable()
            table.add(["step", "performer", "arrived", "due", "finished", "result"])
            for s in r.steps {
                let result = s.status.map(\.bilingual) ?? (s.active ? "active" : "")
                table.add([
                    s.step, s.performer, s.arrived.description, s.due?.description ?? "—",
                    s.finished?.description ?? "—",
                    result + (s.note.map { result.isEmpty ? $0 : "; \($0)" } ?? ""),
                ])
            }
            out += table.render()
        }
        if !r.pauses.isEmpty || r.pausedSince != nil {
            out += "\nPauses (the statutory clock stops)\n"
            for p in r.pauses { out += "  \(p.start) → \(p.end)\n" }
            if let since = r.pausedSince { out += "  \(since) → (waiting)\n" }
        }
        if !r.apologies.isEmpty {
            out += "\nApologies (form 04)\n"
            for a in r.apologies {
                out += "  \(a.at): new date \(a.due)" + (a.reason.map { " — \(v($0))" } ?? "") + "\n"
            }
        }
        if !r.subcases.isEmpty { out += "\nSub-cases: \(r.subcases.joined(separator: ", "))\n" }
        out += "\nAllowed now\n"
        out +=
            r.allowed.isEmpty
            ? "  nothing: the case is closed\n" : r.allowed.map { "  \(v($0.description))\n" }.joined()
        return out
    }

    /// "Cấp bản sao Giấy khai sinh: 8,000 VND per copy", "Đăng ký khai sinh: free", "Phí: as set by X".
    static func feeText(_ fee: CompiledProcedure.FeeEntry, visible: (String) -> String) -> String {
        var text = visible(fee.name)
        if let amount = fee.amount {
            text +=
                amount == 0
                ? ": free" : ": \(CatalogDiff.money(amount, separator: ",")) VND" + (fee.per.map { " per \($0)" } ?? "")
        } else if let schedule = fee.schedule {
            text += ": as set by \(visible(schedule))"
        }
        return text
    }

    /// "closed, issued at … — Đúng hạn (on time)", "open at … — Quá hạn (overdue); form 04 is due".
    public static func stateLine(_ r: CaseReport) -> String {
        switch r.state {
        case "closed":
            return "closed, \(r.outcome ?? "ended") at \(r.closedAt?.withWeekday ?? "?")"
                + (r.status.map { " — \($0.bilingual)" } ?? "")
        default:
            var line = r.state == "received" ? "received, awaiting acceptance" : "open at \(r.now)"
            if r.status == .overdue { line += " — \(DeadlineStatus.overdue.bilingual)" }
            if r.apologyDue { line += "; form 04 is due" + (r.proposedDue.map { " (proposed new date \($0))" } ?? "") }
            return line
        }
    }

    /// `tthc case list`: one line per case.
    public static func list(_ reports: [CaseReport]) -> String {
        var table = TextTable()
        table.add(["case", "procedure", "state", "due", "status", "active"])
        for r in reports { table.add(listLine(r)) }
        return table.render(indent: "") + "\(reports.count) case\(reports.count == 1 ? "" : "s")\n"
    }

    static func listLine(_ r: CaseReport) -> [String] {
        let active = r.steps.filter(\.active).map { "\($0.step) (\($0.performer))" }.joined(separator: ", ")
        let status = r.status.map(\.vietnameseLabel) ?? (r.apologyDue ? "sắp đến hạn" : "")
        return [
            r.id, r.procedure, r.state + (r.outcome.map { ":\($0)" } ?? ""), r.due?.description ?? "—", status, active,
        ]
    }
}
