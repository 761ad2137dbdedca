import CaseEngine
import Foundation

/// SplitMix64: small, fast and seedable, so a simulation with the same seed gives the same report.
struct RandomSource {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    mutating func int(below n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12)
        let v = uniform()
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A draw from `weights` (cumulative, ascending, last = total).
    mutating func pick(cumulative weights: [Double]) -> Int {
        let x = uniform() * (weights.last ?? 0)
        var lo = 0
        var hi = weights.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if weights[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
