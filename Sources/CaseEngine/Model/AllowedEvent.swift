/// One event the case accepts now, with the step and the actor it needs: what a refusal lists and
/// what `tthc case show` prints under "Allowed now".
public struct AllowedEvent: Sendable, Codable, Equatable, CustomStringConvertible {
    public var event: CaseEventKind
    public var step: String?
    /// The concrete unit or role expected to act (`applicant` for the applicant's side).
    public var actor: String?
    /// For a branch: the facts it can take (`otherwise` included when the choice has one).
    public var options: [String]

    public init(_ event: CaseEventKind, step: String? = nil, actor: String? = nil, options: [String] = []) {
        self.event = event
        self.step = step
        self.actor = actor
        self.options = options
    }

    public var description: String {
        var parts = [event.rawValue]
        if let step { parts.append("--step \(step)") }
        if let actor { parts.append("--actor \(actor)") }
        if !options.isEmpty { parts.append("[--fact \(options.joined(separator: "|"))]") }
        return parts.joined(separator: " ")
    }
}
