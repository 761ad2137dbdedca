import Foundation
import TTHCRunner
import Testing

/// `.pre-commit-hooks.yaml`, used as a catalog repository would: pre-commit installed as the git
/// hook of a throw-away repository, a good commit that passes and a bad one that is refused with
/// tthc's message.
@Suite struct PreCommitHookTests {
    static let available = ExternalTool.preCommit.available && ExternalTool.git.available

    /// Runs git with a fixed identity, in `directory`.
    static func git(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> RunOutput {
        try ExternalTool.git.run(
            [
                "-c", "user.name=Cán bộ", "-c", "user.email=canbo@example.vn", "-c", "init.defaultBranch=main", "-c",
                "commit.gpgsign=false",
            ] + arguments,
            in: directory, environment: environment)
    }

    @Test(.enabled(if: available, ExternalTool.noPreCommit))
    func goodCommitPassesAndBadCommitFailsWithTTHCsMessage() throws {
        let work = try temporaryDirectory("pre-commit")
        defer { try? FileManager.default.removeItem(at: work) }
        // The hooks repository: this package's .pre-commit-hooks.yaml, committed.
        let hooks = work.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TTHCRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"),
            to: hooks.appendingPathComponent(".pre-commit-hooks.yaml"))
        _ = try Self.git(["init", "-q"], in: hooks)
        _ = try Self.git(["add", "."], in: hooks)
        _ = try Self.git(["commit", "-q", "-m", "hooks"], in: hooks)
        let rev = try Self.git(["rev-parse", "HEAD"], in: hooks).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        // The catalog repository: Examples/minimal under Catalog/, and the hooks.
        let repo = work.appendingPathComponent("catalog-repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TTHCRunner.packageRoot.appendingPathComponent("Examples/minimal"),
            to: repo.appendingPathComponent("Catalog"))
        // Examples/ci's configuration as written, its repo and rev pointed at the local hooks.
        let example = try String(
            contentsOf: TTHCRunner.packageRoot.appendingPathComponent("Examples/ci/pre-commit-config.yaml"),
            encoding: .utf8)
        let configuration = example.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("  - repo: ") { return "  - repo: \(hooks.path)" }
            if line.hasPrefix("    rev: ") { return "    rev: \(rev)" }
            return String(line)
        }.joined(separator: "\n")
        #expect(configuration != example)
        try configuration.write(
            to: repo.appendingPathComponent(".pre-commit-config.yaml"), atomically: true, encoding: .utf8)
        // tthc on PATH, as the release binary or the .deb puts it.
        let environment = [
            "PATH":
                "\(TTHCRunner.binary.deletingLastPathComponent().path):\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")",
            "PRE_COMMIT_HOME": work.appendingPathComponent("cache").path,
            "NO_COLOR": "1",
        ]
        _ = try Self.git(["init", "-q"], in: repo)
        let install = try ExternalTool.preCommit.run(["install"], in: repo, environment: environment)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        _ = try Self.git(["add", "."], in: repo)
        let first = try Self.git(["commit", "-q", "-m", "Danh mục ban đầu"], in: repo, environment: environment)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")

        // A new procedure from the skeleton: refused while a value still reads TODO, accepted once
        // each is filled in.
        let new = TTHCRunner.run(
            ["new", "procedure", "--field", "ho-tich", "--level", "commune", "--catalog", "Catalog"], in: repo)
        #expect(new.status == 0, "\(new.stderr)")
        _ = try Self.git(["add", "."], in: repo)
        let unfinished = try Self.git(["commit", "-m", "Thêm thủ tục mới"], in: repo, environment: environment)
        #expect(unfinished.status != 0, "the skeleton went through: \(unfinished.stdout)")
        #expect(
            (unfinished.stdout + unfinished.stderr).contains(
                "Catalog/procedures/commune/ho-tich/1.990001.yaml:5:7: error[placeholder-text]: name still reads \"TODO Tên thủ tục\""
            ), "\(unfinished.stdout)\(unfinished.stderr)")
        let skeleton = repo.appendingPathComponent("Catalog/procedures/commune/ho-tich/1.990001.yaml")
        try String(contentsOf: skeleton, encoding: .utf8)
            .replacingOccurrences(of: "\"TODO Tên thủ tục\"", with: "Thủ tục đăng ký lại khai sinh")
            .replacingOccurrences(of: "\"TODO Procedure name\"", with: "Birth re-registration")
            .replacingOccurrences(of: "\"TODO Tờ khai\"", with: "Tờ khai đăng ký lại khai sinh")
            .replacingOccurrences(of: "\"TODO Kết quả\"", with: "Giấy khai sinh")
            .replacingOccurrences(of: "\"TODO Result\"", with: "Birth certificate")
            .write(to: skeleton, atomically: true, encoding: .utf8)
        _ = try Self.git(["add", "."], in: repo)
        let good = try Self.git(["commit", "-m", "Thêm thủ tục mới"], in: repo, environment: environment)
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        let goodOutput = good.stdout + good.stderr
        #expect(
            goodOutput.contains("tthc check") && goodOutput.contains("tthc lint") && !goodOutput.contains("Failed"),
            "\(goodOutput)")

        // A bad change: the district level, abolished on 2025-07-01.
        let file = repo.appendingPathComponent("Catalog/procedures/commune/ho-tich/1.990001.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\nlevel: commune", with: "\nlevel: district").write(
            to: file, atomically: true, encoding: .utf8)
        _ = try Self.git(["add", "."], in: repo)
        let bad = try Self.git(["commit", "-m", "Sửa cấp"], in: repo, environment: environment)
        #expect(bad.status != 0, "the commit went through: \(bad.stdout)")
        let badOutput = bad.stdout + bad.stderr
        #expect(badOutput.contains("tthc check") && badOutput.contains("Failed"), "\(badOutput)")
        #expect(
            badOutput.contains(
                "Catalog/procedures/commune/ho-tich/1.990001.yaml:8:8: error[L011]: level \"district\": the district level was abolished on 2025-07-01"
            ), "\(badOutput)")
        let log = try Self.git(["log", "--format=%s"], in: repo)
        #expect(log.stdout == "Thêm thủ tục mới\nDanh mục ban đầu\n")
    }
}
