import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing

@testable import CatalogLint

/// Issue 18: the rules that read a workflow read each version's workflow too, and say which
/// version a finding is about, in English and Vietnamese. The examples are run as the rules' own
/// examples are (`ExampleRunner`): findings exactly at the markers.
@Suite struct VersionWorkflowLintTests {
    /// A version from 2026-03-01 whose `workflow` is `lines` (indented under `workflow:`).
    static func version(_ lines: String) -> String {
        "  - from: 2026-03-01\n    note: Quy trình mới\n    workflow:\n"
            + lines.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
    }

    /// A rule's own clean example given a version from 2026-03-01 whose `workflow` is `lines`,
    /// with `marking` (text of the procedure's own lines) marked where the finding must start.
    static func cleanExample(of rule: String, withVersion lines: String, marking: (String, String)? = nil)
        -> RuleExample
    {
        let example = RuleRegistry.rule(rule)!.description.nonTriggering[0]
        var text = example.files[0].text.replacingOccurrences(
            of: "\nprovenance:", with: "\nversions:\n\(version(lines))\nprovenance:")
        if let (plain, marked) = marking { text = text.replacingOccurrences(of: plain, with: marked) }
        return RuleExample(file: example.files[0].path, text)
    }

    /// A version's workflow of three steps (receive, sign, return) that cannot refuse; the
    /// examples below are this with one change each.
    static let threeSteps = """
        start: receive
        steps:
          receive: { by: commune.pasc, takes: 1 working hour, next: sign }
          sign: { by: commune.chairman, takes: 1 working hour, next: return }
          return: { by: commune.pasc, end: issued }
        """

    /// The procedure's own workflow can refuse; the version's cannot.
    static let versionWithoutRefusal = cleanExample(
        of: "missing-refusal", withVersion: threeSteps.replacingOccurrences(of: "start: ", with: "start: ↓"))

    /// The same version with a refusal: nothing to say.
    static let versionWithRefusal = cleanExample(
        of: "missing-refusal",
        withVersion: threeSteps.replacingOccurrences(of: "next: sign }", with: "next: sign, may: { refuse: refused } }")
            + "\n  refused: { by: commune.pasc, end: refused }")

    /// The fee per dossier is paid in the procedure's own workflow; the version's has no payment
    /// step (and signs in a working day), so the finding is at the fee, with a note at the version.
    static let versionWithoutPayment = cleanExample(
        of: "fee-without-payment-step",
        withVersion: threeSteps.replacingOccurrences(
            of: "commune.chairman, takes: 1 working hour", with: "commune.chairman, takes: 1 working day"),
        marking: ("amount: 10000", "amount: ↓10000"))

    /// The procedure and its version use one template with a wrong supplement exit: found once,
    /// at the template's line, as the procedure's own finding.
    static let sharedTemplate = RuleExample.procedure(
        changing: StandardProcedure.inPerson,
        [
            "workflow": "{ template: no-wait, with: { signer: commune.chairman } }",
            "versions":
                "  - from: 2026-03-01\n    workflow: { template: no-wait, with: { signer: commune.justice-officer } }",
        ]
    ).and(
        file: "templates/no-wait.yaml",
        """
        name: Bổ sung không chờ người nộp
        params: [signer]
        workflow:
          start: receive
          steps:
            receive: { by: commune.pasc, takes: 1 working hour, next: sign, may: { supplement: ↓receive, refuse: refused } }
            sign: { by: $signer, takes: 1 working hour, next: return }
            return: { by: commune.pasc, end: issued }
            refused: { by: commune.pasc, end: refused }
        """)

    static let triggering: [(rule: String, name: String, example: RuleExample)] = [
        ("missing-refusal", "version-without-refusal", versionWithoutRefusal),
        ("fee-without-payment-step", "version-without-payment", versionWithoutPayment),
        ("supplement-without-wait", "shared-template", sharedTemplate),
    ]

    @Test(arguments: triggering.indices)
    func aRuleFiresInsideAVersionsWorkflowSayingWhichVersion(_ index: Int) throws {
        let (id, name, example) = Self.triggering[index]
        let rule = try #require(RuleRegistry.rule(id)).description
        var out = ""
        for language in [LintLanguage.en, .vi] {
            let outcome = try ExampleRunner.run(example, rule: rule, prefixed: false, language: language)
            #expect(outcome.checkErrors.isEmpty, "the example is not a valid catalog: \(outcome.checkErrors)")
            #expect(outcome.found == outcome.expected, "messages: \(outcome.findings.map(\.message))")
            for finding in outcome.findings {
                out += "\(Self.place(finding.range)): \(finding.message)\n"
                for note in finding.notes { out += "  note: \(note.range.map(Self.place) ?? "-"): \(note.message)\n" }
            }
        }
        Golden.expect(out, matches: "Fixtures/version-workflows/\(name).txt")
    }

    @Test func aVersionWhoseWorkflowIsCleanDrawsNothing() throws {
        let rule = try #require(RuleRegistry.rule("missing-refusal")).description
        let outcome = try ExampleRunner.run(Self.versionWithRefusal, rule: rule, prefixed: false)
        #expect(outcome.checkErrors.isEmpty, "\(outcome.checkErrors)")
        #expect(outcome.found.isEmpty, "messages: \(outcome.findings.map(\.message))")
    }

    /// The rules listed as reading workflows are the rules whose source reads one.
    @Test func theReadersOfWorkflowsAreTheRulesThatReadThem() throws {
        var readers: Set<String> = []
        for text in try RuleSources.texts() {
            guard
                [
                    "catalog.workflows", "workflowFinding(", "workflowsWithoutEnd(", "slackMinutes", "budgetMinutes",
                    ".graph",
                ].contains(
                    where: text.contains),
                let id = text.split(separator: "\n").first(where: { $0.contains("id: \"") })?.split(separator: "\"")
                    .dropFirst().first
            else { continue }
            readers.insert(String(id))
        }
        #expect(readers == VersionWorkflowLint.readers)
    }

    static func place(_ range: SourceRange) -> String {
        "\(range.file.components(separatedBy: "/catalog/").last ?? ""):\(range.start.line):\(range.start.column)"
    }
}
