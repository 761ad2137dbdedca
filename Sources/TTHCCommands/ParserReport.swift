import Diagnostics

/// ArgumentParser's report of a command line it rejects (`fullMessage(for:)`), in its parts:
///
///     Error: Unknown option '--bogus'
///     Usage: tthc deadline [--catalog <catalog>] …
///       See 'tthc deadline --help' for more information.
///
/// (a "Help:" line on the option at fault may come before "Usage:"), so that the sentence and the
/// hint can be said in another language while the rest is kept: the usage is syntax, the "Help:"
/// line is the command's help, which is in English.
struct ParserReport {
    /// After "Error: " (`message(for:)`).
    var sentence: String
    /// Between the sentence and the hint, line breaks included: the "Help:" and "Usage:" lines.
    var middle: String
    /// The command the hint names (`tthc case open`), as ArgumentParser found it in the line.
    var command: [String]
    /// How the hint asks for help (`--help`).
    var helpName: String

    /// The parts of `full`, whose sentence is `sentence`; nil when it is not that shape.
    init?(_ full: String, sentence: String) {
        guard full.hasPrefix(Self.errorPrefix(.en) + sentence + "\n") else { return nil }
        let rest = full.dropFirst(Self.errorPrefix(.en).count + sentence.count + 1)
        let hintStart = rest.lastIndex(of: "\n").map { rest.index(after: $0) } ?? rest.startIndex
        let hint = String(rest[hintStart...])
        let prefix = "  See '"
        let suffix = "' for more information."
        guard hint.hasPrefix(prefix), hint.hasSuffix(suffix), hint.count > prefix.count + suffix.count else {
            return nil
        }
        var words = hint.dropFirst(prefix.count).dropLast(suffix.count).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        self.sentence = sentence
        middle = String(rest[..<hintStart])
        helpName = words.removeLast()
        command = words
        guard text(.en, sentence: sentence) == full else { return nil }
    }

    /// The report in `language`, with `sentence` (said in that language) after its "Error:".
    func text(_ language: MessageLanguage, sentence: String) -> String {
        let invocation = (command + [helpName]).joined(separator: " ")
        let hint =
            language == .vi
            ? "  Xem '\(invocation)' để biết thêm thông tin."
            : "  See '\(invocation)' for more information."
        return Self.errorPrefix(language) + sentence + "\n" + middle + hint
    }

    private static func errorPrefix(_ language: MessageLanguage) -> String {
        language == .vi ? "Lỗi: " : "Error: "
    }
}
