import ArgumentParser
import Diagnostics
import WorkCalendar

// What the commands say when they stop, beside the messages of the stages they call. Rendered in
// the run's language only when printed (`CommandFailure`, a batch row's `error` column).

/// A date, time or period that does not parse, as the calendar says why.
extension CalendarError: DiagnosticMessage {
    public func text(_ language: MessageLanguage) -> String {
        language == .vi ? vietnameseDescription : description
    }
}

/// An option's value and what is wrong with it: `--at 2026-13-01: …`.
struct OptionValueProblem: DiagnosticMessage {
    /// The option and its value as given.
    let option: String
    let problem: any DiagnosticMessage

    func text(_ language: MessageLanguage) -> String { "\(option): \(problem.text(language))" }
}

/// Words that have no Vietnamese: the case engine's errors (English by design, docs/interpreter.md)
/// and what the system says of a failed call (`\(error)`). Shown as they are in either language.
struct Untranslated: DiagnosticMessage {
    let words: String

    init(_ words: String) { self.words = words }
    init(_ error: any Error) { words = "\(error)" }

    func text(_ language: MessageLanguage) -> String { words }
}

/// `--lang en|vi` on every command that speaks both.
extension MessageLanguage: ExpressibleByArgument {}
