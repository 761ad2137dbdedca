import CatalogModel
import Foundation
import TestSupport
import Testing
import WorkCalendar

@testable import TTHCCommands

/// `--batch` answers row for row what a single `tthc deadline` answers: 10,000 random rows over
/// every procedure, channel and fact of the shipped catalog, years 2020–2030. The batch takes the
/// fast path (`dueDate`); the single call takes the explaining path (`due`), as the command does.
@Suite struct DeadlineBatchPropertyTests {
    @Test func batchRowsEqualSingleCalls() throws {
        let root = FixtureCatalog.packageRoot.appendingPathComponent("Catalog").path
        let loaded = CatalogLoader().load(root: root)
        let catalog = loaded.catalog
        let resolver = DeadlineResolver(catalog: catalog, catalogPath: "Catalog", diagnostics: [])
        let codes = catalog.procedures.keys.sorted()
        var random = SeededGenerator(seed: 14)
        var rows: [[String]] = []
        for _ in 0..<10_000 {
            let day = try CivilDate(random.int(2020...2030), random.int(1...12), random.int(1...28))
            let received =
                random.int(0...4) == 0
                ? "\(day)" : "\(day) \(String(format: "%02d:%02d", random.int(0...23), random.int(0...59)))"
            if random.int(0...5) == 0 {
                let add = [
                    "3 working days", "15 working days + 5 working days", "4 working hours", "15 days", "same day",
                    "0,5 ngày làm việc", "2 weeks",
                ][random.int(0...6)]
                rows.append([received, add, "", "", ""])
                continue
            }
            let procedure = catalog.procedures[codes[random.int(0...(codes.count - 1))]]!
            var channel = ""
            if random.int(0...2) > 0, !procedure.channels.isEmpty {
                channel = procedure.channels[random.int(0...(procedure.channels.count - 1))].channel.rawValue
            }
            let facts = procedure.conditions.map(\.id).filter { _ in random.int(0...2) == 0 }
            rows.append([received, "", procedure.code.value, channel, facts.joined(separator: ";")])
        }
        var text = "received,add,procedure,channel,facts\n"
        for row in rows { text += row.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\n" }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-batch-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }

        var batch = try DeadlineBatch(
            resolver: resolver, format: .csv, lang: .en, clockStart: nil, requireOfficial: false)
        var output: [UInt8] = []
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        try batch.process(fd: fd, name: url.path) { output += $0 }
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast()
        #expect(lines.count == rows.count + 1)
        #expect(lines.first == "received,add,procedure,channel,facts,due,estimated,error")

        var calendars: [Int: WorkCalendar] = [:]
        for (row, line) in zip(rows, lines.dropFirst()) {
            let out = CSVLine(Array(line.utf8)).fields
            #expect(Array(out.prefix(5)) == row)
            let expected = single(row, resolver: resolver, catalog: catalog, calendars: &calendars)
            #expect(
                out[5] == expected.due && out[6] == expected.estimated && out[7].isEmpty == expected.error.isEmpty,
                "\(row): batch \(out.suffix(3)) single \(expected)")
            if !expected.error.isEmpty { #expect(out[7] == expected.error) }
        }
    }

    /// What `tthc deadline --received R (--add A | --procedure P --channel C --condition F…)` prints, as fields.
    func single(_ row: [String], resolver: DeadlineResolver, catalog: Catalog, calendars: inout [Int: WorkCalendar])
        -> (due: String, estimated: String, error: String)
    {
        do {
            let facts = row[4].split(separator: ";").map(String.init)
            // As the command does: the procedure's terms in force on the day of receipt.
            let receivedOn = try? CivilDate(parsing: String(row[0].prefix(10)))
            let q = try resolver.question(
                add: row[1].isEmpty ? nil : row[1], procedure: row[2].isEmpty ? nil : row[2],
                channel: row[3].isEmpty ? nil : row[3], facts: facts, receivedOn: receivedOn)
            let key = q.cutoff?.minutes ?? -1
            let calendar = try calendars[key] ?? catalog.workCalendar(cutoff: q.cutoff)
            calendars[key] = calendar
            let received = try parseReceived(row[0], officeHours: calendar.officeHours)
            let calculator = DeadlineCalculator(calendar: calendar)
            var result = try calculator.due(from: received, adding: q.duration, clockStart: q.rule, pauses: [])
            if let cap = q.cap, q.duration.extensions.count > 0 {
                let capped = try calculator.due(from: received, adding: cap, clockStart: q.rule, pauses: [])
                if capped.due < result.due { result = capped }
            }
            return ("\(result.due)", result.estimated ? "true" : "false", "")
        } catch let error as DeadlineRefusal {
            return ("", "", error.text(.en))
        } catch let error as CalendarError {
            return ("", "", error.description)
        } catch {
            return ("", "", "\(error)")
        }
    }
}
