import CatalogModel
import Foundation
import TTHCRunner
import Testing

/// The decoders and the schemas read one declaration (`CatalogShapes`). This proves they agree on
/// each key's type: for every key of a procedure, a value of the wrong shape is an error for
/// `tthc check` at that key's line, and is rejected by the generated schema.
@Suite struct ShapeAgreementTests {
    /// A value that is not of `shape`, written as YAML.
    static func wrongValue(for shape: ValueShape) -> String {
        switch shape {
        case .text: "\"  \""
        case .integer: "many"
        case .boolean: "maybe"
        case .date: "01/07/2025"
        case .time: "\"25:99\""
        case .duration: "5 weeks"
        case .choice: "bogus-value"
        case .identifier: "Not_An_Id"
        case .fact: "Not An Id"
        case .reference: "Commune..Pasc"
        case .code: "\"1.00119X\""
        case .list: "not-a-list"
        case .mapping, .keyed, .oneOf: "[not, a, mapping]"
        case .anyScalar: "[not, a, scalar]"
        }
    }

    /// The example procedure (Examples/minimal) with one key given a value of the wrong shape: its
    /// text, the wrong line, and the line it stands at.
    static func mutant(_ key: KeyShape, of original: String) -> (text: String, bad: String, line: Int) {
        var lines = original.components(separatedBy: "\n")
        let bad = "\(key.name): \(Self.wrongValue(for: key.value))"
        let line: Int
        if let index = lines.firstIndex(where: { $0.hasPrefix("\(key.name):") }) {
            var end = index + 1
            while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
            lines.replaceSubrange(index..<end, with: [bad])
            line = index + 1
        } else {
            lines.insert(bad, at: lines.count - 1)
            line = lines.count - 1
        }
        return (lines.joined(separator: "\n"), bad, line)
    }

    static func exampleProcedure() throws -> String {
        try String(
            contentsOf: TTHCRunner.packageRoot.appendingPathComponent(
                "Examples/minimal/procedures/commune/ho-tich/1.001193.yaml"), encoding: .utf8)
    }

