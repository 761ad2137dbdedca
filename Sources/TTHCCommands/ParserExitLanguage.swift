import ArgumentParser
import Diagnostics

extension ParserExit {
    /// How a `tthc` command line ends on an error ArgumentParser raised, as `init(_:of:)` says, with
    /// a usage error said in the language the line asks for (`RequestedLanguage`) when its command
    /// speaks --lang. `arguments`: the line, without the program's name. The sentence is tthc's own
    /// (`UsageRefusal`, already in that language) or one of ArgumentParser's that `ParserMessage`
    /// reads; any other keeps the whole report in English. The usage line is kept as it is, and the
    /// status too.
    init(_ error: any Error, of root: TTHC.Type, arguments: [String]) {
        self.init(error, of: root)
        guard root.exitCode(for: error) == .validationFailure,
            let language = RequestedLanguage.named(in: arguments), language != .en,
            let report = ParserReport(message, sentence: root.message(for: error)),
            root.speaksLanguage(report.command)
        else { return }
        if report.sentence == UsageRefusal.kept?.sentence.withLock({ $0 }) {
            message = report.text(language, sentence: report.sentence)
        } else if let sentence = ParserMessage(report.sentence) {
            message = report.text(language, sentence: sentence.text(language))
        }
    }
}
