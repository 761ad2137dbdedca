import Foundation
import TTHCRunner
import TTHCServer
import Testing

/// `tthc serve` as an operator starts it, through the built binaries (tthc runs tthc-serve): bad
/// options exit 2 as tthc's own commands do, an address it cannot listen on is said with the
/// address, and a token whose unit the artifact lacks is pointed out at start.
@Suite struct ServeCommandLineTests {
    @Test func badStartsAreRefusedInWordsWithStatusTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tthc-serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tokens = folder.appendingPathComponent("tokens.txt").path
        _ = try TokenFile.add(tokens, unit: "thanh-nua.pasc", role: .clerk)
        _ = try TokenFile.add(tokens, unit: "thanh-nua.pasc-typo", role: .clerk)
        let artifact = folder.appendingPathComponent("catalog.tthc").path
        let compiled = try TTHCRunner.runBinary(
            ["compile", ServerFixture.root, "-o", artifact], in: folder)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let store = folder.appendingPathComponent("cases.sqlite").path
        func serve(_ listen: String) throws -> RunOutput {
            try TTHCRunner.runBinary(
                ["serve", "--artifact", artifact, "--store", store, "--tokens", tokens, "--listen", listen],
                in: folder, timeout: 60)
        }

        let port = try serve("127.0.0.1:99999")
        #expect(port.status == 2, "\(port.stderr)")
        #expect(port.stderr.hasPrefix("Error: --listen is HOST:PORT, e.g. 127.0.0.1:8080\n"), "\(port.stderr)")

        // TEST-NET-1 is no address of this machine: binding fails at once, with no name lookup.
        let bind = try serve("192.0.2.1:18099")
        #expect(bind.status == 2, "\(bind.stderr)")
        #expect(
            bind.stderr.contains(
                "tthc serve: warning: a token acts as thanh-nua.pasc-typo, which is no unit or role of the artifact; its requests will be refused (403)\n"
            ), "\(bind.stderr)")
        #expect(bind.stderr.contains("tthc serve: error: cannot listen on 192.0.2.1:18099: "), "\(bind.stderr)")
        #expect(!bind.stderr.contains("thanh-nua.pasc,"), "the known unit is not warned about: \(bind.stderr)")

        let role = try TTHCRunner.runBinary(
            ["serve", "token", "add", "--tokens", tokens, "--unit", "thanh-nua.pasc", "--role", "admin"], in: folder)
        #expect(role.status == 2)
        #expect(role.stderr.hasPrefix("Error: --role is clerk or analyst, not \"admin\"\n"), "\(role.stderr)")
    }
}
