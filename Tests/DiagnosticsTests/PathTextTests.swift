import Diagnostics
import Testing

/// Output names files through `PathText.absolute`; a clean absolute path is returned as it is,
/// without being taken apart, and every other one is still normalised.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("/srv/Catalog/procedures/ho-tich/1.001193.yaml", "/srv/Catalog/procedures/ho-tich/1.001193.yaml"),
        ("/srv/.hidden/...yaml", "/srv/.hidden/...yaml"),
        ("/srv/./Catalog", "/srv/Catalog"),
        ("/srv/Catalog/..", "/srv"),
        ("/srv//Catalog/", "/srv/Catalog"),
        ("/srv/Catalog/.", "/srv/Catalog"),
        ("/", "/"),
        ("Catalog/catalog.yaml", "/work/Catalog/catalog.yaml"),
        ("../Catalog", "/Catalog"),
    ])
    func absolutePaths(path: String, expected: String) {
        #expect(PathText.absolute(path, from: "/work") == expected)
    }

    @Test func outputNamesFilesInsideTheWorkingDirectoryRelatively() {
        let display = PathDisplay(workingDirectory: "/srv")
        #expect(display("/srv/Catalog/catalog.yaml") == "Catalog/catalog.yaml")
        #expect(display("/srv/./Catalog/../Catalog/catalog.yaml") == "Catalog/catalog.yaml")
        #expect(display("/srv") == ".")
        #expect(display("/elsewhere/catalog.yaml") == "/elsewhere/catalog.yaml")
    }

    /// A report quotes only the files its findings and their notes point into, under the names
    /// output shows; a clean file is not carried into the report.
    @Test func reportsCarryOnlyTheFilesTheyQuote() {
        let display = PathDisplay(workingDirectory: "/srv")
        let paths = ["/srv/Catalog/a.yaml", "/srv/Catalog/b.yaml", "/srv/Catalog/c.yaml", "/elsewhere/d.yaml"]
        let sources = Dictionary(
            uniqueKeysWithValues: paths.map { ($0, SourceText(path: $0, bytes: Array("x: 1\n".utf8))) })
        let finding = Diagnostic(
            .unknownKey, Localized("unknown key", vi: "khóa lạ"), at: .wholeFile("/srv/Catalog/b.yaml"),
            notes: [DiagnosticNote(Localized("first here", vi: "lần đầu ở đây"), at: .wholeFile("/elsewhere/d.yaml"))])
        let quoted = display.apply(to: sources, quotedBy: [finding])
        #expect(quoted.keys.sorted() == ["/elsewhere/d.yaml", "Catalog/b.yaml"])
        #expect(quoted["Catalog/b.yaml"]?.path == "/srv/Catalog/b.yaml")
        #expect(display.apply(to: sources, quotedBy: []).isEmpty)
    }
}
