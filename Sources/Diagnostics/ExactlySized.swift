extension Array {
    /// The same elements in storage of exactly their count. What is kept until a run ends (a
    /// file's nodes and values, which lint holds for its last rule) would otherwise keep the
    /// room an array grown by appending has, up to as much again.
    @inlinable
    public func exactlySized() -> [Element] {
        guard capacity > count else { return self }
        return [Element](unsafeUninitializedCapacity: count) { target, initialized in
            initialized = target.initialize(fromContentsOf: self)
        }
    }
}
