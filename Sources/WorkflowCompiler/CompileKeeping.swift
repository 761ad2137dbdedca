extension WorkflowCompiler {
    /// What a compile keeps besides its diagnostics. Every procedure is built and checked the same
    /// way in each case; only what outlives the check differs, so a caller that reads less holds
    /// less of a large catalog in memory.
    public enum Keeping: Sendable {
        /// Nothing (`tthc check`): each procedure's graph is dropped once checked, and the
        /// artifact lists no procedure.
        case diagnostics
        /// Each procedure's deadline and budget figures (`CompiledBudget`; `tthc lint`, whose
        /// rules read no graph); the artifact lists no procedure.
        case budgets
        /// The whole artifact (`tthc compile`, cases, exports), and the budgets.
        case artifact
    }
}
