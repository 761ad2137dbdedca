import Foundation

/// Renders diagnostics as SARIF 2.1.0 (what GitHub code scanning and other tools read): one run
/// with the tool's rule metadata, results with regions in code points (and byte offsets), notes as
/// related locations, and fix-its as byte-range replacements.
public struct SARIFReporter: Sendable {
    /// Metadata of one rule or check code, for `tool.driver.rules`: kept as the SARIF object it
    /// is written as, so its facts are listed once.
    public struct Rule: Sendable {
        let descriptor: Descriptor

        public init(
            id: String, name: String, shortDescription: String, fullDescription: String, help: String, level: Severity
        ) {
            descriptor = Descriptor(
                id: id, name: name, shortDescription: Text(text: shortDescription),
                fullDescription: Text(text: fullDescription), help: Text(text: help),
                defaultConfiguration: Configuration(level: level.rawValue))
        }

        /// The metadata of a check code (loader, reader, compiler), in the run's language.
        public init(code: DiagnosticCode, language: MessageLanguage = .en) {
            let explanation = language == .vi ? code.explanationVi : code.explanation
            self.init(
                id: code.rawValue, name: code.name, shortDescription: code.name, fullDescription: explanation,
                help: explanation, level: code.defaultSeverity)
        }
    }

    public var version: String
    public var informationUri: String

    public init(version: String, informationUri: String) {
        self.version = version
        self.informationUri = informationUri
    }

    public func render(_ diagnostics: [Diagnostic], rules: [Rule]) -> String {
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.descriptor.id] == nil { index[rule.descriptor.id] = i }
        let log = Log(runs: [
            Run(
                tool: Tool(
                    driver: Driver(
                        name: "tthc", version: version, informationUri: informationUri,
                        rules: rules.map(\.descriptor))),
                results: diagnostics.map { result($0, index: index[$0.label]) })
        ])
        return (try? ReportJSON.text(log)) ?? "{}\n"
    }

    private func result(_ d: Diagnostic, index: Int?) -> Result {
        Result(
            ruleId: d.label, ruleIndex: index, level: d.severity.rawValue, message: Text(text: d.message),
            locations: [Location(physicalLocation: Self.physical(d.range), message: nil, id: nil)],
            relatedLocations: d.notes.enumerated().compactMap { i, note in
                note.range.map {
                    Location(physicalLocation: Self.physical($0), message: Text(text: note.message), id: i + 1)
                }
            }.nilIfEmpty,
            fixes: d.fixIts.isEmpty
                ? nil
                : d.fixIts.map { fix in
                    Fix(
                        description: Text(text: fix.description),
                        artifactChanges: [
                            ArtifactChange(
                                artifactLocation: Self.artifact(fix.file),
                                replacements: [
                                    Replacement(
                                        deletedRegion: Region(
                                            byteOffset: fix.startOffset, byteLength: fix.endOffset - fix.startOffset),
                                        insertedContent: Text(text: fix.replacement))
                                ])
                        ])
                })
    }

    static func physical(_ range: SourceRange) -> PhysicalLocation {
        let end = range.reportedEnd
        let region = Region(
            startLine: range.start.line, startColumn: range.start.column, endLine: end?.line, endColumn: end?.column,
            byteOffset: range.start.offset, byteLength: range.end.offset - range.start.offset)
        return PhysicalLocation(artifactLocation: artifact(range.file), region: region)
    }

    /// Relative paths stay relative to the source root (%SRCROOT%), as code scanning expects.
    static func artifact(_ path: String) -> ArtifactLocation {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        if path.hasPrefix("/") { return ArtifactLocation(uri: "file://" + encoded, uriBaseId: nil) }
        return ArtifactLocation(uri: encoded, uriBaseId: "%SRCROOT%")
    }

    // MARK: the SARIF objects used

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Descriptor]
    }

    struct Descriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }

    /// SARIF's levels are `Severity`'s raw values: "error", "warning", "note".
    struct Configuration: Encodable { var level: String }
    struct Text: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var message: Text?
        var id: Int?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int?
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
        var byteOffset: Int?
        var byteLength: Int?
    }

    struct Fix: Encodable {
        var description: Text
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Text
    }
}

extension Array {
    fileprivate var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
