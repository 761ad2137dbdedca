/// Case id → position in a book, looked up on every request.
///
/// `Dictionary<String, Int>` spent about 400 instructions a lookup here: SipHash over the id, and
/// on each probe a comparison of two strings that are not the same object (Swift's slow path for
/// strings that differ). This table keeps each slot's hash beside it (FNV-1a of the id's bytes, a
/// few instructions a byte), probes linearly, and compares ids only when the hashes agree.
/// Removal shifts the following entries back, so there are no tombstones.
struct CaseIndex {
    private struct Slot {
        var hash: UInt64
        var position: Int
    }

    /// Parallel arrays; `position < 0` marks an empty slot. The capacity is a power of two, at
    /// most half full.
    private var slots: [Slot] = []
    private var ids: [String] = []
    private(set) var count = 0

    subscript(id: String) -> Int? {
        get {
            guard !slots.isEmpty else { return nil }
            let hash = Self.hash(id)
            var i = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[i].position >= 0 {
                if slots[i].hash == hash, ids[i] == id { return slots[i].position }
                i = (i + 1) & (slots.count - 1)
            }
            return nil
        }
        set {
            if let newValue { _ = updateValue(newValue, forKey: id) } else { _ = removeValue(forKey: id) }
        }
    }

    /// Sets the position of `id`; returns the one it had.
    @discardableResult
    mutating func updateValue(_ position: Int, forKey id: String) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(id)
        var i = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[i].position >= 0 {
            if slots[i].hash == hash, ids[i] == id {
                let old = slots[i].position
                slots[i].position = position
                return old
            }
            i = (i + 1) & (slots.count - 1)
        }
        slots[i] = Slot(hash: hash, position: position)
        ids[i] = id
        count += 1
        return nil
    }

    @discardableResult
    mutating func removeValue(forKey id: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        let hash = Self.hash(id)
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].position >= 0 {
            if slots[i].hash == hash, ids[i] == id { break }
            i = (i + 1) & mask
        }
        guard slots[i].position >= 0 else { return nil }
        let removed = slots[i].position
        // Backward shift: move each following entry of the run into the hole when the hole lies
        // between the entry's home slot and where it sits.
        var hole = i
        var j = i
        while true {
            j = (j + 1) & mask
            guard slots[j].position >= 0 else { break }
            let home = Int(truncatingIfNeeded: slots[j].hash) & mask
            let between = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j)
            if between { continue }
            slots[hole] = slots[j]
            ids[hole] = ids[j]
            hole = j
        }
        slots[hole].position = -1
        ids[hole] = ""
        count -= 1
        return removed
    }

    /// Every id, in no particular order.
    var keys: [String] {
        slots.indices.compactMap { slots[$0].position >= 0 ? ids[$0] : nil }
    }

    private mutating func grow() {
        let old = (slots, ids)
        let capacity = max(16, slots.count * 2)
        slots = Array(repeating: Slot(hash: 0, position: -1), count: capacity)
        ids = Array(repeating: "", count: capacity)
        count = 0
        for i in old.0.indices where old.0[i].position >= 0 {
            var j = Int(truncatingIfNeeded: old.0[i].hash) & (capacity - 1)
            while slots[j].position >= 0 { j = (j + 1) & (capacity - 1) }
            slots[j] = old.0[i]
            ids[j] = old.1[i]
            count += 1
        }
    }

    /// FNV-1a over the id's UTF-8 bytes, then mixed (murmur3's finaliser) so that the low bits,
    /// which pick the slot, depend on every byte: ids differ mostly in their last digits.
    static func hash(_ id: String) -> UInt64 {
        // Over the bytes in place: iterating `utf8` goes through the string's storage checks byte by byte.
        var h: UInt64 = id.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(Array(id.utf8))
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }

    private static func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }
}
