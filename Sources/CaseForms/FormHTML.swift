import CaseEngine
import Diagnostics
import Mustache

/// Forms 04 and 06 as printable A4 HTML, in Vietnamese, through Mustache (every value escaped,
/// after `SafeText` has made control and direction characters visible).
public enum FormHTML {
    public static func render(_ letter: ApologyLetter) throws -> String {
        try MustacheTemplate(string: page(title: "Mẫu số 04 — Văn bản xin lỗi và đề nghị gia hạn", body: apologyBody))
            .render(SafeText.context(letter.htmlContext()))
    }

    public static func render(_ sheet: ControlSheet) throws -> String {
        try MustacheTemplate(
            string: page(title: "Mẫu số 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ", body: sheetBody)
        )
        .render(SafeText.context(sheet.htmlContext()))
    }

    /// The page around a form: A4 with 20 mm margins, a serif face as printed letters use.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>\(title) — {{caseId}}</title>
        <style>
        @page { size: A4; margin: 20mm 20mm 20mm 25mm; }
        body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.4; color: #000; max-width: 170mm; margin: 0 auto; }
        .head { display: flex; justify-content: space-between; text-align: center; }
        .head { font-size: 12pt; } .head div:first-child { width: 44%; } .head div:last-child { width: 54%; } .head .motto { font-weight: bold; white-space: nowrap; }
        .head .motto span { display: block; font-weight: bold; text-decoration: underline; }
        .title { text-align: center; font-weight: bold; margin-top: 1.2em; }
        .sub { text-align: center; font-style: italic; }
        .date { text-align: right; font-style: italic; }
        .sign { margin-left: 50%; text-align: center; margin-top: 2em; }
        .sign .name { font-weight: bold; }
        table { width: 100%; border-collapse: collapse; font-size: 11.5pt; }
        th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
        th { text-align: center; }
        @media print { body { max-width: none; } tr { page-break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let apologyBody = """
        <div class="head">
        <div>{{#issuerParentUpper}}<div>{{issuerParentUpper}}</div>{{/issuerParentUpper}}<div><strong>{{issuerUpper}}</strong></div><div>Số: …………</div></div>
        <div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<span>Độc lập - Tự do - Hạnh phúc</span></div>
        </div>
        <p class="date">{{date}}</p>
        <p class="title">VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ</p>
        <p class="sub">(Mẫu số 04, Thông tư số 03/2025/TT-VPCP){{#record}}<br>Bản lưu: hồ sơ đã trả kết quả quá hạn{{/record}}</p>
        <p>Kính gửi: <strong>{{addressee}}</strong>{{#address}}<br>Địa chỉ: {{address}}{{/address}}</p>
        <p>{{issuer}} đã tiếp nhận hồ sơ của Ông/Bà:</p>
        <ul>
        <li>Mã hồ sơ: {{caseId}}</li>
        <li>Thủ tục: {{procedureName}} (mã {{procedure}})</li>
        <li>Thời gian tiếp nhận: {{received}}</li>
        <li>Thời gian hẹn trả kết quả: {{due}}</li>
        {{#places}}<li>Đang giải quyết ở bước: {{title}} — {{unit}}</li>
        {{/places}}</ul>
        <p>{{status}}</p>
        <p>Lý do: {{reason}}</p>
        <p>{{apology}}</p>
        <p>Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.</p>
        <div class="sign"><div class="name">THỦ TRƯỞNG CƠ QUAN</div><div><em>(Ký, ghi rõ họ tên và đóng dấu)</em></div></div>
        """

    static let sheetBody = """
        <div class="head">
        <div><strong>{{centreUpper}}</strong></div>
        <div class="motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<span>Độc lập - Tự do - Hạnh phúc</span></div>
        </div>
        <p class="title">PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</p>
        <p class="sub">(Mẫu số 06, Thông tư số 03/2025/TT-VPCP)</p>
        <p>Mã hồ sơ: <strong>{{caseId}}</strong><br>
        Thủ tục: {{procedureName}} (mã {{procedure}})<br>
        Cơ quan giải quyết hồ sơ: {{authority}}<br>
        Tiếp nhận: {{received}}{{#due}}; hẹn trả kết quả: {{due}}{{/due}}</p>
        <table>
        <thead><tr><th>TT</th><th>Tên cơ quan, bước xử lý</th><th>Thời gian giao, nhận hồ sơ</th><th>Kết quả giải quyết hồ sơ<br>(Trước hạn/Đúng hạn/Quá hạn)</th><th>Ghi chú</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{number}}</td><td>{{steps}}<br>Giao: {{giver}}{{#receivers}}<br>Nhận: {{name}}{{/receivers}}</td><td>{{at}}</td><td>{{result}}{{#rowDue}}<br>(hạn {{rowDue}}){{/rowDue}}</td><td>{{note}}</td></tr>
        {{/rows}}{{#empty}}<tr><td colspan="5">Chưa có lần giao, nhận hồ sơ nào.</td></tr>{{/empty}}
        </tbody>
        </table>
        """
}
