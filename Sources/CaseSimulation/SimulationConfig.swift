import CaseEngine
import WorkCalendar

/// What to simulate. The defaults are one province's quarter: 156,230 dossiers over 44 working
/// days, 86% online. The behaviour rates are assumptions, not published figures.
public struct SimulationConfig: Sendable, Codable {
    /// Working days over which dossiers arrive.
    public var days = 44
    public var cases = 156_230
    /// Share of dossiers submitted online, where the procedure offers it.
    public var onlineShare = 0.86
    public var seed: UInt64 = 1
    /// The first day of arrivals (moved to a working day).
    public var start: CivilDate = try! CivilDate(2026, 3, 2)
    /// Chance that a condition of the procedure holds for a dossier.
    public var factRate = 0.15
    public var rejectionRate = 0.01
    /// Per visit of a step that may ask for a supplement (at most two per case).
    public var supplementRate = 0.08
    /// Per case, at a step that may refuse.
    public var refusalRate = 0.02
    /// Chance the applicant withdraws instead of supplementing.
    public var withdrawalRate = 0.1
    /// A step's time is its budget × exp(N(ln median, spread)).
    public var medianShareOfBudget = 0.55
    public var spread = 0.6
    /// Share of dossiers received by another commune's centre (Decree 118: no boundary).
    public var crossBoundaryShare = 0.1
    /// Zipf exponent of the procedures' popularity.
    public var zipf = 1.1
    /// The report's on-time target (the line on its charts): tthc's default, not a legal figure.
    public var target = 0.95
    /// Fewest returned cases for a procedure to be ranked among the slowest.
    public var minSample = 30

    public init() {}
}
