import WorkCalendar

extension Catalog {
    /// The working calendar this catalog defines: its office hours and cut-off (manifest), and its
    /// yearly official decisions (calendar/) over the Labor Code rules.
    public func workCalendar(cutoff: TimeOfDay? = nil) throws -> WorkCalendar {
        let inputs = CalendarInputs(
            decisions: officialDecisions, officeHours: manifest?.officeHours ?? .standard,
            cutoff: cutoff ?? manifest?.receiptCutoff ?? .defaultCutoff)
        if let built = builtCalendar, built.inputs.decisions == inputs.decisions,
            built.inputs.officeHours == inputs.officeHours
        {
            return built.calendar.with(cutoff: inputs.cutoff)
        }
        return try WorkCalendar(decisions: inputs.decisions, officeHours: inputs.officeHours, cutoff: inputs.cutoff)
    }

    /// Builds the calendar and keeps it: the loader does, so the compiler and the commands reuse
    /// it (building one works out years of lunar months) while the catalog's decisions, office
    /// hours and cut-off stay as they were.
    mutating func buildCalendar() throws {
        builtCalendar = nil
        let calendar = try workCalendar()
        builtCalendar = BuiltCalendar(
            inputs: CalendarInputs(
                decisions: calendar.decisions, officeHours: calendar.officeHours, cutoff: calendar.cutoff),
            calendar: calendar)
    }

    /// The statutory deadline of `procedure` on `channel`, with the extensions of the case facts
    /// that hold; nil when the procedure is not offered on that channel.
    public func deadline(of procedure: Procedure, channel: Channel?, facts: Set<String>) -> (
        deadline: Deadline, duration: WorkDuration
    )? {
        var deadline = procedure.deadline
        if let channel {
            guard let offer = procedure.channels.first(where: { $0.channel == channel }) else { return nil }
            if let specific = offer.deadline { deadline = specific }
        }
        let statutory = StatutoryDeadline(
            base: deadline.value.value,
            extensions: procedure.conditions.compactMap { facts.contains($0.id) ? $0.extends?.value : nil },
            cap: deadline.cap?.value)
        return (deadline, statutory.period)
    }
}

/// What a `WorkCalendar` is built from.
struct CalendarInputs: Sendable, Equatable {
    var decisions: [OfficialDecision]
    var officeHours: OfficeHours
    var cutoff: TimeOfDay
}

/// A calendar with the inputs it was built from (`Catalog.buildCalendar`).
struct BuiltCalendar: Sendable {
    var inputs: CalendarInputs
    var calendar: WorkCalendar
}
