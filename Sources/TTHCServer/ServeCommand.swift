import ArgumentParser
import CaseEngine
import CaseStorage
import CaseStorePostgres
import CaseStoreSQLite
import Foundation
import Hummingbird
import TTHCCommands
import WorkflowCompiler

/// The served OpenAPI 3 document (Sources/TTHCServer/openapi.yaml, kept in the repository).
public enum OpenAPISpec {
    public static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "openapi: 3.0.3\n" }
        return text
    }()
}

/// `tthc-serve` (what `tthc serve` runs): starts the service (the default), or issues tokens.
public struct ServeRoot: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tthc serve",
        abstract: "The case service: a JSON API over HTTP for the one-stop software (docs/server.md).",
        subcommands: [ServeRun.self, TokenGroup.self],
        defaultSubcommand: ServeRun.self
    )

    public init() {}
}

struct ServeRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The case service: a JSON API over HTTP for the one-stop software (docs/server.md).",
        discussion: """
            Example:
              tthc serve --artifact catalog.tthc.json --store cases.sqlite \\
                --listen 127.0.0.1:8080 --tokens tokens.txt

            The store is an SQLite file (default $TTHC_STORE, else ~/.tthc/cases.sqlite) or a postgres:// URL. \
            Every /v1 request needs Authorization: Bearer TOKEN; /health, /openapi.yaml and /metrics do not. \
            Serve on loopback and terminate TLS in front (a reverse proxy; docs/server.md).
            """
    )

    @Option(help: "The compiled catalog (tthc compile Catalog -o FILE).")
    var artifact: String?

    @Option(
        help: "The case store: an SQLite file or a postgres:// URL. Default: $TTHC_STORE, else ~/.tthc/cases.sqlite.")
    var store: String?

    @Option(help: "HOST:PORT to listen on.")
    var listen: String = "127.0.0.1:8080"

    @Option(help: "The tokens file (tthc serve token add).")
    var tokens: String?

    @Option(name: .customLong("max-body"), help: "The largest request body, in bytes.")
    var maxBody: Int = 64 * 1024

    @Option(name: .customLong("body-timeout"), help: "Seconds a client has to send a request body.")
    var bodyTimeout: Int = 10

    @Option(name: .customLong("idle-timeout"), help: "Seconds before an idle connection is closed.")
    var idleTimeout: Int = 30

    @Option(help: "Threads for store calls (each PostgreSQL call holds a connection).")
    var threads: Int = 16

    func run() async throws {
        guard let artifact, let tokens else {
            throw ValidationError("give --artifact FILE and --tokens FILE (see tthc serve --help)")
        }
        let parts = listen.split(separator: ":")
        guard parts.count == 2, let port = Int(parts[1]), (0...65535).contains(port) else {
            throw ValidationError("--listen is HOST:PORT, e.g. 127.0.0.1:8080")
        }
        guard maxBody >= 1024, bodyTimeout >= 1, idleTimeout >= 1, (1...256).contains(threads) else {
            throw ValidationError("--max-body is at least 1024, the timeouts at least 1 second, --threads 1 to 256")
        }
        do {
            guard let data = FileManager.default.contents(atPath: artifact) else {
                throw ServerSetupError(
                    "cannot read the artifact \(artifact); write one with `tthc compile Catalog -o \(artifact)`")
            }
            let compiled = try ArtifactCodec.decode([UInt8](data))
            let entries = try TokenFile.load(tokens)
            // One pooled connection per store thread: a thread never waits for a connection.
            let poolSize = threads
            StoreBackends.postgres = { url throws(CaseError) in
                try PostgresCaseStore.open(url: url, connections: poolSize)
            }
            let opened = try StoreBackends.open(store, creating: true)
            var limits = CaseService.Limits()
            limits.maxBody = maxBody
            limits.bodyTimeout = .seconds(bodyTimeout)
            let service = try CaseService(
                store: opened, artifact: compiled, tokens: entries, limits: limits, threads: threads)
            for unit in service.tokenUnitsNotInTheArtifact {
                FileHandle.standardError.write(
                    Data(
                        "tthc serve: warning: a token acts as \(unit), which is no unit or role of the artifact; its requests will be refused (403)\n"
                            .utf8))
            }
            let banner = "store \(opened.location), \(entries.count) tokens"
            let listen = self.listen
            let started = StartedFlag()
            let app = Application(
                responder: CaseResponder(service: service),
                server: .http1(configuration: .init(idleTimeout: .seconds(Int64(idleTimeout)))),
                configuration: .init(address: .hostname(String(parts[0]), port: port), serverName: "tthc"),
                onServerRunning: { channel in
                    started.set()
                    let line = "tthc serve: listening on \(channel.localAddress.map { "\($0)" } ?? listen), \(banner)\n"
                    FileHandle.standardOutput.write(Data(line.utf8))
                }
            )
            do {
                try await app.runService()
            } catch  where !started.isSet {
                // The address could not be resolved or bound (unknown host, port taken): said with
                // the address, where ArgumentParser printed NIO's error and exited 1.
                throw ServerSetupError("cannot listen on \(listen): \(error)")
            }
        } catch let error as ServerSetupError {
            FileHandle.standardError.write(Data("tthc serve: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        } catch let error as CaseError {
            FileHandle.standardError.write(Data("tthc serve: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// Whether the server got to listening: an error before that is the address's.
private final class StartedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

struct TokenGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Issue tokens.", subcommands: [TokenAdd.self])
}

struct TokenAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Issue a token: prints it once on standard output; the file keeps only its SHA-256.",
        discussion: "tthc serve token add --tokens tokens.txt --unit thanh-nua.pasc --role clerk"
    )

    @Option(help: "The tokens file (created when missing, mode 0600).")
    var tokens: String

    @Option(help: "The unit the token acts as, e.g. thanh-nua.pasc (the actor of its events).")
    var unit: String

    @Option(help: "clerk (reads and advances its commune's cases) or analyst (reads only).")
    var role: String

    func run() async throws {
        guard let role = Role(rawValue: role) else {
            throw ValidationError("--role is clerk or analyst, not \"\(role)\"")
        }
        do {
            print(try TokenFile.add(tokens, unit: unit, role: role))
        } catch let error as ServerSetupError {
            FileHandle.standardError.write(Data("tthc serve: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// `tthc-serve case …`: the `tthc case` commands with the PostgreSQL store available.
public enum ServeMain {
    public static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        StoreBackends.postgres = { url throws(CaseError) in try PostgresCaseStore.open(url: url) }
        if let first = arguments.first, first == "case" || first == "simulate" {
            TTHC.runMain(arguments)
        }
        // `tthc serve …` passes its own name on: drop it.
        let own = arguments.first == "serve" ? Array(arguments.dropFirst()) : arguments
        do {
            var command = try ServeRoot.parseAsRoot(own)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch {
            let end = ParserExit(error, of: ServeRoot.self)
            if !end.message.isEmpty {
                (end.onStandardOutput ? FileHandle.standardOutput : FileHandle.standardError).write(
                    Data((end.message + "\n").utf8))
            }
            exit(end.status)
        }
    }
}
