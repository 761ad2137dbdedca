import CatalogModel
import Foundation
import GoldenFiles
import TestSupport
import Testing

@testable import WorkflowCompiler

@Suite struct ArtifactTests {
    func compile(_ root: URL) throws -> [UInt8] {
        let loaded = CatalogLoader().load(root: root.path)
        #expect(loaded.diagnostics.isEmpty)
        return try ArtifactCodec.encode(WorkflowCompiler().compile(loaded.catalog).artifact)
    }

    @Test func sameCatalogSameBytesAcrossRunsAndFileOrder() throws {
        let first = try FixtureCatalog(overlay: nil)
        defer { first.remove() }
        let a = try compile(first.root)
        let b = try compile(first.root)
        #expect(a == b)

        // Same content, files created in the reverse order, and at another path.
        let second = try FixtureCatalog(overlay: nil)
        defer { second.remove() }
        let files = FileManager.default.enumerator(atPath: second.root.path)!.allObjects.compactMap { $0 as? String }
        var contents: [(String, Data)] = []
        for relative in files where relative.hasSuffix(".yaml") {
            contents.append((relative, try Data(contentsOf: second.root.appendingPathComponent(relative))))
            try FileManager.default.removeItem(at: second.root.appendingPathComponent(relative))
        }
        for (relative, data) in contents.reversed() {
            try data.write(to: second.root.appendingPathComponent(relative))
        }
        #expect(try compile(second.root) == a)
    }

    @Test func theHashIsRecordedAndVerified() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let bytes = try compile(fixture.root)
        let artifact = try ArtifactCodec.decode(bytes)
        #expect(artifact.contentHash.hasPrefix("sha256:"))
        #expect(artifact.contentHash.count == 7 + 64)
        // Change one byte of content: the hash no longer matches.
        var text = String(decoding: bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "Thủ tục đăng ký khai sinh", with: "Thủ tục đăng ký khai tử")
        #expect(throws: ArtifactCodec.DecodeError.self) { try ArtifactCodec.decode(Array(text.utf8)) }
        #expect(throws: ArtifactCodec.DecodeError.self) { try ArtifactCodec.decode(Array("{}".utf8)) }
    }

    @Test func aDamagedArtifactIsDescribedByWhereAndWhat() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let valid = try JSONSerialization.jsonObject(with: Data(try compile(fixture.root))) as! [String: Any]
        func message(_ bytes: [UInt8]) -> String {
            do {
                _ = try ArtifactCodec.decode(bytes)
                return "decoded"
            } catch { return "\(error)" }
        }
        func message(json: Any) throws -> String { message(Array(try JSONSerialization.data(withJSONObject: json))) }
        var missing = valid
        missing["formatVersion"] = nil
        #expect(try message(json: missing) == "the file is not a tthc compiled catalog: formatVersion is missing")
        var wrongType = valid
        var procedures = valid["procedures"] as! [[String: Any]]
        procedures[0]["code"] = 5
        wrongType["procedures"] = procedures
        #expect(
            try message(json: wrongType)
                == "the file is not a tthc compiled catalog: procedures[0].code is not a string")
        #expect(
            message(Array("not json".utf8))
                == "the file is not a tthc compiled catalog: it is not JSON; write one with `tthc compile Catalog -o FILE`"
        )
    }

    @Test func sha256MatchesPublishedVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theArtifactCarriesBudgetAndSlack() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let artifact = try ArtifactCodec.decode(try compile(fixture.root))
        let birth = try #require(artifact.procedure("1.001193"))
        // receive 1h + review 2h + sign 1h = 4 working hours of a same-day (8h) deadline.
        #expect(birth.budgetMinutes == 240)
        #expect(birth.slackMinutes == 240)
        #expect(birth.graph.step("review")?.exits?.map(\.exit) == ["supplement", "refuse"])
    }
}

@Suite struct TemplateBudgetTests {
    @Test func aTemplateBudgetParameterTakesTheProceduresDuration() throws {
        let fixture = try FixtureCatalog(
            overlay: Golden.url("../CatalogModelTests/Fixtures/cases/template-budget-parameter"))
        defer { fixture.remove() }
        let text = try String(
            contentsOf: fixture.root.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml"), encoding: .utf8
        )
        try fixture.write(
            text.replacingOccurrences(of: "review_time: 2 hours", with: "review_time: 3 working hours"),
            to: "procedures/commune/ho-tich/1.001193.yaml")
        let loaded = fixture.load()
        #expect(loaded.diagnostics.isEmpty, "\(fixture.render(loaded.diagnostics, sources: loaded.catalog.sources))")
        let artifact = WorkflowCompiler().compile(loaded.catalog).artifact
        // receive 1h + review 3h (from `with`) + sign 1h
        #expect(artifact.procedure("1.001193")?.budgetMinutes == 300)
        #expect(artifact.procedure("1.001193")?.graph.step("review")?.budget == "3 working hours")
    }
}
