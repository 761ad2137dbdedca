// swift-tools-version: 6.2
// Builds apple/swift-openapi-generator's command line, outside tthc's own package graph, for
// Tools/openapi-generate (the generated code is committed; no build plugin runs on a build).
import PackageDescription

let package = Package(
    name: "openapi-generator",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")
    ]
)
