import WorkCalendar

/// The duration, date and time parsers on any text, and a deadline from what parses: every
/// failure must be a thrown error, never a trap.
let calendar = try! WorkCalendar()

func fuzzDurations(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    let duration = try? WorkDuration(parsing: parts[0])
    _ = try? CivilDate(parsing: parts[0])
    _ = try? TimeOfDay(parsing: parts[0])
    let received =
        parts.count > 1 ? try? LocalDateTime(parsing: parts[1]) : try? LocalDateTime(parsing: "2026-02-13 16:20")
    if let duration, let received {
        let calculator = DeadlineCalculator(calendar: calendar)
        _ = try? calculator.due(from: received, adding: duration)
        _ = try? calculator.dueDate(from: received, addingWorkingTime: duration)
        if duration.isWorkingTimeOnly { _ = try? calculator.start(forDue: received, subtracting: duration) }
        _ = duration.description
        _ = duration.vietnameseDescription
    }
    return 0
}
