import Testing

@testable import WorkflowCompiler

/// C006's text search: the byte pre-filter passes a text on only when no case of it could hold
/// a phrase, so it answers as the lower-cased search alone would.
struct DistrictCheckTests {
    @Test(arguments: [
        ("Ủy ban nhân dân huyện Điện Biên", true),
        ("ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN", true),
        ("UBND Huyện", true),
        ("Uỷ ban nhân dân huyện", true),
        ("Phòng Tư pháp CẤP HUYỆN", true),
        ("Ủy ban nhân dân HuyỆn", true),  // the pre-filter matches "ệ" in either case
        ("Chuyển hồ sơ", false),  // "huy" but not "huyệ"
        ("District People's Committee", true),
        ("the DISTRICT office", true),
        ("Ủy ban nhân dân xã Thanh Nưa", false),
        ("Huy động vốn", false),  // "huy" alone is no district
        ("Hủy đăng ký thường trú", false),
        ("Distri ct", false),
        ("", false),
    ])
    func mentions(_ text: String, _ expected: Bool) {
        #expect(DistrictCheck.mentionsDistrict(text) == expected)
        // The same answer as the search on the lower-cased text alone (no pre-filter).
        let lower = Array(text.lowercased().utf8)
        #expect(DistrictCheck.phrases.contains { lower.containsSubsequence($0) } == expected)
    }
}
