import Crypto
import Foundation
import WorkflowCompiler

/// What a token may do. A clerk reads and advances the cases of its unit's commune (and those its
/// service centre received); an analyst only reads them. A token of a provincial unit
/// (`province.…`) covers every commune of the province.
public enum Role: String, Sendable, CaseIterable {
    case clerk, analyst
}

/// A bearer token as the service knows it: only its SHA-256 is stored, with the unit it acts as
/// (the actor of every event it records) and its role.
public struct TokenEntry: Sendable, Equatable {
    public var hash: String
    public var unit: String
    public var role: Role

    /// The commune (or `province`) the unit belongs to: `thanh-nua.pasc` → `thanh-nua`.
    public var commune: String { String(unit.split(separator: ".", maxSplits: 1).first ?? Substring(unit)) }
    public var coversProvince: Bool { commune == "province" }
}

/// The tokens file: one line per token, `sha256:HEX UNIT ROLE ISSUED`, `#` for comments.
public enum TokenFile {
    public static func hash(_ token: String) -> String {
        // Once per request: `String(format:)` per byte cost more than the hash.
        ArtifactCodec.hex(Array(SHA256.hash(data: Data(token.utf8))))
    }

    public static func load(_ path: String) throws -> [String: TokenEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServerSetupError(
                "cannot read the tokens file \(path); issue a token with `tthc serve token add --tokens \(path) --unit UNIT --role clerk`"
            )
        }
        var entries: [String: TokenEntry] = [:]
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let fields = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard fields.count >= 3, fields[0].hasPrefix("sha256:"), fields[0].count == 71,
                let role = Role(rawValue: fields[2]), validUnit(fields[1])
            else {
                throw ServerSetupError(
                    "\(path):\(n + 1): a token line is `sha256:HEX UNIT ROLE [ISSUED]` with ROLE clerk or analyst")
            }
            let hash = String(fields[0].dropFirst(7))
            entries[hash] = TokenEntry(hash: hash, unit: fields[1], role: role)
        }
        return entries
    }

    /// `thanh-nua.pasc`, `province.construction`: lower-case words joined by dots.
    public static func validUnit(_ unit: String) -> Bool {
        !unit.isEmpty && unit.count <= 100
            && unit.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty
                    && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
            }
    }

    /// Issues a token: appends its hash to the file (created with mode 0600) and returns the token,
    /// which is shown once and kept nowhere.
    public static func add(_ path: String, unit: String, role: Role) throws -> String {
        guard validUnit(unit) else {
            throw ServerSetupError(
                "unit \"\(unit)\" is not a unit id: write it as in the catalog, e.g. thanh-nua.pasc or province.pasc")
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let token =
            "tthc_"
            + Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
                of: "/", with: "_"
            ).replacingOccurrences(of: "=", with: "")
        let issued = ISO8601DateFormatter().string(from: Date())
        let line = "sha256:\(hash(token)) \(unit) \(role.rawValue) \(issued)\n"
        if !FileManager.default.fileExists(atPath: path) {
            guard
                FileManager.default.createFile(
                    atPath: path,
                    contents: Data(
                        "# tthc serve tokens: sha256:HASH UNIT ROLE ISSUED (the tokens themselves are kept nowhere)\n"
                            .utf8),
                    attributes: [.posixPermissions: 0o600])
            else {
                throw ServerSetupError("cannot create the tokens file \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ServerSetupError("cannot write the tokens file \(path)")
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        return token
    }
}

public struct ServerSetupError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
