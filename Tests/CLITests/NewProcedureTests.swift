import Foundation
import TTHCRunner
import Testing

/// `tthc new procedure`: the skeleton, placed in the catalog as written, passes `tthc check`.
@Suite struct NewProcedureTests {
    static func copyOfMinimal() throws -> URL {
        let directory = try temporaryDirectory("new")
        let catalog = directory.appendingPathComponent("catalog")
        try FileManager.default.copyItem(
            at: TTHCRunner.packageRoot.appendingPathComponent("Examples/minimal"), to: catalog)
        return catalog
    }

    @Test(arguments: [("ho-tich", "commune"), ("xay-dung", "province")])
    func skeletonPassesCheck(_ field: String, _ level: String) throws {
        let catalog = try Self.copyOfMinimal()
        defer { try? FileManager.default.removeItem(at: catalog.deletingLastPathComponent()) }
        let run = TTHCRunner.run(
            ["new", "procedure", "--field", field, "--level", level, "--catalog", "catalog"],
            in: catalog.deletingLastPathComponent())
        #expect(run.status == 0, "\(run.stderr)")
        let path = "catalog/procedures/\(level)/\(field)/1.990001.yaml"
        #expect(
            run.stdout == "Created \(path); fill in each TODO, then run: tthc lint \(path) (it lists the TODOs left)\n")
        let text = try String(
            contentsOf: catalog.deletingLastPathComponent().appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("# New procedure: replace each TODO"))
        #expect(text.contains("# Thủ tục mới: thay mỗi TODO"))
        // The header names the command that lists the TODOs left (check passes a skeleton).
        #expect(text.contains("then run `tthc lint` on this file (it lists the TODOs left)"))
        #expect(text.contains("field: \(field)\n") && text.contains("level: \(level) "))
        let check = TTHCRunner.run(["check", path], in: catalog.deletingLastPathComponent())
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings\n"), "\(check.stdout)")
        let whole = TTHCRunner.run(["check", "catalog"], in: catalog.deletingLastPathComponent())
        #expect(whole.status == 0, "\(whole.stdout)")
        // The skeleton is sound but unfinished: the linter CI runs refuses its placeholders.
        let lint = TTHCRunner.run(["lint", path, "--format", "json"], in: catalog.deletingLastPathComponent())
        #expect(lint.status == 1, "\(lint.stdout)")
        let placeholders = lint.stdout.components(separatedBy: "\"code\" : \"placeholder-text\"").count - 1
        #expect(placeholders == 5, "\(lint.stdout)")
        if ExternalTool.checkJSONSchema.available {
            let schema = TTHCRunner.packageRoot.appendingPathComponent("schemas/procedure.schema.json").path
            let validation = try ExternalTool.checkJSONSchema.run(
                ["--schemafile", schema, path], in: catalog.deletingLastPathComponent())
            #expect(validation.status == 0, "\(validation.stdout)")
        }
        // A second one takes the next free code; an existing file is never overwritten.
        let second = TTHCRunner.run(
            ["new", "procedure", "--field", field, "--level", level, "--catalog", "catalog"],
            in: catalog.deletingLastPathComponent())
        #expect(second.stdout.contains("1.990003.yaml"), "1.990002 is taken in Examples/minimal: \(second.stdout)")
        let taken = TTHCRunner.run(
            ["new", "procedure", "--field", field, "--level", level, "--catalog", "catalog", "--code", "1.001193"],
            in: catalog.deletingLastPathComponent())
        #expect(taken.status == 2)
        #expect(
            taken.stderr
                == "tthc: error: code 1.001193 is already in the catalog (catalog/procedures/commune/ho-tich/1.001193.yaml); "
                + "choose another, or leave out --code for the next free one\n")
    }

    @Test func badOptionsAreExplained() throws {
        let unknown = TTHCRunner.run([
            "new", "procedure", "--field", "ho-tic", "--level", "commune", "--catalog", "Examples/minimal", "--stdout",
        ])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr
                == "tthc: error: no field \"ho-tic\" in Examples/minimal/fields.yaml; did you mean \"ho-tich\"?\n")
        let vi = TTHCRunner.run([
            "new", "procedure", "--field", "ho-tic", "--level", "commune", "--catalog", "Examples/minimal", "--stdout",
            "--lang", "vi",
        ])
        #expect(
            vi.stderr
                == "tthc: lỗi: không có lĩnh vực \"ho-tic\" trong Examples/minimal/fields.yaml; có phải ý bạn là \"ho-tich\"?\n"
        )
        let district = TTHCRunner.run([
            "new", "procedure", "--field", "ho-tich", "--level", "district", "--catalog", "Examples/minimal",
        ])
        #expect(district.status == 2)
        #expect(district.stderr.contains("district"))
        let badCode = TTHCRunner.run([
            "new", "procedure", "--field", "ho-tich", "--level", "commune", "--catalog", "Examples/minimal", "--code",
            "1.0011", "--stdout",
        ])
        #expect(badCode.status == 2)
        #expect(badCode.stderr.contains("is not a procedure code"))
        let printed = TTHCRunner.run([
            "new", "procedure", "--field", "ho-tich", "--level", "commune", "--catalog", "Examples/minimal", "--stdout",
        ])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("# Thủ tục mới"))
    }
}
