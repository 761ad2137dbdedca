import Diagnostics

// What the compiler says, one type per message, English and Vietnamese side by side.

struct TemplateUsedHere: DiagnosticMessage {
    let procedure: String
    let template: String

    func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "in procedure \(procedure), which uses template \(template) here"
        case .vi: "trong thủ tục \(procedure), thủ tục này dùng mẫu quy trình \(template) ở đây"
        }
    }
}

/// The last note of a finding in a template that many procedures use (the linter's too).
public struct MoreProceduresUseIt: DiagnosticMessage {
    public let count: Int

    public init(count: Int) {
        self.count = count
    }

    public func text(_ language: MessageLanguage) -> String {
        switch language {
        case .en: "and \(count) more procedures use it"
        case .vi: "và \(count) thủ tục khác cũng dùng"
        }
    }
}