    @Test func everyProcedureKeyIsDecodedAsDeclared() throws {
        let work = try temporaryDirectory("shapes")
        defer { try? FileManager.default.removeItem(at: work) }
        let original = try Self.exampleProcedure()
        for key in CatalogShapes.procedure.keys {
            let (text, bad, line) = Self.mutant(key, of: original)
            // tthc: the catalog with this one file changed.
            let catalog = work.appendingPathComponent(key.name)
            try FileManager.default.copyItem(
                at: TTHCRunner.packageRoot.appendingPathComponent("Examples/minimal"), to: catalog)
            let file = "\(key.name)/procedures/commune/ho-tich/1.001193.yaml"
            try text.write(to: work.appendingPathComponent(file), atomically: true, encoding: .utf8)
            let check = TTHCRunner.run(["check", file, "--color", "never"], in: work)
            #expect(check.status == 1, "\(bad): tthc accepts it\n\(check.stdout)")
            #expect(
                check.stdout.contains("\(file):\(line):") && check.stdout.contains(": error["),
                "\(bad): no error at line \(line)\n\(check.stdout)")
            try FileManager.default.removeItem(at: catalog)
        }
    }

    /// Each procedure with one key given a value of the wrong shape, as `KEY.yaml` in one folder.
    static func writeMutants(to mutants: URL) throws {
        let original = try Self.exampleProcedure()
        for key in CatalogShapes.procedure.keys {
            try Self.mutant(key, of: original).text.write(
                to: mutants.appendingPathComponent("\(key.name).yaml"), atomically: true, encoding: .utf8)
        }
    }

    @Test(.enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema))
    func everyProcedureKeyIsValidatedAsDeclared() throws {
        let mutants = try temporaryDirectory("shapes-schema")
        defer { try? FileManager.default.removeItem(at: mutants) }
        try Self.writeMutants(to: mutants)
        // The schema: each mutant is rejected, for its key.
        let schema = TTHCRunner.packageRoot.appendingPathComponent("schemas/procedure.schema.json").path
        let names = CatalogShapes.procedure.keys.map { "\($0.name).yaml" }
        let run = try ExternalTool.checkJSONSchema.run(
            ["--schemafile", schema, "--output-format", "json"] + names, in: mutants)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            "\(run.stdout)\(run.stderr)")
        let errors = report["errors"] as? [[String: Any]] ?? []
        for key in CatalogShapes.procedure.keys {
            let own = errors.filter { ($0["filename"] as? String)?.hasSuffix("\(key.name).yaml") == true }
            #expect(!own.isEmpty, "the schema accepts \(key.name): \(Self.wrongValue(for: key.value))")
        }
    }

    /// Nested mappings of a procedure, each written as a block with one key per line (valid values),
    /// then each key given a wrong value in turn: tthc reports an error at that line, and the schema
    /// rejects the file.
    static let nested: [(shape: MappingShape, top: String, lines: [String], values: [String: String])] = [
        (
            CatalogShapes.deadline, "deadline", ["deadline:"],
            [
                "text": "\"Ngay trong ngày\"", "value": "same day", "cutoff": "\"15:00\"", "clock_start": "receipt",
                "cap": "5 working days",
            ]
        ),
        (
            CatalogShapes.fee, "fees", ["fees:", "  -"],
            ["name": "Lệ phí", "amount": "8000", "per": "copy", "schedule": "nd-118-2025"]
        ),
        (
            CatalogShapes.dossierItem, "dossier", ["dossier:", "  -"],
            ["name": "Tờ khai", "form": "tk-khai-sinh", "originals": "1", "copies": "0"]
        ),
        (
            CatalogShapes.provenance, "provenance", ["provenance:"],
            ["kind": "published", "source": "\"dichvucong.gov.vn\""]
        ),
    ]

    static func nestedMutants() throws -> [(name: String, key: String, line: Int, text: String)] {
        let original = try String(
            contentsOf: TTHCRunner.packageRoot.appendingPathComponent(
                "Examples/minimal/procedures/commune/ho-tich/1.001193.yaml"), encoding: .utf8)
        var result: [(String, String, Int, String)] = []
        for entry in nested {
            for mutated in entry.shape.keys {
                var lines = original.components(separatedBy: "\n")
                let index = try #require(lines.firstIndex { $0.hasPrefix("\(entry.top):") })
                var end = index + 1
                while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
                var block = entry.lines.count == 1 ? [entry.lines[0]] : [entry.lines[0]]
                let indent = entry.lines.count == 1 ? "  " : "    "
                var mutatedLine = 0
                for (i, key) in entry.shape.keys.enumerated() {
                    let value = key.name == mutated.name ? wrongValue(for: key.value) : (entry.values[key.name] ?? "")
                    let prefix = entry.lines.count > 1 && i == 0 ? "  - " : indent
                    block.append("\(prefix)\(key.name): \(value)")
                    if key.name == mutated.name { mutatedLine = index + block.count }
                }
                lines.replaceSubrange(index..<end, with: block)
                result.append(
                    ("\(entry.top).\(mutated.name)", mutated.name, mutatedLine, lines.joined(separator: "\n")))
            }
        }
        return result
    }

    @Test func everyNestedKeyIsDecodedAsDeclared() throws {
        let work = try temporaryDirectory("shapes-nested")
        defer { try? FileManager.default.removeItem(at: work) }
        for mutant in try Self.nestedMutants() {
            let catalog = work.appendingPathComponent(mutant.name)
            try FileManager.default.copyItem(
                at: TTHCRunner.packageRoot.appendingPathComponent("Examples/minimal"), to: catalog)
            let file = "\(mutant.name)/procedures/commune/ho-tich/1.001193.yaml"
            try mutant.text.write(to: work.appendingPathComponent(file), atomically: true, encoding: .utf8)
            let check = TTHCRunner.run(["check", file, "--color", "never"], in: work)
            #expect(
                check.status == 1 && check.stdout.contains("\(file):\(mutant.line):")
                    && check.stdout.contains(": error["),
                "\(mutant.name): no error at line \(mutant.line)\n\(mutant.text)\n\(check.stdout)")
            try FileManager.default.removeItem(at: catalog)
        }
    }

    @Test(.enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema))
    func everyNestedKeyIsValidatedAsDeclared() throws {
        let work = try temporaryDirectory("shapes-nested-schema")
        defer { try? FileManager.default.removeItem(at: work) }
        let mutants = try Self.nestedMutants()
        for mutant in mutants {
            try mutant.text.write(
                to: work.appendingPathComponent("\(mutant.name).yaml"), atomically: true, encoding: .utf8)
        }
        let schema = TTHCRunner.packageRoot.appendingPathComponent("schemas/procedure.schema.json").path
        let run = try ExternalTool.checkJSONSchema.run(
            ["--schemafile", schema, "--output-format", "json"] + mutants.map { "\($0.name).yaml" }, in: work)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
            "\(run.stdout)\(run.stderr)")
        let errors = report["errors"] as? [[String: Any]] ?? []
        for mutant in mutants {
            #expect(
                errors.contains { ($0["filename"] as? String)?.hasSuffix("\(mutant.name).yaml") == true },
                "the schema accepts \(mutant.name)")
        }
    }
}
