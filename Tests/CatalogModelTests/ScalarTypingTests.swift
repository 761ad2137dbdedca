import Diagnostics
import Testing
import YAMLReader

@testable import CatalogModel

/// YAML 1.1 implicit typing never changes what was written: values are read as their key's type.
@Suite struct ScalarTypingTests {
    func node(_ value: String) -> YAMLNode {
        let source = SourceText(path: "t.yaml", bytes: Array("v: \(value)\n".utf8))
        return YAMLReader().read(source).root!["v"]!
    }

    @Test(arguments: ["no", "yes", "on", "off", "1.10", "010", "~x", "15:00"])
    func textKeepsExactlyWhatWasWritten(_ written: String) {
        let context = LoadContext()
        #expect(context.text(node(written), what: .key("name"))?.value == written)
        #expect(context.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("yes", "true"), ("no", "false"), ("on", "true"), ("off", "false"), ("Y", "true"), ("N", "false"),
    ])
    func yaml11BooleansAreAmbiguousWithAHint(_ written: String, _ meant: String) {
        let context = LoadContext()
        #expect(context.boolean(node(written), what: .key("enabled")) == nil)
        let diagnostic = context.diagnostics.first
        #expect(diagnostic?.code == .ambiguousScalar)
        #expect(diagnostic?.message.contains("write \(meant)") == true)
        #expect(diagnostic?.fixIts.first?.replacement == meant)
    }

    @Test func onlyTrueAndFalseAreBooleans() {
        let context = LoadContext()
        #expect(context.boolean(node("true"), what: .key("enabled"))?.value == true)
        #expect(context.boolean(node("false"), what: .key("enabled"))?.value == false)
        #expect(context.boolean(node("maybe"), what: .key("enabled")) == nil)
        #expect(context.diagnostics.map(\.code) == [.invalidValue])
    }

    @Test(arguments: [
        ("010", DiagnosticCode.ambiguousScalar), ("1_000", .ambiguousScalar), ("8e3", .invalidValue),
        ("8000.0", .invalidValue), ("0x1F", .invalidValue),
    ])
    func integersMustBePlainDecimal(_ written: String, _ code: DiagnosticCode) {
        let context = LoadContext()
        #expect(context.integer(node(written), what: .key("amount")) == nil)
        #expect(context.diagnostics.map(\.code) == [code])
    }

    @Test func aQuotedLeadingZeroIsUnambiguous() {
        let context = LoadContext()
        #expect(context.integer(node("\"010\""), what: .key("amount"))?.value == 10)
        #expect(context.integer(node("8000"), what: .key("amount"))?.value == 8000)
    }

    /// Plain digits are read from the bytes in place; the edges of that path read as the general one.
    @Test(arguments: [
        ("0", 0 as Int?), ("7", 7), ("123456789012345", 123_456_789_012_345), ("-5", -5), ("00", nil),
        ("1234567890123456", nil), ("12a", nil), ("+5", nil),
    ])
    func plainDigitsReadInPlace(_ written: String, _ expected: Int?) {
        let context = LoadContext()
        #expect(context.integer(node(written), what: .key("amount"))?.value == expected)
        #expect(context.diagnostics.isEmpty == (expected != nil))
    }

    @Test func timesAreTimesNotSexagesimalNumbers() {
        let context = LoadContext()
        #expect(context.time(node("15:00"), what: .key("cutoff"))?.value.description == "15:00")
    }

    @Test func codesStayTextSoTrailingZerosSurvive() {
        let context = LoadContext()
        #expect(context.procedureCode(node("1.001190"), what: .key("code"))?.value == "1.001190")
        #expect(context.procedureCode(node("1.10"), what: .key("code")) == nil)
        #expect(context.diagnostics.map(\.code) == [.invalidCode])
    }

    @Test(arguments: ["", "~", "null"])
    func emptyValuesAreReported(_ written: String) {
        let context = LoadContext()
        #expect(context.text(node(written), what: .key("name")) == nil)
        #expect(context.diagnostics.map(\.code) == [.emptyValue])
    }

    /// What a value is comes with its own Vietnamese; a key name stays as written.
    @Test func theValueIsNamedInTheRunsLanguage() {
        let context = LoadContext()
        _ = context.text(node("\" \""), what: .stepTitle)
        _ = context.text(node("\" \""), what: .key("name_en"))
        #expect(
            context.diagnostics.map { $0.localized(.vi).message } == ["tiêu đề của bước để trống", "name_en để trống"])
        #expect(context.diagnostics.map(\.message) == ["step title is blank", "name_en is blank"])
    }
}
