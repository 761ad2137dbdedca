/// The unescaped text of a file's scalars, one after another, while the file is read: libyaml
/// hands over each scalar's bytes once, and an append here is a bounds test and a copy, where
/// `Array.append(contentsOf:)` cost three times that for the many short scalars of a catalog.
/// The document keeps an array of it (`array`), made once the file is read.
final class ScalarText {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func append(_ bytes: UnsafePointer<UInt8>, count added: Int) {
        if count + added > capacity {
            // Escapes may unfold a scalar past its written length (`\L` is three bytes).
            let grown = max(capacity * 2, count + added)
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.initialize(from: base, count: count)
            base.deallocate()
            base = moved
            capacity = grown
        }
        (base + count).initialize(from: bytes, count: added)
        count += added
    }

    /// The bytes so far, in place.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    var array: [UInt8] { Array(bytes) }
}
