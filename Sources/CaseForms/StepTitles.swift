import CaseEngine
import Diagnostics
import WorkflowCompiler

/// What a step is called on a form or a chart: its catalog title, else a phrase for its kind —
/// never its id, which is for machines.
public enum StepTitles {
    public static func title(_ step: CompiledStep?, _ language: MessageLanguage = .vi) -> String {
        guard let step else { return language == .en ? "Step" : "Bước xử lý" }
        if language == .en, let title = step.titleEn ?? step.title { return title }
        if language == .vi, let title = step.title { return title }
        return fallback(step, language)
    }

    static func fallback(_ step: CompiledStep, _ language: MessageLanguage) -> String {
        let en = language == .en
        switch step.kind {
        case .task: return en ? "Process the dossier" : "Xử lý hồ sơ"
        case .handOff: return en ? "Pass the dossier on" : "Chuyển hồ sơ"
        case .wait:
            return step.wait == "payment"
                ? (en ? "Wait for the fee" : "Chờ nộp phí, lệ phí")
                : (en ? "Wait for the applicant's supplement" : "Chờ bổ sung hồ sơ")
        case .choice: return en ? "Sort the dossier" : "Phân loại hồ sơ"
        case .parallel: return en ? "Work in parallel" : "Xử lý song song"
        case .call: return en ? "Interconnected procedure" : "Thực hiện thủ tục liên thông"
        case .end:
            switch step.outcome {
            case "refused": return en ? "Return the refusal" : "Trả hồ sơ và thông báo từ chối"
            case "withdrawn": return en ? "Return the withdrawn dossier" : "Trả lại hồ sơ rút"
            default: return en ? "Return the result" : "Trả kết quả"
            }
        }
    }
}
