import CatalogModel
import Foundation
import TestSupport
import Testing

@testable import WorkflowCompiler

/// Issue 16, part 3: the packed artifact is opened by the procedure, deterministic, and checked
/// by its hash part by part; damaged or hostile files are refused in words.
@Suite struct ArtifactPackTests {
    func artifact() throws -> CompiledCatalog {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let loaded = CatalogLoader().load(root: fixture.root.path)
        #expect(loaded.diagnostics.isEmpty)
        return WorkflowCompiler().compile(loaded.catalog).artifact
    }

    func message(_ bytes: [UInt8]) -> String {
        do {
            _ = try ArtifactPack(Data(bytes)).artifact()
            return "read"
        } catch { return "\(error)" }
    }

    @Test func sameCatalogSameBytesAndOneHashInBothForms() throws {
        let first = try ArtifactPack.encode(artifact())
        #expect(try ArtifactPack.encode(artifact()) == first)
        let pack = try ArtifactPack(Data(first))
        let json = try ArtifactCodec.decode(ArtifactCodec.encode(artifact()))
        #expect(pack.contentHash == json.contentHash)
        #expect(try pack.artifact() == json)
        #expect(try ArtifactCodec.decode(first) == json)
    }

    @Test func aCaseReadsTheProceduresItNeedsAndWhatTheyCall() throws {
        var whole = try artifact()
        var other = whole.procedures[0]
        other.code = "9.000001"
        whole.procedures.append(other)
        let caller = whole.procedures[0].code
        let callee = other.code
        whole.procedures[0].calls = [callee]
        let pack = try ArtifactPack(Data(ArtifactPack.encode(whole)))
        #expect(try pack.artifact(covering: [caller]).procedures.map(\.code) == [caller, callee])
        #expect(try pack.artifact(covering: [callee]).procedures.map(\.code) == [callee])
        #expect(try pack.artifact(covering: ["9.999999"]).procedures.isEmpty)
    }

    @Test func aChangedPartIsFoundWhenItIsRead() throws {
        let bytes = try ArtifactPack.encode(artifact())
        let pack = try ArtifactPack(Data(bytes))
        let last = try #require(pack.codes.last)
        var damaged = bytes
        damaged[damaged.count - 3] ^= 0x20
        let opened = try ArtifactPack(Data(damaged))  // the index is sound
        #expect(throws: ArtifactCodec.DecodeError.self) { try opened.procedureBytes(last) }
        #expect(
            message(damaged)
                == "the file is not a tthc compiled catalog: procedure \(last) does not match its SHA-256 in the index; the file was changed or damaged — compile the catalog again"
        )
        // The other parts still read: nothing else is held up by the damaged one.
        #expect(try !opened.headerBytes().isEmpty)
    }

    @Test func damagedAndHostileFilesAreRefusedInWords() throws {
        let bytes = try ArtifactPack.encode(artifact())
        #expect(
            message(Array(bytes.prefix(20)))
                == "the file is not a tthc compiled catalog: it is cut short in the recorded hash")
        #expect(
            message(Array(bytes.dropLast(10)))
                == "the file is not a tthc compiled catalog: it is cut short: its parts end before the index says")
        #expect(message(bytes + [0]) == "the file is not a tthc compiled catalog: data follows its last part (1 bytes)")
        var index = bytes
        index[60] ^= 0x01  // the header's SHA-256 in the index: the recorded hash no longer matches
        #expect(message(index).hasPrefix("the artifact's content does not match its recorded hash"))
        var huge = bytes
        for i in 40..<44 { huge[i] = 0xFF }  // an index length past the end of the file
        #expect(
            message(huge)
                == "the file is not a tthc compiled catalog: the index length (4294967295) is more than the file holds")
        var version = bytes
        version[44] = 1
        #expect(
            message(version)
                == "the artifact has format version 1; this tthc reads version 2 — compile the catalog again")
        #expect(
            message(Array("{}".utf8))
                == "the file is not a tthc compiled catalog: it does not begin as a packed tthc artifact; write one with `tthc compile Catalog -o FILE`"
        )
    }

    /// Issue 15: an artifact of format 1 (deadlines as text) is refused by its version, not by the
    /// first field whose type changed.
    @Test func aJSONArtifactOfAnEarlierFormatIsRefusedByItsVersion() throws {
        var json = try JSONSerialization.jsonObject(with: Data(ArtifactCodec.encode(artifact()))) as! [String: Any]
        json["formatVersion"] = 1
        var procedures = json["procedures"] as! [[String: Any]]
        procedures[0]["deadline"] =
            ["text": "3 ngày", "value": "3 working days", "minutes": 1440, "clockStart": "next-working-day"]
            as [String: Any]
        json["procedures"] = procedures
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: json))
        #expect(throws: ArtifactCodec.DecodeError.self) { try ArtifactCodec.decode(bytes) }
        do { _ = try ArtifactCodec.decode(bytes) } catch {
            #expect(
                "\(error)" == "the artifact has format version 1; this tthc reads version 2 — compile the catalog again"
            )
        }
    }
}
