import Benchmark
import WorkCalendar

/// Deadlines per second: the working-time index against the naive day-by-day walk, same inputs.
enum DeadlineBenchmarks {
    static let calendar = try! WorkCalendar()
    /// 10,000 receipts spread over 2025–2030, with periods of 1–30 working days.
    static let inputs: [(LocalDateTime, WorkDuration)] = {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let first = try! CivilDate(2025, 1, 1).dayNumber
        return (0..<10_000).map { _ in
            let date = try! CivilDate(dayNumber: first + next() % 2000)
            let time = try! TimeOfDay(7 + next() % 10, next() % 60)
            return (LocalDateTime(date, time), try! WorkDuration.workingDays(Double(1 + next() % 30)))
        }
    }()

    /// numpy.busday_offset's task, 1,000,000 times (Scripts/numpy_busday.py draws the same
    /// inputs): a receipt at the office's opening on a day of 2025–2030, N = 1–30 working days.
    static let openingInputs: [(LocalDateTime, WorkDuration)] = {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let first = try! CivilDate(2025, 1, 1).dayNumber
        let durations = (1...30).map { try! WorkDuration.workingDays(Double($0)) }
        let opening = try! TimeOfDay(7, 0)
        return (0..<1_000_000).map { _ in
            let date = try! CivilDate(dayNumber: first + next() % 2000)
            return (LocalDateTime(date, opening), durations[next() % 30])
        }
    }()

    static func register() {
        // Compare with `python3 Scripts/numpy_busday.py` run in the same session (README).
        Benchmark(
            "deadline: N working days from an opening (1,000,000; numpy.busday_offset's task)",
            configuration: .init(maxDuration: .seconds(10), maxIterations: 20)
        ) { benchmark in
            let calculator = DeadlineCalculator(calendar: calendar)
            let inputs = openingInputs
            benchmark.startMeasurement()
            for (start, duration) in inputs { blackHole(try? calculator.dueDate(from: start, adding: duration)) }
        }
        Benchmark("deadline: working-time index (10,000 deadlines)") { benchmark in
            let calculator = DeadlineCalculator(calendar: calendar)
            for _ in benchmark.scaledIterations {
                for (start, duration) in inputs { blackHole(try? calculator.dueDate(from: start, adding: duration)) }
            }
        }
        Benchmark("deadline: naive day-by-day walk (10,000 deadlines)") { benchmark in
            let calculator = DeadlineCalculator(calendar: calendar)
            for _ in benchmark.scaledIterations {
                for (start, duration) in inputs {
                    blackHole(try? calculator.dueDateDayByDay(from: start, adding: duration))
                }
            }
        }
    }
}
