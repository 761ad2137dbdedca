import CatalogModel

extension Procedure {
    /// The procedure's deadline, then each channel's own: every deadline the deadline rules read.
    var allDeadlines: [Deadline] { [self.deadline] + self.channels.compactMap(\.deadline) }
}
