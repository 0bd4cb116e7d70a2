import Foundation

/// The distinct strings of a dictionary-encoded text column, held as UTF-8 bytes in one arena. Codes index it.
///
/// Immutable once built, so columns share it freely across copies, filters and threads. The sort ranks and the
/// string → code index are built on first use only: a column of a million distinct order numbers never pays
/// for them unless it is sorted or searched.
package final class TextDictionary: @unchecked Sendable {
    /// UTF-8 bytes of every entry, back to back.
    package let bytes: [UInt8]
    /// Entry `i` is `bytes[offsets[i] ..< offsets[i + 1]]`.
    package let offsets: [UInt32]
    private let lock = NSLock()
    private var cachedRanks: [TextCollation: [UInt32]] = [:]
    private var cachedIndex: TextInterner?

    /// A dictionary from strings (duplicates keep their first code).
    package convenience init(_ strings: [String]) {
        var interner = TextInterner()
        for string in strings { _ = interner.intern(string) }
        self.init(interner: interner)
    }

    /// Strings known to be distinct, back to back in `bytes` (entry `i` ends at `offsets[i + 1]`).
    package init(distinctBytes bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Takes over an interner's arena.
    package init(interner: TextInterner) {
        self.bytes = interner.bytes
        self.offsets = interner.offsets
    }

    package var count: Int { offsets.count - 1 }

    package subscript(code: UInt32) -> String {
        let start = Int(offsets[Int(code)]), end = Int(offsets[Int(code) + 1])
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// Every entry as a String, in code order.
    package var strings: [String] {
        (0..<count).map { self[UInt32($0)] }
    }

    /// The code of a string, or nil when the column never holds it.
    package func code(of string: String) -> UInt32? {
        lock.lock()
        defer { lock.unlock() }
        if cachedIndex == nil {
            var index = TextInterner()
            for code in 0..<count { _ = index.intern(self[UInt32(code)]) }
            cachedIndex = index
        }
        return cachedIndex?.lookup(string)
    }

    /// Rank of each code in pinyin order (see `TextCollation`), for sorting by integer comparisons.
    package var ranks: [UInt32] { ranks(.pinyin) }

    /// Rank of each code in `collation`'s order, made on first use and kept.
    package func ranks(_ collation: TextCollation) -> [UInt32] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cachedRanks[collation] { return cached }
        let ranks = collation.ranks(bytes: bytes, offsets: offsets)
        cachedRanks[collation] = ranks
        return ranks
    }
}

/// Builds a dictionary and codes, one string at a time.
package struct TextDictionaryBuilder {
    private var interner = TextInterner()

    package init() {}

    package mutating func code(for string: String) -> UInt32 {
        interner.intern(string)
    }

    /// Interns raw UTF-8 bytes (already validated by the caller).
    package mutating func code(forUTF8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        interner.intern(bytes)
    }

    package var count: Int { interner.count }

    package func build() -> TextDictionary { TextDictionary(interner: interner) }
}

/// An open-addressing hash table of byte strings kept in one arena: no String is made per row, and the table
/// costs 4 bytes a slot plus 4 bytes of hash per entry.
package struct TextInterner {
    package private(set) var bytes: [UInt8] = []
    package private(set) var offsets: [UInt32] = [0]
    private var hashes: [UInt32] = []
    /// code + 1 in each used slot, 0 when empty.
    private var slots: [UInt32] = [UInt32](repeating: 0, count: 64)
    private var mask = 63

    package init() {}

    package var count: Int { offsets.count - 1 }

    @inline(__always)
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt32 {
        // FNV-1a, 32-bit: fast on short keys, the common case here.
        var h: UInt32 = 2_166_136_261
        for byte in buffer { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return h
    }

    package mutating func intern(_ string: String) -> UInt32 {
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    package func lookup(_ string: String) -> UInt32? {
        var copy = string
        return copy.withUTF8 { key in
            let h = Self.hash(key)
            var slot = Int(h) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let code = Int(entry - 1)
                if hashes[code] == h && equals(code, key) { return UInt32(code) }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equals(_ code: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[code]), end = Int(offsets[code + 1])
        guard end - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress, let keyBase = key.baseAddress else { return key.isEmpty }
            return memcmp(base + start, keyBase, key.count) == 0
        }
    }

    /// The code of these bytes, adding them when new.
    package mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(key)
        var slot = Int(h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let code = Int(entry - 1)
            if hashes[code] == h && equals(code, key) { return UInt32(code) }
            slot = (slot + 1) & mask
        }
        let code = UInt32(count)
        bytes.append(contentsOf: key)
        offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        hashes.append(h)
        slots[slot] = code + 1
        if count * 2 > mask { grow() }
        return code
    }

    /// Makes room for `entries` strings of `byteCount` bytes in all at once, so a column of distinct strings
    /// never regrows its table.
    package mutating func reserve(_ entries: Int, byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        offsets.reserveCapacity(entries + 1)
        hashes.reserveCapacity(entries)
        var capacity = mask + 1
        while entries * 2 > capacity - 1 { capacity *= 2 }
        guard capacity > mask + 1 else { return }
        let newMask = capacity - 1
        var table = [UInt32](repeating: 0, count: capacity)
        for code in 0..<count {
            var slot = Int(hashes[code]) & newMask
            while table[slot] != 0 { slot = (slot + 1) & newMask }
            table[slot] = UInt32(code + 1)
        }
        slots = table
        mask = newMask
    }

    /// Forgets the entry added last (its slot is the end of every probe that reached it, as nothing was added
    /// after it, so clearing the slot leaves every other entry findable).
    package mutating func removeLast() {
        guard count > 0 else { return }
        let code = count - 1
        var slot = Int(hashes[code]) & mask
        while slots[slot] != 0 && slots[slot] != UInt32(code + 1) { slot = (slot + 1) & mask }
        slots[slot] = 0
        hashes.removeLast()
        offsets.removeLast()
        bytes.removeLast(bytes.count - Int(offsets[code]))
    }

    private mutating func grow() {
        let capacity = (mask + 1) * 2
        var table = [UInt32](repeating: 0, count: capacity)
        let newMask = capacity - 1
        for code in 0..<count {
            var slot = Int(hashes[code]) & newMask
            while table[slot] != 0 { slot = (slot + 1) & newMask }
            table[slot] = UInt32(code + 1)
        }
        slots = table
        mask = newMask
    }
}
