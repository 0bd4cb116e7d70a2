import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// How text is ordered: in Chinese dictionary (pinyin) order, as Excel and WPS sort it, or by code point.
///
/// Pinyin order comes from the platform's collation: the ICU that Foundation itself uses on Linux, with the
/// Chinese (`zh`) tailoring, whose default is pinyin. Text is ordered by ICU *sort keys*, one per distinct
/// string of a column's dictionary, compared as bytes; never by comparing strings pair by pair through a
/// locale, which costs a collation per comparison. Latin letters and digits come before Chinese (the root
/// order of scripts, as a spreadsheet sorts), case is a tertiary difference (a before A before b), and strings
/// the collation finds equal are ordered by code point, so the order is total and distinct strings never tie.
package enum TextCollation: String, Sendable, CaseIterable {
    /// Chinese dictionary order (保, 陈, 大, 东 …): the default for sort, min, max and pivot's columns.
    case pinyin
    /// Unicode code point order (东, 保, 刘, 大 …): `sort x codepoint`.
    case codepoint

    /// The rank of each string of `strings` (UTF-8 entries `bytes[offsets[i] ..< offsets[i + 1]]`) in this
    /// order: a permutation of 0 ..< count, equal only for equal entries (there are none in a dictionary).
    package func ranks(bytes: [UInt8], offsets: [UInt32]) -> [UInt32] {
        let count = offsets.count - 1
        guard count > 0 else { return [] }
        let order: [Int]
        switch self {
        case .codepoint:
            order = SortKeyArena(bytes: bytes, offsets: offsets).sortedIndices(tieBreak: nil)
        case .pinyin:
            order = PinyinCollator.sortedIndices(bytes: bytes, offsets: offsets)
        }
        var ranks = [UInt32](repeating: 0, count: count)
        for (rank, index) in order.enumerated() { ranks[index] = UInt32(rank) }
        return ranks
    }

    /// Whether pinyin order comes from ICU sort keys here (else from Foundation's locale comparison).
    package static var usesSortKeys: Bool {
        #if canImport(_FoundationICU)
        return true
        #else
        return false
        #endif
    }
}

/// Byte strings kept back to back, sorted by comparing bytes (an 8-byte big-endian prefix first, then the
/// rest): code point order for UTF-8, collation order for sort keys.
struct SortKeyArena {
    let bytes: [UInt8]
    let offsets: [UInt32]

    init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// Only `entries` of an arena, in that order.
    init(bytes: [UInt8], offsets: [UInt32], entries: [Int]) {
        var kept: [UInt8] = [], ends: [UInt32] = [0]
        for i in entries {
            kept += bytes[Int(offsets[i])..<Int(offsets[i + 1])]
            ends.append(UInt32(kept.count))
        }
        self.init(bytes: kept, offsets: ends)
    }

    /// memcmp order of entries `a` and `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        bytes.withUnsafeBufferPointer { arena in offsets.withUnsafeBufferPointer { Self.compare(arena, $0, a, b) } }
    }

    /// Entry indices in byte order; entries with equal bytes are ordered by `tieBreak`'s bytes, then by index.
    func sortedIndices(tieBreak: SortKeyArena?) -> [Int] {
        let count = offsets.count - 1
        let prefixes = (0..<count).map(prefix)
        var order = Array(0..<count)
        bytes.withUnsafeBufferPointer { arena in
            offsets.withUnsafeBufferPointer { offsets in
                prefixes.withUnsafeBufferPointer { prefixes in
                    order.sort { a, b in
                        if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                        let order = Self.compare(arena, offsets, a, b)
                        if order != 0 { return order < 0 }
                        if let tieBreak {
                            let tie = tieBreak.bytes.withUnsafeBufferPointer { tb in tieBreak.offsets.withUnsafeBufferPointer { Self.compare(tb, $0, a, b) } }
                            if tie != 0 { return tie < 0 }
                        }
                        return a < b
                    }
                }
            }
        }
        return order
    }

    /// The first 8 bytes of entry `i` as a big-endian integer (zero-padded): the same order as the bytes,
    /// up to ties that `compare` decides.
    private func prefix(_ i: Int) -> UInt64 {
        let start = Int(offsets[i]), end = Int(offsets[i + 1])
        var value: UInt64 = 0
        for k in 0..<8 {
            value <<= 8
            if start + k < end { value |= UInt64(bytes[start + k]) }
        }
        return value
    }

    /// memcmp order of two entries, a shorter one first when it is a prefix of the other.
    private static func compare(_ arena: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Int {
        let a0 = Int(offsets[a]), a1 = Int(offsets[a + 1]), b0 = Int(offsets[b]), b1 = Int(offsets[b + 1])
        let length = min(a1 - a0, b1 - b0)
        if length > 0, let base = arena.baseAddress {
            let order = memcmp(base + a0, base + b0, length)
            if order != 0 { return Int(order) }
        }
        return (a1 - a0) - (b1 - b0)
    }
}

