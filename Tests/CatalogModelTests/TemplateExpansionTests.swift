import Diagnostics
import OrderedCollections
import Testing
import WorkCalendar

@testable import CatalogModel

/// A procedure's arguments go into its template's steps by the template's plan: each `$param`
/// use takes its argument, a `$budget` its duration, and a step that uses none stays the
/// template's own. An expanded step is still a value: writing to it leaves the template alone.
struct TemplateExpansionTests {
    static let file = "templates/review.yaml"

    static func at(_ line: Int) -> SourceRange {
        SourceRange(
            file: file, start: SourceLocation(line: line, column: 1, offset: line * 10),
            end: SourceLocation(line: line, column: 5, offset: line * 10 + 4))
    }

    static func text(_ value: String, line: Int) -> Located<String> { Located(value, at: at(line)) }

    static let template: Workflow = {
        var steps: OrderedDictionary<String, Step> = [:]
        steps["review"] = Step(
            id: text("review", line: 2),
            kind: .task(by: text("$reviewer", line: 3), to: nil, takes: nil, next: text("sign", line: 5)),
            may: [], range: at(2), takesParameter: text("$review-time", line: 4), title: "Xem xét")
        steps["sign"] = Step(
            id: text("sign", line: 6),
            kind: .task(by: text("$reviewer", line: 7), to: text("commune.pasc", line: 8), takes: nil, next: nil),
            may: [], range: at(6), title: "Ký")
        steps["done"] = Step(
            id: text("done", line: 9), kind: .end(by: text("commune.pasc", line: 10), Located(.issued, at: at(10))),
            may: [], range: at(9))
        return Workflow(start: text("review", line: 1), steps: steps, range: at(1))
    }()

    func expanded(with arguments: TemplateArguments) throws -> Workflow {
        let plan = TemplatePlan(Self.template)
        let values = plan.arguments(from: arguments)
        let durations = values.map { $0.flatMap { try? WorkDuration(parsing: $0.value) } }
        return TemplateExpansion.expand(Self.template, plan: plan, arguments: values, durations: durations)
    }

    @Test func argumentsTakeTheirUsesPlacesAndBudgetsBecomeDurations() throws {
        #expect(TemplatePlan(Self.template).names == ["review-time", "reviewer"])
        let workflow = try expanded(with: [
            "reviewer": Located("province.justice", at: Self.at(20)),
            "review-time": Located("3 working days", at: Self.at(21)),
        ])
        let review = try #require(workflow.steps["review"])
        guard case .task(let by, let to, let takes, let next) = review.kind else {
            Issue.record("review is no longer a task")
            return
        }
        #expect(by.value == "province.justice")
        #expect(by.range == Self.at(3))  // where the template uses it
        #expect(to == nil)
        #expect(takes?.value == (try WorkDuration(parsing: "3 working days")))
        #expect(takes?.range == Self.at(21))  // where the procedure gives it
        #expect(next?.value == "sign")
        #expect(review.takesParameter == nil)
        #expect(review.title == "Xem xét")
        // The template is untouched.
        #expect(Self.template.steps["review"]?.takesParameter?.value == "$review-time")
        guard case .task(let templateBy, _, _, _) = try #require(Self.template.steps["review"]).kind else { return }
        #expect(templateBy.value == "$reviewer")
    }

    @Test func aMissingArgumentLeavesItsUseAsWritten() throws {
        let workflow = try expanded(with: ["review-time": Located("2 working days", at: Self.at(21))])
        guard case .task(let by, _, _, _) = try #require(workflow.steps["sign"]).kind else { return }
        #expect(by.value == "$reviewer")
    }

    @Test func anExpandedStepWrittenToBecomesItsOwnAndTheTemplateStaysAsItWas() throws {
        var workflow = try expanded(with: [
            "reviewer": Located("province.justice", at: Self.at(20)),
            "review-time": Located("3 working days", at: Self.at(21)),
        ])
        var review = try #require(workflow.steps["review"])
        review.title = "Thẩm định"
        workflow.steps["review"] = review
        let written = try #require(workflow.steps["review"])
        #expect(written.title == "Thẩm định")
        #expect(written.takesParameter == nil)
        guard case .task(let by, _, let takes, _) = written.kind else { return }
        #expect(by.value == "province.justice")
        #expect(takes != nil)
        #expect(Self.template.steps["review"]?.title == "Xem xét")
        #expect(Self.template.steps["review"]?.takesParameter?.value == "$review-time")
    }

    @Test func aStepThatUsesNoParameterIsTheTemplates() throws {
        let workflow = try expanded(with: ["reviewer": Located("province.justice", at: Self.at(20))])
        let done = try #require(workflow.steps["done"])
        guard case .end(let by, let outcome) = done.kind else { return }
        #expect(by?.value == "commune.pasc")
        #expect(outcome.value == .issued)
    }
}
