import ArgumentParser
import CatalogLint
import Diagnostics
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return RunContext.current.colorOnTerminal
        }
    }
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text (for people) or json (for tools).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var useColor: Bool { color.enabled }

    /// Prints `diagnostics` (absolute paths) with each file named relative to the working directory.
    func emit(_ diagnostics: [Diagnostic], sources: [String: SourceText], files: Int, language: MessageLanguage = .en) {
        Self.emit(diagnostics, sources: sources, files: files, language: language, format: format, useColor: useColor)
    }

    /// The same for a command whose `--format` is about something else (`tthc compile`'s artifact).
    static func emit(
        _ diagnostics: [Diagnostic], sources: [String: SourceText], files: Int, language: MessageLanguage,
        format: OutputFormat, useColor: Bool
    ) {
        let display = RunContext.current.pathDisplay
        let prepared = AutomaticFixes.prepare(diagnostics, sources: sources)
        let diagnostics = display.apply(to: prepared)
        let sources = display.apply(to: sources, quotedBy: prepared)
        switch format {
        case .json:
            Console.out(JSONReporter().render(diagnostics, files: files))
        case .text:
            let reporter = TextReporter(
                useColor: useColor, language: language, automaticFixes: AutomaticFixes.labels(for: diagnostics))
            Console.out(reporter.render(diagnostics, sources: sources) + reporter.summary(diagnostics, files: files))
        }
    }
}

/// The run's standard output and error (`RunContext.current`: the process's, or a test's buffers).
enum Console {
    static func out(_ text: String) {
        RunContext.current.output.write(text)
    }

    static func write(_ bytes: [UInt8]) {
        RunContext.current.output.write(bytes)
    }

    static func err(_ text: String) {
        RunContext.current.error.write(text)
    }
}

extension Console {
    /// How a notice is introduced: `tthc: error:`, `tthc: refused:` (a case event the case does
    /// not allow now), `tthc: note:`, `tthc:`, or not at all.
    enum NoticeKind {
        case error, refused, note, tool, bare

        func prefix(_ language: MessageLanguage) -> String {
            switch (self, language) {
            case (.error, .en): "tthc: error: "
            case (.error, .vi): "tthc: lỗi: "
            case (.refused, .en): "tthc: refused: "
            case (.refused, .vi): "tthc: từ chối: "
            case (.note, .en): "tthc: note: "
            case (.note, .vi): "tthc: lưu ý: "
            case (.tool, _): "tthc: "
            case (.bare, _): ""
            }
        }
    }

    /// `message` in `language` on standard error (standard output with `toOutput`), one line.
    static func say(
        _ message: CommandMessage, as kind: NoticeKind, in language: MessageLanguage, toOutput: Bool = false
    ) {
        let line = kind.prefix(language) + message.text(language) + "\n"
        toOutput ? out(line) : err(line)
    }
}
