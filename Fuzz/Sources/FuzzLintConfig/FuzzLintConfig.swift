import CatalogLint
import Diagnostics

/// The `.tthc-lint.yml` loader on any bytes, and its globs against a few catalog paths.
nonisolated(unsafe) let loader = ConfigurationLoader(rules: RuleRegistry.descriptions)
let paths = ["catalog.yaml", "procedures/commune/ho-tich/1.001193.yaml", "units/commune.yaml", "a/b/c/d/e/f/g/h.yaml"]

func fuzzLintConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(path: ".tthc-lint.yml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let result = loader.load(source)
    for override in result.configuration.overrides {
        for glob in override.patterns { for path in paths { _ = glob.matches(path) } }
    }
    return 0
}
