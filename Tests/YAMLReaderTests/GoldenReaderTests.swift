import Diagnostics
import Foundation
import GoldenFiles
import Testing
import YAMLReader

/// One file per YAML-stage code, and the exact report it gives (`X.yaml` beside `X.out`).
@Suite struct GoldenReaderTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/golden")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()

    @Test(arguments: names)
    func fileGivesItsGoldenReport(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent("\(name).yaml")))
        let source = SourceText(path: "\(name).yaml", bytes: bytes)
        let result = YAMLReader().read(source)
        let actual = TextReporter(useColor: false).render(result.diagnostics, sources: [source.path: source])
        Golden.expect(actual, matchesFileAt: Self.directory.appendingPathComponent("\(name).out"))
        // The file is named after the code it demonstrates.
        #expect(result.diagnostics.contains { $0.name == name }, "\(name).yaml does not produce \(name)")
    }

    @Test func everyYAMLCodeHasAGoldenFile() {
        for code in DiagnosticCode.allCases where code.rawValue.hasPrefix("Y") {
            #expect(Self.names.contains(code.name), "no golden file for \(code.rawValue) \(code.name)")
        }
    }
}
