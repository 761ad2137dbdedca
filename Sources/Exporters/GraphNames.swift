import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// What a drawing calls steps and performers: the step's title and the unit's or role's name in
/// Vietnamese or English, from the artifact — never an id. A procedure names unit kinds
/// (`commune.chairman`), so a commune-level performer is named by its kind ("Chủ tịch Ủy ban nhân
/// dân xã"); provincial units by their full names.
public struct GraphNames: Sendable {
    public typealias Language = MessageLanguage

    public let language: Language
    let units: [String: CompiledCatalog.UnitEntry]

    public init(_ artifact: CompiledCatalog, language: Language) {
        self.language = language
        units = Dictionary(artifact.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func t(_ vi: String, _ en: String) -> String { language == .en ? en : vi }

    public func performer(_ reference: String?) -> String {
        guard let reference else { return "" }
        let isKind = reference == "commune" || reference.hasPrefix("commune.")
        if let unit = units[reference] { return unitName(unit, isKind: isKind) }
        if let dot = reference.lastIndex(of: "."), let unit = units[String(reference[..<dot])] {
            let role = String(reference[reference.index(after: dot)...])
            if !isKind,
                let full = language == .en
                    ? unit.roleFullNamesEn?[role] ?? unit.roleFullNames?[role] : unit.roleFullNames?[role]
            {
                return full
            }
            let short = language == .en ? unit.roleNamesEn?[role] ?? unit.roleNames[role] : unit.roleNames[role]
            if let short { return isKind ? short : "\(short), \(unitName(unit, isKind: false))" }
        }
        return reference
    }

    func unitName(_ unit: CompiledCatalog.UnitEntry, isKind: Bool) -> String {
        if !isKind, let full = language == .en ? unit.fullNameEn ?? unit.fullName : unit.fullName { return full }
        return language == .en ? unit.nameEn ?? unit.name : unit.name
    }

    public func title(_ step: CompiledStep) -> String {
        if let title = language == .en ? step.titleEn ?? step.title : step.title { return title }
        switch step.kind {
        case .task: return t("Xử lý hồ sơ", "Process the dossier")
        case .handOff: return t("Chuyển hồ sơ", "Pass the dossier on")
        case .wait:
            return step.wait == "payment"
                ? t("Chờ nộp phí, lệ phí", "Wait for the fee") : t("Chờ bổ sung hồ sơ", "Wait for the applicant")
        case .choice: return t("Phân loại hồ sơ", "Sort the dossier")
        case .parallel: return t("Xử lý song song", "Work in parallel")
        case .call: return t("Thủ tục liên thông", "Interconnected procedure")
        case .end:
            return step.outcome == "issued"
                ? t("Trả kết quả", "Return the result") : t("Trả hồ sơ", "Return the dossier")
        }
    }

    /// The lines under a step's title: who, and the budget or what the step waits for.
    public func details(_ step: CompiledStep) -> [String] {
        var lines: [String] = []
        switch step.kind {
        case .task, .end: lines.append(performer(step.by))
        case .handOff: lines.append("\(performer(step.by)) → \(performer(step.to))")
        case .wait: lines.append(t("tạm dừng tính thời hạn", "clock paused"))
        case .call: lines.append(t("thủ tục \(step.call ?? "")", "procedure \(step.call ?? "")"))
        case .choice, .parallel: break
        }
        if let budget = step.budget { lines.append(duration(budget)) }
        return lines.filter { !$0.isEmpty }
    }

    /// The exit's name on an edge: "supplement" → "yêu cầu bổ sung".
    public func edge(_ text: String) -> String {
        switch text {
        case "supplement": return t("yêu cầu bổ sung", "supplement")
        case "refuse": return t("từ chối", "refuse")
        case "pay": return t("nộp phí", "pay")
        case "withdraw": return t("rút hồ sơ", "withdraw")
        case "otherwise": return t("trường hợp khác", "otherwise")
        case "join": return t("hợp nhánh", "join")
        default: return text
        }
    }

    /// A period as the artifact writes it ("3 working days"), in the drawing's language.
    func duration(_ text: String) -> String {
        language == .vi ? WorkDuration.vietnameseWords(in: text) : text
    }
}
