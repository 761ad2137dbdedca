/// Every rule tthc lint knows, in the order `tthc rules` lists them.
public enum RuleRegistry {
    public static let all: [any LintRule.Type] = [
        // Text
        UnicodeNFCRule.self, ToneMarkStyleRule.self, ExtraWhitespaceRule.self, TrailingWhitespaceRule.self,
        InvisibleSpaceRule.self, ControlOrBidiCharacterRule.self, LookalikeLetterRule.self, CodeQuoteStyleRule.self,
        PlaceholderTextRule.self,
        // Names
        MissingEnglishNameRule.self, MissingEnglishResultRule.self, EnglishNameVietnameseRule.self,
        // Codes and duplicates
        DuplicateProcedureNameRule.self, LikelyDuplicateProcedureRule.self, CodeFormatRule.self,
        // Declarations and uses
        UnusedFormRule.self, DossierFormMissingRule.self, UnusedLegalDocumentRule.self, UnusedTemplateRule.self,
        UnusedTemplateParameterRule.self, UnusedConditionRule.self,
        // Legal basis
        LegalBasisExpiringRule.self, ObsoleteOneStopDecreeRule.self, MissingAnnouncementRule.self,
        ProcedureExpiredRule.self, EffectiveBeforeCatalogRule.self, DatedValueExpiringRule.self,
        // Fees
        FeeAmountRule.self, FeeWithoutPaymentRule.self,
        // Channels
        OnlineFullChannelRule.self, OnlineChannelLevelRule.self, OnlineDeadlineRule.self,
        // Deadlines
        DeadlineWordingRule.self, SameDayCutoffRule.self, StepBudgetSlackRule.self, UnmodelledExtensionRule.self,
        DeadlineCapRule.self, EstimatedCalendarYearRule.self,
        // Workflow
        HandOffReceiverRule.self, InterLevelReturnRule.self, MissingResultRule.self, MissingRefusalRule.self,
        SupplementWithoutWaitRule.self,
        // Dossier
        DossierCountRule.self, EmptyDossierRule.self,
        // Units
        UnitMissingEnglishNameRule.self, CommuneDistanceRule.self,
        // Suppressions
        SuppressionReasonRule.self, UnusedSuppressionRule.self, InvalidSuppressionRule.self,
    ]

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    public static func rule(_ id: String) -> (any LintRule.Type)? {
        all.first { $0.description.id == id }
    }

    /// The known rule id nearest to a misspelt one.
    public static func suggestion(for id: String) -> String? {
        NearestName.suggestion(for: id, in: descriptions.map(\.id))
    }
}
