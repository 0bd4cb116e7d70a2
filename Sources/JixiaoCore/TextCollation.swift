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
enum PinyinCollator {
    /// Indices of the entries in pinyin order, ties by code point.
    static func sortedIndices(bytes: [UInt8], offsets: [UInt32]) -> [Int] {
        let codepoints = SortKeyArena(bytes: bytes, offsets: offsets)
        #if canImport(_FoundationICU)
        if let keys = sortKeys(bytes: bytes, offsets: offsets) {
            return keys.sortedIndices(tieBreak: codepoints)
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

    /// The ICU sort key of every entry, back to back; nil when the collation cannot be opened.
    static func sortKeys(bytes: [UInt8], offsets: [UInt32]) -> SortKeyArena? {
        let count = offsets.count - 1
        let pieces = count >= parallelThreshold ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let bounds = (0...pieces).map { count * $0 / pieces }
        let parts = try? Parallel.map(pieces) { piece -> (bytes: [UInt8], lengths: [UInt32])? in
            guard let collator = Collator() else { return nil }
            return collator.keys(bytes: bytes, offsets: offsets, range: bounds[piece]..<bounds[piece + 1])
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
        private let collator: OpaquePointer

        init?() {
            var status = U_ZERO_ERROR
            guard let opened = swift_ucol_open("zh", &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            // The zh tailoring puts Han before every other script; a spreadsheet sorts digits and Latin first.
            var codes: [Int32] = [Int32(UCOL_REORDER_CODE_NONE.rawValue)]
            swift_ucol_setReorderCodes(opened, &codes, 1, &status)
            collator = opened
        }

        deinit {
            swift_ucol_close(collator)
        }

        /// The keys of entries `range`, back to back, with each key's length (without ICU's trailing 0).
        func keys(bytes: [UInt8], offsets: [UInt32], range: Range<Int>) -> (bytes: [UInt8], lengths: [UInt32]) {
            var output: [UInt8] = []
            output.reserveCapacity(range.count * 16)
            var lengths: [UInt32] = []
            lengths.reserveCapacity(range.count)
            var utf16: [UInt16] = []
            var buffer = [UInt8](repeating: 0, count: 256)
            for i in range {
                utf16.removeAll(keepingCapacity: true)
                let entry = bytes[Int(offsets[i])..<Int(offsets[i + 1])]
                _ = transcode(entry.makeIterator(), from: UTF8.self, to: UTF16.self, stoppingOnError: false) { utf16.append($0) }
                var length = key(utf16, into: &buffer)
                if length > buffer.count {
                    buffer = [UInt8](repeating: 0, count: length)
                    length = key(utf16, into: &buffer)
                }
                // ICU ends a key with a 0 byte; without it, a key that is a prefix of another still sorts first.
                let kept = max(0, min(length, buffer.count) - 1)
                output.append(contentsOf: buffer[0..<kept])
                lengths.append(UInt32(kept))
            }
            return (output, lengths)
        }

        private func key(_ utf16: [UInt16], into buffer: inout [UInt8]) -> Int {
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
