extension StringProtocol {
    /// Nothing but whitespace (line breaks included), or empty: a reason, a reference or a key
    /// that says nothing.
    package var isBlank: Bool { !unicodeScalars.contains { !$0.properties.isWhitespace } }
}
