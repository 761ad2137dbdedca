import CaseEngine
import CaseForms
import Foundation
import TTHCRunner
import Testing
import WorkflowCompiler

/// Forms 04 and 06 for people (issue 19): the applicant's name, the centre's full name, steps by
/// their titles, hand-overs only between units, form 04 as a record after a late return, text and
/// A4 HTML against golden files, hostile catalog text escaped, and a PDF printed by Chromium.
@Suite(.serialized) struct FormTests {
    /// A case that runs late (the first six commands of forms/forms-session.txt): the letter is
    /// due, then owed as a record once the result is returned.
    static func lateSession(_ cli: inout CaseTranscript) throws {
        for arguments in try CaseTranscript.commands(of: "forms/forms-session.txt").prefix(6) {
            try cli.tthc(arguments)
        }
    }

    @Test func badApplicantDataIsRefusedInBothLanguages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        func open(_ extra: [String]) throws -> RunOutput {
            try cli.tthc(
                [
                    "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received",
                    "2026-03-02 08:30",
                    "--commune", "thanh-nua", "--applicant", "CCCD-001234567890",
                ] + extra)
        }
        for extra in [
            ["--applicant-name", "   "], ["--applicant-name", String(repeating: "Nguyễn ", count: 30)],
            ["--applicant-name", "Nguyễn\nThị Hoa"], ["--applicant-name", "Hoa\u{202E}abc"],
            ["--applicant-name", "Hoa", "--applicant-address", String(repeating: "x", count: 251)],
            ["--applicant-address", "Bản Noong Bua"],
        ] {
            let out = try open(extra)
            let vietnamese = try open(extra + ["--lang", "vi"])
            #expect(out.status == 2 && vietnamese.status == 2, "\(extra)")
            #expect(
                vietnamese.stderr.hasPrefix("tthc: lỗi: ") && vietnamese.stderr != out.stderr, "\(vietnamese.stderr)")
        }
        let long = try cli.tthc([
            "case", "open", "--artifact", "$ARTIFACT", "--procedure", "1.001193", "--received", "2026-03-02 08:30",
            "--commune", "thanh-nua", "--applicant", String(repeating: "0", count: 65), "--lang", "vi",
        ])
        #expect(long.status == 2 && long.stderr == "tthc: lỗi: mã người nộp hồ sơ dài 65 ký tự, quá 64 ký tự\n")
        let list = try cli.tthc("case", "list")
        #expect(list.stdout.contains("0 cases"))
        try cli.expectGolden("forms/bad-applicant.txt")
    }

    /// Catalog text with markup, quotes, ampersands, control and direction characters, in every
    /// name a form prints: the HTML shows it escaped, never as markup.
    @Test func hostileCatalogTextIsEscapedInFormHTML() throws {
        let hostile = "<script>alert(\"x\")</script> & 'q' \u{07}\u{1B}[31m\u{202E}gnp.exe"
        var artifact = try Fixture.artifact()
        for p in artifact.procedures.indices {
            artifact.procedures[p].name = hostile
            for s in artifact.procedures[p].graph.steps.indices {
                artifact.procedures[p].graph.steps[s].title = hostile
            }
        }
        for u in artifact.units.indices {
            artifact.units[u].fullName = hostile + " {commune}"
            artifact.units[u].roleFullNames = Dictionary(
                uniqueKeysWithValues: artifact.units[u].roles.map { ($0, hostile) })
        }
        let interpreter = try CaseInterpreter(artifact: artifact)
        var book = CaseBook(interpreter)
        try book.run(Scenario.supplement)
        var report = CaseReport(book["C1"]!, interpreter: interpreter, now: t("2026-03-04 16:00"))
        report.applicantDetails = try ApplicantDetails(name: "Hoa <b>&amp;</b> \"Ba\"")
        let sheet = try FormHTML.render(ControlSheet(report, interpreter: interpreter))
        let late = CaseReport(book["C1"]!, interpreter: interpreter, now: t("2026-03-04 16:00"))
        var pages = [sheet]
        if let letter = ApologyLetter(late, interpreter: interpreter) { pages.append(try FormHTML.render(letter)) }
        var open = CaseBook(interpreter)
        try open.open(Scenario.supplement.opening, id: "C2")
        try open.handle(CaseCommand(.accept, at: t("2026-03-02 08:30")), on: "C2")
        var due = CaseReport(open["C2"]!, interpreter: interpreter, now: t("2026-03-05 16:00"))
        due.applicantDetails = report.applicantDetails
        pages.append(try FormHTML.render(try #require(ApologyLetter(due, interpreter: interpreter))))
        for html in pages {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<b>"))
            #expect(html.contains("&lt;script&gt;"))
            #expect(!html.contains("\u{07}") && !html.contains("\u{1B}") && !html.contains("\u{202E}"))
            #expect(!html.contains("\"x\""), "quotes are escaped")
            #expect(!html.contains(" & "), "ampersands are escaped")
        }
    }

    @Test(.enabled(if: Chromium.available, Comment(rawValue: Chromium.skipMessage)))
    func formsPrintToPDFInChromium() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var cli = try CaseTranscript(folder: folder)
        try Self.lateSession(&cli)
        for (form, now) in [("04", "2026-03-03 16:40"), ("06", "2026-03-03 16:40")] {
            let html = try cli.tthc("case", "show", "C000001", "--form", form, "--html", "--now", now)
            let page = folder.appendingPathComponent("form\(form).html")
            try html.stdout.write(to: page, atomically: true, encoding: .utf8)
            let pdf = Chromium.artifactsFolder.appendingPathComponent("form\(form).pdf")
            try? FileManager.default.removeItem(at: pdf)
            let result = try Chromium.run(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"], page: page)
            #expect(result.status == 0, "\(result.stderr)")
            let data = try Data(contentsOf: pdf)
            #expect(data.starts(with: Array("%PDF".utf8)))
            #expect(data.count > 5_000)
        }
    }
}
