import Foundation
import TTHCRunner
import Testing

/// The GitHub Action's install script, as it runs on a runner: the release's tarball is fetched,
/// checked against SHA256SUMS and put on PATH; a tampered tarball is refused. The "release" here
/// is a local folder (file://) holding the built binary.
@Suite struct ActionTests {
    static let script = TTHCRunner.packageRoot.appendingPathComponent("Tools/action/install.sh").path

    static func makeRelease(in directory: URL, tamper: Bool = false) throws -> URL {
        let release = directory.appendingPathComponent("release")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TTHCRunner.binary, to: release.appendingPathComponent("tthc"))
        let pack = try ExternalTool.run(
            "/bin/bash",
            [
                "-c",
                "tar -czf tthc-linux-x86_64.tar.gz tthc && sha256sum tthc-linux-x86_64.tar.gz > SHA256SUMS && rm tthc",
            ], in: release)
        #expect(pack.status == 0, "\(pack.stderr)")
        if tamper {
            let sums = release.appendingPathComponent("SHA256SUMS")
            try (String(repeating: "0", count: 64) + "  tthc-linux-x86_64.tar.gz\n").write(
                to: sums, atomically: true, encoding: .utf8)
        }
        return release
    }

    /// Runs the install script in `work` on a release made there; GITHUB_PATH is `work/github-path`.
    static func install(in work: URL, tamper: Bool = false) throws -> RunOutput {
        let release = try makeRelease(in: work, tamper: tamper)
        return try ExternalTool.run(
            script, [], in: work,
            environment: [
                "TTHC_RELEASE_URL": "file://\(release.path)", "RUNNER_TEMP": work.path,
                "GITHUB_PATH": work.appendingPathComponent("github-path").path,
            ])
    }

    static let toolsAvailable = ExternalTool("curl").available && ExternalTool("sha256sum").available

    @Test(.enabled(if: toolsAvailable, "SKIPPED: needs curl and sha256sum"))
    func installsTheReleasedBinaryAfterCheckingItsChecksum() throws {
        let work = try temporaryDirectory("action")
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try Self.install(in: work)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("0.1.0"), "prints the installed version: \(run.stdout)")
        let installed = try String(contentsOf: work.appendingPathComponent("github-path"), encoding: .utf8)
        #expect(installed == "\(work.path)/tthc/bin\n")
        let version = try ExternalTool.run("\(work.path)/tthc/bin/tthc", ["--version"], in: work)
        #expect(version.status == 0)
    }

    @Test(.enabled(if: toolsAvailable, "SKIPPED: needs curl and sha256sum"))
    func refusesATarballThatDoesNotMatchItsChecksum() throws {
        let work = try temporaryDirectory("action-tampered")
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try Self.install(in: work, tamper: true)
        #expect(run.status == 1)
        #expect(run.stderr == "tthc: tthc-linux-x86_64.tar.gz does not match the release's SHA256SUMS; not installed\n")
        #expect(!FileManager.default.fileExists(atPath: "\(work.path)/tthc/bin/tthc"))
    }

    @Test func actionRunsTheScriptsThatExist() throws {
        let action = try String(
            contentsOf: TTHCRunner.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        for script in ["install.sh", "lint.sh", "build.sh"] {
            #expect(action.contains("$GITHUB_ACTION_PATH/Tools/action/\(script)"))
            #expect(
                FileManager.default.isExecutableFile(
                    atPath: TTHCRunner.packageRoot.appendingPathComponent("Tools/action/\(script)").path))
        }
        #expect(action.contains("using: composite"))
        #expect(action.contains("github/codeql-action/upload-sarif@v3"))
    }
}
