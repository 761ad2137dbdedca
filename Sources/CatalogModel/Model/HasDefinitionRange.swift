import Diagnostics

/// Where an entry is defined, for "first defined here" notes.
protocol HasDefinitionRange {
    var definitionRange: SourceRange { get }
}

extension Field: HasDefinitionRange { var definitionRange: SourceRange { range } }
extension Unit: HasDefinitionRange { var definitionRange: SourceRange { range } }
extension Commune: HasDefinitionRange { var definitionRange: SourceRange { range } }
extension LegalDocument: HasDefinitionRange { var definitionRange: SourceRange { range } }
extension Form: HasDefinitionRange { var definitionRange: SourceRange { range } }
extension Procedure: HasDefinitionRange { var definitionRange: SourceRange { self.code.range } }
