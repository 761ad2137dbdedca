extension Collection {
    /// `compactMap` into storage of the collection's count. A decoded list (a procedure's
    /// dossier, channels, legal basis) is then held without the room an array built by appending
    /// keeps to grow (up to as much again), and is not copied while it grows; every procedure
    /// of a catalog holds several.
    func compactMapSized<T>(_ transform: (Element) throws -> T?) rethrows -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for element in self {
            if let value = try transform(element) { result.append(value) }
        }
        return result
    }
}
