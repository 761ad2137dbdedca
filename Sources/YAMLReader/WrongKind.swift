import Diagnostics

extension YAMLNode.Kind {
    /// This kind as a message names it, in both languages: "a mapping (key: value lines)".
    public var described: Localized { Localized(kindDescription, vi: kindDescriptionVi) }

    /// "<subject> must be <expected>, not <this kind>": one sentence for a node of the wrong kind,
    /// so that the reader's, the loader's and the linter's messages say it alike.
    public func wrongKind(_ subject: Localized, mustBe expected: Localized, _ language: MessageLanguage) -> String {
        switch language {
        case .en: "\(subject.en) must be \(expected.en), not \(kindDescription)"
        case .vi: "\(subject.vi) phải là \(expected.vi), không phải \(kindDescriptionVi)"
        }
    }
}
