/// Every diagnostic code tthc can emit. Codes are stable: a code is never reused for a
/// different problem. The letter says the stage: F file I/O, Y YAML reading, L loading the
/// typed model, R resolving references.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable {
    // F — files
    case ioError = "F001"
    case unknownFile = "F002"
    case fileTooLarge = "F003"

    // Y — reading YAML
    case yamlSyntax = "Y001"
    case invalidUTF8 = "Y002"
    case byteOrderMark = "Y003"
    case tabCharacter = "Y004"
    case crlfLineEnd = "Y005"
    case emptyFile = "Y006"
    case topLevelNotMapping = "Y007"
    case duplicateKey = "Y008"
    case aliasBudgetExceeded = "Y009"
    case recursiveAlias = "Y010"
    case unusedAnchor = "Y011"
    case nestingTooDeep = "Y012"
    case multipleDocuments = "Y013"
    case nonScalarKey = "Y014"
    case undefinedAlias = "Y015"
    case unsupportedTag = "Y016"

    // L — loading the typed catalog
    case unknownKey = "L001"
    case missingKey = "L002"
    case wrongNodeType = "L003"
    case invalidValue = "L004"
    case ambiguousScalar = "L005"
    case invalidDate = "L006"
    case invalidTime = "L007"
    case invalidDuration = "L008"
    case emptyValue = "L009"
    case duplicateDefinition = "L010"
    case districtLevel = "L011"
    case misplacedFile = "L012"
    case invalidCode = "L013"

    // R — references
    case unknownUnit = "R001"
    case unknownField = "R002"
    case unknownLegalDocument = "R003"
    case unknownForm = "R004"
    case unknownTemplate = "R005"
    case unknownProcedure = "R006"
    case unknownStep = "R007"
    case unknownCondition = "R008"
    case templateParameter = "R009"

    public var defaultSeverity: Severity {
        switch self {
        case .unknownFile, .crlfLineEnd, .unusedAnchor: .warning
        default: .error
        }
    }

    /// A short, stable name (used in JSON output and docs).
    public var name: String {
        switch self {
        case .ioError: "io-error"
        case .unknownFile: "unknown-file"
        case .fileTooLarge: "file-too-large"
        case .yamlSyntax: "yaml-syntax"
        case .invalidUTF8: "invalid-utf8"
        case .byteOrderMark: "byte-order-mark"
        case .tabCharacter: "tab-character"
        case .crlfLineEnd: "crlf-line-end"
        case .emptyFile: "empty-file"
        case .topLevelNotMapping: "top-level-not-mapping"
        case .duplicateKey: "duplicate-key"
        case .aliasBudgetExceeded: "alias-budget-exceeded"
        case .recursiveAlias: "recursive-alias"
        case .unusedAnchor: "unused-anchor"
        case .nestingTooDeep: "nesting-too-deep"
        case .multipleDocuments: "multiple-documents"
        case .nonScalarKey: "non-scalar-key"
        case .undefinedAlias: "undefined-alias"
        case .unsupportedTag: "unsupported-tag"
        case .unknownKey: "unknown-key"
        case .missingKey: "missing-key"
        case .wrongNodeType: "wrong-node-type"
        case .invalidValue: "invalid-value"
        case .ambiguousScalar: "ambiguous-scalar"
        case .invalidDate: "invalid-date"
        case .invalidTime: "invalid-time"
        case .invalidDuration: "invalid-duration"
        case .emptyValue: "empty-value"
        case .duplicateDefinition: "duplicate-definition"
        case .districtLevel: "district-level"
        case .misplacedFile: "misplaced-file"
        case .invalidCode: "invalid-code"
        case .unknownUnit: "unknown-unit"
        case .unknownField: "unknown-field"
        case .unknownLegalDocument: "unknown-legal-document"
        case .unknownForm: "unknown-form"
        case .unknownTemplate: "unknown-template"
        case .unknownProcedure: "unknown-procedure"
        case .unknownStep: "unknown-step"
        case .unknownCondition: "unknown-condition"
        case .templateParameter: "template-parameter"
        }
    }

    /// What the problem is and what to do about it, for docs/diagnostics.md and `--explain`.
    public var explanation: String {
        switch self {
        case .ioError: "A file or directory could not be read (missing, unreadable, not a directory). Check the path you passed."
        case .unknownFile: "A file sits in a directory whose files tthc does not read (see the layout in docs/catalog-format.md). It is ignored; move it or remove it."
        case .fileTooLarge: "A catalog file is larger than 8 MiB. No hand-kept catalog file is this large; split it."
        case .yamlSyntax: "libyaml could not parse the file. The position is libyaml's problem mark; the message is libyaml's, with its context."
        case .invalidUTF8: "The file is not valid UTF-8. Save it as UTF-8 (without BOM)."
        case .byteOrderMark: "The file starts with a UTF-8 byte order mark. Save it as UTF-8 without BOM; the fix removes it."
        case .tabCharacter: "A tab character. YAML forbids tabs in indentation and they look different in every editor; use spaces. The fix replaces it with two spaces."
        case .crlfLineEnd: "The file uses Windows line ends (CRLF). Save it with LF line ends; the fix removes the carriage returns."
        case .emptyFile: "The file holds no YAML document. Add its content or delete the file."
        case .topLevelNotMapping: "Every catalog file is a mapping of keys at its top level (for example `code: ...`), not a list or a single value."
        case .duplicateKey: "The same key appears twice in one mapping; YAML tools disagree on which wins. Keep one. A note points at the first occurrence."
        case .aliasBudgetExceeded: "Anchors and aliases expand to more nodes than the budget allows (a 'billion laughs' file). The file is rejected without expanding it."
        case .recursiveAlias: "An alias refers to the node that contains it, which would expand forever."
        case .unusedAnchor: "An anchor (&name) is never used by an alias (*name). Remove it."
        case .nestingTooDeep: "Mappings and lists are nested deeper than 64 levels. No catalog needs this; the file is rejected before the parser gets slow."
        case .multipleDocuments: "The file holds more than one YAML document (separated by ---). One file holds one document."
        case .nonScalarKey: "A mapping key is a list or mapping. Keys are plain names."
        case .undefinedAlias: "An alias (*name) refers to an anchor that is not defined before it."
        case .unsupportedTag: "Explicit YAML tags (!!str, !custom) are not used in the catalog; each key's type is fixed by the format. Remove the tag."
        case .unknownKey: "A key that this kind of entry does not have. The message lists the allowed keys and suggests the nearest one."
        case .missingKey: "A required key is missing from the entry. The position is the entry's mapping."
        case .wrongNodeType: "The value has the wrong shape: a list where a single value is expected, a text where a mapping is expected, and so on."
        case .invalidValue: "The value is not one of the allowed values or does not have the required form. The message lists what is allowed."
        case .ambiguousScalar: "A plain value that YAML 1.1 and YAML 1.2 read differently (yes/no/on/off, 010, 1_000). Write true/false, or quote the text."
        case .invalidDate: "A date that is not a real calendar date in the form YYYY-MM-DD."
        case .invalidTime: "A time that is not HH:MM on a 24-hour clock."
        case .invalidDuration: "A duration that is not `N working days`, `N working hours`, `N days`, or `same day` (or their Vietnamese forms)."
        case .emptyValue: "A key with no value (empty, ~ or null). Give it a value or remove the key."
        case .duplicateDefinition: "The same id or procedure code is defined twice in the catalog. A note points at the first definition."
        case .districtLevel: "The district level was abolished on 2025-07-01. Its powers moved to the commune (xã, phường) or the province."
        case .misplacedFile: "A procedure file is not where its content says it belongs: procedures/<level>/<field>/<code>.yaml."
        case .invalidCode: "A procedure code must be a digit, a dot and six digits (1.001193), optionally followed by a dot and a suffix (1.001193.H11)."
        case .unknownUnit: "A reference to a unit or role that is not declared in units/. The message suggests the nearest declared one."
        case .unknownField: "A field (lĩnh vực) that is not declared in fields.yaml."
        case .unknownLegalDocument: "A legal document id that is not declared in legal/."
        case .unknownForm: "A form id that is not declared in forms/."
        case .unknownTemplate: "A workflow template that has no file in templates/."
        case .unknownProcedure: "A called procedure code that is not in the catalog."
        case .unknownStep: "A workflow names a step (next, then, join, choice, may) that it does not define."
        case .unknownCondition: "A choice branches on a case fact that the procedure does not declare under conditions."
        case .templateParameter: "A template parameter is missing from `with`, or `with` gives a parameter the template does not declare."
        }
    }
}
