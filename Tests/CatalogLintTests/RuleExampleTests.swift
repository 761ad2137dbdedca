import CatalogLint
import Diagnostics
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
            #expect(outcome.fixedTexts[path].map { Array($0.utf8) } == Array(expected.utf8), "after --fix, \(path) reads:\n\(outcome.fixedTexts[path] ?? "(unchanged)")")
        }
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for d in RuleRegistry.descriptions {
            #expect(!d.triggering.isEmpty, "\(d.id) has no triggering example")
            #expect(!d.nonTriggering.isEmpty, "\(d.id) has no non-triggering example")
            if d.fixable {
                #expect(d.triggering.contains { !$0.fixed.isEmpty }, "\(d.id) is fixable but no example shows the fixed text")
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
