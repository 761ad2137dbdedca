import CaseEngine
import Diagnostics

/// Every phrase of the HTML report, in Vietnamese (the default) or English: one language per page.
struct ReportWords {
    let l: MessageLanguage
    func t(_ vi: String, _ en: String) -> String { l == .en ? en : vi }

    subscript(_ phrase: Phrase) -> String {
        let words = phrase.words
        return t(words.vi, words.en)
    }

    /// Every phrase under its name, as the template reads them (`{{w.pageTitle}}`).
    var all: [String: String] { Dictionary(uniqueKeysWithValues: Phrase.allCases.map { ($0.rawValue, self[$0]) }) }

    /// A phrase of the report, named as the template names it.
    enum Phrase: String, CaseIterable {
        case pageTitle, summary, dossiers, subcases, arriving, workingDaysFrom, onlineShare, seed, events,
            onTimeLine, early, onTime, overdue, pauses, apologies, outcome, cases, rate, name, data, byCommune,
            byCommuneDesc, byAgency, byAgencyDesc, target, meets, near, below, targetNote, backlog, backlogDesc,
            backlogX, backlogY, date, slowest, slowestNote, slowestNote2, code, procedure, meanDays, deadline,
            overdueShare, staffing, staffingNote, unit, steps, lateSteps, meanQueue, peakQueue, noneBelow, index,
            indexText, indexCaveat, sources, of, noneReturned, footer, artifact, simulatedIn

