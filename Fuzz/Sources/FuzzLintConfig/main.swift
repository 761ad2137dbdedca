import CFuzzer
import Foundation

/// libFuzzer's own main is not used (SwiftPM gives an executable Swift's); its objects still
/// name this entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { run(data, size) }

/// An empty input may come as a null pointer.
func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else {
        var none: UInt8 = 0
        return fuzzLintConfig(&none, 0)
    }
    return fuzzLintConfig(data, size)
}

// One empty input first: the target's globals and caches are made before libFuzzer starts
// counting allocations, so they are not taken for leaks.
_ = run(nil, 0)
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in run(data, size) })
