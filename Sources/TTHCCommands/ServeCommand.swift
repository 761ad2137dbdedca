import ArgumentParser
import Diagnostics
import Foundation

/// `tthc serve …`: the case service lives in its own executable, `tthc-serve` (Hummingbird,
/// PostgreSQL), built on demand so that checking a catalog stays quick to set up. This runs it.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Start the case service (HTTP API); runs tthc-serve, built with: swift build -c release --product tthc-serve.",
        discussion: """
            Examples:
              tthc serve --artifact catalog.tthc.json --store cases.sqlite \\
                --listen 127.0.0.1:8080 --tokens tokens.txt
              tthc serve token add --tokens tokens.txt --unit thanh-nua.pasc --role clerk

            See docs/server.md.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "The arguments of tthc-serve.")
    var arguments: [String] = []

    func run() throws {
        ExternalCommand.exec("tthc-serve", arguments: arguments)
        throw CommandFailure.usage(
            CommandMessage.serviceNotInstalled)
    }
}
