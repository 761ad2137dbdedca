import CaseEngine
import Testing

/// A batch run on several books at once gives what one book gives, request for request: the same
/// states, the same refusals, the same number of events. Every scenario runs many times over, as
/// independent families (with their sub-cases) spread over the shards.
@Suite struct ShardedBookTests {
    /// Every scenario's script, 40 times under different ids, interleaved request by request, and
    /// a few requests that must be refused (an unknown case, a closed one, a second opening).
    static func batch() -> [ShardedCaseBook.Request] {
        var lanes: [[ShardedCaseBook.Request]] = []
        for copy in 0..<40 {
            for (n, scenario) in Scenario.all.enumerated() {
                let id = "F\(copy)-\(n)"
                lanes.append(
                    [.open(scenario.opening, id: id)] + scenario.script.map { .command($0.command, on: id + $0.on) })
            }
        }
        var batch: [ShardedCaseBook.Request] = []
        var step = 0
        while lanes.contains(where: { step < $0.count }) {
            for lane in lanes where step < lane.count { batch.append(lane[step]) }
            step += 1
        }
        let late = CaseCommand(.complete, at: t("2026-12-31 09:00"), step: "review")
        batch += [.command(late, on: "nobody"), .command(late, on: "F0-0"), .open(Scenario.all[0].opening, id: "F1-1")]
        return batch
    }

    @Test(arguments: [1, 2, 3, 8])
    func aBatchOnSeveralBooksEqualsOneBook(shards: Int) throws {
        let interpreter = try Fixture.interpreter()
        let requests = Self.batch()
        var one = CaseBook(interpreter, keepsLog: false)
        let expected: [CaseError?] = requests.map { request in
            caseError { () throws(CaseError) in
                switch request {
                case .open(let opening, let id): try one.open(opening, id: id)
                case .command(let command, let id): try one.handle(command, on: id)
                }
            }
        }
        var sharded = ShardedCaseBook(interpreter, shards: shards)
        let outcomes = sharded.handle(requests)
        #expect(outcomes.map { $0?.description } == expected.map { $0?.description })
        #expect(expected.suffix(3).allSatisfy { $0 != nil }, "the last three requests are refused")
        #expect(sharded.shardCount == shards)
        #expect(sharded.eventCount == one.eventCount)
        for (id, state) in one.cases { #expect(sharded[id] == state, "case \(id)") }
    }
}
