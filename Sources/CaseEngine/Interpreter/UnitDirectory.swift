import Diagnostics
import WorkflowCompiler

/// The units of a compiled catalog and how a case's references become concrete.
///
/// A procedure names unit *kinds* under `commune` (`commune.chairman`); a case runs in one commune,
/// so `commune.chairman` in commune `thanh-nua` is the concrete `thanh-nua.chairman`. Provincial
/// units are concrete already (`province.construction.director`).
public struct UnitDirectory: Sendable {
    public static let communeRoot = "commune"
    public static let applicant = "applicant"

    public let units: [String: CompiledCatalog.UnitEntry]
    public let communes: [String: CompiledCatalog.CommuneEntry]

    /// Every concrete service centre (`thanh-nua.pasc`, `province.pasc`): a receiving unit found
    /// here needs none of `concreteActor`'s checks (each was made when the set was built).
    /// Per name (its number): a concrete service centre? Checked at every opening.
    private var serviceCentreFlags: [Bool] = []
    /// `concrete` and the known concrete units, on names (the interpreter's hot path).
    private let names: ConcreteNames

    public init(_ artifact: CompiledCatalog) {
        units = Dictionary(artifact.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        communes = Dictionary(artifact.communes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        names = ConcreteNames(artifact)
        var centres: Set<String> = []
        let anyCommune = artifact.communes.first?.id ?? ""
        for unit in artifact.units where unit.kind == "service-center" {
            let candidates =
                Self.afterCommuneRoot(unit.id).map { rest in artifact.communes.map { $0.id + rest } } ?? [unit.id]
            centres.formUnion(candidates)
        }
        // Keep only what the slow path accepts, unchanged, as a service centre.
        let accepted = centres.filter { centre in
            guard case .success(let concrete) = concreteActor(centre, caseCommune: anyCommune), concrete == centre
            else { return false }
            return isServiceCentre(kindLevel(concrete).reference)
        }
        let centreNames = accepted.map { Name($0) }
        serviceCentreFlags = Array(repeating: false, count: Int(centreNames.map(\.number).max() ?? 0) + 1)
        for name in centreNames { serviceCentreFlags[Int(name.number)] = true }
    }

    /// `commune.chairman` in `thanh-nua` → `thanh-nua.chairman`; other references unchanged.
    /// Ids are ASCII, so they are compared as UTF-8 bytes: on every request, and comparing by
    /// Character would walk grapheme clusters.
    public static func concrete(_ reference: String, commune: String) -> String {
        guard let rest = afterCommuneRoot(reference) else { return reference }
        return rest.isEmpty ? commune : commune + rest
    }

    /// `concrete` on names: a table lookup for every reference of the artifact's units; other
    /// references (unknown ones, in messages) go through the text.
    public func concrete(_ reference: Name, commune: Name) -> Name {
        names.concrete(reference, commune: commune) ?? Name(Self.concrete(reference.text, commune: commune.text))
    }

    /// Whether `name` is a concrete service centre (`thanh-nua.pasc`, `province.pasc`).
    func isConcreteServiceCentre(_ name: Name) -> Bool {
        let n = Int(name.number)
        return n < serviceCentreFlags.count && serviceCentreFlags[n]
    }

    /// Whether `name` is a commune of the artifact.
    func isCommune(_ name: Name) -> Bool { names.isCommune(name) }

    /// What follows `commune` in `commune` ("") or `commune.x` (".x"); nil for other references.
    static func afterCommuneRoot(_ reference: String) -> Substring? {
        let bytes = reference.utf8
        // The bytes in place when the string is contiguous (always, for ids read from the
        // artifact): `starts(with:)` over the views iterates both, and this runs on every request.
        // The bytes are `communeRoot`'s, "commune".
        let length =
            bytes.withContiguousStorageIfAvailable { b -> Int? in
                guard b.count >= 7, b[0] == 0x63, b[1] == 0x6F, b[2] == 0x6D, b[3] == 0x6D, b[4] == 0x75, b[5] == 0x6E,
                    b[6] == 0x65,
                    b.count == 7 || b[7] == UInt8(ascii: ".")
                else { return nil }
                return 7
            } ?? slowRootLength(reference)
        guard let length else { return nil }
        return reference[bytes.index(bytes.startIndex, offsetBy: length)...]
    }

    /// `afterCommuneRoot`'s test on a string without contiguous UTF-8 (a bridged Foundation string
    /// on Apple platforms): the length of the root, or nil.
    private static func slowRootLength(_ reference: String) -> Int? {
        let bytes = reference.utf8
        guard bytes.starts(with: communeRoot.utf8) else { return nil }
        let rest = bytes.index(bytes.startIndex, offsetBy: communeRoot.utf8.count)
        return rest == bytes.endIndex || bytes[rest] == UInt8(ascii: ".") ? communeRoot.utf8.count : nil
    }

    /// The kind-level reference of a concrete one and its commune: `thanh-nua.pasc` → (`commune.pasc`, `thanh-nua`).
    public func kindLevel(_ concrete: String) -> (reference: String, commune: String?) {
        let dot = concrete.utf8.firstIndex(of: UInt8(ascii: ".")) ?? concrete.endIndex
        let head = String(concrete[..<dot])
        guard communes.index(forKey: head) != nil, units.index(forKey: head) == nil else { return (concrete, nil) }
        return (Self.communeRoot + concrete[dot...], head)
    }

    /// The unit a reference names, or the unit of the role it names.
    public func unit(of reference: String) -> CompiledCatalog.UnitEntry? {
        if let unit = units[reference] { return unit }
        guard let dot = reference.lastIndex(of: ".") else { return nil }
        let role = String(reference[reference.index(after: dot)...])
        guard let unit = units[String(reference[..<dot])], unit.roles.contains(role) else { return nil }
        return unit
    }

    public func isUnit(_ reference: String) -> Bool { units[reference] != nil }

    /// The concrete unit or role nearest to a mistyped one (`thanh-nau.pasc` → `thanh-nua.pasc`),
    /// for "did you mean": every unit and role, those under `commune` in every commune.
    public func nearestConcreteUnit(to text: String) -> String? {
        var candidates: [String] = []
        for unit in units.values {
            for reference in [unit.id] + unit.roles.map({ unit.id + "." + $0 }) {
                if let rest = Self.afterCommuneRoot(reference) {
                    candidates += communes.keys.map { $0 + rest }
                } else {
                    candidates.append(reference)
                }
            }
        }
        // A known unit with a mistyped role is compared on the role alone: against the whole
        // name, the shared unit id would make any role look near (`thanh-nua.mayor` → `.pasc`).
        if let dot = text.lastIndex(of: ".") {
            let head = text[...dot]
            let roles = candidates.filter { $0.hasPrefix(head) }.map { String($0.dropFirst(head.count)) }
            if !roles.isEmpty {
                return Suggestions.nearest(to: String(text[text.index(after: dot)...]), in: roles).map { head + $0 }
            }
        }
        return Suggestions.nearest(to: text, in: candidates)
    }

    /// Whether `text` names a concrete unit or role of the province (`thanh-nua.pasc`,
    /// `province.construction`, `province.construction.director`), as listings filter by.
    public func isConcreteUnit(_ text: String) -> Bool {
        let (reference, commune) = kindLevel(text)
        guard unit(of: reference) != nil else { return false }
        return commune != nil || Self.afterCommuneRoot(reference) == nil
    }

    public func isServiceCentre(_ reference: String) -> Bool {
        units[reference]?.kind == "service-center"
    }

    /// Checks a concrete actor (`thanh-nua.chairman`, `commune.chairman` for the case's own commune,
    /// `province.pasc`, `applicant`) and returns it concrete, or why it is not one.
    public func concreteActor(_ text: String, caseCommune: String) -> Result<String, CaseError> {
        if text == Self.applicant { return .success(text) }
        let concrete = Self.concrete(text, commune: caseCommune)
        let (reference, commune) = kindLevel(concrete)
        guard unit(of: reference) != nil else {
            return .failure(
                .usage(
                    .unknownActor(text, example: "\(caseCommune).pasc", suggestion: nearestConcreteUnit(to: concrete))))
        }
        if commune == nil, reference.utf8.starts(with: Self.communeRoot.utf8) {
            return .failure(
                .usage(
                    .communeStructure(text, suggestion: caseCommune + reference.dropFirst(Self.communeRoot.count))))
        }
        return .success(concrete)
    }

    /// `concreteActor` on names: a concrete name the artifact knows is taken as it is.
    public func concreteActor(_ name: Name, caseCommune: Name) -> Result<Name, CaseError> {
        let concrete = concrete(name, commune: caseCommune)
        if names.isKnownConcrete(concrete) { return .success(concrete) }
        return concreteActor(name.text, caseCommune: caseCommune.text).map { Name($0) }
    }

    /// `actor(_:mayActAs:caseCommune:)` on names: the performer itself without looking at the text.
    public func actor(_ actor: Name, mayActAs performer: Name, caseCommune: Name) -> Bool {
        let expected = concrete(performer, commune: caseCommune)
        if actor == expected { return true }
        return self.actor(actor.text, mayActAs: expected.text, caseCommune: caseCommune.text)
    }

    /// Whether a concrete actor may act as `performer` (a reference of the case, concrete or not):
    /// the performer itself, or a role inside a performing unit.
    public func actor(_ actor: String, mayActAs performer: String, caseCommune: String) -> Bool {
        let expected = Self.concrete(performer, commune: caseCommune)
        if actor == expected { return true }
        // `expected.role`, compared as bytes (see `concrete`).
        let bytes = actor.utf8
        guard bytes.count > expected.utf8.count + 1, bytes.starts(with: expected.utf8) else { return false }
        let dot = bytes.index(bytes.startIndex, offsetBy: expected.utf8.count)
        guard bytes[dot] == UInt8(ascii: ".") else { return false }
        let (reference, _) = kindLevel(expected)
        guard let unit = units[reference] else { return false }
        return unit.roles.contains(String(actor[bytes.index(after: dot)...]))
    }

    /// A person-readable name: `thanh-nua.chairman` → "Chủ tịch Ủy ban nhân dân xã Thanh Nưa"
    /// (`officialName` in Vietnamese).
    public func displayName(_ concrete: String) -> String { officialName(concrete, .vi) }
}
