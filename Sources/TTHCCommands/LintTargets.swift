import CatalogLint
import CatalogModel
import Diagnostics
import Foundation

/// The catalogs `tthc lint PATH...` reads: one scope per catalog (see `CatalogSelection`).
typealias LintTarget = CatalogSelection.Scope

/// `--changed-since REF`: what a change did to one catalog, read from git.
struct CatalogChange {
    /// Absolute paths (spelled under the scope's root) of the catalog's files that were added,
    /// modified, deleted or renamed (both names) since REF, and untracked ones.
    var changed: Set<String>
    /// REF's copy of the catalog, extracted to a temporary folder; nil when REF has no catalog there.
    var previousRoot: String?
    /// The temporary folder to remove afterwards.
    var scratch: String?

    /// Whether every finding may have moved: the lint configuration itself changed.
    func touchesConfiguration(root: String) -> Bool {
        changed.contains(PathText.join(root, LintConfiguration.fileName))
    }

    /// `orFolder`: REF could have been a folder too (`tthc diff`), and the refusal says so.
    static func since(_ ref: String, root: String, orFolder: Bool = false) throws -> CatalogChange {
        // The root's place in the repository, from git itself: lexical paths and git's real paths
        // may differ by symlinks, the prefix does not.
        let prefix = try git(["rev-parse", "--show-prefix"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        let top = try git(["rev-parse", "--show-toplevel"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        // REF must name a commit before git reads it in the commands below: a typo gets its own
        // sentence, not git's, and a REF starting with "-" would be read by git as an option.
        guard !ref.hasPrefix("-"), (try? git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], in: top)) != nil
        else {
            throw CommandFailure.usage(
                CommandMessage.notARevision(ref, root: RunContext.current.pathDisplay(root), orFolder: orFolder))
        }
        let changed = try git(
            ["diff", "--name-only", "--no-renames", ref, "--", prefix.isEmpty ? "." : prefix], in: top)
        let untracked = try git(
            ["ls-files", "--others", "--exclude-standard", "--", prefix.isEmpty ? "." : prefix], in: top)
        let names = (changed + "\n" + untracked).split(separator: "\n").map(String.init)
        let files = Set(
            names.filter { $0.hasPrefix(prefix) && $0.count > prefix.count }.map {
                PathText.join(root, String($0.dropFirst(prefix.count)))
            })
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tthc-changed-since-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let archive = PathText.join(scratch, "previous.tar")
        let tree = PathText.join(scratch, "tree")
        try FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        // A catalog that REF does not have yet: git archive refuses the path; everything is new.
        guard
            (try? git(
                ["archive", "--format=tar", "--output=\(archive)", ref, "--", prefix.isEmpty ? "." : prefix], in: top))
                != nil
        else {
            return CatalogChange(changed: files, previousRoot: nil, scratch: scratch)
        }
        _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", tree], in: scratch, what: "tar")
        let previous = prefix.isEmpty ? tree : PathText.join(tree, String(prefix.dropLast()))
        return CatalogChange(changed: files, previousRoot: previous, scratch: scratch)
    }

    func removeScratch() {
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments, in: directory, what: "git")
    }

    private static func run(_ tool: String, _ arguments: [String], in directory: String, what: String) throws -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw CommandFailure.io(
                CommandMessage.gitNeeded(what, reason: "\(error)")
            )
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let command = arguments.joined(separator: " ")
            throw CommandFailure.usage(
                CommandMessage.gitFailed(command, said: said))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
