import Diagnostics
import Foundation
import TTHCRunner
import TestSupport
import Testing
import YAMLReader

/// Each file in Examples/ci, run as written where this machine can: the install steps (every
/// system package tthc needs), the cache of `.build`, the lint step on a small catalog (clean: exit
/// 0; a deadline value that contradicts its wording: exit 1, per the examples' .tthc-lint.yml),
/// and the action the GitHub example uses, through its scripts with a local binary.
@Suite struct CIExampleTests {
    static let folder = FixtureCatalog.packageRoot.appendingPathComponent("Examples/ci")
    /// The examples that build tthc from source.
    static let fromSource = ["github-actions-from-source.yml", "gitlab-ci.yml"]

    /// The commands of a CI file's steps, in order: GitHub's `run:` values, GitLab's
    /// `before_script` and `script` items.
    static func commands(in name: String) throws -> [String] {
        let root = try #require(try document(name))
        var found: [String] = []
        func visit(_ node: YAMLNode) {
            if let pairs = node.mapping {
                for pair in pairs {
                    switch pair.key.scalar {
                    case "run": if let text = pair.value.scalar { found.append(text) }
                    case "before_script", "script": found += (pair.value.sequence ?? YAMLNodes()).compactMap(\.scalar)
                    default: visit(pair.value)
                    }
                }
            } else if let items = node.sequence {
                items.forEach(visit)
            }
        }
        visit(root)
        return found
    }

    static func document(_ name: String) throws -> YAMLNode? {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let read = YAMLReader().read(SourceText(path: name, bytes: [UInt8](data)))
        #expect(!read.diagnostics.contains { $0.severity == .error }, "\(name) is not valid YAML")
        return read.root
    }

