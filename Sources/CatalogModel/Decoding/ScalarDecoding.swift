import Diagnostics
import Foundation
import WorkCalendar
import YAMLReader

/// Typed reads of scalar values. Every value is read as text and then as the type its key
/// declares, so YAML 1.1 implicit typing (`no` → false, `010` → 8, `15:00` → 900) never
/// changes what a policy officer wrote.
extension LoadContext {
    func scalar(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let node else { return nil }
        guard let text = node.scalar else {
            report(
                .wrongNodeType,
                Localized(
                    "\(what.en) must be a single value, not \(node.kindDescription)",
                    vi: "\(what.vi) phải là một giá trị đơn, không phải \(node.kindDescriptionVi)"), at: node.range)
            return nil
        }
        if node.scalarStyle == .plain
            && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
        {
            report(
                .emptyValue,
                Localized(
                    "\(what.en) has no value; give it one or remove the key",
                    vi: "\(what.vi) chưa có giá trị; hãy điền giá trị hoặc xóa khóa này"), at: node.range)
            return nil
        }
        return Located(text, at: node.range)
    }

    func text(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let value = scalar(node, what: what) else { return nil }
        // By scalars: comparing a Character normalises it, quadratic in a letter with 100,000 marks.
        if value.value.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" }) {
            report(.emptyValue, Localized("\(what.en) is blank", vi: "\(what.vi) để trống"), at: value.range)
            return nil
        }
        return value
    }

    func integer(_ node: YAMLNode?, what: Subject) -> Located<Int>? {
        guard let node, let value = scalar(node, what: what) else { return nil }
        let text = value.value
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let allDigits = !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        if allDigits, digits.count > 1, digits.hasPrefix("0"), node.scalarStyle == .plain {
            report(
                .ambiguousScalar,
                Localized(
                    "\(what.en) \(text) has a leading zero, which YAML 1.1 reads as an octal number; write \(Int(digits) ?? 0)",
                    vi: "\(what.vi) \(text) có số 0 ở đầu, YAML 1.1 đọc là số bát phân; hãy viết \(Int(digits) ?? 0)"),
                at: value.range)
            return nil
        }
        if text.contains("_") && node.scalarStyle == .plain {
            report(
                .ambiguousScalar,
                Localized(
                    "\(what.en) \(text) uses \"_\" digit separators, which YAML 1.1 and 1.2 read differently; write the digits only",
                    vi:
                        "\(what.vi) \(text) dùng dấu \"_\" để phân cách chữ số, YAML 1.1 và 1.2 đọc khác nhau; chỉ viết các chữ số"
                ),
                at: value.range)
            return nil
        }
        guard allDigits, digits.count <= 15, let number = Int(text) else {
            report(
                .invalidValue,
                Localized(
                    "\(what.en) must be a whole number (for example 8000), not \"\(text)\"",
                    vi: "\(what.vi) phải là một số nguyên (ví dụ 8000), không phải \"\(text)\""), at: value.range)
            return nil
        }
        return Located(number, at: value.range)
    }

    func boolean(_ node: YAMLNode?, what: Subject) -> Located<Bool>? {
        guard let node, let value = scalar(node, what: what) else { return nil }
        switch value.value {
        case "true": return Located(true, at: value.range)
        case "false": return Located(false, at: value.range)
        default:
            let lower = value.value.lowercased()
            if ["yes", "no", "on", "off", "y", "n", "true", "false"].contains(lower) {
                let meant = ["yes", "on", "y", "true"].contains(lower) ? "true" : "false"
                report(
                    .ambiguousScalar,
                    Localized(
                        "\(what.en) \"\(value.value)\" means different things in YAML 1.1 and 1.2; write \(meant)",
                        vi: "\(what.vi) \"\(value.value)\" có nghĩa khác nhau trong YAML 1.1 và 1.2; hãy viết \(meant)"),
                    at: value.range,
                    fixIts: [
                        FixIt(
                            file: value.range.file, startOffset: value.range.start.offset,
                            endOffset: value.range.end.offset,
                            replacement: meant, Localized("write \(meant)", vi: "viết \(meant)"))
                    ])
            } else {
                report(
                    .invalidValue,
                    Localized(
                        "\(what.en) must be true or false, not \"\(value.value)\"",
                        vi: "\(what.vi) phải là true hoặc false, không phải \"\(value.value)\""), at: value.range)
            }
            return nil
        }
    }

    func date(_ node: YAMLNode?, what: Subject) -> Located<CivilDate>? {
        guard let value = scalar(node, what: what) else { return nil }
        do {
            return Located(try CivilDate(parsing: value.value), at: value.range)
        } catch {
            report(
                .invalidDate,
                Localized(
                    "\(what.en) \"\(value.value)\" is not a date: \(error); write YYYY-MM-DD",
                    vi:
                        "\(what.vi) \"\(value.value)\" không phải là ngày: \(Self.vietnamese(error)); hãy viết YYYY-MM-DD"
                ), at: value.range)
            return nil
        }
    }

    func time(_ node: YAMLNode?, what: Subject) -> Located<TimeOfDay>? {
        guard let value = scalar(node, what: what) else { return nil }
        do {
            return Located(try TimeOfDay(parsing: value.value), at: value.range)
        } catch {
            report(
                .invalidTime,
                Localized(
                    "\(what.en) \"\(value.value)\" is not a time of day: \(error); write HH:MM, for example \"15:00\"",
                    vi:
                        "\(what.vi) \"\(value.value)\" không phải là giờ trong ngày: \(Self.vietnamese(error)); hãy viết HH:MM, ví dụ \"15:00\""
                ), at: value.range)
            return nil
        }
    }

    func duration(_ node: YAMLNode?, what: Subject) -> Located<WorkDuration>? {
        guard let value = scalar(node, what: what) else { return nil }
        do {
            return Located(try parseDuration(value.value), at: value.range)
        } catch {
            report(
                .invalidDuration,
                Localized(
                    "\(what.en) \"\(value.value)\" is not a duration: \(error)",
                    vi: "\(what.vi) \"\(value.value)\" không phải là thời hạn: \(Self.vietnamese(error))"),
                at: value.range)
            return nil
        }
    }

    func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode?, what: Subject, as type: E.Type) -> Located<E>?
    where E.RawValue == String {
        guard let value = scalar(node, what: what) else { return nil }
        if let parsed = E(rawValue: value.value) { return Located(parsed, at: value.range) }
        let allowed = E.allCases.map(\.rawValue)
        report(
            .invalidValue,
            Localized(
                "\(what.en) \"\(value.value)\" is not allowed\(Suggestions.hint(for: value.value, in: allowed, then: "use one of: \(allowed.joined(separator: ", "))"))",
                vi:
                    "\(what.vi) không nhận giá trị \"\(value.value)\"\(Vietnamese.hint(for: value.value, in: allowed, then: "hãy dùng một trong: \(allowed.joined(separator: ", "))"))"
            ),
            at: value.range)
        return nil
    }

    /// A level, with the message policy staff need when a district level appears.
    func level(_ node: YAMLNode?, what: Subject) -> Located<Level>? {
        guard let value = scalar(node, what: what) else { return nil }
        if ["district", "huyen", "huyện", "cấp huyện"].contains(value.value.lowercased()) {
            report(
                .districtLevel,
                Localized(
                    "\(what.en) \"\(value.value)\": the district level was abolished on 2025-07-01; its powers moved to the commune (xã, phường) or the province — write commune or province",
                    vi:
                        "\(what.vi) \"\(value.value)\": cấp huyện đã bỏ từ 2025-07-01; thẩm quyền chuyển về cấp xã (xã, phường) hoặc cấp tỉnh — hãy viết commune hoặc province"
                ),
                at: value.range)
            return nil
        }
        return choice(node, what: what, as: Level.self)
    }

    /// An id: lower-case letters, digits and single dashes.
    func identifier(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let value = scalar(node, what: what) else { return nil }
        guard Self.isIdentifier(value.value) else {
            report(
                .invalidValue,
                Localized(
                    "\(what.en) \"\(value.value)\" must use lower-case letters, digits and dashes (for example ho-tich)",
                    vi:
                        "\(what.vi) \"\(value.value)\" chỉ được dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ho-tich)"
                ), at: value.range)
            return nil
        }
        return value
    }

    /// A case fact: like an id, but `_` is allowed too (`needs_verification`).
    func factIdentifier(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let value = scalar(node, what: what) else { return nil }
        guard Self.isIdentifier(value.value.replacingOccurrences(of: "_", with: "-")) else {
            report(
                .invalidValue,
                Localized(
                    "\(what.en) \"\(value.value)\" must use lower-case letters, digits, _ and - (for example needs_verification)",
                    vi:
                        "\(what.vi) \"\(value.value)\" chỉ được dùng chữ thường không dấu, chữ số, _ và - (ví dụ needs_verification)"
                ), at: value.range)
            return nil
        }
        return value
    }

    /// A reference to a unit or role: dotted ids, or `$param` inside a template.
    func reference(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let value = scalar(node, what: what) else { return nil }
        if isParameter(value) { return value }
        let parts = value.value.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ Self.isIdentifier(String($0)) }) else {
            report(
                .invalidValue,
                Localized(
                    "\(what.en) \"\(value.value)\" must be a dotted unit or role id such as commune.pasc",
                    vi:
                        "\(what.vi) \"\(value.value)\" phải là id của đơn vị hoặc vai trò, các phần cách nhau bằng dấu chấm, như commune.pasc"
                ), at: value.range)
            return nil
        }
        return value
    }

    func procedureCode(_ node: YAMLNode?, what: Subject) -> Located<String>? {
        guard let value = scalar(node, what: what) else { return nil }
        if isParameter(value) { return value }
        guard Self.isProcedureCode(value.value) else {
            report(
                .invalidCode,
                Localized(
                    "\(what.en) \"\(value.value)\" is not a procedure code: write a digit, a dot and six digits, such as 1.001193",
                    vi:
                        "\(what.vi) \"\(value.value)\" không phải là mã thủ tục: hãy viết một chữ số, dấu chấm và sáu chữ số, như 1.001193"
                ), at: value.range)
            return nil
        }
        return value
    }

    func list(_ node: YAMLNode?, what: Subject) -> [YAMLNode] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            report(
                .wrongNodeType,
                Localized(
                    "\(what.en) must be a list (- item lines, or [a, b]), not \(node.kindDescription)",
                    vi:
                        "\(what.vi) phải là một danh sách (các dòng - mục, hoặc [a, b]), không phải \(node.kindDescriptionVi)"
                ), at: node.range)
            return []
        }
        return items
    }

    /// An error's text in Vietnamese where it is the calendar's.
    static func vietnamese(_ error: any Error) -> String {
        (error as? CalendarError)?.vietnameseDescription ?? "\(error)"
    }

    private func isParameter(_ value: Located<String>) -> Bool {
        allowsParameters && value.value.hasPrefix("$")
            && Self.isIdentifier(String(value.value.dropFirst()).replacingOccurrences(of: "_", with: "-"))
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        var previousDash = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousDash = false
            case UInt8(ascii: "-"):
                if previousDash { return false }
                previousDash = true
            default: return false
            }
        }
        return first != UInt8(ascii: "-") && last != UInt8(ascii: "-")
    }

    static func isProcedureCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, (48...57).contains(bytes[0]), bytes[1] == UInt8(ascii: ".") else { return false }
        for i in 2..<8 where !(48...57).contains(bytes[i]) { return false }
        if bytes.count == 8 { return true }
        guard bytes.count > 9, bytes[8] == UInt8(ascii: ".") else { return false }
        return bytes[9...].allSatisfy { (48...57).contains($0) || (65...90).contains($0) }
    }
}
