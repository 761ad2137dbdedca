import ArgumentParser

/// How a command line ends on an error ArgumentParser raised, for `tthc` and `tthc-serve` alike:
/// bad options exit 2, as every command documents (ArgumentParser's own status for them is 64);
/// help and --version are printed on standard output with 0; anything else on standard error
/// with its own status.
public struct ParserExit {
    public var status: Int32
    public var message: String
    public var onStandardOutput: Bool

    public init(_ error: any Error, of command: any ParsableCommand.Type) {
        let code = command.exitCode(for: error)
        message = command.fullMessage(for: error)
        status = code == .validationFailure ? 2 : code.rawValue
        onStandardOutput = code == .success
    }
}
