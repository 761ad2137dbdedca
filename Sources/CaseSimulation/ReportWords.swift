import CaseEngine
import Diagnostics

/// Every phrase of the HTML report, in Vietnamese (the default) or English: one language per page.
struct ReportWords {
    let l: MessageLanguage
    func t(_ vi: String, _ en: String) -> String { l == .en ? en : vi }

    var pageTitle: String { t("Báo cáo mô phỏng giải quyết hồ sơ", "Simulated case processing report") }
    var summary: String { t("Tóm tắt", "Summary") }
    var dossiers: String { t("hồ sơ", "dossiers") }
    var subcases: String { t("hồ sơ liên thông", "interconnected sub-cases") }
    var arriving: String { t("tiếp nhận trong", "arriving over") }
    var workingDaysFrom: String { t("ngày làm việc từ", "working days from") }
    var onlineShare: String { t("trực tuyến (nơi có dịch vụ)", "online where offered") }
    var seed: String { t("hạt giống ngẫu nhiên", "seed") }
    var events: String { t("sự kiện; sự kiện cuối lúc", "events; the last on") }
    var onTimeLine: String { t("trả kết quả trước hạn hoặc đúng hạn", "returned early or on time") }
    var early: String { t("Trước hạn", "Early") }
    var onTime: String { t("Đúng hạn", "On time") }
    var overdue: String { t("Quá hạn", "Overdue") }
    var pauses: String { t("lần tạm dừng để bổ sung hồ sơ hoặc nộp phí", "pauses for supplements or payment") }
    var apologies: String {
        t(
            "văn bản xin lỗi và hẹn lại (Mẫu số 04) gửi cho hồ sơ trễ hạn",
            "apology letters with a new date (form 04) sent for late cases")
    }
    var outcome: String { t("Kết quả", "Outcome") }
    var cases: String { t("Số hồ sơ", "Cases") }
    var rate: String { t("Tỷ lệ đúng hạn", "On-time rate") }
    var name: String { t("Tên", "Name") }
    var data: String { t("Số liệu của biểu đồ", "The chart's figures") }
    var byCommune: String {
        t(
            "Tỷ lệ giải quyết đúng hạn theo xã, phường (thủ tục cấp xã)",
            "On-time rate per commune (commune-level procedures)")
    }
    var byCommuneDesc: String {
        t(
            "Mỗi thanh là một xã, phường: tỷ lệ hồ sơ do xã giải quyết được trả trước hạn hoặc đúng hạn; đường gạch là chỉ tiêu.",
            "One bar per commune or ward: the share of its dossiers returned early or on time; the dashed line is the target."
        )
    }
    var byAgency: String { t("Tỷ lệ giải quyết đúng hạn theo cơ quan cấp tỉnh", "On-time rate per provincial agency") }
    var byAgencyDesc: String {
        t(
            "Mỗi thanh là một cơ quan có thẩm quyền quyết định: tỷ lệ hồ sơ trả trước hạn hoặc đúng hạn; đường gạch là chỉ tiêu.",
            "One bar per deciding agency: the share of its dossiers returned early or on time; the dashed line is the target."
        )
    }
    var target: String { t("Chỉ tiêu", "Target") }
    var meets: String { t("Đạt chỉ tiêu", "Meets the target") }
    var near: String { t("Dưới chỉ tiêu không quá 5 điểm", "Within 5 points below") }
    var below: String { t("Dưới chỉ tiêu hơn 5 điểm", "More than 5 points below") }
    var targetNote: String {
        t(
            "Chỉ tiêu do người chạy mô phỏng đặt (--target), không phải một con số pháp định.",
            "The target is set by whoever runs the simulation (--target); it is not a legal figure.")
    }
    var backlog: String { t("Hồ sơ đang giải quyết cuối mỗi ngày", "Open dossiers at the end of each day") }
    var backlogDesc: String {
        t(
            "Số hồ sơ đã tiếp nhận mà chưa kết thúc, vào cuối mỗi ngày của kỳ mô phỏng.",
            "Dossiers received and not yet closed, at the end of each day of the period.")
    }
    var backlogX: String { t("Ngày (ngày/tháng/năm)", "Date (day/month/year)") }
    var backlogY: String { t("Số hồ sơ", "Dossiers") }
    var date: String { t("Ngày", "Date") }
    var slowest: String { t("Thủ tục giải quyết chậm nhất", "Slowest procedures") }
    var slowestNote: String {
        t(
            "Thời gian trung bình (ngày làm việc) từ tiếp nhận đến trả kết quả; chỉ xếp hạng thủ tục có ít nhất",
            "Mean working days from receipt to result; only procedures with at least")
    }
    var slowestNote2: String { t("hồ sơ đã trả kết quả.", "returned cases are ranked.") }
    var code: String { t("Mã", "Code") }
    var procedure: String { t("Thủ tục", "Procedure") }
    var meanDays: String { t("Trung bình (ngày làm việc)", "Mean (working days)") }
    var deadline: String { t("Thời hạn", "Deadline") }
    var overdueShare: String { t("Tỷ lệ quá hạn", "Overdue") }
    var staffing: String { t("Đơn vị cần tăng cường nhân lực", "Units that would need more staff") }
    var staffingNote: String {
        t(
            "Đơn vị có tỷ lệ bước xử lý đúng hạn dưới chỉ tiêu, nhiều bước trễ nhất trước; hàng đợi là số hồ sơ nằm tại đơn vị cuối mỗi ngày trong mô phỏng. Mô phỏng không mô hình hóa số cán bộ: đây là dấu hiệu cần xem xét bố trí thêm người hoặc thời gian xử lý, không phải số người cần thêm.",
            "Units whose steps are on time less often than the target, most late steps first; the queue is the dossiers at the unit at the end of each simulated day. The simulator does not model staff numbers: this flags where more staff (or more time per step) is needed, not how many people."
        )
    }
    var unit: String { t("Đơn vị", "Unit") }
    var steps: String { t("Số bước", "Steps") }
    var lateSteps: String { t("Bước trễ hạn", "Late steps") }
    var meanQueue: String { t("Hàng đợi trung bình", "Mean queue") }
    var peakQueue: String { t("Hàng đợi cao nhất", "Peak queue") }
    var noneBelow: String { t("Không đơn vị nào dưới chỉ tiêu.", "No unit is below the target.") }
    var index: String {
        t(
            "Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
            "Service index for citizens and businesses (Decision 766/QĐ-TTg)")
    }
    var indexText: String {
        t(
            "Nhóm chỉ số thành phần “Tiến độ, kết quả giải quyết” có điểm tối đa 20 điểm. Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trong mô phỏng:",
            "The component “progress and results of resolution” scores at most 20 points. The share of dossiers resolved early or on time in the simulation:"
        )
    }
    var indexCaveat: String { t(SimulationReport.ServiceIndex.noPoints.vi, SimulationReport.ServiceIndex.noPoints.en) }
    var sources: String { t("Nguồn", "Sources") }
    var of: String { t("trên", "of") }
    var footer: String {
        t(
            "Các tỷ lệ hành vi (bổ sung, từ chối, thời gian từng bước) là giả định của bộ mô phỏng, không phải số liệu công bố. Dữ liệu cá nhân của người nộp hồ sơ không có trong báo cáo.",
            "Behaviour rates (supplements, refusals, step times) are the simulator's assumptions, not published figures. No applicant's personal data is in this report."
        )
    }
    var artifact: String { t("Bản biên dịch", "Artifact") }
    var simulatedIn: String { t("Thời gian chạy", "Simulated in") }
}
