extension MessageLanguage {
    /// `; did you mean "x"?` after a name that is not known, when a known one is near; else "".
    /// One wording for the loader's, the linter's and the commands' messages.
    public func didYouMean(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return switch self {
        case .en: "; did you mean \"\(suggestion)\"?"
        case .vi: "; có phải ý bạn là \"\(suggestion)\"?"
        }
    }
}
