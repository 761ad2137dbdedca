import CatalogLint
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing

/// One case per example of every rule: the examples are the rules' tests (SwiftLint's model).
struct ExampleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var triggering: Bool
    var index: Int

    var testDescription: String { "\(rule) \(triggering ? "triggering" : "non-triggering") #\(index + 1)" }

    var description: RuleDescription { RuleRegistry.rule(rule)!.description }
    var example: RuleExample { (triggering ? description.triggering : description.nonTriggering)[index] }

    static let all: [ExampleCase] = RuleRegistry.descriptions.flatMap { d in
        d.triggering.indices.map { ExampleCase(rule: d.id, triggering: true, index: $0) }
            + d.nonTriggering.indices.map { ExampleCase(rule: d.id, triggering: false, index: $0) }
    }
}

@Suite struct RuleExampleTests {
    @Test(arguments: ExampleCase.all)
    func example(_ c: ExampleCase) throws {
        try verify(c, prefixed: false)
    }

    /// Again with a multibyte Vietnamese line before each file: positions move one line down and
    /// byte offsets stay consistent with columns.
    @Test(arguments: ExampleCase.all)
    func exampleAfterMultibyteLine(_ c: ExampleCase) throws {
        try verify(c, prefixed: true)
    }

    private func verify(_ c: ExampleCase, prefixed: Bool) throws {
        let example = c.example
        let outcome = try ExampleRunner.run(example, rule: c.description, prefixed: prefixed)
        #expect(outcome.checkErrors.isEmpty, "the example is not a valid catalog: \(outcome.checkErrors)")
        #expect(outcome.offsetMismatches.isEmpty, "\(outcome.offsetMismatches)")
        if c.triggering {
            #expect(!outcome.expected.isEmpty, "a triggering example needs at least one ↓ marker")
            #expect(outcome.found == outcome.expected, "messages: \(outcome.findings.map(\.message))")
        } else {
            #expect(outcome.found.isEmpty, "messages: \(outcome.findings.map(\.message))")
        }
        for (path, text) in example.fixed {
            let expected = (prefixed ? ExampleRunner.multibytePrefix : "") + text
            // Bytes, not String ==, which treats NFC and decomposed text as equal.
            #expect(
                outcome.fixedTexts[path].map { Array($0.utf8) } == Array(expected.utf8),
                "after --fix, \(path) reads:\n\(outcome.fixedTexts[path] ?? "(unchanged)")")
        }
    }

    /// The messages of every rule's triggering examples, in English and Vietnamese, against one
    /// golden file per rule: a rule cannot change its words unseen, and a new rule needs its file.
    @Test(arguments: RuleRegistry.descriptions.map(\.id))
    func messagesOfEveryRuleMatchItsGoldenFile(_ id: String) throws {
        let description = try #require(RuleRegistry.rule(id)).description
        var out = ""
        for (index, example) in description.triggering.enumerated() {
            out += "# triggering example \(index + 1)\n"
            let en = try ExampleRunner.run(example, rule: description, prefixed: false).findings
            let vi = try ExampleRunner.run(example, rule: description, prefixed: false, language: .vi).findings
            #expect(en.count == vi.count)
            for (english, vietnamese) in zip(en, vi) {
                let place =
                    "\(english.range.file.components(separatedBy: "/catalog/").last ?? ""):\(english.range.start.line):\(english.range.start.column)"
                out += "\(place): \(english.message)\n\(place): \(vietnamese.message)\n"
                #expect(english.message != vietnamese.message, "\(id) has no Vietnamese message: \(english.message)")
            }
        }
        Golden.expect(out, matches: "Fixtures/rule-messages/\(id).txt")
    }

    /// Each triggering example again with `disable-next-line RULE -- reason` before every marked
    /// line: the rule's findings vanish, and the suppression is neither unused nor invalid.
    @Test(arguments: ExampleCase.all.filter { $0.triggering && $0.description.category != .suppressions })
    func aSuppressionSilencesExactlyTheExample(_ c: ExampleCase) throws {
        let outcome = try ExampleRunner.run(c.example, rule: c.description, prefixed: false, suppressing: true)
        #expect(outcome.checkErrors.isEmpty, "the suppressed example is not a valid catalog: \(outcome.checkErrors)")
        #expect(
            outcome.findings.isEmpty, "left after suppressing: \(outcome.findings.map { "\($0.label): \($0.message)" })"
        )
    }

    /// Every rule type in Sources/CatalogLint/Rules is in the registry (which is kept by hand).
    @Test func theRegistryListsEveryRuleInTheModule() throws {
        var declared: Set<String> = []
        for text in try RuleSources.texts() {
            for line in text.split(separator: "\n")
            where line.hasPrefix("public struct ")
                && (line.contains(": LintRule") || line.contains(": SuppressionAuditRule"))
            {
                declared.insert(String(line.dropFirst("public struct ".count).prefix { $0 != ":" }))
            }
        }
        let registered = Set(RuleRegistry.all.map { String(describing: $0) })
        #expect(declared.count >= 46)
        #expect(
            declared == registered,
            "declared but not registered: \(declared.subtracting(registered)); registered but not declared: \(registered.subtracting(declared))"
        )
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for d in RuleRegistry.descriptions {
            #expect(!d.triggering.isEmpty, "\(d.id) has no triggering example")
            #expect(!d.nonTriggering.isEmpty, "\(d.id) has no non-triggering example")
            if d.fixable {
                #expect(
                    d.triggering.contains { !$0.fixed.isEmpty },
                    "\(d.id) is fixable but no example shows the fixed text")
            }
        }
    }

    @Test func ruleIdsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(id)")
        }
    }
}