    static func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.mapping?.first { $0.key.scalar == key }?.value
    }

    /// The base catalog as `Catalog/` in a workspace, with the examples' `.tthc-lint.yml`;
    /// `wordingMismatch` gives 1.001193 a deadline value its wording contradicts.
    static func workspace(wordingMismatch: Bool = false) throws -> (FixtureCatalog, URL) {
        let fixture = try FixtureCatalog(overlay: nil)
        let workspace = fixture.root.deletingLastPathComponent()
        let catalog = workspace.appendingPathComponent("Catalog")
        try FileManager.default.moveItem(at: fixture.root, to: catalog)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("tthc-lint.yml"), to: catalog.appendingPathComponent(".tthc-lint.yml"))
        if wordingMismatch {
            let file = catalog.appendingPathComponent("procedures/commune/ho-tich/1.001193.yaml")
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            let index = try #require(lines.firstIndex { $0.hasPrefix("  text: ") })
            lines[index] = "  text: \"Trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ\""
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        return (fixture, workspace)
    }

    // MARK: install and build

    @Test(arguments: fromSource)
    func installStepNamesEverySystemPackage(_ name: String) throws {
        let installs = try Self.commands(in: name).filter { $0.contains("apt-get install") }
        try #require(installs.count == 1, "\(name) should install the system packages in one step")
        for package in ["libyaml-dev", "pkg-config", "libsqlite3-dev"] {
            #expect(
                installs[0].split(separator: " ").contains(Substring(package)), "\(name) does not install \(package)")
        }
    }

    static let canInstall = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/apt-get")

    /// The install steps, as written (each distinct one once), on this Debian machine.
    @Test(.enabled(if: canInstall, "SKIPPED: running the examples' apt-get steps needs root and apt-get"))
    func installStepsRunAsWritten() throws {
        var seen: Set<String> = []
        for name in Self.fromSource {
            for command in try Self.commands(in: name)
            where command.contains("apt-get") && seen.insert(command).inserted {
                var run = try LintFixture.shell(command, in: Self.folder)
                // Another apt-get on the machine (a developer's install) holds the lock: wait, as a runner would.
                for _ in 0..<24 where run.status != 0 && (run.stdout + run.stderr).contains("Could not get lock") {
                    Thread.sleep(forTimeInterval: 5)
                    run = try LintFixture.shell(command, in: Self.folder)
                }
                #expect(run.status == 0, "\(name): \(command)\n\(run.stdout)\(run.stderr)")
            }
        }
        #expect(
            FileManager.default.fileExists(atPath: "/usr/include/sqlite3.h")
                && FileManager.default.fileExists(atPath: "/usr/include/yaml.h"))
    }

    @Test(arguments: fromSource)
    func buildIsCachedAndLintRunsWhatWasBuilt(_ name: String) throws {
        let commands = try Self.commands(in: name)
        #expect(commands.contains("swift build -c release --product tthc"), "\(commands)")
        #expect(commands.contains { $0.hasPrefix(".build/release/tthc lint ") })
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        #expect(text.contains("cache"), "\(name) does not cache .build")
        #expect(text.contains("path: .build") || text.contains("paths: [.build]"), "\(name) does not cache .build")
    }

    // MARK: lint

    @Test(arguments: fromSource)
    func lintStepRunsOnTheBaseCatalogAndFailsOnTheWordingRule(_ name: String) throws {
        let lint = try #require(try Self.commands(in: name).first { $0.contains("tthc lint") })
        let arguments =
            Array(lint.split(separator: " ").map(String.init).dropFirst()) + ["--today", LintCommandTests.today]
        let (fixture, workspace) = try Self.workspace()
        defer { fixture.remove() }
        let run = TTHCRunner.run(arguments, in: workspace)
        #expect(run.status == 0, "\(lint): \(run.stdout)\(run.stderr)")
        for (index, argument) in arguments.enumerated() where argument == "--output" {
            let output = workspace.appendingPathComponent(arguments[index + 1])
            #expect(FileManager.default.fileExists(atPath: output.path), "\(arguments[index + 1]) was not written")
            if output.pathExtension == "sarif", SchemaValidator.available {
                let validation = try SchemaValidator.validate(output)
                #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
            }
        }
        let (broken, brokenWorkspace) = try Self.workspace(wordingMismatch: true)
        defer { broken.remove() }
        let failing = TTHCRunner.run(arguments, in: brokenWorkspace)
        #expect(failing.status == 1, "\(lint) should fail on deadline-wording-mismatch: \(failing.stdout)")
        #expect(
            (failing.stdout
                + (try String(
                    contentsOf: brokenWorkspace.appendingPathComponent(
                        arguments[arguments.firstIndex(of: "--output")! + 1]), encoding: .utf8)))
                .contains("deadline-wording-mismatch"))
    }

    /// The GitHub example uses the action: its install and lint scripts, with the example's inputs.
    @Test func actionExampleRunsThroughTheActionsScripts() throws {
        let root = try Self.document("github-actions.yml")
        let steps = Self.value(Self.value(Self.value(root, "jobs"), "lint"), "steps")?.sequence ?? YAMLNodes()
        let step = try #require(
            steps.first { Self.value($0, "uses")?.scalar?.hasPrefix("tthc/tthc@") == true },
            "the example does not use the tthc action")
        var inputs: [String: String] = [:]
        for pair in Self.value(step, "with")?.mapping.map(Array.init) ?? [] {
            inputs[pair.key.scalar ?? ""] = pair.value.scalar
        }
        #expect(
            !steps.contains { Self.value($0, "run")?.scalar?.contains("swift build") == true },
            "the action example builds nothing")

        for mismatch in [false, true] {
            let (fixture, workspace) = try Self.workspace(wordingMismatch: mismatch)
            defer { fixture.remove() }
            let outputs = workspace.appendingPathComponent("github-output")
            let path = workspace.appendingPathComponent("github-path")
            let install = try LintFixture.shell(
                "\(FixtureCatalog.packageRoot.path)/Tools/action/install.sh", in: workspace,
                environment: [
                    "TTHC_BINARY": TTHCRunner.binary.path, "RUNNER_TEMP": workspace.path, "GITHUB_PATH": path.path,
                ])
            #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
            let installed = try String(contentsOf: path, encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines)
            let lint = try LintFixture.shell(
                "\(FixtureCatalog.packageRoot.path)/Tools/action/lint.sh", in: workspace,
                environment: [
                    "PATH": "\(installed):/usr/bin:/bin", "GITHUB_OUTPUT": outputs.path,
                    "TTHC_PATHS": inputs["path"] ?? "Catalog", "TTHC_LANG": inputs["lang"] ?? "",
                    "TTHC_FAIL_ON": inputs["fail-on"] ?? "",
                    "TTHC_ARGS": (inputs["args"].map { $0 + " " } ?? "") + "--today \(LintCommandTests.today)",
                ])
            #expect(lint.status == 0, "the lint script always lets the SARIF upload run: \(lint.stderr)")
            let recorded = try String(contentsOf: outputs, encoding: .utf8)
            #expect(
                recorded == "status=\(mismatch ? 1 : 0)\nsarif-file=tthc-lint.sarif\n", "\(recorded)\n\(lint.stdout)")
            #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("tthc-lint.sarif").path))
            if mismatch {
                #expect(
                    lint.stdout.contains("::error file=Catalog/procedures/commune/ho-tich/1.001193.yaml,line=13"),
                    "\(lint.stdout)")
                #expect(lint.stdout.contains("title=deadline-wording-mismatch"), "\(lint.stdout)")
            }
        }
    }
}

extension LintFixture {
    /// Runs a command line with bash, as a CI runner runs a step.
    static func shell(_ command: String, in directory: URL, environment: [String: String] = [:]) throws -> RunOutput {
        try TTHCRunner.runProgram(
            "/bin/bash", ["-c", command], in: directory,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }
}
