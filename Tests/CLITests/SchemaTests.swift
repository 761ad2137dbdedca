import CatalogModel
import Foundation
import TTHCRunner
import TestSupport
import Testing

/// `tthc schema`: the committed schemas are what the code generates, valid catalogs validate, and
/// structural mistakes tthc rejects are rejected in the editor too.
@Suite struct SchemaTests {
    static let root = TTHCRunner.packageRoot
    static let committed = root.appendingPathComponent("schemas")

    @Test func committedSchemasAreWhatTheCodeGenerates() throws {
        let out = try temporaryDirectory("schemas")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = TTHCRunner.run(["schema", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Wrote 10 schemas to \(out.path)\n")
        let generated = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let inRepository = try FileManager.default.contentsOfDirectory(atPath: Self.committed.path).filter {
            $0.hasSuffix(".json")
        }.sorted()
        #expect(generated == inRepository, "schemas/ holds other files than `tthc schema` writes")
        for name in generated {
            let fresh = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            let old = try String(contentsOf: Self.committed.appendingPathComponent(name), encoding: .utf8)
            #expect(
                fresh == old,
                "schemas/\(name) differs from what the decoders declare: run `swift run tthc schema` and commit schemas/"
            )
        }
    }

    @Test func everyKeyIsDescribedInBothLanguages() throws {
        for file in CatalogSchema.files {
            var shapes = [file.root]
            var seen: Set<String> = []
            while let shape = shapes.popLast() {
                guard seen.insert(shape.name).inserted else { continue }
                for key in shape.keys {
                    #expect(
                        !key.doc.en.isEmpty && !key.doc.vi.isEmpty && key.doc.en != key.doc.vi,
                        "\(shape.name).\(key.name)")
                    func visit(_ value: ValueShape) {
                        switch value {
                        case .mapping(let name): shapes.append(CatalogShapes.mappings[name]!)
                        case .list(let item, _): visit(item)
                        case .keyed(_, let values, _): visit(values)
                        case .oneOf(let all): all.forEach(visit)
                        default: break
                        }
                    }
                    visit(key.value)
                }
            }
        }
    }

    @Test func catalogIdsAreOfferedAsSuggestions() throws {
        let out = try temporaryDirectory("schemas-catalog")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = TTHCRunner.run(["schema", "--out", out.path, "--catalog", "Examples/minimal", "--lang", "vi"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Đã ghi 10 lược đồ"))
        let data = try Data(contentsOf: out.appendingPathComponent("procedure.schema.json"))
        let procedure = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try #require(procedure["properties"] as? [String: [String: Any]])
        #expect(
            (properties["field"]?["examples"] as? [String])?.contains("ho-tich") == true, "field ids of the catalog")
        #expect(
            (properties["authority"]?["examples"] as? [String])?.contains("commune.chairman") == true,
            "unit and role references")
        #expect(
            (properties["legal_basis"]?["items"] as? [String: Any])?["examples"] as? [String] != nil,
            "legal document ids")
        let missing = TTHCRunner.run(["schema", "--out", out.path, "--catalog", "no-such-catalog"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or directory: no-such-catalog"))
        // A folder that cannot be made is said in the system's words, not Foundation's sentence.
        let unwritable = TTHCRunner.run(["schema", "--out", "/proc/tthc-schemas"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr == "tthc: error: cannot write to /proc/tthc-schemas: No such file or directory\n")
    }

    // MARK: check-jsonschema, as an editor would validate

    /// The schema file for a catalog file, by where it sits.
    static func schema(for relativePath: String) -> URL? {
        guard let kind = CatalogFileKind.classify(relativePath) else { return nil }
        return committed.appendingPathComponent(CatalogSchema.file(for: kind).name)
    }

    /// Validates every catalog file under `root` (grouped by schema: one run each).
    static func validate(catalog root: URL, only files: [String]? = nil) throws -> [String: RunOutput] {
        let all =
            try files
            ?? FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
                $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
            }
        var groups: [URL: [String]] = [:]
        for path in all.sorted() {
            if let schema = schema(for: path) { groups[schema, default: []].append(path) }
        }
        var results: [String: RunOutput] = [:]
        for (schema, paths) in groups {
            results[schema.lastPathComponent] = try ExternalTool.checkJSONSchema.run(
                ["--schemafile", schema.path] + paths, in: root)
        }
        return results
    }

    @Test(
        .enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema),
        arguments: ["Catalog", "Examples/minimal"])
    func validCatalogValidates(_ catalog: String) throws {
        let results = try Self.validate(catalog: Self.root.appendingPathComponent(catalog))
        #expect(results.count >= 8, "\(results.keys.sorted())")
        for (schema, run) in results {
            #expect(run.status == 0, "\(catalog) against \(schema): \(run.stdout)\(run.stderr)")
        }
    }

