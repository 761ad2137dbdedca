import ArgumentParser
import Diagnostics
import Synchronization

/// A command's `validate()` refusing its options: a `ValidationError` in the run's language, which
/// ArgumentParser prints as it prints its own sentences, after "Error:" and with the usage. The run
/// keeps the sentence (`TTHC.main` binds `kept`), because ArgumentParser hands it back like one of
/// its own: `main` then knows it is tthc's, already in the line's language, where one of
/// ArgumentParser's is English, to be read (`ParserMessage`) before it can be said in Vietnamese.
enum UsageRefusal {
    final class Kept: Sendable {
        let sentence = Mutex<String?>(nil)
    }

    @TaskLocal static var kept: Kept?

    /// What `validate()` throws: `message` in `language`.
    static func error(_ message: CommandMessage, in language: MessageLanguage) -> ValidationError {
        let sentence = message.text(language)
        kept?.sentence.withLock { $0 = sentence }
        return ValidationError(sentence)
    }
}
