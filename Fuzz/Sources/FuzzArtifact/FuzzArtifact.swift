import CaseEngine
import Foundation
import WorkflowCompiler

/// The artifact decoder on any bytes. The hash check refuses nearly every mutation, so the
/// structure is reached both ways: as a file (hash checked) and re-hashed (what a consistent but
/// hostile artifact would be), then handed to the interpreter.
func fuzzArtifact(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ArtifactCodec.decode(bytes)
    guard let artifact = try? JSONDecoder().decode(CompiledCatalog.self, from: Data(bytes)),
          let rehashed = try? ArtifactCodec.encode(artifact),
          let decoded = try? ArtifactCodec.decode(rehashed) else { return 0 }
    _ = try? CaseInterpreter(artifact: decoded)
    return 0
}