    /// Fixtures tthc rejects that a schema cannot: they need the whole catalog, the file's path,
    /// the bytes as written, or the calendar. Every other rejected fixture must fail the schema too.
    static let onlyTTHCSees: [String: String] = [
        // Tests/CatalogModelTests/Fixtures/cases
        "ambiguous-scalar": "08000: YAML 1.2 editors read the number 8000; only tthc sees the leading zero as written",
        "conflicting-calendar": "two decisions of one year disagree: a check across entries",
        "crlf-and-tab": "a tab inside a value and CRLF line ends: bytes, not structure",
        "decision-file-checks":
            "the calendar: dates in the file's year, days off paired with worked Saturdays, no holiday swapped away, Tết days near lunar 1/1",
        "duplicate-definition": "the same code in two files: a check across files",
        "invalid-code": "code 1.0011 is read as a number by editors, whose digits (1.001100 or 1.0011?) are lost",
        "invalid-date": "2025-02-30 has the form of a date; which days exist is the calendar's",
        "misplaced-file": "a procedure's field against its folder: the path, not the content",
        "template-budget-parameter": "a with value that must be a duration because of how the template uses it",
        "template-parameter": "reference: a template argument names a unit that does not exist",
        "unknown-condition": "reference: a choice names an undeclared case fact",
        "unknown-field": "reference: fields.yaml has no such field",
        "unknown-form": "reference: forms/ has no such form",
        "unknown-legal-document": "reference: legal/ has no such document",
        "unknown-procedure": "reference: no procedure has the called code",
        "unknown-step": "reference: next names no step of the workflow",
        "unknown-template": "reference: templates/ has no such template",
        "unknown-unit": "reference: units/ has no such unit or role",
        // Tests/WorkflowCompilerTests/Fixtures/cases: the compiler's checks on graphs and budgets
        "call-cycle": "graph: procedures that call each other",
        "dead-end": "graph: a step that reaches no end",
        "dead-end-loop": "graph: a loop with no way out",
        "deadline-budget": "deadline: step budgets exceed the statutory deadline",
        "district-reference": "levels: a unit id that names a district",
        "fork-join": "graph: parallel branches that do not join",
        "legal-basis-not-in-force": "dates: a legal basis not in force on the effective date",
        "level-mismatch": "levels: authority and level disagree",
        "missing-hand-off": "graph: a change of level without a hand-off",
        "one-stop-shape": "graph: receipt and return not at a service centre",
        "template-unreachable-step": "graph: a template step that cannot be reached",
        "unbounded-budget": "graph: a loop whose budget has no bound",
        "unreachable-step": "graph: a step that cannot be reached",
        "reversed-period": "dates: until before from",
        "overlapping-period": "dates: two rows of one name on the same day, versions on one date",
        "replaced-by-cycle": "dates: documents replacing each other in a cycle",
        "date-out-of-range": "dates: a date outside the catalog's effective date and calendar",
        "version-workflow":
            "graph: a version's workflow with a dead end and an unreachable step, and a later deadline it does not fit",
        "version-workflow-reference": "reference: a version's workflow names an undefined step and unit",
    ]

    static let fixtureCases: [(folder: String, name: String)] = {
        ["Tests/CatalogModelTests/Fixtures/cases", "Tests/WorkflowCompilerTests/Fixtures/cases"].flatMap { folder in
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            return names.filter { !$0.contains(".") }.sorted().map { (folder, $0) }
        }
    }()

