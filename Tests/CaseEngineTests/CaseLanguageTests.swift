import Foundation
import TTHCRunner
import Testing

/// `--lang` on every `tthc case` subcommand: accepted with en and vi, refused with anything else
/// (exit 2, before anything runs), and without effect on JSON, which is for programs.
@Suite(.serialized) struct CaseLanguageTests {
    /// Each subcommand with arguments that run it on the store of vietnamese-session.txt.
    static let commands: [(name: String, arguments: [String])] = [
        (
            "open",
            [
                "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received", "2026-03-02 08:30",
                "--commune", "thanh-nua", "--applicant", "CCCD-2",
            ]
        ),
        // The key makes the second run a replay, which exits 0 too.
        ("event", ["case", "event", "C000002", "accept", "--at", "2026-03-02 09:00", "--idempotency-key", "k"]),
        ("show", ["case", "show", "C000001", "--now", "2026-03-02 09:00"]),
        ("list", ["case", "list", "--now", "2026-03-02 09:00"]),
        ("verify", ["case", "verify"]),
        ("migrate", ["case", "migrate", "--artifact", "$ARTIFACT"]),
    ]

    @Test func everyCaseSubcommandTakesLangAndRefusesAnOtherValue() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.replay("vietnamese-session.txt")
        for (name, arguments) in Self.commands {
            let refused = try cli.tthc(arguments + ["--lang", "fr"])
            #expect(refused.status == 2, "case \(name) --lang fr")
            #expect(refused.stdout.isEmpty, "case \(name) --lang fr")
            #expect(
                refused.stderr.hasPrefix(
                    "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'vi'."),
                "case \(name) --lang fr: \(refused.stderr)")
        }
        for (name, arguments) in Self.commands {
            for lang in ["en", "vi"] {
                let run = try cli.tthc(arguments + ["--lang", lang])
                #expect(run.status == 0, "case \(name) --lang \(lang): \(run.stderr)")
            }
        }
    }

    /// A mistyped store path, the error a clerk meets first, in the clerk's language.
    @Test func aMissingStoreIsNamedInVietnamese() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("typo/cases.sqlite").path
        let run = TTHCRunner.run(["case", "list", "--store", typo, "--lang", "vi"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "tthc: lỗi: không có kho hồ sơ tại \(typo): `tthc case open` sẽ tạo kho ở đó; hoặc chỉ rõ kho bằng --store hoặc $TTHC_STORE (mặc định ~/.tthc/cases.sqlite)\n"
        )
    }

    /// The same JSON whatever --lang says: keys and values are the engine's, for programs.
    @Test func jsonIsTheSameInEitherLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try cli.replay("vietnamese-session.txt")
        let reads = [
            ["case", "show", "C000001", "--now", "2026-03-03 16:40", "--format", "json"],
            ["case", "show", "C000002", "--now", "2026-03-02 09:00", "--format", "json"],
            ["case", "list", "--now", "2026-03-04 09:00", "--format", "json"],
            ["case", "verify", "--format", "json"],
            ["case", "migrate", "--artifact", "$ARTIFACT", "--format", "json"],
        ]
        for arguments in reads {
            let english = try cli.tthc(arguments)
            let vietnamese = try cli.tthc(arguments + ["--lang", "vi"])
            #expect(english.status == 0 && !english.stdout.isEmpty, "\(arguments)")
            #expect(vietnamese.stdout == english.stdout, "\(arguments)")
        }
    }
}
