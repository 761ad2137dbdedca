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
        #expect(context.text(node(written), what: "name")?.value == written)
        #expect(context.diagnostics.isEmpty)
    }

    @Test(arguments: [("yes", "true"), ("no", "false"), ("on", "true"), ("off", "false"), ("Y", "true"), ("N", "false")])
    func yaml11BooleansAreAmbiguousWithAHint(_ written: String, _ meant: String) {
        let context = LoadContext()
        #expect(context.boolean(node(written), what: "enabled") == nil)
        let diagnostic = context.diagnostics.first
        #expect(diagnostic?.code == .ambiguousScalar)
        #expect(diagnostic?.message.contains("write \(meant)") == true)
        #expect(diagnostic?.fixIts.first?.replacement == meant)
    }

    @Test func onlyTrueAndFalseAreBooleans() {
        let context = LoadContext()
        #expect(context.boolean(node("true"), what: "enabled")?.value == true)
        #expect(context.boolean(node("false"), what: "enabled")?.value == false)
        #expect(context.boolean(node("maybe"), what: "enabled") == nil)
        #expect(context.diagnostics.map(\.code) == [.invalidValue])
    }

    @Test(arguments: [("010", DiagnosticCode.ambiguousScalar), ("1_000", .ambiguousScalar), ("8e3", .invalidValue), ("8000.0", .invalidValue), ("0x1F", .invalidValue)])
    func integersMustBePlainDecimal(_ written: String, _ code: DiagnosticCode) {
        let context = LoadContext()
        #expect(context.integer(node(written), what: "amount") == nil)
        #expect(context.diagnostics.map(\.code) == [code])
    }

    @Test func aQuotedLeadingZeroIsUnambiguous() {
        let context = LoadContext()
        #expect(context.integer(node("\"010\""), what: "amount")?.value == 10)
        #expect(context.integer(node("8000"), what: "amount")?.value == 8000)
    }

    @Test func timesAreTimesNotSexagesimalNumbers() {
        let context = LoadContext()
        #expect(context.time(node("15:00"), what: "cutoff")?.value.description == "15:00")
    }

    @Test func codesStayTextSoTrailingZerosSurvive() {
        let context = LoadContext()
        #expect(context.procedureCode(node("1.001190"), what: "code")?.value == "1.001190")
        #expect(context.procedureCode(node("1.10"), what: "code") == nil)
        #expect(context.diagnostics.map(\.code) == [.invalidCode])
    }

    @Test(arguments: ["", "~", "null"])
    func emptyValuesAreReported(_ written: String) {
        let context = LoadContext()
        #expect(context.text(node(written), what: "name") == nil)
        #expect(context.diagnostics.map(\.code) == [.emptyValue])
    }
}
