import Foundation
import Mustache

extension DecisionAnnex {
    /// CSV, RFC 4180: every field quoted when it holds a comma, quote or line break; CRLF line ends.
    public func csv() -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = [
            [
                "phan", "cap", "linh_vuc", "stt", "ma_thu_tuc", "ten_thu_tuc", "thoi_han_giai_quyet",
                "dia_diem_thuc_hien",
                "phi_le_phi", "can_cu_phap_ly", "ghi_chu",
            ].joined(separator: ",")
        ]
        for part in parts {
            for level in part.levels {
                for group in level.fields {
                    for row in group.rows {
                        lines.append(
                            [
                                part.numeral, level.title, group.name, String(row.number), row.code, row.name,
                                row.deadline, row.place,
                                row.fees.joined(separator: "\n"), row.legalBasis.joined(separator: "\n"),
                                row.note.joined(separator: "\n"),
                            ]
                            .map(field).joined(separator: ","))
                    }
                }
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The list of what the decision's text must cite, as text.
    public func citationText() -> String {
        var out = "Căn cứ cần viện dẫn trong Quyết định công bố\n"
        var group = ""
        for c in citations {
            if c.group != group {
                out += "\n\(c.group):\n"
                group = c.group
            }
            out += "- \(c.text);\n"
        }
        if citations.isEmpty { out += "\n(không có văn bản nào trong sổ đăng ký)\n" }
        return out
    }

    /// Printable HTML, A4 landscape, in Vietnamese; every value escaped by the template.
    public func html() throws -> String {
        let template = try MustacheTemplate(string: Self.template)
        let context: [String: Any] = [
            "jurisdiction": jurisdiction,
            "jurisdictionUpper": jurisdiction.uppercased(),
            "decisionNumber": decisionNumber,
            "decisionDate": decisionDate,
            "empty": parts.isEmpty,
            "parts": parts.map { part -> [String: Any] in
                [
                    "numeral": part.numeral, "title": part.title, "count": part.count,
                    "amended": part.kind == .changed, "abolished": part.kind == .removed,
                    "levels": part.levels.map { level -> [String: Any] in
                        [
                            "letter": level.letter, "title": level.title,
                            "fields": level.fields.map { group -> [String: Any] in
                                [
                                    "numeral": group.numeral, "name": group.name,
                                    "rows": group.rows.map { row -> [String: Any] in
                                        [
                                            "number": row.number, "code": row.code, "name": row.name,
                                            "deadline": row.deadline, "place": row.place,
                                            "fees": row.fees, "legalBasis": row.legalBasis, "note": row.note,
                                        ]
                                    },
                                ]
                            },
                        ]
                    },
                ]
            },
            "citations": citations.enumerated().map { i, c in
                ["group": c.group, "text": c.text, "newGroup": i == 0 || citations[i - 1].group != c.group]
                    as [String: Any]
            },
        ]
        return template.render(context)
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>Phụ lục Quyết định {{decisionNumber}}</title>
        <style>
        @page { size: A4 landscape; margin: 15mm 12mm 15mm 20mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.3; color: #000; margin: 0; }
        .heading { text-align: center; margin-bottom: 8mm; }
        .heading h1 { font-size: 13pt; margin: 0; }
        .heading h2 { font-size: 13pt; margin: 2mm 0; }
        .heading p { font-style: italic; margin: 0; }
        h3 { font-size: 12.5pt; margin: 6mm 0 2mm; }
        h4 { font-size: 12pt; margin: 4mm 0 2mm; }
        h5 { font-size: 12pt; font-style: italic; margin: 3mm 0 1mm; }
        table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
        tr { page-break-inside: avoid; }
        thead { display: table-header-group; }
        th, td { border: 1px solid #000; padding: 1.5mm; vertical-align: top; }
        th { font-weight: bold; text-align: center; }
        td.n, td.code { text-align: center; white-space: nowrap; }
        ul { margin: 0; padding-left: 4mm; }
        .part { page-break-before: auto; }
        .drafting { page-break-before: always; border-top: 1px dashed #000; margin-top: 10mm; }
        @media print { .drafting { display: none; } }
        </style>
        </head>
        <body>
        <div class="heading">
        <h1>PHỤ LỤC</h1>
        <h2>DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG, THAY THẾ VÀ BỊ BÃI BỎ<br>THUỘC PHẠM VI QUẢN LÝ CỦA {{jurisdictionUpper}}</h2>
        <p>(Kèm theo Quyết định số {{decisionNumber}} {{decisionDate}} của Chủ tịch Ủy ban nhân dân {{jurisdiction}})</p>
        </div>
        {{#empty}}<p>Không có thủ tục hành chính nào thay đổi.</p>{{/empty}}
        {{#parts}}
        <section class="part">
        <h3>PHẦN {{numeral}}. {{title}} ({{count}} thủ tục)</h3>
        {{#levels}}
        <h4>{{letter}}. {{title}}</h4>
        {{#fields}}
        <h5>{{numeral}}. {{name}}</h5>
        <table>
        <thead><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục hành chính</th><th>Thời hạn giải quyết</th><th>Địa điểm thực hiện</th><th>Phí, lệ phí (nếu có)</th><th>Căn cứ pháp lý</th>{{#amended}}<th>Nội dung sửa đổi, bổ sung, thay thế</th>{{/amended}}{{#abolished}}<th>Ghi chú</th>{{/abolished}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr><td class="n">{{number}}</td><td class="code">{{code}}</td><td>{{name}}</td><td>{{deadline}}</td><td>{{place}}</td><td><ul>{{#fees}}<li>{{.}}</li>{{/fees}}</ul></td><td><ul>{{#legalBasis}}<li>{{.}}</li>{{/legalBasis}}</ul></td>{{#amended}}<td><ul>{{#note}}<li>{{.}}</li>{{/note}}</ul></td>{{/amended}}{{#abolished}}<td><ul>{{#note}}<li>{{.}}</li>{{/note}}</ul></td>{{/abolished}}</tr>
        {{/rows}}
        </tbody>
        </table>
        {{/fields}}
        {{/levels}}
        </section>
        {{/parts}}
        <section class="drafting">
        <h3>Căn cứ cần viện dẫn trong Quyết định (cho người soạn thảo; không in kèm Phụ lục)</h3>
        {{#citations}}{{#newGroup}}<h5>{{group}}</h5>{{/newGroup}}<p>- {{text}};</p>
        {{/citations}}
        </section>
        </body>
        </html>

        """
}
