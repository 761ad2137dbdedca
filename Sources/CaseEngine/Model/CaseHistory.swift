/// A case's whole history: its events in order and the state they lead to. What the simulator
/// hands over and a store imports in one transaction (`CaseStore.importCases`), so neither
/// layer needs the other.
public struct CaseHistory: Sendable {
    public var state: CaseState
    public var events: [CaseEvent]

    public init(state: CaseState, events: [CaseEvent]) {
        self.state = state
        self.events = events
    }
}
