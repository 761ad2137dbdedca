import Diagnostics
import YAMLReader

/// `fields.yaml`, `legal/*.yaml`, `forms/*.yaml`: lists of simple entries under one key.
enum RegistryDecoders {
    /// The list under the file's single top-level key (`fields:`, `documents:`, `forms:`).
    static func entries(_ root: YAMLNode, shape: MappingShape, what: String, in context: LoadContext) -> [YAMLNode] {
        guard let map = MappingView(root, shape: shape, what: what, in: context), let key = shape.required.first else { return [] }
        return context.list(map[key], what: key)
    }

    static func fields(_ root: YAMLNode, in context: LoadContext) -> [Field] {
        entries(root, shape: CatalogShapes.fieldsFile, what: "fields.yaml", in: context).compactMap { node in
            guard let m = MappingView(node, shape: CatalogShapes.field, what: "a field", in: context),
                  let id = context.identifier(m["id"], what: "field id"),
                  let name = context.text(m["name"], what: "field name") else { return nil }
            return Field(id: id.value, name: name.value, nameEn: context.text(m["name_en"], what: "name_en")?.value, range: id.range)
        }
    }

    static func legalDocuments(_ root: YAMLNode, in context: LoadContext) -> [LegalDocument] {
        entries(root, shape: CatalogShapes.legalFile, what: "a legal documents file", in: context).compactMap { node in
            guard let m = MappingView(node, shape: CatalogShapes.legalDocument, what: "a legal document", in: context) else { return nil }
            let id = context.identifier(m["id"], what: "document id")
            let number = context.text(m["number"], what: "number")
            let kind = context.choice(m["kind"], what: "document kind", as: LegalDocumentKind.self)
            let title = context.text(m["title"], what: "title")
            let issuer = context.text(m["issuer"], what: "issuer")
            let issued = context.date(m["issued"], what: "issued")
            let effective = context.date(m["effective"], what: "effective")
            let expires = context.date(m["expires"], what: "expires")
            let replaces = context.list(m["replaces"], what: "replaces").compactMap { context.identifier($0, what: "replaced document") }
            let provenance = context.choice(m["provenance"], what: "provenance", as: Provenance.self)
            if let issued, let effective, effective.value < issued.value {
                context.report(.invalidValue, Localized("effective date \(effective.value) is before the issue date \(issued.value)", vi: "ngày có hiệu lực \(effective.value) trước ngày ban hành \(issued.value)"), at: effective.range)
            }
            if let effective, let expires, expires.value < effective.value {
                context.report(.invalidValue, Localized("expiry date \(expires.value) is before the effective date \(effective.value)", vi: "ngày hết hiệu lực \(expires.value) trước ngày có hiệu lực \(effective.value)"), at: expires.range)
            }
            guard let id, let number, let kind, let title, let issuer, let effective else { return nil }
            return LegalDocument(
                id: id.value, number: number.value, kind: kind.value, title: title.value,
                titleEn: context.text(m["title_en"], what: "title_en")?.value, issuer: issuer.value,
                issued: issued?.value, effective: effective.value, expires: expires?.value, replaces: replaces,
                provenance: provenance?.value, range: id.range,
                replacedBy: context.identifier(m["replaced_by"], what: "replaced_by"), expiresRange: expires?.range)
        }
    }

    static func forms(_ root: YAMLNode, in context: LoadContext) -> [Form] {
        entries(root, shape: CatalogShapes.formsFile, what: "a forms file", in: context).compactMap { node in
            guard let m = MappingView(node, shape: CatalogShapes.form, what: "a form", in: context),
                  let id = context.identifier(m["id"], what: "form id"),
                  let name = context.text(m["name"], what: "form name") else { return nil }
            return Form(
                id: id.value, code: context.text(m["code"], what: "form code")?.value, name: name.value,
                nameEn: context.text(m["name_en"], what: "name_en")?.value,
                legalBasis: context.identifier(m["legal_basis"], what: "legal_basis"), range: id.range)
        }
    }
}
