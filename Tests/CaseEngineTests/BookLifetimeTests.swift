import CaseEngine
import Testing

/// The book lends each case's interpreter and program to a request without retaining them
/// (`CaseBook.Runner`); that is sound only because the book itself holds every interpreter it runs.
@Suite struct BookLifetimeTests {
    @Test func theBookKeepsItsInterpreterAliveAndReleasesIt() throws {
        let artifact = try Fixture.artifact()
        weak var released: CaseInterpreter?
        var book: CaseBook
        do {
            // A fresh interpreter that only the book will hold once this scope ends.
            let interpreter = try CaseInterpreter(artifact: artifact)
            released = interpreter
            book = CaseBook(interpreter)
        }
        #expect(released != nil, "the book must hold its interpreter")
        try book.run(.sameDayOnTime)
        #expect(book.cases["C1"]?.outcome == "issued")
        book.expectReplayEqualsState()
        book = CaseBook(try Fixture.interpreter())
        #expect(released == nil, "a dropped book must not keep its interpreter")
    }
}
