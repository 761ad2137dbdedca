import WorkCalendar

extension Catalog {
    /// The working calendar this catalog defines: its office hours and cut-off (manifest), and its
    /// yearly official decisions (calendar/) over the Labor Code rules.
    public func workCalendar(cutoff: TimeOfDay? = nil) throws -> WorkCalendar {
        try WorkCalendar(
            decisions: officialDecisions,
            officeHours: manifest?.officeHours ?? .standard,
            cutoff: cutoff ?? manifest?.receiptCutoff ?? .defaultCutoff)
    }

    /// The statutory deadline of `procedure` on `channel`, with the extensions of the case facts
    /// that hold; nil when the procedure is not offered on that channel.
    public func deadline(of procedure: Procedure, channel: Channel?, facts: Set<String>) -> (deadline: Deadline, duration: WorkDuration)? {
        var deadline = procedure.deadline
        if let channel {
            guard let offer = procedure.channels.first(where: { $0.channel == channel }) else { return nil }
            if let specific = offer.deadline { deadline = specific }
        }
        var duration = deadline.value.value
        for condition in procedure.conditions where facts.contains(condition.id) {
            if let extra = condition.extends?.value { duration = duration.extended(by: extra) }
        }
        return (deadline, duration)
    }
}
