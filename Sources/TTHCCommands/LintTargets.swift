import CatalogLint
import Diagnostics
import Foundation

/// The catalogs `tthc lint PATH...` reads: each PATH is a catalog directory or a file in one.
/// Files of one catalog share one load (references cross files); only their findings are shown.
struct LintTarget {
    var root: String
    /// Standardized paths of the files asked for; nil for the whole catalog.
    var files: Set<String>?

    static func group(_ paths: [String]) throws -> [LintTarget] {
        var order: [String] = []
        var byRoot: [String: LintTarget] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure.io("no such file or directory: \(path)")
            }
            let root: String
            var file: String?
            if isDirectory.boolValue {
                root = CatalogTarget.trimmed(path)
            } else {
                guard let found = CatalogTarget.catalogRoot(containing: path) else {
                    throw CommandFailure.io("\(path) is not inside a catalog (no catalog.yaml in any folder above it)")
                }
                root = found
                file = (path as NSString).standardizingPath
            }
            let key = (root as NSString).standardizingPath
            if byRoot[key] == nil {
                order.append(key)
                byRoot[key] = LintTarget(root: root, files: file.map { [$0] })
            } else if let file, byRoot[key]?.files != nil {
                byRoot[key]?.files?.insert(file)
            } else if file == nil {
                byRoot[key]?.files = nil
            }
        }
        return order.compactMap { byRoot[$0] }
    }

    func includes(_ path: String) -> Bool {
        files.map { $0.contains((path as NSString).standardizingPath) } ?? true
    }
}

/// `--changed-since REF`: the files git reports as changed since REF, plus untracked ones, as
/// absolute paths with symlinks resolved.
enum ChangedFiles {
    static func since(_ ref: String, in directory: String) throws -> Set<String> {
        let top = try git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        let changed = try git(["diff", "--name-only", ref, "--"], in: top)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], in: top)
        let names = (changed + "\n" + untracked).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        return Set(names.map { canonical((top as NSString).appendingPathComponent($0)) })
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw CommandFailure.io("--changed-since needs git: \(error)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure.usage("--changed-since: git \(arguments.joined(separator: " ")) failed: \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
