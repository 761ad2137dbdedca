import Diagnostics
import YAMLReader

/// The YAML reader on any bytes, and the text reporter on what it says (excerpts, escapes).
func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(path: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let result = YAMLReader().read(source)
    _ = TextReporter(useColor: false).render(result.diagnostics, sources: ["fuzz.yaml": source])
    return 0
}
