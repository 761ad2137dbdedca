extension Dictionary {
    /// The value kept for `key`, made by `make` and kept the first time: how a rule reads each of
    /// a catalog's recurring texts once. One lookup when the value is kept.
    mutating func memoized(_ key: Key, _ make: () -> Value) -> Value {
        if let known = self[key] { return known }
        let value = make()
        self[key] = value
        return value
    }
}
