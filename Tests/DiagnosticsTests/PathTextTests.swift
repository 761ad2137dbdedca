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
}
