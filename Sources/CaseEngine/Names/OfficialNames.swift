import Diagnostics
import WorkflowCompiler

/// Names for people: the full official name of a concrete unit or role in Vietnamese or English
/// ("Trung tâm Phục vụ hành chính công xã Thanh Nưa"), from the catalog's `full_name`, where
/// `{commune}` stands for the case's commune. Without one, the short name and the commune in
/// parentheses, as before.
extension UnitDirectory {
    public func officialName(_ concrete: String, _ language: MessageLanguage = .vi) -> String {
        if concrete == Self.applicant { return language == .en ? "Applicant" : "Người nộp hồ sơ" }
        let (reference, communeId) = kindLevel(concrete)
        let commune = communeId.flatMap { communes[$0] }
        func filled(_ pattern: String?) -> String? {
            guard let pattern else { return nil }
            guard pattern.contains("{commune}") else { return pattern }
            guard let commune else { return nil }
            return pattern.replacingOccurrences(of: "{commune}", with: Self.communePhrase(commune, language))
        }
        let place = commune.map { " (\(language == .en ? $0.nameEn ?? $0.name : $0.name))" } ?? ""
        if let unit = units[reference] {
            let full = language == .en ? filled(unit.fullNameEn) ?? filled(unit.fullName) : filled(unit.fullName)
            return full ?? ((language == .en ? unit.nameEn ?? unit.name : unit.name) + place)
        }
        if let unit = unit(of: reference), let dot = reference.lastIndex(of: ".") {
            let role = String(reference[reference.index(after: dot)...])
            let full =
                language == .en
                ? filled(unit.roleFullNamesEn?[role]) ?? filled(unit.roleFullNames?[role])
                : filled(unit.roleFullNames?[role])
            if let full { return full }
            let short = language == .en ? unit.roleNamesEn?[role] ?? unit.roleNames[role] : unit.roleNames[role]
            if let short { return short + place }
            return unit.name + place + ", " + role
        }
        return concrete
    }

    /// "xã Thanh Nưa" / "phường Mường Thanh" inside a name; "Thanh Nua Commune" in English.
    static func communePhrase(_ commune: CompiledCatalog.CommuneEntry, _ language: MessageLanguage) -> String {
        if language == .en { return commune.nameEn ?? commune.name }
        guard let first = commune.name.first else { return commune.name }
        return first.lowercased() + commune.name.dropFirst()
    }

    /// The unit a concrete performer belongs to: itself for a unit, its unit for a role
    /// (`thanh-nua.chairman` → `thanh-nua`); form 06 counts a hand-over only between units.
    public func unitOfConcrete(_ concrete: String) -> String {
        if concrete == Self.applicant { return concrete }
        let (reference, _) = kindLevel(concrete)
        if units[reference] != nil { return concrete }
        guard let dot = concrete.lastIndex(of: ".") else { return concrete }
        return String(concrete[..<dot])
    }
}
