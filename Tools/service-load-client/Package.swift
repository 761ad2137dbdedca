// swift-tools-version: 6.0
// The load client of `Tools/service-load.py load --client-bin`, compiled: the Python clients take
// a fifth of a core's time per request that the server and PostgreSQL share, where pgbench's
// client (C) takes a third of that. A package of its own, with no dependencies (Foundation and
// POSIX sockets), so that neither tthc's build nor its tests build it.
import PackageDescription

let package = Package(
    name: "service-load-client",
    targets: [.executableTarget(name: "service-load-client")],
    swiftLanguageModes: [.v6]
)
