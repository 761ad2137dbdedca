import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the catalog's procedures by level, field, authority, channel, online level and deadline.",
        discussion: """
            A procedure that is inter-level (received at one level, decided at the other) counts at both \
            levels, as the province's published figures count it; the total counts it once. \
            Exit status: 0 printed, 1 the catalog has errors (the figures are then not printed), 2 bad path.
            """
    )

    @Argument(help: CatalogTarget.help)
    var path: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "How many rows of each long table to show in text (fields, authorities).")
    var top: Int = 15

    @Option(help: "Language of messages and of the text tables: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        let loaded = try CatalogTarget.load(path, language: lang)
        if loaded.diagnostics.hasErrors {
            let check = "tthc check" + (path.map { " \($0)" } ?? "")
            Console.say(.catalogHasErrors(loaded.diagnostics.errorCount, check: check), as: .error, in: lang)
            throw ExitCode(CatalogTarget.exitStatus(for: loaded.diagnostics))
        }
        let stats = CatalogStatistics(loaded.catalog)
        switch format {
        case .json:
            Console.out(try ReportJSON.text(stats))
        case .text:
            Console.out(StatsTextRenderer(top: top, language: lang).render(stats, catalog: loaded.catalog))
        }
    }
}

struct StatsTextRenderer {
    var top: Int
    var language: MessageLanguage = .en

    func render(_ s: CatalogStatistics, catalog: Catalog) -> String {
        let say = { (words: StatsWords) in words.text(language) }
        var out = ""
        if let m = catalog.manifest {
            out +=
                VisibleText.neutralised("\(m.jurisdictionName)\(m.jurisdictionNameEn.map { " (\($0))" } ?? "")")
                + "\n\n"
        }
        out += say(.inEffect(s.total)) + "\n"
        out += "  " + say(.provincial(s.provinceLevel)) + "\n"
        out += "  " + say(.commune(s.communeLevel)) + "\n"
        out += "  " + say(.interLevel(s.interLevel)) + "\n"
        out += "  " + say(.provenance(published: s.published, synthetic: s.synthetic)) + "\n"
        out += table(say(.byField), s.byField, limit: top)
        out += table(say(.byAuthority), s.byAuthority, limit: top)
        out += table(say(.byChannel), s.byChannel)
        out += table(say(.byOnlineService), s.byOnlineService)
        out += table(say(.byDeadline), s.byDeadline)
        out += table(say(.unitsByKind), s.unitsByKind)
        out += table(say(.communesAndWards), s.communesByType)
        out +=
            "\n"
            + say(
                .documents(
                    legal: s.legalDocuments, announcing: s.announcingDecisions, forms: s.forms, templates: s.templates))
            + "\n"
        return out
    }

    func table(_ title: String, _ rows: [CatalogStatistics.Count], limit: Int? = nil) -> String {
        var out = "\n\(title):\n"
        let shown = limit.map { Array(rows.prefix($0)) } ?? rows
        let width = shown.map(\.count).max().map { String($0).count } ?? 1
        for row in shown {
            let n = String(row.count)
            let key = language == .vi ? row.keyVi ?? row.key : row.key
            out +=
                "  " + String(repeating: " ", count: width - n.count) + n + "  "
                + VisibleText.neutralised(key + (row.name.map { "  \($0)" } ?? "")) + "\n"
        }
        if shown.count < rows.count {
            out += "  " + StatsWords.more(rows.count - shown.count, all: rows.count).text(language) + "\n"
        }
        return out
    }
}
