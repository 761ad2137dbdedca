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
}
