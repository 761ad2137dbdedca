import Diagnostics
import Testing

@testable import TTHCCommands

/// A command line ArgumentParser rejects is said in the language it asks for: the language read
/// from its words as ArgumentParser reads --lang, and ArgumentParser's English sentences read back
/// only when they are known word for word (the transcripts: Tests/CaseEngineTests/Fixtures/golden/
/// bad-input.txt).
@Suite struct UsageErrorLanguageTests {
    @Test(
        arguments: [
            (["check", "--lang", "vi"], .vi),
            (["check", "--lang=vi"], .vi),
            (["case", "show", "C000001", "--lang", "vi", "--bogus"], .vi),
            // The last one wins, as ArgumentParser keeps it.
            (["lint", "--lang", "vi", "--lang", "en"], .en),
            (["lint", "--lang", "en", "--lang=vi"], .vi),
            // The last names no language: ArgumentParser refuses it, in English.
            (["lint", "--lang", "vi", "--lang", "fr"], nil),
            (["lint", "--lang", "vi", "--lang"], nil),
            (["lint", "--lang=", "vi"], nil),
            // `vi` is another option's value, or an argument, or after `--`.
            (["case", "open", "--applicant", "vi"], nil),
            (["lint", "--lang", "--format", "vi"], nil),
            (["stats", "vi"], nil),
            (["stats", "--", "--lang", "vi"], nil),
            (["stats", "--lang", "vi", "--", "--lang", "en"], .vi),
            (["stats", "--language", "vi"], nil),
            (["stats", "--LANG", "vi"], nil),
            ([], nil),
        ] as [([String], MessageLanguage?)])
    func theLanguageIsReadAsArgumentParserReadsLang(arguments: [String], language: MessageLanguage?) {
        #expect(RequestedLanguage.named(in: arguments) == language)
    }

    @Test(
        arguments: [
            ("Missing expected argument '<case-id>'", .missingArgument("<case-id>")),
            ("Missing value for '--unit <unit>'", .missingValue("--unit <unit>")),
            ("Unknown option '--bogus'", .unknownOption("--bogus", suggestion: nil)),
            ("Unknown option '--fro'. Did you mean '--from'?", .unknownOption("--fro", suggestion: "--from")),
            ("Unexpected argument 'x'", .unexpectedArguments(["x"])),
            ("3 unexpected arguments: 'a', 'b c', 'd'", .unexpectedArguments(["a", "b c", "d"])),
            ("The value 'x' is invalid for '--top <top>'", .invalidValue("x", for: "--top <top>", allowed: [])),
            ("The value 'x' is invalid for '<year>'", .invalidValue("x", for: "<year>", allowed: [])),
            (
                "The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'vi'.",
                .invalidValue("fr", for: "--lang <lang>", allowed: ["en", "vi"])
            ),
            (
                "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json' or 'sarif'.",
                .invalidValue("xml", for: "--format <format>", allowed: ["text", "json", "sarif"])
            ),
            (
                "The value 'z' is invalid for '--f <f>'. Please provide one of the following:\n  - a\n  - b\n  - c\n  - d\n  - e\n  - f",
                .invalidValue("z", for: "--f <f>", allowed: ["a", "b", "c", "d", "e", "f"])
            ),
            (
                "The option '--fix' does not take any value, but 'yes' was specified.",
                .valueForFlag("--fix", value: "yes")
            ),
        ] as [(String, ParserMessage)])
    func argumentParsersSentenceIsRead(sentence: String, message: ParserMessage) {
        #expect(ParserMessage(sentence) == message)
        #expect(message.text(.en) == sentence)
    }

    /// Anything else stays in English, whole: a shape not read, a sentence that says more than its
    /// shape, a name that would make it ambiguous.
    @Test(arguments: [
        "Unknown option '-oz'. Did you mean '--at'?\n   or: Missing value for '-o <output>' in '-oz'",
        "The value 'x' is invalid for '--top <top>': not a number",
        "The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en', 'vi'.",
        "Missing one of: '<a>', '<b>'",
        "Unexpected argument 'it's'",
        "3 unexpected arguments: 'a', 'b'",
        "Value to be set with flag '--a' had already been set with flag '--b'",
        "Missing required subcommand.",
        "--dry-run only goes with --fix",
    ])
    func anyOtherSentenceIsNotRead(sentence: String) {
        #expect(ParserMessage(sentence) == nil)
    }

    /// Only a command that takes --lang for its messages: not `simulate` (its --lang is its report's),
    /// nor a group, nor a name that is no command.
    @Test func theCommandsThatSpeakTheLanguage() {
        #expect(TTHC.speaksLanguage(["tthc", "check"]))
        #expect(TTHC.speaksLanguage(["tthc", "case", "open"]))
        #expect(TTHC.speaksLanguage(["tthc", "new", "procedure"]))
        #expect(!TTHC.speaksLanguage(["tthc", "simulate"]))
        #expect(!TTHC.speaksLanguage(["tthc", "case"]))
        #expect(!TTHC.speaksLanguage(["tthc"]))
        #expect(!TTHC.speaksLanguage(["tthc", "chek"]))
        #expect(!TTHC.speaksLanguage(["tthc serve", "run"]))
    }
}