/// Pinyin order of UTF-8 strings through ICU's Chinese collation.
package enum PinyinCollator {
    /// Indices of the entries in pinyin order, ties by code point. `shortcut`: strings of Chinese characters,
    /// Latin letters and digits only are ordered by their characters' weights (see `CharacterWeights`), which
    /// gives the same order as their whole sort keys; false makes every key whole (for the tests to compare).
    package static func sortedIndices(bytes: [UInt8], offsets: [UInt32], shortcut: Bool = true) -> [Int] {
        #if canImport(_FoundationICU)
        if shortcut, let order = CharacterWeights.sortedIndices(bytes: bytes, offsets: offsets) { return order }
        if let keys = sortKeys(bytes: bytes, offsets: offsets) {
            return keys.sortedIndices(tieBreak: SortKeyArena(bytes: bytes, offsets: offsets))
        }
        #endif
        // Without ICU's sort keys (another platform): Foundation's comparison in the Chinese locale, once per
        // pair of distinct strings, ties by code point.
        let strings = (0..<(offsets.count - 1)).map { i in
            String(decoding: bytes[Int(offsets[i])..<Int(offsets[i + 1])], as: UTF8.self)
        }
        let locale = Locale(identifier: "zh")
        return strings.indices.sorted { a, b in
            switch strings[a].compare(strings[b], options: [], range: nil, locale: locale) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return strings[a].utf8.lexicographicallyPrecedes(strings[b].utf8) || (strings[a] == strings[b] && a < b)
            }
        }
    }

    #if canImport(_FoundationICU)
    /// Entries this many and more have their keys made on every core (each with its own collator).
    static let parallelThreshold = 20_000

    /// The ICU sort key of every entry (`range`, else all), back to back; nil when the collation cannot be opened.
    static func sortKeys(bytes: [UInt8], offsets: [UInt32], entries: [Int]? = nil) -> SortKeyArena? {
        let chosen = entries ?? Array(0..<(offsets.count - 1))
        let count = chosen.count
        let pieces = count >= parallelThreshold ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let bounds = (0...pieces).map { count * $0 / pieces }
        let parts = try? Parallel.map(pieces) { piece -> (bytes: [UInt8], lengths: [UInt32])? in
            guard let collator = Collator(strength: .tertiary) else { return nil }
            return collator.keys(bytes: bytes, offsets: offsets, entries: chosen[bounds[piece]..<bounds[piece + 1]])
        }
        guard let parts, parts.allSatisfy({ $0 != nil }) else { return nil }
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(parts.reduce(0) { $0 + ($1?.bytes.count ?? 0) })
        var keyOffsets: [UInt32] = [0]
        keyOffsets.reserveCapacity(count + 1)
        for case let part? in parts {
            var end = UInt32(truncatingIfNeeded: keyBytes.count)
            keyBytes += part.bytes
            for length in part.lengths {
                end &+= length
                keyOffsets.append(end)
            }
        }
        // Offsets are 32-bit, as a dictionary's own are: keys of more than 4 GiB cannot be held.
        guard keyBytes.count < Int(UInt32.max) else { return nil }
        return SortKeyArena(bytes: keyBytes, offsets: keyOffsets)
    }

    /// One ICU collator (not shared between threads): Chinese, pinyin, scripts in the root order.
    final class Collator {
        enum Strength { case primary, tertiary }
        private let collator: OpaquePointer

        init?(strength: Strength) {
            var status = U_ZERO_ERROR
            guard let opened = swift_ucol_open("zh", &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            // The zh tailoring puts Han before every other script; a spreadsheet sorts digits and Latin first.
            var codes: [Int32] = [Int32(UCOL_REORDER_CODE_NONE.rawValue)]
            swift_ucol_setReorderCodes(opened, &codes, 1, &status)
            if strength == .primary { swift_ucol_setStrength(opened, UCOL_PRIMARY) }
            collator = opened
        }

        deinit {
            swift_ucol_close(collator)
        }

        /// The keys of `entries`, back to back, with each key's length (without ICU's trailing 0).
        func keys(bytes: [UInt8], offsets: [UInt32], entries: ArraySlice<Int>) -> (bytes: [UInt8], lengths: [UInt32]) {
            var output: [UInt8] = []
            output.reserveCapacity(entries.count * 16)
            var lengths: [UInt32] = []
            lengths.reserveCapacity(entries.count)
            var utf16: [UInt16] = []
            var buffer = [UInt8](repeating: 0, count: 256)
            bytes.withUnsafeBufferPointer { arena in
                for i in entries {
                    UTF16Decoding.decode(arena, from: Int(offsets[i]), to: Int(offsets[i + 1]), into: &utf16)
                    let kept = key(utf16, into: &buffer)
                    output.append(contentsOf: buffer[0..<kept])
                    lengths.append(UInt32(kept))
                }
            }
            return (output, lengths)
        }

        /// The key of one text, in `buffer` (grown when short); its length without ICU's trailing 0, so that
        /// a key that is a prefix of another still sorts first.
        func key(_ utf16: [UInt16], into buffer: inout [UInt8]) -> Int {
            var length = rawKey(utf16, into: &buffer)
            if length > buffer.count {
                buffer = [UInt8](repeating: 0, count: length)
                length = rawKey(utf16, into: &buffer)
            }
            return max(0, min(length, buffer.count) - 1)
        }

        private func rawKey(_ utf16: [UInt16], into buffer: inout [UInt8]) -> Int {
            let capacity = Int32(clamping: buffer.count)
            return Int(utf16.withUnsafeBufferPointer { text in
                buffer.withUnsafeMutableBufferPointer { out in
                    swift_ucol_getSortKey(collator, text.baseAddress, Int32(clamping: text.count), out.baseAddress, capacity)
                }
            })
        }
    }
    #endif
}

