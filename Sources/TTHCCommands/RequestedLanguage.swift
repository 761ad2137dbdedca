import Diagnostics

/// The language a command line asks for, read from its words as ArgumentParser reads `--lang`:
/// a line it rejects never becomes a command whose `lang` could be asked, yet its usage error is
/// said in that language too.
enum RequestedLanguage {
    /// What the last `--lang` names (`--lang vi`, `--lang=vi`; nothing after `--`, where every word
    /// is an argument); nil with no `--lang`, and when the last one names no language tthc speaks
    /// (`--lang fr`, a `--lang` without a value), which ArgumentParser refuses in English.
    static func named(in arguments: [String]) -> MessageLanguage? {
        var last: String?
        var words = arguments[...]
        while let word = words.popFirst(), word != "--" {
            if word == "--lang" {
                // ArgumentParser takes no word that starts with "-" as a value: `--lang --x` has none.
                if let value = words.first, !value.hasPrefix("-") {
                    last = value
                    words.removeFirst()
                } else {
                    last = ""
                }
            } else if word.hasPrefix("--lang=") {
                last = String(word.dropFirst("--lang=".count))
            }
        }
        return last.flatMap(MessageLanguage.init(rawValue:))
    }
}
