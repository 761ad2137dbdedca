import Foundation

/// The JSON tthc prints and writes for people and tools: pretty-printed, keys sorted (the same
/// input gives the same bytes), `/` not escaped, ending in a newline. One place, so every report
/// agrees.
public enum ReportJSON {
    public static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
