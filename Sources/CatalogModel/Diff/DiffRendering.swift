import Diagnostics
import Foundation

/// `tthc diff` output: text, Markdown, JSON; English or Vietnamese.
extension CatalogDiff {
    public typealias Language = MessageLanguage

    private func title(_ p: ProcedureChange) -> String { "\(p.code) \(p.summary.name)" }

    public func text(_ language: Language = .en) -> String {
        let vi = language == .vi
        var out = ""
        if isEmpty { return vi ? "Không có thay đổi.\n" : "No changes.\n" }
        out +=
            vi
            ? "Thủ tục: \(added.count) thêm mới, \(changed.count) sửa đổi, \(removed.count) bãi bỏ; văn bản pháp luật: \(legal.count) (thêm, sửa hoặc bỏ)\n"
            : "Procedures: \(added.count) added, \(changed.count) changed, \(removed.count) removed; legal documents: \(legal.count) added, changed or removed\n"
        for p in added {
            out +=
                "\n+ \(title(p))\n"
                + (vi
                    ? "    thủ tục mới, hiệu lực từ \(p.summary.effective)\n"
                    : "    new procedure, effective \(p.summary.effective)\n")
        }
        for p in changed {
            out += "\n~ \(title(p))\n"
            for c in p.changes { out += "    \(vi ? c.vi : c.en)\n" }
        }
        for p in removed {
            out +=
                "\n- \(title(p))\n"
                + (vi
                    ? "    thủ tục bị bãi bỏ (không còn trong danh mục)\n" : "    procedure removed from the catalog\n")
        }
        if !legal.isEmpty {
            out += vi ? "\nVăn bản pháp luật:\n" : "\nLegal documents:\n"
            for d in legal {
                let mark = d.status == .added ? "+" : d.status == .removed ? "-" : "~"
                out +=
                    "  \(mark) \(d.number) (\(d.id))"
                    + (d.changes.isEmpty ? "" : ": " + d.changes.map { vi ? $0.vi : $0.en }.joined(separator: "; "))
                    + "\n"
            }
        }
        return out
    }

    public func markdown(_ language: Language = .en) -> String {
        let vi = language == .vi
        func esc(_ s: String) -> String {
            var out = ""
            for c in s {
                if "\\`*_[]<>|#".contains(c) { out.append("\\") }
                out.append(c)
            }
            return out
        }
        var out = vi ? "# Thay đổi danh mục thủ tục hành chính\n\n" : "# Catalog changes\n\n"
        if isEmpty { return out + (vi ? "Không có thay đổi.\n" : "No changes.\n") }
        out +=
            vi
            ? "| thêm mới | sửa đổi | bãi bỏ | văn bản |\n| ---: | ---: | ---: | ---: |\n| \(added.count) | \(changed.count) | \(removed.count) | \(legal.count) |\n"
            : "| added | changed | removed | legal documents |\n| ---: | ---: | ---: | ---: |\n| \(added.count) | \(changed.count) | \(removed.count) | \(legal.count) |\n"
        if !added.isEmpty {
            out += vi ? "\n## Thủ tục thêm mới\n\n" : "\n## Added\n\n"
            for p in added {
                out +=
                    "- **\(p.code)** \(esc(p.summary.name)) (\(vi ? "hiệu lực từ" : "effective") \(p.summary.effective))\n"
            }
        }
        if !changed.isEmpty {
            out += vi ? "\n## Thủ tục sửa đổi\n" : "\n## Changed\n"
            for p in changed {
                out += "\n### \(p.code) \(esc(p.summary.name))\n\n"
                for c in p.changes { out += "- \(esc(vi ? c.vi : c.en))\n" }
            }
        }
        if !removed.isEmpty {
            out += vi ? "\n## Thủ tục bãi bỏ\n\n" : "\n## Removed\n\n"
            for p in removed { out += "- **\(p.code)** \(esc(p.summary.name))\n" }
        }
        if !legal.isEmpty {
            out += vi ? "\n## Văn bản pháp luật\n\n" : "\n## Legal documents\n\n"
            for d in legal {
                let status =
                    vi ? (d.status == .added ? "thêm" : d.status == .removed ? "bỏ" : "sửa") : d.status.rawValue
                out +=
                    "- \(status): **\(esc(d.number))** (`\(d.id)`)"
                    + (d.changes.isEmpty
                        ? "" : ": " + d.changes.map { esc(vi ? $0.vi : $0.en) }.joined(separator: "; ")) + "\n"
            }
        }
        return out
    }

    public func json() throws -> String {
        try ReportJSON.text(self)
    }
}
