import CatalogModel
import Diagnostics
import Foundation
import TestSupport
import Testing
import WorkflowCompiler

/// Files are read and decoded, and procedures checked, on several threads and merged in order: the
/// report and the artifact are the same, byte for byte, as a single-threaded run's (issue 16).
@Suite struct ParallelLoadTests {
    /// Everything a run prints or writes: the text and JSON reports (English and Vietnamese) and the artifact.
    func outputs(root: String, workers: Int) throws -> [String] {
        let loaded = CatalogLoader(workers: workers).load(root: root)
        let filesWithErrors = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.range.file))
        let compiled = WorkflowCompiler(workers: workers).compile(loaded.catalog, filesWithErrors: filesWithErrors)
        let diagnostics = (loaded.diagnostics + compiled.diagnostics).sorted()
        return [
            TextReporter(useColor: false).render(diagnostics, sources: loaded.catalog.sources),
            TextReporter(useColor: false, language: .vi).render(
                diagnostics.map { $0.localized(.vi) }, sources: loaded.catalog.sources),
            JSONReporter().render(diagnostics, files: loaded.fileCount),
            String(decoding: try ArtifactCodec.encode(compiled.artifact), as: UTF8.self),
        ]
    }

    @Test func theShippedCatalogIsTheSameOnOneThreadAndOnMany() throws {
        let root = FixtureCatalog.packageRoot.appendingPathComponent("Catalog").path
        let single = try outputs(root: root, workers: 1)
        #expect(try outputs(root: root, workers: 2) == single)
        #expect(try outputs(root: root, workers: 7) == single)
    }

    /// Many broken files at once: every loader case's files laid over one base catalog.
    @Test func aCatalogWithErrorsInManyFilesIsReportedTheSameOnOneThreadAndOnMany() throws {
        let cases = FixtureCatalog.packageRoot.appendingPathComponent("Tests/CatalogModelTests/Fixtures/cases")
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: cases.path).sorted() where !name.hasSuffix(".out") {
            let overlay = cases.appendingPathComponent(name)
            guard let files = manager.enumerator(atPath: overlay.path) else { continue }
            for case let relative as String in files {
                let source = overlay.appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue,
                    let bytes = manager.contents(atPath: source.path)
                else { continue }
                let target = fixture.root.appendingPathComponent(relative)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: target)
            }
        }
        let single = try outputs(root: fixture.root.path, workers: 1)
        #expect(single[0].contains("error["))
        #expect(try outputs(root: fixture.root.path, workers: 2) == single)
        #expect(try outputs(root: fixture.root.path, workers: 5) == single)
    }
}
