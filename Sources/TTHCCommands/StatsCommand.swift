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

    func run() throws {
        let loaded = try CatalogTarget.load(path)
        if loaded.diagnostics.hasErrors {
            Console.err(
                "tthc: error: the catalog has \(loaded.diagnostics.errorCount) errors; run `tthc check\(path.map { " \($0)" } ?? "")` to see them\n"
            )
            throw ExitCode(CatalogTarget.exitStatus(for: loaded.diagnostics))
        }
        let stats = CatalogStatistics(loaded.catalog)
        switch format {
        case .json:
            Console.out(try ReportJSON.text(stats))
        case .text:
            Console.out(StatsTextRenderer(top: top).render(stats, catalog: loaded.catalog))
        }
    }
}

struct StatsTextRenderer {
    var top: Int

    func render(_ s: CatalogStatistics, catalog: Catalog) -> String {
        var out = ""
        if let m = catalog.manifest {
            out +=
                VisibleText.neutralised("\(m.jurisdictionName)\(m.jurisdictionNameEn.map { " (\($0))" } ?? "")")
                + "\n\n"
        }
        out += "Procedures in effect: \(s.total)\n"
        out += "  provincial level:   \(s.provinceLevel)\n"
        out += "  commune level:      \(s.communeLevel)\n"
        out += "  inter-level:        \(s.interLevel) (counted at both levels)\n"
        out += "  from published data: \(s.published), synthetic: \(s.synthetic)\n"
        out += table("By field (lĩnh vực)", s.byField, limit: top)
        out += table("By deciding authority", s.byAuthority, limit: top)
        out += table("By channel", s.byChannel)
        out += table("By online service level", s.byOnlineService)
        out += table("By statutory deadline", s.byDeadline)
        out += table("Units by kind", s.unitsByKind)
        out += table("Communes and wards", s.communesByType)
        out +=
            "\nLegal documents: \(s.legalDocuments) (announcing decisions cited: \(s.announcingDecisions)); forms: \(s.forms); workflow templates: \(s.templates)\n"
        return out
    }

    func table(_ title: String, _ rows: [CatalogStatistics.Count], limit: Int? = nil) -> String {
        var out = "\n\(title):\n"
        let shown = limit.map { Array(rows.prefix($0)) } ?? rows
        let width = shown.map(\.count).max().map { String($0).count } ?? 1
        for row in shown {
            let n = String(row.count)
            out +=
                "  " + String(repeating: " ", count: width - n.count) + n + "  "
                + VisibleText.neutralised(row.key + (row.name.map { "  \($0)" } ?? "")) + "\n"
        }
        if shown.count < rows.count {
            out += "  … and \(rows.count - shown.count) more (--top \(rows.count) shows all)\n"
        }
        return out
    }
}
