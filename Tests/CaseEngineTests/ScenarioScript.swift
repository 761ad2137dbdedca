import CaseEngine
import Foundation

/// Reads Fixtures/scenario-scripts.txt (its header describes the format) into scenarios, with
/// `Scenario.open` and `Scenario.line`. A line it cannot read stops the test run with its line
/// number: a scenario silently shorter than written would let tests pass on less.
extension Scenario {
    static let library: [(key: String, scenario: Scenario)] = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/scenario-scripts.txt")
        do {
            return try read(try String(contentsOf: url, encoding: .utf8))
        } catch {
            fatalError("Fixtures/scenario-scripts.txt: \(error)")
        }
    }()

    static func named(_ key: String) -> Scenario {
        guard let found = library.first(where: { $0.key == key }) else {
            fatalError("Fixtures/scenario-scripts.txt has no scenario \(key)")
        }
        return found.scenario
    }

    struct ScriptError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "line \(line): cannot read \(text)" }
    }

    /// Each `scenario KEY: name` line, the `open` line after it, then its requests.
    static func read(_ text: String) throws -> [(key: String, scenario: Scenario)] {
        var scenarios: [(key: String, scenario: Scenario)] = []
        var lines = text.components(separatedBy: "\n").enumerated().filter { !$0.1.isEmpty && !$0.1.hasPrefix("#") }
            .makeIterator()
        var pending = lines.next()
        while let (number, line) = pending {
            let header = line.split(separator: ":", maxSplits: 1)
            guard header.count == 2, header[0].hasPrefix("scenario "), let (_, openLine) = lines.next(),
                let opened = try? opening(openLine)
            else { throw ScriptError(line: number + 1, text: line) }
            var scenario = Scenario(
                name: header[1].trimmingCharacters(in: .whitespaces), opening: opened, script: [])
            pending = lines.next()
            while let (number, line) = pending, !line.hasPrefix("scenario ") {
                guard let parsed = try? request(line) else { throw ScriptError(line: number + 1, text: line) }
                scenario.script.append(parsed)
                pending = lines.next()
            }
            scenarios.append((String(header[0].dropFirst("scenario ".count)), scenario))
        }
        return scenarios
    }

    /// `open PROCEDURE "RECEIVED" [channel=…] [commune=…] [at=UNIT] [facts=a,b]`.
    static func opening(_ line: String) throws -> CaseOpening {
        let (words, given) = try Self.words(line)
        var options = given
        guard words.count == 3, words[0] == "open" else { throw ScriptError(line: 0, text: line) }
        let opening = open(
            words[1], words[2], channel: options.removeValue(forKey: "channel") ?? "online",
            commune: options.removeValue(forKey: "commune") ?? "thanh-nua", at: options.removeValue(forKey: "at"),
            facts: options.removeValue(forKey: "facts")?.components(separatedBy: ",") ?? [])
        guard options.isEmpty else { throw ScriptError(line: 0, text: line) }
        return opening
    }

    /// `[on=.N] EVENT "AT" [STEP] [actor=…] [reason="…"] [fact=…] [amount=…]`.
    static func request(_ text: String) throws -> Line {
        let (words, given) = try Self.words(text)
        var options = given
        let amount = options.removeValue(forKey: "amount")
        guard let kind = words.first.flatMap(CaseEventKind.init(rawValue:)), (2...3).contains(words.count),
            amount == nil || Int(amount!) != nil
        else { throw ScriptError(line: 0, text: text) }
        let step: Name? = words.count == 3 ? Name(words[2]) : nil
        let actor: Name? = options.removeValue(forKey: "actor").map { Name($0) }
        let fact: Name? = options.removeValue(forKey: "fact").map { Name($0) }
        let request = line(
            kind, words[1], step, on: options.removeValue(forKey: "on") ?? "", actor: actor,
            reason: options.removeValue(forKey: "reason"), fact: fact, amount: amount.flatMap { Int($0) })
        guard options.isEmpty else { throw ScriptError(line: 0, text: text) }
        return request
    }

    /// A line's words (quoted as a transcript quotes them), its `key=value` options taken apart.
    static func words(_ line: String) throws -> (words: [String], options: [String: String]) {
        var words: [String] = []
        var options: [String: String] = [:]
        for word in CaseTranscript.arguments(of: Substring(line)) {
            if let equals = word.firstIndex(of: "="), !word.hasPrefix("\"") {
                guard options.updateValue(String(word[equals...].dropFirst()), forKey: String(word[..<equals])) == nil
                else { throw ScriptError(line: 0, text: line) }
            } else {
                words.append(word)
            }
        }
        return (words, options)
    }
}
