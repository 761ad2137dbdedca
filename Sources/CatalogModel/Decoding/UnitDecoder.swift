import Diagnostics
import YAMLReader

/// `units/*.yaml`: a tree of units; the full id of a unit is its ancestors' ids and its own.
enum UnitDecoder {
    static func units(_ root: YAMLNode, in context: LoadContext) -> [Unit] {
        guard let map = MappingView(root, shape: CatalogShapes.unitsFile, what: .unitsFile, in: context) else {
            return []
        }
        var result: [Unit] = []
        // Iterative walk: (node, parent id, parent level).
        var pending: [(YAMLNode, String?)] = context.list(map["units"], what: .key("units")).reversed().map {
            ($0, nil)
        }
        while let (node, parent) = pending.popLast() {
            guard let m = MappingView(node, shape: CatalogShapes.unit, what: .unitEntry, in: context),
                let id = context.identifier(m["id"], what: .unitID)
            else { continue }
            let kind = context.choice(m["kind"], what: .unitKind, as: UnitKind.self)
            let level = context.level(m["level"], what: .unitLevel)
            let name = context.text(m["name"], what: .unitName)
            let fullId = parent.map { "\($0).\(id.value)" } ?? id.value
            let roles = decodeRoles(m["roles"], in: context)
            let children = context.list(m["units"], what: .key("units"))
            let childIds = Set(children.compactMap { $0["id"]?.scalar })
            for role in roles where childIds.contains(role.id) {
                context.report(
                    .duplicateDefinition,
                    LoaderMessage.roleShadowsChildUnit(id: role.id, fullId: fullId), at: role.range)
            }
            pending.append(contentsOf: children.reversed().map { ($0, fullId) })
            guard let kind, let level, let name else { continue }
            var unit = Unit(
                id: fullId, kind: kind.value, level: level.value, name: name.value,
                nameEn: context.text(m["name_en"], what: .key("name_en"))?.value, parent: parent, roles: roles,
                range: id.range)
            unit.fullName = context.text(m["full_name"], what: .key("full_name"))?.value
            unit.fullNameEn = context.text(m["full_name_en"], what: .key("full_name_en"))?.value
            result.append(unit)
        }
        return result
    }

    static func decodeRoles(_ node: YAMLNode?, in context: LoadContext) -> [Role] {
        guard let node, let pairs = context.mapping(node, else: .rolesNotMapping(node: node.kind)) else { return [] }
        return pairs.compactMapSized { pair in
            guard let id = context.identifier(pair.key, what: .roleID),
                let m = MappingView(pair.value, shape: CatalogShapes.role, what: .role(id.value), in: context),
                let name = context.text(m["name"], what: .roleName)
            else { return nil }
            var role = Role(
                id: id.value, name: name.value, nameEn: context.text(m["name_en"], what: .key("name_en"))?.value,
                range: id.range)
            role.fullName = context.text(m["full_name"], what: .key("full_name"))?.value
            role.fullNameEn = context.text(m["full_name_en"], what: .key("full_name_en"))?.value
            return role
        }
    }

    static func communes(_ root: YAMLNode, in context: LoadContext) -> [Commune] {
        guard
            let map = MappingView(
                root, shape: CatalogShapes.communesFile, what: .key("units/communes.yaml"), in: context)
        else { return [] }
        return context.list(map["communes"], what: .key("communes")).compactMapSized { node in
            guard let m = MappingView(node, shape: CatalogShapes.commune, what: .communeEntry, in: context),
                let id = context.identifier(m["id"], what: .communeID),
                let name = context.text(m["name"], what: .communeName),
                let type = context.choice(m["type"], what: .communeType, as: CommuneType.self)
            else { return nil }
            let distance = context.integer(m["distance_km"], what: .key("distance_km"))
            if let distance, distance.value < 0 {
                context.report(
                    .invalidValue, LoaderMessage.negativeDistance,
                    at: distance.range)
            }
            return Commune(
                id: id.value, name: name.value, nameEn: context.text(m["name_en"], what: .key("name_en"))?.value,
                type: type.value, distanceKm: distance?.value, range: id.range)
        }
    }
}
