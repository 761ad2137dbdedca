import CaseEngine
import Foundation
import WorkflowCompiler

/// The artifact readers on any bytes, in both forms. The hash check refuses nearly every
/// mutation, so the structure is reached three ways: as a file (hash checked, then read by the
/// procedure), as a packed file whose recorded hash is made to fit its index (what a consistent but
/// hostile index would be: lengths, counts, codes, calls), and as JSON re-hashed, then handed to
/// the interpreter.
func fuzzArtifact(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    read(bytes)
    if ArtifactPack.isPacked(bytes) { read(rehashed(bytes)) }
    guard let artifact = try? JSONDecoder().decode(CompiledCatalog.self, from: Data(bytes)),
        let packed = try? ArtifactPack.encode(artifact),
        let decoded = try? ArtifactCodec.decode(packed)
    else { return 0 }
    _ = try? CaseInterpreter(artifact: decoded)
    return 0
}

/// Opens either form and reads a few procedures alone, then the whole.
private func read(_ bytes: [UInt8]) {
    guard let pack = try? ArtifactCodec.open(Data(bytes)) else { return }
    for code in pack.codes.prefix(3) {
        if let some = try? pack.artifact(covering: [code]) { _ = try? CaseInterpreter(artifact: some) }
    }
    _ = try? pack.artifact()
}

/// The packed bytes with the recorded hash (bytes 8..<40) replaced by the SHA-256 of the index
/// as the file delimits it, when it delimits one.
private func rehashed(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= 44 else { return bytes }
    let length = bytes[40..<44].reversed().reduce(0) { $0 << 8 | Int($1) }
    guard length <= bytes.count - 44 else { return bytes }
    let hex = Array(ArtifactCodec.sha256(Array(bytes[44..<(44 + length)])).utf8)
    func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x57 }
    var out = bytes
    for i in 0..<32 { out[8 + i] = nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]) }
    return out
}
