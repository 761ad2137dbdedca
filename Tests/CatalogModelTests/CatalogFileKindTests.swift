import CatalogModel
import Testing

/// Where a file sits decides what it holds; every walk and every scoped run asks it.
@Suite struct CatalogFileKindTests {
    @Test(arguments: [
        ("catalog.yaml", CatalogFileKind.manifest),
        ("catalog.yml", .manifest),
        ("//catalog.yaml", .manifest),
        ("fields.yaml", .fields),
        ("units/communes.yaml", .communes),
        ("units/provincial.yaml", .units),
        ("legal/decrees.yml", .legal),
        ("forms/to-khai.yaml", .forms),
        ("templates/cap-phep.yaml", .template(id: "cap-phep")),
        ("templates/mẫu-đơn.yaml", .template(id: "mẫu-đơn")),
        ("calendar/2026.yaml", .calendar),
        ("procedures/1.001193.yaml", .procedure),
        ("procedures/tu-phap/ho-tich/1.001193.yml", .procedure),
        ("procedures//1.001193.yaml", .procedure),
    ])
    func classifies(path: String, kind: CatalogFileKind) {
        #expect(CatalogFileKind.classify(path) == kind)
    }

    @Test(arguments: [
        "", "/", ".yaml", "readme.md", "catalog.json", "other.yaml", "procedures.yaml", "procedures/1.001193.txt",
        "calendar/old/2026.yaml", "units/extra/x.yaml", "templates/a/b.yaml", "notes/x.yaml", "procedures/x.yaml.bak",
    ])
    func ignores(path: String) {
        #expect(CatalogFileKind.classify(path) == nil)
    }

    /// The name without its ending: a procedure's code when its `code` cannot be read, and what
    /// `deadline --procedure` looks for.
    @Test(arguments: [
        ("procedures/tu-phap/ho-tich/1.001193.yaml", "1.001193"), ("procedures//1.001193.yml/", "1.001193"),
        ("templates/mẫu-đơn.yaml", "mẫu-đơn"), ("catalog.yaml", "catalog"), ("x.yml.yaml", "x.yml"),
    ])
    func stems(path: String, stem: String) {
        #expect(CatalogFileKind.stem(of: path) == stem)
    }

    @Test(arguments: ["", "/", "readme.md", "procedures/1.001193.txt", "procedures/x.yaml.bak"])
    func noStem(path: String) {
        #expect(CatalogFileKind.stem(of: path) == nil)
    }
}
