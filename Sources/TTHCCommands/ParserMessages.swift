import Diagnostics

/// ArgumentParser's sentences for a command line it rejects, read back from its English
/// (swift-argument-parser's `ErrorMessageGenerator`: it makes them public only as text), so that
/// they are said in the language the line asks for. Only the shapes a tthc command can meet; a
/// sentence is read only when saying it again in English gives it back byte for byte, so any
/// other (a newer ArgumentParser's, a name that hides a quote) stays in English as written.
/// Names, values and synopses (`--format <format>`) are kept verbatim: they are syntax.
enum ParserMessage: DiagnosticMessage, Equatable {
    /// `Missing expected argument '<catalog>'`; a required option's is `'--field <field>'`.
    case missingArgument(String)
    /// `Missing value for '--unit <unit>'`: the option is last, or followed by another option.
    case missingValue(String)
    /// `Unknown option '--bogus'`, with `. Did you mean '--lang'?` when one is near.
    case unknownOption(String, suggestion: String?)
    /// `Unexpected argument 'x'`; `2 unexpected arguments: 'x', 'y'`.
    case unexpectedArguments([String])
    /// `The value 'xml' is invalid for '--format <format>'. Please provide one of …`; `allowed`
    /// is empty where ArgumentParser lists no values (a number's option).
    case invalidValue(String, for: String, allowed: [String])
    /// `The option '--fix' does not take any value, but 'yes' was specified.`
    case valueForFlag(String, value: String)

    /// The message `sentence` says, or nil when it is not one of these, word for word. A name or
    /// value with a quote or a line break in it is not taken: the sentence could then be read
    /// another way (ArgumentParser's "Unknown option '-oz'. Did you mean '--at'?\n   or: Missing
    /// value for '-o <output>' in '-oz'" reads as one unknown option whose name runs to the end).
    init?(_ sentence: String) {
        guard let message = Self.read(sentence), message.text(.en) == sentence,
            message.words.allSatisfy({ !$0.contains("'") && !$0.contains("\n") })
        else { return nil }
        self = message
    }

    /// The names and values the sentence quotes.
    private var words: [String] {
        switch self {
        case .missingArgument(let name), .missingValue(let name): [name]
        case .unknownOption(let name, let suggestion): [name] + (suggestion.map { [$0] } ?? [])
        case .unexpectedArguments(let words): words
        case .invalidValue(let value, let name, let allowed): [value, name] + allowed
        case .valueForFlag(let name, let value): [name, value]
        }
    }

    func text(_ language: MessageLanguage) -> String {
        switch self {
        case .missingArgument(let name):
            switch (language, name.hasPrefix("-")) {
            case (.en, _): "Missing expected argument '\(name)'"
            case (.vi, true): "thiếu tùy chọn bắt buộc '\(name)'"
            case (.vi, false): "thiếu đối số bắt buộc '\(name)'"
            }
        case .missingValue(let name):
            language == .vi ? "thiếu giá trị cho '\(name)'" : "Missing value for '\(name)'"
        case .unknownOption(let name, let suggestion):
            language == .vi
                ? "không có tùy chọn '\(name)'" + (suggestion.map { "; có phải ý bạn là '\($0)'?" } ?? "")
                : "Unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .unexpectedArguments(let words):
            switch (language, words.count) {
            case (.vi, 1): "đối số thừa \(Self.quoted(words))"
            case (.vi, _): "\(words.count) đối số thừa: \(Self.quoted(words))"
            case (.en, 1): "Unexpected argument \(Self.quoted(words))"
            case (.en, _): "\(words.count) unexpected arguments: \(Self.quoted(words))"
            }
        case .invalidValue(let value, let name, let allowed):
            language == .vi
                ? "giá trị '\(value)' không hợp lệ cho '\(name)'" + Self.allowedVietnamese(allowed)
                : "The value '\(value)' is invalid for '\(name)'" + Self.allowedEnglish(allowed)
        case .valueForFlag(let name, let value):
            language == .vi
                ? "tùy chọn '\(name)' không nhận giá trị, nhưng được ghi kèm '\(value)'"
                : "The option '\(name)' does not take any value, but '\(value)' was specified."
        }
    }

    private static func quoted(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// As ArgumentParser lists an option's values: up to five in a sentence, more one a line.
    private static func allowedEnglish(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        return switch quoted.count {
        case 0: ""
        case 1...2: ". Please provide one of \(quoted.joined(separator: " and "))."
        case 3..<6:
            ". Please provide one of \(quoted.dropLast().joined(separator: ", ")) or \(quoted[quoted.count - 1])."
        default: ". Please provide one of the following:\n" + values.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    private static func allowedVietnamese(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        return switch quoted.count {
        case 0: ""
        case 1: "; hãy dùng \(quoted[0])"
        case 2..<6: "; hãy dùng \(quoted.dropLast().joined(separator: ", ")) hoặc \(quoted[quoted.count - 1])"
        default: "; hãy dùng một trong các giá trị sau:\n" + values.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    /// A reading of `sentence` as one of the shapes; `init` keeps it only if it says `sentence` again.
    private static func read(_ sentence: String) -> ParserMessage? {
        if let name = sentence.between("Missing expected argument '", and: "'") { return .missingArgument(name) }
        if let name = sentence.between("Missing value for '", and: "'") { return .missingValue(name) }
        if let names = sentence.between("Unknown option '", and: "'?"),
            let split = names.range(of: "'. Did you mean '", options: .backwards)
        {
            return .unknownOption(String(names[..<split.lowerBound]), suggestion: String(names[split.upperBound...]))
        }
        if let name = sentence.between("Unknown option '", and: "'") { return .unknownOption(name, suggestion: nil) }
        if let word = sentence.between("Unexpected argument '", and: "'") { return .unexpectedArguments([word]) }
        if let split = sentence.range(of: " unexpected arguments: '"), sentence.hasSuffix("'") {
            let words = sentence[split.upperBound..<sentence.index(before: sentence.endIndex)]
            return .unexpectedArguments(words.components(separatedBy: "', '"))
        }
        if let flag = sentence.between("The option '", and: "' was specified."),
            let split = flag.range(of: "' does not take any value, but '")
        {
            return .valueForFlag(String(flag[..<split.lowerBound]), value: String(flag[split.upperBound...]))
        }
        if let invalid = sentence.between("The value '", and: ""),
            let split = invalid.range(of: "' is invalid for '", options: .backwards)
        {
            let named = invalid[split.upperBound...]
            guard let close = named.firstIndex(of: "'") else { return nil }
            let list = named[named.index(after: close)...]
            // The values are the words between quotes (`'a', 'b' or 'c'`), or one a line (`  - a`).
            let allowed =
                list.hasPrefix(". Please provide one of the following:\n")
                ? list.split(separator: "\n").dropFirst().map { String($0.dropFirst("  - ".count)) }
                : list.components(separatedBy: "'").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            return .invalidValue(
                String(invalid[..<split.lowerBound]), for: String(named[..<close]), allowed: allowed)
        }
        return nil
    }
}

extension String {
    /// What lies between `prefix` and `suffix`, when the text starts with one and ends with the other.
    fileprivate func between(_ prefix: String, and suffix: String) -> String? {
        guard hasPrefix(prefix), hasSuffix(suffix), count >= prefix.count + suffix.count else { return nil }
        return String(dropFirst(prefix.count).dropLast(suffix.count))
    }
}
