import CaseEngine
import CatalogModel
import Foundation
import Testing
import WorkCalendar
import WorkflowCompiler

/// The scenario catalog (Fixtures/scenarios), compiled once per test run and round-tripped
/// through the artifact codec, as `tthc compile` would write it.
enum Fixture {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/scenarios").path

    static let compiled: Result<CompiledCatalog, FixtureError> = {
        let check = CatalogCheck.run(root: root)
        let errors = check.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let artifact = check.artifact else {
            return .failure(FixtureError(message: errors.map(\.message).joined(separator: "\n")))
        }
        do {
            return .success(try ArtifactCodec.decode(try ArtifactCodec.encode(artifact)))
        } catch {
            return .failure(FixtureError(message: "\(error)"))
        }
    }()

    static let interpreterResult: Result<CaseInterpreter, FixtureError> = compiled.flatMap { artifact in
        Result { () throws(CaseError) -> CaseInterpreter in try CaseInterpreter(artifact: artifact) }.mapError {
            FixtureError(message: "\($0)")
        }
    }

    static func artifact() throws -> CompiledCatalog { try compiled.get() }
    static func interpreter() throws -> CaseInterpreter { try interpreterResult.get() }

    /// The artifact file as `tthc compile` writes it, for CLI tests.
    static func writeArtifact(to path: String) throws {
        try Data(try ArtifactPack.encode(try artifact())).write(to: URL(fileURLWithPath: path))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `t("2026-03-02 09:00")`.
func t(_ text: String) -> LocalDateTime {
    try! LocalDateTime(parsing: text)
}

/// Expects `body` to fail with a `CaseError` that says `en` in English and `vi` in Vietnamese.
func expectCaseError(
    en: String, vi: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) {
    #expect(sourceLocation: sourceLocation) {
        try body()
    } throws: { error in
        (error as? CaseError)?.text(.en) == en && (error as? CaseError)?.text(.vi) == vi
    }
}

/// A fresh temporary folder, removed by the caller when it likes.
func temporaryFolder(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
        "tthc-case-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension CaseBook {
    /// Runs a scenario's script; the root case is `id`, sub-cases `id.1`, `id.2`, ….
    /// With `steps`, only the script's first `steps` lines.
    mutating func run(_ scenario: Scenario, id: String = "C1", steps: Int = .max) throws {
        try open(scenario.opening, id: id)
        for line in scenario.script.prefix(steps) {
            try handle(line.command, on: id + line.on)
        }
    }

    /// Replaying every logged case gives its current state.
    func expectReplayEqualsState(sourceLocation: SourceLocation = #_sourceLocation) {
        for (id, state) in cases {
            #expect(replayed(id) == state, "replay of \(id) differs from its state", sourceLocation: sourceLocation)
        }
    }
}

/// `scenario` played in memory on the fixture's interpreter, its first `steps` lines or all of
/// them: the book and the state of its root case C1.
func play(_ scenario: Scenario, steps: Int = .max) throws -> (book: CaseBook, state: CaseState) {
    var book = CaseBook(try Fixture.interpreter())
    try book.run(scenario, steps: steps)
    return (book, try #require(book.cases["C1"]))
}

/// The error a request fails with, or nil when it succeeds.
func caseError(_ body: () throws(CaseError) -> Void) -> CaseError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
