// CaseEngine: drives cases through compiled workflow graphs (see docs/interpreter.md).
//
// Model/        what a case is: its opening, its events, its state, the errors
// Interpreter/  the graph walk: which events are allowed, how each one moves the tokens, due times
// Reports/      what people read: the timeline, form 06 (control sheet), form 04 (apology)
// Store/        the event-sourced SQLite store (GRDB): idempotency, optimistic concurrency, artifacts by hash
// Simulation/   synthetic cases in virtual time, and the JSON/HTML report
