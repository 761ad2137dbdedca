import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

/// One file dropped into a small catalog, then loaded and compiled. The first byte chooses which
/// file the rest of the input replaces; the catalog is Examples/minimal, copied once per process.
let kinds = [
    "procedures/commune/ho-tich/1.001193.yaml", "procedures/province/xay-dung/1.900001.yaml",
    "fields.yaml", "units/commune.yaml", "units/communes.yaml", "legal/documents.yaml", "forms/forms.yaml",
    "templates/commune-same-day.yaml", "calendar/2026.yaml", "catalog.yaml",
]

let root: String = {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../Examples/minimal"
    ).standardized
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-fuzz-loader-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try! FileManager.default.copyItem(at: source, to: folder)
    return folder.path
}()

let originals: [String: Data] = Dictionary(
    uniqueKeysWithValues: kinds.map { ($0, FileManager.default.contents(atPath: root + "/" + $0) ?? Data()) })

func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard !originals.isEmpty, size > 0 else { return 0 }
    let relative = kinds[Int(data[0]) % kinds.count]
    let path = root + "/" + relative
    try? FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
        atPath: path, contents: Data(UnsafeBufferPointer(start: data + 1, count: size - 1)))
    defer {
        if let original = originals[relative], !original.isEmpty {
            _ = FileManager.default.createFile(atPath: path, contents: original)
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
    let loaded = CatalogLoader().load(root: root)
    let compiled = WorkflowCompiler().compile(loaded.catalog)
    _ = TextReporter(useColor: false).render(loaded.diagnostics + compiled.diagnostics, sources: loaded.catalog.sources)
    return 0
}
