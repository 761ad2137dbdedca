import CaseEngine
import CaseSimulation
import Diagnostics
import Foundation
import GoldenFiles
import Testing
import WorkflowCompiler

/// The report a director reads (issue 19): its JSON and its HTML's structure against golden
/// files, one language per page, hostile catalog text escaped in the HTML and its SVG, and the
/// page rendered by headless Chromium with no console errors (a screenshot kept for review).
@Suite struct ReportTests {
    static func report(_ interpreter: CaseInterpreter? = nil) throws -> SimulationReport {
        var config = SimulationConfig()
        config.cases = 400
        config.days = 5
        config.seed = 7
        config.minSample = 5
        var report = try Simulator(interpreter: interpreter ?? Fixture.interpreter(), config: config).run()
        (report.seconds, report.eventsPerSecond) = (0, 0)
        return report
    }

    /// Elements, with their ids, and the section headings: what a reader finds on the page.
    static func structure(_ html: String) -> String {
        let pattern = try! NSRegularExpression(
            pattern: #"<(html|h1|h2|section|svg|title|desc|table|details|summary|th)\b([^>]*)>([^<]*)"#)
        var lines: [String] = []
        for m in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let tag = String(html[Range(m.range(at: 1), in: html)!])
            let attributes = String(html[Range(m.range(at: 2), in: html)!])
            let text = String(html[Range(m.range(at: 3), in: html)!]).trimmingCharacters(in: .whitespacesAndNewlines)
            let id =
                attributes.range(of: #"(id|lang)="[^"]*""#, options: .regularExpression).map { " " + attributes[$0] }
                ?? ""
            let shown = ["h1", "h2", "th", "summary", "title"].contains(tag) ? " " + text : ""
            let line = "<\(tag)\(id)>\(shown)"
            if lines.last != line { lines.append(line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func reportJSONAndHTMLStructureMatchTheirGoldenFiles() throws {
        let report = try Self.report()
        Golden.expect(try report.json(), matches: "Fixtures/golden/report/report.json")
        Golden.expect(Self.structure(try HTMLReport.render(report)), matches: "Fixtures/golden/report/structure.vi.txt")
        Golden.expect(
            Self.structure(try HTMLReport.render(report, language: .en)),
            matches: "Fixtures/golden/report/structure.en.txt")
    }

    @Test func oneLanguagePerPage() throws {
        let report = try Self.report()
        let vi = try HTMLReport.render(report)
        let en = try HTMLReport.render(report, language: .en)
        #expect(vi.contains("<html lang=\"vi\">") && en.contains("<html lang=\"en\">"))
        for english in ["On-time", "Backlog", "Slowest", "Summary", "Target", "working days", "Outcome"] {
            #expect(!vi.contains(english), "English \"\(english)\" on the Vietnamese page")
        }
        for vietnamese in ["Tỷ lệ", "Tóm tắt", "Chỉ tiêu", "hồ sơ", "Trước hạn"] {
            #expect(!en.contains(vietnamese), "Vietnamese \"\(vietnamese)\" on the English page")
        }
        #expect(report.slowest.allSatisfy { $0.cases >= 5 }, "no procedure below the minimum sample is ranked")
        #expect(!report.byCommune.isEmpty && !report.byAgency.isEmpty)
        #expect(report.serviceIndex.points == nil && report.serviceIndex.maxPoints == 20)
    }

    /// A commune with no case returned yet has no rate: drawn last, with no bar, and said so in
    /// words, not as "0.0% of 0" at the top of the chart like the worst commune of the province.
    @Test func aCommuneWithNoCaseReturnedIsNotRatedZero() throws {
        var report = try Self.report()
        var idle = try #require(report.byCommune.first)
        (idle.key, idle.name, idle.nameEn) = ("khong-ho-so", "Xã Chưa Có Hồ Sơ", "No Dossier Commune")
        (idle.count, idle.ahead, idle.onTime, idle.overdue, idle.onTimeRate) = (0, 0, 0, 0, 0)
        report.byCommune.insert(idle, at: 0)
        for (language, words, last) in [
            (MessageLanguage.vi, "chưa trả hồ sơ nào", report.byCommune.last!.name),
            (.en, "none returned yet", report.byCommune.last!.nameEn ?? report.byCommune.last!.name),
        ] {
            let html = try HTMLReport.render(report, language: language)
            let name = language == .vi ? idle.name : idle.nameEn!
            #expect(html.contains(">\(name): \(words)</title>"), "\(language)")
            #expect(!html.contains("0.0% \(language == .vi ? "trên" : "of") 0<"), "\(language)")
            #expect(html.contains("<tr><td>\(name)</td><td class=\"n\">0</td><td class=\"n\">—</td>"), "\(language)")
            // After every rated commune, in the chart and in its table.
            let idleAt = try #require(html.range(of: ">\(name)</text>")).lowerBound
            #expect(try #require(html.range(of: ">\(last)</text>")).lowerBound < idleAt)
        }
    }

    @Test func hostileCatalogTextIsEscapedInTheReport() throws {
        let hostile = "<script>alert(\"x\")</script> & 'q' \u{07}\u{202E}"
        var artifact = try Fixture.artifact()
        for c in artifact.communes.indices { artifact.communes[c].name = hostile + artifact.communes[c].id }
        for p in artifact.procedures.indices { artifact.procedures[p].name = hostile }
        for u in artifact.units.indices {
            artifact.units[u].fullName = hostile + " {commune}"
            artifact.units[u].roleFullNames = Dictionary(
                uniqueKeysWithValues: artifact.units[u].roles.map { ($0, hostile) })
        }
        var config = SimulationConfig()
        (config.cases, config.days, config.minSample, config.target) = (300, 5, 1, 0.999)
        let report = try Simulator(interpreter: try CaseInterpreter(artifact: artifact), config: config).run()
        #expect(!report.staffing.isEmpty)
        for language in [MessageLanguage.vi, .en] {
            let html = try HTMLReport.render(report, language: language)
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;script&gt;"))
            #expect(!html.contains("\u{07}") && !html.contains("\u{202E}"))
            #expect(!html.contains("\"x\""))
            #expect(!html.contains(" & "))
        }
    }

    @Test(.enabled(if: Chromium.available, Comment(rawValue: Chromium.skipMessage)))
    func reportRendersInChromiumWithoutConsoleErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Self.report()
        for language in [MessageLanguage.vi, .en] {
            let page = folder.appendingPathComponent("report.\(language.rawValue).html")
            try HTMLReport.render(report, language: language).write(to: page, atomically: true, encoding: .utf8)
            let shot = Chromium.artifactsFolder.appendingPathComponent("report.\(language.rawValue).png")
            try? FileManager.default.removeItem(at: shot)
            let result = try Chromium.run(
                ["--enable-logging=stderr", "--v=0", "--window-size=1000,3600", "--screenshot=\(shot.path)"], page: page
            )
            #expect(result.status == 0, "\(result.stderr)")
            let consoleErrors = result.stderr.split(separator: "\n").filter {
                $0.contains("CONSOLE") || $0.contains("Uncaught")
            }
            #expect(consoleErrors.isEmpty, "\(consoleErrors)")
            #expect(try Data(contentsOf: shot).starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG screenshot")
        }
    }
}
