/// What a file in a catalog directory holds, decided by where it sits.
public enum CatalogFileKind: Sendable, Equatable {
    case manifest, fields, units, communes, legal, forms
    case template(id: String)
    case calendar, procedure

    /// `relativePath` uses `/` and is relative to the catalog root. Nil for files tthc ignores.
    /// Empty components (`a//b`, a leading `/`) do not count. Called for every file of a walk and
    /// every diagnostic a scoped run filters, so it looks at the path's bytes once and makes no
    /// String but a template's id.
    public static func classify(_ relativePath: String) -> CatalogFileKind? {
        let bytes = relativePath.utf8
        var components = 0
        var first: Substring.UTF8View?
        var last: Substring.UTF8View?
        var start = bytes.startIndex
        var index = start
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == UInt8(ascii: "/") {
                if start != index {
                    components += 1
                    let component = relativePath[start..<index].utf8
                    if first == nil { first = component }
                    last = component
                }
                if atEnd { break }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        guard let first, let last, let stem = stem(ofName: last) else { return nil }
        func folder(_ name: String) -> Bool { first.elementsEqual(name.utf8) }
        func stemIs(_ name: String) -> Bool { stem.elementsEqual(name.utf8) }
        switch components {
        case 1 where stemIs("catalog"): return .manifest
        case 1 where stemIs("fields"): return .fields
        case 2 where folder("units"): return stemIs("communes") ? .communes : .units
        case 2 where folder("legal"): return .legal
        case 2 where folder("forms"): return .forms
        case 2 where folder("templates"): return .template(id: String(Substring(stem)))
        case 2 where folder("calendar"): return .calendar
        case 2... where folder("procedures"): return .procedure
        default: return nil
        }
    }

    /// The file name of `relativePath` (its last component that is not empty) without its
    /// `.yaml` or `.yml` ending; nil when it has neither: a procedure's code, a template's id.
    public static func stem(of relativePath: String) -> String? {
        let bytes = relativePath.utf8
        guard let end = bytes.lastIndex(where: { $0 != UInt8(ascii: "/") }) else { return nil }
        let name = relativePath[..<bytes.index(after: end)]
        let start = name.utf8.lastIndex(of: UInt8(ascii: "/")).map { name.utf8.index(after: $0) } ?? name.startIndex
        return stem(ofName: name[start...].utf8).map { String(Substring($0)) }
    }

    private static func stem(ofName name: Substring.UTF8View) -> Substring.UTF8View? {
        if name.suffix(5).elementsEqual(".yaml".utf8) { return name.dropLast(5) }
        if name.suffix(4).elementsEqual(".yml".utf8) { return name.dropLast(4) }
        return nil
    }
}