    @Test(.enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema))
    func structuralFixturesAreRejectedByTheSchemas() throws {
        #expect(Self.fixtureCases.count >= 40)
        for (folder, name) in Self.fixtureCases {
            let caseRoot = Self.root.appendingPathComponent("\(folder)/\(name)")
            let expected = try String(
                contentsOf: Self.root.appendingPathComponent("\(folder)/\(name).out"), encoding: .utf8)
            guard expected.contains(": error[") else { continue }  // tthc does not reject it either
            // The case's own files, as the fixture lays them over the base (a `.diff` patched in).
            let fixture = try FixtureCatalog(overlay: caseRoot)
            defer { fixture.remove() }
            let own = try FileManager.default.subpathsOfDirectory(atPath: caseRoot.path)
                .map { $0.hasSuffix(".diff") ? String($0.dropLast(5)) : $0 }
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            let results = try Self.validate(catalog: fixture.root, only: own)
            let rejected = results.values.contains { $0.status != 0 }
            if let reason = Self.onlyTTHCSees[name] {
                #expect(
                    !rejected,
                    "\(name) is listed as something only tthc sees (\(reason)), but the schema rejects it now: remove it from the table"
                )
            } else {
                #expect(rejected, "\(folder)/\(name): tthc rejects it but the schemas accept \(results.keys.sorted())")
            }
        }
    }

    /// Mistakes people make while typing: each is caught by the schema, with the key in the message.
    @Test(
        .enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema),
        arguments: [
            ("online_servise: full", "online_servise"),
            ("online_service: yes", "online_service"),
            ("deadline: { text: \"5 ngày\", value: 5 workdays }", "value"),
            ("deadline: { text: \"trong ngày\", value: same day, cutoff: \"25:00\" }", "cutoff"),
            ("level: district", "level"),
            ("code: 1001193", "code"),
            ("field: Ho-Tich", "field"),
            ("effective: 1/7/2025", "effective"),
        ])
    func typingMistakesAreCaught(_ line: String, _ key: String) throws {
        let directory = try temporaryDirectory("schema-mistake")
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/minimal/procedures/commune/ho-tich/1.001193.yaml"),
            encoding: .utf8)
        let replacedKey =
            line.split(separator: ":")[0] == "online_servise" ? "online_service" : String(line.split(separator: ":")[0])
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("\(replacedKey):") })
        // A block value (deadline:) spans the indented lines below its key.
        var end = index + 1
        while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
        lines.replaceSubrange(index..<end, with: [line])
        let file = directory.appendingPathComponent("1.001193.yaml")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try ExternalTool.checkJSONSchema.run([
            "--schemafile", Self.committed.appendingPathComponent("procedure.schema.json").path, file.path,
        ])
        #expect(run.status == 1, "\(line): \(run.stdout)")
        #expect(run.stdout.contains(key), "\(line): \(run.stdout)")
    }

    @Test(.enabled(if: ExternalTool.checkJSONSchema.available, ExternalTool.noCheckJSONSchema))
    func lintConfigurationSchema() throws {
        let directory = try temporaryDirectory("lint-config")
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = Self.committed.appendingPathComponent("tthc-lint.schema.json").path
        let good = directory.appendingPathComponent("good.yml")
        try """
        fail_on: warning
        rules:
          tone-mark-style: { style: new, severity: error }
          fee-amount: { multiple_of: 1000 }
          missing-english-name: off
        overrides:
          - files: [procedures/province/**]
            rules: { missing-english-name: note }
        """.write(to: good, atomically: true, encoding: .utf8)
        let accepted = try ExternalTool.checkJSONSchema.run(["--schemafile", schema, good.path])
        #expect(accepted.status == 0, "\(accepted.stdout)")
        for (text, key) in [
            ("rules: { tone-mark-styel: off }", "tone-mark-styel"),
            ("rules: { tone-mark-style: { style: newest } }", "newest"),
            ("fail_on: fatal", "fatal"), ("overrides: [ { rules: {} } ]", "files"),
        ] {
            let bad = directory.appendingPathComponent("bad.yml")
            try text.write(to: bad, atomically: true, encoding: .utf8)
            let rejected = try ExternalTool.checkJSONSchema.run(["--schemafile", schema, bad.path])
            #expect(rejected.status == 1, "\(text): \(rejected.stdout)")
            #expect(rejected.stdout.contains(key), "\(text): \(rejected.stdout)")
        }
    }
}