        /// Vietnamese, then English.
        var words: (vi: String, en: String) {
            switch self {
            case .pageTitle: ("Báo cáo mô phỏng giải quyết hồ sơ", "Simulated case processing report")
            case .summary: ("Tóm tắt", "Summary")
            case .dossiers: ("hồ sơ", "dossiers")
            case .subcases: ("hồ sơ liên thông", "interconnected sub-cases")
            case .arriving: ("tiếp nhận trong", "arriving over")
            case .workingDaysFrom: ("ngày làm việc từ", "working days from")
            case .onlineShare: ("trực tuyến (nơi có dịch vụ)", "online where offered")
            case .seed: ("hạt giống ngẫu nhiên", "seed")
            case .events: ("sự kiện; sự kiện cuối lúc", "events; the last on")
            case .onTimeLine: ("trả kết quả trước hạn hoặc đúng hạn", "returned early or on time")
            case .early: ("Trước hạn", "Early")
            case .onTime: ("Đúng hạn", "On time")
            case .overdue: ("Quá hạn", "Overdue")
            case .pauses: ("lần tạm dừng để bổ sung hồ sơ hoặc nộp phí", "pauses for supplements or payment")
            case .apologies:
                (
                    "văn bản xin lỗi và hẹn lại (Mẫu số 04) gửi cho hồ sơ trễ hạn",
                    "apology letters with a new date (form 04) sent for late cases"
                )
            case .outcome: ("Kết quả", "Outcome")
            case .cases: ("Số hồ sơ", "Cases")
            case .rate: ("Tỷ lệ đúng hạn", "On-time rate")
            case .name: ("Tên", "Name")
            case .data: ("Số liệu của biểu đồ", "The chart's figures")
            case .byCommune:
                (
                    "Tỷ lệ giải quyết đúng hạn theo xã, phường (thủ tục cấp xã)",
                    "On-time rate per commune (commune-level procedures)"
                )
            case .byCommuneDesc:
                (
                    "Mỗi thanh là một xã, phường: tỷ lệ hồ sơ do xã giải quyết được trả trước hạn hoặc đúng hạn; đường gạch là chỉ tiêu.",
                    "One bar per commune or ward: the share of its dossiers returned early or on time; the dashed line is the target."
                )
            case .byAgency: ("Tỷ lệ giải quyết đúng hạn theo cơ quan cấp tỉnh", "On-time rate per provincial agency")
            case .byAgencyDesc:
                (
                    "Mỗi thanh là một cơ quan có thẩm quyền quyết định: tỷ lệ hồ sơ trả trước hạn hoặc đúng hạn; đường gạch là chỉ tiêu.",
                    "One bar per deciding agency: the share of its dossiers returned early or on time; the dashed line is the target."
                )
            case .target: ("Chỉ tiêu", "Target")
            case .meets: ("Đạt chỉ tiêu", "Meets the target")
            case .near: ("Dưới chỉ tiêu không quá 5 điểm", "Within 5 points below")
            case .below: ("Dưới chỉ tiêu hơn 5 điểm", "More than 5 points below")
            case .targetNote:
                (
                    "Chỉ tiêu do người chạy mô phỏng đặt (--target), không phải một con số pháp định.",
                    "The target is set by whoever runs the simulation (--target); it is not a legal figure."
                )
            case .backlog: ("Hồ sơ đang giải quyết cuối mỗi ngày", "Open dossiers at the end of each day")
            case .backlogDesc:
                (
                    "Số hồ sơ đã tiếp nhận mà chưa kết thúc, vào cuối mỗi ngày của kỳ mô phỏng.",
                    "Dossiers received and not yet closed, at the end of each day of the period."
                )
            case .backlogX: ("Ngày (ngày/tháng/năm)", "Date (day/month/year)")
            case .backlogY: ("Số hồ sơ", "Dossiers")
            case .date: ("Ngày", "Date")
            case .slowest: ("Thủ tục giải quyết chậm nhất", "Slowest procedures")
            case .slowestNote:
                (
                    "Thời gian trung bình (ngày làm việc) từ tiếp nhận đến trả kết quả; chỉ xếp hạng thủ tục có ít nhất",
                    "Mean working days from receipt to result; only procedures with at least"
                )
            case .slowestNote2: ("hồ sơ đã trả kết quả.", "returned cases are ranked.")
            case .code: ("Mã", "Code")
            case .procedure: ("Thủ tục", "Procedure")
            case .meanDays: ("Trung bình (ngày làm việc)", "Mean (working days)")
            case .deadline: ("Thời hạn", "Deadline")
            case .overdueShare: ("Tỷ lệ quá hạn", "Overdue")
            case .staffing: ("Đơn vị cần tăng cường nhân lực", "Units that would need more staff")
            case .staffingNote:
                (
                    "Đơn vị có tỷ lệ bước xử lý đúng hạn dưới chỉ tiêu, nhiều bước trễ nhất trước; hàng đợi là số hồ sơ nằm tại đơn vị cuối mỗi ngày trong mô phỏng. Mô phỏng không mô hình hóa số cán bộ: đây là dấu hiệu cần xem xét bố trí thêm người hoặc thời gian xử lý, không phải số người cần thêm.",
                    "Units whose steps are on time less often than the target, most late steps first; the queue is the dossiers at the unit at the end of each simulated day. The simulator does not model staff numbers: this flags where more staff (or more time per step) is needed, not how many people."
                )
            case .unit: ("Đơn vị", "Unit")
            case .steps: ("Số bước", "Steps")
            case .lateSteps: ("Bước trễ hạn", "Late steps")
            case .meanQueue: ("Hàng đợi trung bình", "Mean queue")
            case .peakQueue: ("Hàng đợi cao nhất", "Peak queue")
            case .noneBelow: ("Không đơn vị nào dưới chỉ tiêu.", "No unit is below the target.")
            case .index:
                (
                    "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
                    "Service index for citizens and businesses (Decision 766/QĐ-TTg)"
                )
            case .indexText:
                (
                    "Nhóm chỉ số thành phần “Tiến độ, kết quả giải quyết” có điểm tối đa 20 điểm. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trong mô phỏng:",
                    "The component “progress and results of resolution” scores at most 20 points. The share of dossiers resolved early or on time in the simulation:"
                )
            case .indexCaveat: (SimulationReport.ServiceIndex.noPoints.vi, SimulationReport.ServiceIndex.noPoints.en)
            case .sources: ("Nguồn", "Sources")
            case .of: ("trên", "of")
            case .noneReturned: ("chưa trả hồ sơ nào", "none returned yet")
            case .footer:
                (
                    "Các tỷ lệ hành vi (bổ sung, từ chối, thời gian từng bước) là giả định của bộ mô phỏng, không phải số liệu công bố. Dữ liệu cá nhân của người nộp hồ sơ không có trong báo cáo.",
                    "Behaviour rates (supplements, refusals, step times) are the simulator's assumptions, not published figures. No applicant's personal data is in this report."
                )
            case .artifact: ("Bản biên dịch", "Artifact")
            case .simulatedIn: ("Thời gian chạy", "Simulated in")
            }
        }
    }
}
