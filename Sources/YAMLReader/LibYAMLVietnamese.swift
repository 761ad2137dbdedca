/// libyaml writes its errors in English; this is the one table that turns its texts into
/// Vietnamese, because they come from outside tthc and cannot be typed messages.
enum LibYAMLVietnamese {
    /// libyaml's problem and context texts in Vietnamese; a text not listed stays as libyaml wrote it.
    static func text(_ text: String) -> String {
        let known: [String: String] = [
            "unknown error": "lỗi không rõ",
            "mapping values are not allowed in this context": "không được có giá trị ánh xạ ở chỗ này",
            "did not find expected key": "không thấy khóa như mong đợi",
            "did not find expected node content": "không thấy nội dung nút như mong đợi",
            "did not find expected '-' indicator": "không thấy dấu '-' như mong đợi",
            "did not find expected ',' or ']'": "không thấy dấu ',' hoặc ']' như mong đợi",
            "did not find expected ',' or '}'": "không thấy dấu ',' hoặc '}' như mong đợi",
            "did not find expected <document start>": "không thấy <bắt đầu tài liệu> như mong đợi",
            "found character that cannot start any token": "gặp ký tự không thể mở đầu một thành phần YAML",
            "found unexpected end of stream": "tệp kết thúc bất ngờ",
            "found unexpected ':'": "gặp dấu ':' không mong đợi",
            "could not find expected ':'": "không thấy dấu ':' như mong đợi",
            "found unknown escape character": "gặp ký tự thoát không xác định",
            "found unexpected document indicator": "gặp dấu hiệu tài liệu không mong đợi",
            "found a tab character that violates indentation": "gặp ký tự tab làm sai thụt lề",
            "found undefined tag handle": "gặp tiền tố thẻ chưa định nghĩa",
            "did not find URI escaped octet": "không thấy octet thoát URI",
            "found an incorrect leading UTF-8 octet": "gặp octet UTF-8 đầu không đúng",
            "found duplicate %YAML directive": "gặp chỉ thị %YAML trùng lặp",
            "found incompatible YAML document": "gặp tài liệu YAML không tương thích",
            "control characters are not allowed": "không được dùng ký tự điều khiển",
            "while parsing a block mapping": "khi đọc một ánh xạ dạng khối",
            "while parsing a block collection": "khi đọc một tập hợp dạng khối",
            "while parsing a block node": "khi đọc một nút dạng khối",
            "while parsing a flow mapping": "khi đọc một ánh xạ dạng dòng",
            "while parsing a flow sequence": "khi đọc một danh sách dạng dòng",
            "while parsing a flow node": "khi đọc một nút dạng dòng",
            "while parsing a node": "khi đọc một nút",
            "while scanning a simple key": "khi đọc một khóa đơn giản",
            "while scanning a quoted scalar": "khi đọc một giá trị trong dấu nháy",
            "while scanning a plain scalar": "khi đọc một giá trị không có dấu nháy",
            "while scanning a block scalar": "khi đọc một giá trị dạng khối",
            "while scanning an anchor": "khi đọc một neo",
            "while scanning an alias": "khi đọc một bí danh",
            "while scanning a tag": "khi đọc một thẻ",
            "while scanning a directive": "khi đọc một chỉ thị",
            "while scanning for the next token": "khi tìm thành phần YAML tiếp theo",
        ]
        return known[text] ?? text
    }
}