#if canImport(_FoundationICU)
/// The shortcut for the texts a ledger is mostly made of: Chinese characters (U+4E00–U+9FFF), printable
/// ASCII, CJK punctuation (U+3000–U+303F but the combining tone marks U+302A–U+302F, which weigh nothing)
/// and full-width forms (U+FF01–U+FF5E). Each of these
/// is one collation element with one primary weight (no contraction or expansion in the Chinese tailoring; a
/// full-width form differs from its ASCII one at the tertiary level only), so two such strings compare at the
/// primary level as the sequences of their characters' primary weights do (a test holds the shortcut to the
/// order of whole keys on random strings of every allowed character). Each distinct character's weight is ICU's own sort key for it (primary
/// strength), ranked once; the strings are then ordered by their rank sequences, and strings whose sequences
/// are equal (保安 and 保安, ABC and abc) by their whole ICU sort keys, then code points, exactly as the full
/// path orders them. Making a key per character instead of per string is what keeps a million distinct strings
/// close to the cost of a code-point sort.
package enum CharacterWeights {
    /// Characters beyond this are never in the shortcut (every one allowed lies below).
    static let limit = 0x10000

    package static func allowed(_ scalar: UInt32) -> Bool {
        // Not the middle dot U+00B7: the root collation's contraction l· (as in ŀ) weighs it with the letter
        // before it, so a string's order is then not its characters' order one by one.
        (0x4E00...0x9FFF).contains(scalar) || (0x20...0x7E).contains(scalar)
            || (0x3000...0x3029).contains(scalar) || (0x3030...0x303F).contains(scalar) || (0xFF01...0xFF5E).contains(scalar)
    }

    /// The entries in pinyin order, or nil when one holds a character outside the shortcut.
    static func sortedIndices(bytes: [UInt8], offsets: [UInt32]) -> [Int]? {
        let count = offsets.count - 1
        // Each entry's characters, and which characters occur.
        var characters: [UInt16] = []
        characters.reserveCapacity(bytes.count / 2)
        var starts: [UInt32] = [0]
        starts.reserveCapacity(count + 1)
        var seen = [Bool](repeating: false, count: limit)
        let simple = bytes.withUnsafeBufferPointer { arena -> Bool in
            for i in 0..<count {
                var at = Int(offsets[i])
                let end = Int(offsets[i + 1])
                while at < end {
                    let lead = UInt32(arena[at])
                    let scalar: UInt32
                    if lead < 0x80 {
                        scalar = lead
                        at += 1
                    } else if lead & 0xE0 == 0xC0, at + 1 < end {
                        scalar = (lead & 0x1F) << 6 | UInt32(arena[at + 1] & 0x3F)
                        at += 2
                    } else if lead & 0xF0 == 0xE0, at + 2 < end {
                        scalar = (lead & 0x0F) << 12 | UInt32(arena[at + 1] & 0x3F) << 6 | UInt32(arena[at + 2] & 0x3F)
                        at += 3
                    } else {
                        return false
                    }
                    guard allowed(scalar) else { return false }
                    seen[Int(scalar)] = true
                    characters.append(UInt16(scalar))
                }
                starts.append(UInt32(characters.count))
            }
            return true
        }
        guard simple, let collator = PinyinCollator.Collator(strength: .primary) else { return nil }

        // Each character's primary weight, ranked: equal weights (a and A) share a rank, from 1.
        let present = (0..<limit).filter { seen[$0] }
        var keyBytes: [UInt8] = [], keyOffsets: [UInt32] = [0]
        var buffer = [UInt8](repeating: 0, count: 32)
        for scalar in present {
            let length = collator.key([UInt16(scalar)], into: &buffer)
            keyBytes += buffer[0..<length]
            keyOffsets.append(UInt32(keyBytes.count))
        }
        let weights = SortKeyArena(bytes: keyBytes, offsets: keyOffsets)
        let byWeight = weights.sortedIndices(tieBreak: nil)
        var rank = [UInt16](repeating: 0, count: limit)
        var current: UInt16 = 0
        for (position, index) in byWeight.enumerated() {
            if position == 0 || weights.compare(byWeight[position - 1], index) != 0 { current += 1 }
            rank[present[index]] = current
        }
        // Each entry's ranks as bytes (one a character when fewer than 256 are distinct, else two, big-endian):
        // byte order is then the order of the rank sequences, and short ranks put more characters in the prefix.
        let width = current < 256 ? 1 : 2
        var rankBytes = [UInt8](repeating: 0, count: characters.count * width)
        for (i, character) in characters.enumerated() {
            let r = rank[Int(character)]
            if width == 1 {
                rankBytes[i] = UInt8(truncatingIfNeeded: r)
            } else {
                rankBytes[2 * i] = UInt8(truncatingIfNeeded: r >> 8)
                rankBytes[2 * i + 1] = UInt8(truncatingIfNeeded: r)
            }
        }
        let sequences = SortKeyArena(bytes: rankBytes, offsets: starts.map { $0 * UInt32(width) })
        var order = sequences.sortedIndices(tieBreak: nil)

        // Runs of equal sequences are ordered by their whole keys, then code points, as the full path does.
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && sequences.compare(order[end], order[start]) == 0 { end += 1 }
            if end - start > 1 {
                let members = Array(order[start..<end])
                guard let keys = PinyinCollator.sortKeys(bytes: bytes, offsets: offsets, entries: members) else { return nil }
                let within = keys.sortedIndices(tieBreak: SortKeyArena(bytes: bytes, offsets: offsets, entries: members))
                for (k, index) in within.enumerated() { order[start + k] = members[index] }
            }
            start = end
        }
        return order
    }
}

/// UTF-8 as UTF-16 for ICU, by hand: the standard library's transcoder costs more than the collation here.
enum UTF16Decoding {
    /// The text `bytes[start ..< end]` (valid UTF-8: a dictionary's entries are) as UTF-16 code units.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into utf16: inout [UInt16]) {
        utf16.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            let lead = UInt32(bytes[i])
            var scalar: UInt32
            if lead < 0x80 {
                scalar = lead
                i += 1
            } else if lead < 0xE0, i + 1 < end {
                scalar = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if lead < 0xF0, i + 2 < end {
                scalar = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else if i + 3 < end {
                scalar = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            } else {
                scalar = 0xFFFD
                i = end
            }
            if scalar < 0x10000 {
                utf16.append(UInt16(truncatingIfNeeded: scalar))
            } else {
                scalar -= 0x10000
                utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (scalar >> 10)))
                utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (scalar & 0x3FF)))
            }
        }
    }
}
#endif
