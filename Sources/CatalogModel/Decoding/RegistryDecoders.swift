import Diagnostics
import YAMLReader

/// `fields.yaml`, `legal/*.yaml`, `forms/*.yaml`: lists of simple entries under one key.
enum RegistryDecoders {
    /// The list under the file's single top-level key (`fields:`, `documents:`, `forms:`).
    static func entries(_ root: YAMLNode, shape: MappingShape, what: Subject, in context: LoadContext) -> YAMLNodes {
        guard let map = MappingView(root, shape: shape, what: what, in: context), let key = shape.required.first else {
            return YAMLNodes()
        }
        return context.list(map[key], what: .key(key))
    }

    static func fields(_ root: YAMLNode, in context: LoadContext) -> [Field] {
        entries(root, shape: CatalogShapes.fieldsFile, what: .key("fields.yaml"), in: context).compactMapSized { node in
            guard let m = MappingView(node, shape: CatalogShapes.field, what: .fieldEntry, in: context),
                let id = context.identifier(m["id"], what: .fieldID),
                let name = context.text(m["name"], what: .fieldName)
            else { return nil }
            return Field(
                id: id.value, name: name.value, nameEn: context.text(m["name_en"], what: .key("name_en"))?.value,
                range: id.range)
        }
    }

    static func legalDocuments(_ root: YAMLNode, in context: LoadContext) -> [LegalDocument] {
        entries(root, shape: CatalogShapes.legalFile, what: .legalDocumentsFile, in: context).compactMapSized { node in
            guard let m = MappingView(node, shape: CatalogShapes.legalDocument, what: .legalDocumentEntry, in: context)
            else { return nil }
            let id = context.identifier(m["id"], what: .documentID)
            let number = context.text(m["number"], what: .key("number"))
            let kind = context.choice(m["kind"], what: .documentKind, as: LegalDocumentKind.self)
            let title = context.text(m["title"], what: .key("title"))
            let issuer = context.text(m["issuer"], what: .key("issuer"))
            let issued = context.date(m["issued"], what: .key("issued"))
            let effective = context.date(m["effective"], what: .key("effective"))
            let expires = context.date(m["expires"], what: .key("expires"))
            let replaces = context.list(m["replaces"], what: .key("replaces")).compactMapSized {
                context.identifier($0, what: .replacedDocument)
            }
            let provenance = context.choice(m["provenance"], what: .key("provenance"), as: Provenance.self)
            if let issued, let effective, effective.value < issued.value {
                context.report(
                    .invalidValue,
                    LoaderMessage.effectiveBeforeIssued(effective: effective.value, issued: issued.value),
                    at: effective.range)
            }
            if let effective, let expires, expires.value < effective.value {
                context.report(
                    .invalidValue,
                    LoaderMessage.expiresBeforeEffective(expires: expires.value, effective: effective.value),
                    at: expires.range)
            }
            guard let id, let number, let kind, let title, let issuer, let effective else { return nil }
            return LegalDocument(
                id: id.value, number: number.value, kind: kind.value, title: title.value,
                titleEn: context.text(m["title_en"], what: .key("title_en"))?.value, issuer: issuer.value,
                issued: issued?.value, effective: effective.value, expires: expires?.value, replaces: replaces,
                provenance: provenance?.value, range: id.range,
                replacedBy: context.identifier(m["replaced_by"], what: .key("replaced_by")),
                expiresRange: expires?.range)
        }
    }

    static func forms(_ root: YAMLNode, in context: LoadContext) -> [Form] {
        entries(root, shape: CatalogShapes.formsFile, what: .formsFile, in: context).compactMapSized { node in
            guard let m = MappingView(node, shape: CatalogShapes.form, what: .formEntry, in: context),
                let id = context.identifier(m["id"], what: .formID),
                let name = context.text(m["name"], what: .formName)
            else { return nil }
            return Form(
                id: id.value, code: context.text(m["code"], what: .formCode)?.value, name: name.value,
                nameEn: context.text(m["name_en"], what: .key("name_en"))?.value,
                legalBasis: context.identifier(m["legal_basis"], what: .key("legal_basis")), range: id.range)
        }
    }
}
