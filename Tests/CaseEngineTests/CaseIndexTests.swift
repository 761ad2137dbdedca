import TestSupport
import Testing

@testable import CaseEngine

/// The book's case index behaves as a dictionary: random inserts, updates, removals and lookups
/// (ids alike but for their last digits, as case ids are) give the same answers as
/// `Dictionary<String, Int>`, through growth and the backward shifts of removal.
@Suite struct CaseIndexTests {
    @Test(arguments: [1, 2, 3])
    func agreesWithADictionary(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        var index = CaseIndex()
        var oracle: [String: Int] = [:]
        for step in 0..<40_000 {
            let id = "C\(Int.random(in: 0..<3_000, using: &g))" + (Bool.random(using: &g) ? ".1" : "")
            switch Int.random(in: 0..<10, using: &g) {
            case 0..<5:
                #expect(index.updateValue(step, forKey: id) == oracle.updateValue(step, forKey: id), "update \(id)")
            case 5..<7:
                #expect(index.removeValue(forKey: id) == oracle.removeValue(forKey: id), "remove \(id)")
            default:
                #expect(index[id] == oracle[id], "look up \(id)")
            }
            #expect(index.count == oracle.count)
        }
        #expect(Set(index.keys) == Set(oracle.keys))
        for (id, position) in oracle { #expect(index[id] == position) }
        for id in oracle.keys { index[id] = nil }
        #expect(index.count == 0 && index.keys.isEmpty)
    }
}
