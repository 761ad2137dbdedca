import Dispatch
import Foundation
import Synchronization

extension RandomAccessCollection where Self: Sendable, Element: Sendable, Index == Int {
    /// `map` on `workers` threads; the results are in the order of the elements, whatever the
    /// number of threads, so a run's output does not depend on the machine. Each thread takes the
    /// next element not yet taken: elements of very different cost (lint's rules, a catalog's
    /// procedures) still keep every thread busy to the end.
    public func parallelMap<T: Sendable>(
        workers: Int = ProcessorCount.workers, _ transform: @Sendable (Element) -> T
    ) -> [T] {
        parallelMap(workers: workers, perWorker: {}, { _, element in transform(element) })
    }

    /// `parallelMap` where each thread keeps a state of its own across the elements it takes
    /// (a cache, a scratch context), made by `makeState` once per thread.
    public func parallelMap<State, T: Sendable>(
        workers: Int = ProcessorCount.workers, perWorker makeState: @Sendable () -> State,
        _ transform: @Sendable (inout State, Element) -> T
    ) -> [T] {
        guard workers > 1, count > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each slot is written by exactly one thread, the one that took its index.
        nonisolated(unsafe) let slots = results
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: Swift.min(workers, count)) { _ in
            var state = makeState()
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                slots[index] = transform(&state, self[startIndex + index])
            }
        }
        return results.map { $0! }
    }
}

/// How many threads a catalog run uses by default: the machine's cores, at most 8.
public enum ProcessorCount {
    public static var workers: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) }
}
