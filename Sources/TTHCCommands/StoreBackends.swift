import CaseEngine
import CaseStorage
import CaseStoreSQLite
import Diagnostics
import Foundation

/// Opens the store a `--store` value names: the one way, for the `tthc case` commands and for
/// `tthc serve`. SQLite is built in; PostgreSQL lives in `tthc-serve` (so that `tthc` builds
/// without SwiftNIO): that executable sets `postgres` when it starts, and `tthc` itself, given a
/// postgres:// URL, runs `tthc-serve` with the same arguments when it is installed beside it or
/// on the PATH (as git runs its external subcommands).
public enum StoreBackends {
    /// Opens a postgres:// store; set by `tthc-serve`.
    nonisolated(unsafe) public static var postgres: ((String) throws(CaseError) -> any CaseStoring)?

    /// `value`: a path or a URL; nil: $TTHC_STORE, else ~/.tthc/cases.sqlite. `creating`: an
    /// SQLite store that is not there yet is made (`case open`, `serve`); a command that only
    /// reads or adds to cases refuses a missing one instead: a mistyped path had been given an
    /// empty store, listed as "0 cases" and verified as "sound".
    public static func open(_ value: String?, creating: Bool) throws(CaseError) -> any CaseStoring {
        switch try StoreAddress(value ?? CaseStore.defaultPath(environment: RunContext.current.environment)) {
        case .file(let path):
            let resolved = RunContext.current.path(path)
            if !creating && !FileManager.default.fileExists(atPath: resolved) {
                throw .usage(.noCaseStore(path))
            }
            return try CaseStore(path: resolved)
        case .postgres(let url):
            if let open = postgres { return try open(url) }
            ExternalCommand.exec("tthc-serve", arguments: Array(RunContext.current.arguments.dropFirst()))
            throw .usage(.noPostgresSupport(StoreAddress.redacted(url)))
        }
    }
}

/// Runs another executable in place of this process (`execv`): `tthc-serve` installed beside
/// `tthc`, else found on the PATH. Returns only when there is none.
public enum ExternalCommand {
    public static func find(_ name: String) -> String? {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates = [me.deletingLastPathComponent().appendingPathComponent(name).path]
        if let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(
                URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(name).path)
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(folder)/\(name)")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func exec(_ name: String, arguments: [String]) {
        // A run inside another program (a test) must not replace that program.
        guard RunContext.current.ownsProcess, let path = find(name) else { return }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
    }
}
