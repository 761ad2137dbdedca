import Foundation
import TestSupport
import Testing

/// The `tthc lint` command of each file in Examples/ci runs, as written, on the base catalog.
@Suite struct CIExampleTests {
    static let folder = FixtureCatalog.packageRoot.appendingPathComponent("Examples/ci")

    /// Every `tthc lint …` command in a CI file (a `name:` line only mentions it).
    static func commands(in text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line -> [String]? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix("name:"), !trimmed.hasPrefix("- name:"),
                  let range = trimmed.range(of: "tthc lint") else { return nil }
            return trimmed[range.lowerBound...].split(separator: " ").map(String.init)
        }
    }

    @Test(arguments: ["github-actions.yml", "gitlab-ci.yml", "pre-commit-config.yaml"])
    func commandRunsOnTheBaseCatalog(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let commands = Self.commands(in: text)
        try #require(commands.count == 1, "\(name) should hold one tthc lint command")
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        // The CI files lint `Catalog` from the repository root.
        let workspace = fixture.root.deletingLastPathComponent()
        try FileManager.default.moveItem(at: fixture.root, to: workspace.appendingPathComponent("Catalog"))
        var arguments = Array(commands[0].dropFirst())
        if text.contains("pass_filenames: true") {
            arguments.append("Catalog/procedures/commune/ho-tich/1.001193.yaml")
        }
        let run = try TTHCBinary.run(arguments + ["--today", LintCommandTests.today], in: workspace)
        #expect(run.status == 0, "\(arguments.joined(separator: " ")): \(run.stdout)\(run.stderr)")
        for (index, argument) in arguments.enumerated() where argument == "--output" {
            let output = workspace.appendingPathComponent(arguments[index + 1])
            #expect(FileManager.default.fileExists(atPath: output.path), "\(arguments[index + 1]) was not written")
            if output.pathExtension == "sarif", SchemaValidator.available {
                let validation = try SchemaValidator.validate(output)
                #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
            }
        }
    }
}
