import TestSupport

/// A seeded generator of valid workflows (sequence, choice diamonds, parallel forks), written as
/// the YAML a policy officer would write, with the longest path known by construction.
struct RandomWorkflow {
    typealias Rng = SeededGenerator

    struct Line {
        var id: String
        var text: String
        var inBranch: Bool
        var isTask: Bool
        var next: String?
    }

    var lines: [Line] = []
    var facts: [String] = []
    var longestMinutes = 0
    /// Last steps of parallel branches: (step id, the step after the join that issues the result).
    var branchEnds: [String] = []

    init(seed: UInt64) {
        var rng = Rng(seed: seed)
        var counter = 0
        func fresh(_ prefix: String) -> String {
            counter += 1
            return "\(prefix)-\(counter)"
        }
        let performers = ["commune.justice-officer", "commune.chairman", "commune.pasc"]
        func task(_ id: String, next: String?, inBranch: Bool, minutes: Int) -> Line {
            let by = performers[rng.int(0...2)]
            let hours = Double(minutes) / 60
            let takes = hours == hours.rounded() ? "\(Int(hours)) working hours" : "\(hours) working hours"
            let nextText = next.map { ", next: \($0)" } ?? ""
            return Line(
                id: id, text: "    \(id): { by: \(by), takes: \(takes)\(nextText) }", inBranch: inBranch, isTask: true,
                next: next)
        }
        // Build the main chain back to front so every `next` is known.
        var following = "return"
        lines.append(
            Line(id: "return", text: "    return: { by: commune.pasc, end: issued }", inBranch: false, isTask: false))
        let segments = rng.int(1...4)
        var segmentLines: [[Line]] = []
        var total = 0
        for _ in 0..<segments {
            var chunk: [Line] = []
            switch rng.int(0...2) {
            case 0:
                let id = fresh("task")
                let minutes = rng.int(1...4) * 30
                chunk.append(task(id, next: following, inBranch: false, minutes: minutes))
                total += minutes
                following = id
            case 1:
                let fact = "fact_\(counter + 1)"
                facts.append(fact)
                let choice = fresh("check")
                let detour = fresh("verify")
                let minutes = rng.int(1...4) * 30
                chunk.append(
                    Line(
                        id: choice,
                        text: "    \(choice):\n      choice: { \(fact): \(detour), otherwise: \(following) }",
                        inBranch: false, isTask: false))
                chunk.append(task(detour, next: following, inBranch: false, minutes: minutes))
                total += minutes
                following = choice
            default:
                let fork = fresh("consult")
                var branchIds: [String] = []
                var longestBranch = 0
                for _ in 0..<rng.int(2...3) {
                    let length = rng.int(1...2)
                    let ids = (0..<length).map { _ in fresh("opinion") }
                    var branchMinutes = 0
                    for (index, id) in ids.enumerated() {
                        let minutes = rng.int(1...4) * 30
                        branchMinutes += minutes
                        chunk.append(
                            task(
                                id, next: index + 1 < ids.count ? ids[index + 1] : nil, inBranch: true, minutes: minutes
                            ))
                    }
                    branchEnds.append(ids.last!)
                    longestBranch = max(longestBranch, branchMinutes)
                    branchIds.append(ids[0])
                }
                chunk.insert(
                    Line(
                        id: fork,
                        text: "    \(fork): { parallel: [\(branchIds.joined(separator: ", "))], join: \(following) }",
                        inBranch: false, isTask: false), at: 0)
                total += longestBranch
                following = fork
            }
            segmentLines.append(chunk)
        }
        let receiveMinutes = rng.int(1...2) * 30
        lines.insert(task("receive", next: following, inBranch: false, minutes: receiveMinutes), at: 0)
        lines[0].text = lines[0].text.replacingOccurrences(of: "by: commune.justice-officer", with: "by: commune.pasc")
            .replacingOccurrences(of: "by: commune.chairman", with: "by: commune.pasc")
        total += receiveMinutes
        for chunk in segmentLines.reversed() { lines.insert(contentsOf: chunk, at: lines.count - 1) }
        longestMinutes = total
    }

    /// The whole procedure file, with a deadline of `deadlineHours` working hours.
    func procedure(base: String, deadlineHours: Int) -> String {
        var text = base
        let workflowStart = text.range(of: "workflow:")!.lowerBound
        text = String(text[..<workflowStart])
        text = text.replacingOccurrences(
            of:
                "  text: \"Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo\"\n  value: same day\n  cutoff: \"15:00\"\n",
            with: "  text: \"\(deadlineHours) giờ làm việc\"\n  value: \(deadlineHours) working hours\n")
        if !facts.isEmpty {
            let conditions = "conditions:\n" + facts.map { "  \($0): { name: Điều kiện \($0) }\n" }.joined()
            text = text.replacingOccurrences(of: "result: Giấy khai sinh", with: conditions + "result: Giấy khai sinh")
        }
        return text + "workflow:\n  start: receive\n  steps:\n" + lines.map(\.text).joined(separator: "\n") + "\n"
    }
}
