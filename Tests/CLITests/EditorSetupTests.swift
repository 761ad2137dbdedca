import CatalogModel
import Foundation
import TTHCRunner
import Testing

/// Examples/editors: the VS Code settings map every schema `tthc schema` writes to the folders its
/// files live in, and the tasks' problem matcher reads tthc's diagnostics at their place.
@Suite struct EditorSetupTests {
    static let folder = TTHCRunner.packageRoot.appendingPathComponent("Examples/editors/.vscode")

    /// VS Code's settings are JSON with `//` comment lines.
    static func json(_ name: String) throws -> [String: Any] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let plain = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        return try #require(try JSONSerialization.jsonObject(with: Data(plain.utf8)) as? [String: Any])
    }

    @Test func settingsMapEverySchemaToItsFolders() throws {
        let schemas = try #require(try Self.json("settings.json")["yaml.schemas"] as? [String: [String]])
        for file in CatalogSchema.files {
            let globs = try #require(schemas[".tthc/schemas/\(file.name)"], "\(file.name) is not mapped")
            #expect(globs.filter { !$0.hasPrefix("!") } == file.globs.map { "Catalog/\($0)" }, "\(file.name)")
        }
        // units/*.yaml also matches units/communes.yaml, which has its own schema.
        #expect(schemas[".tthc/schemas/units.schema.json"]?.contains("!Catalog/units/communes.yaml") == true)
        #expect(schemas[".tthc/schemas/tthc-lint.schema.json"] != nil)
        #expect(schemas.count == CatalogSchema.files.count + 1)
    }

    @Test func problemMatcherReadsTTHCsDiagnostics() throws {
        let tasks = try #require(try Self.json("tasks.json")["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["label"] as? String } == ["tthc check", "tthc lint", "tthc check (this file)"])
        let matcher = try #require(tasks[0]["problemMatcher"] as? [String: Any])
        let pattern = try #require(matcher["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))
        // A catalog with a mistake: the first line of each diagnostic is matched, at its place.
        let work = try temporaryDirectory("editor")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(
            at: TTHCRunner.packageRoot.appendingPathComponent("Examples/minimal"),
            to: work.appendingPathComponent("Catalog"))
        let file = work.appendingPathComponent("Catalog/procedures/commune/ho-tich/1.001193.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\nonline_service: full", with: "\nonline_servise: full").write(
            to: file, atomically: true, encoding: .utf8)
        let run = TTHCRunner.run(tasks[0]["args"] as? [String] ?? [], in: work)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init).filter {
            $0.contains("]: ") && !$0.hasPrefix(" ")
        }
        try #require(!lines.isEmpty, "\(run.stdout)")
        for line in lines {
            let match = try #require(
                regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), "not matched: \(line)")
            func group(_ key: String) -> String {
                let index = pattern[key] as! Int
                return String(line[Range(match.range(at: index), in: line)!])
            }
            #expect(
                FileManager.default.fileExists(atPath: work.appendingPathComponent(group("file")).path),
                "\(group("file"))")
            #expect(Int(group("line")) != nil && Int(group("column")) != nil)
            #expect(["error", "warning", "note"].contains(group("severity")))
        }
        let first = lines[0]
        #expect(first.hasPrefix("Catalog/procedures/commune/ho-tich/1.001193.yaml:"), "\(first)")
        #expect(first.contains(": error[L001]: unknown key \"online_servise\""), "\(first)")
    }

    @Test(.enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema))
    func modelineNamesASchemaThatValidates() throws {
        let readme = try String(
            contentsOf: TTHCRunner.packageRoot.appendingPathComponent("Examples/editors/README.md"), encoding: .utf8)
        let line = try #require(
            readme.split(separator: "\n").first { $0.hasPrefix("# yaml-language-server: $schema=") })
        let relative = String(line.dropFirst("# yaml-language-server: $schema=".count))
        // Relative to a procedure file of this repository's Catalog.
        let procedure = TTHCRunner.packageRoot.appendingPathComponent(
            "Catalog/procedures/commune/ho-tich/1.001193.yaml")
        let schema = procedure.deletingLastPathComponent().appendingPathComponent(relative).standardizedFileURL
        #expect(
            schema.path
                == TTHCRunner.packageRoot.appendingPathComponent("schemas/procedure.schema.json").standardizedFileURL
                .path)
        let run = try ExternalTool.checkJSONSchema.run(["--schemafile", schema.path, procedure.path])
        #expect(run.status == 0, "\(run.stdout)")
    }
}
