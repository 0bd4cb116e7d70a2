import Foundation

/// One column of a streamed CSV load: typed storage filled block after block, which changes plan in place when
/// the data go beyond what the sample showed.
///
/// A typed plan takes only values in their canonical spelling (`-12.50` at scale 2, `2022-06-08`, `true`), so
/// the text of every value taken can be written back exactly. The first value that is anything else (a value of
/// another type, a spreadsheet number, `12.5` at scale 2, a 合计 label) turns the column into raw text: the
/// values so far are written back as text, the rest are kept as read, and the careful decoder (`ColumnDecoder`)
/// decides the column's type once the file is read. The file is never read again, and the column is the one the
/// careful path gives.
final class StreamColumn: @unchecked Sendable {
    typealias Plan = StreamColumnStorage.Plan

    /// Swapped out while a block is parsed, so that the loop mutates a local value, free of the runtime's
    /// exclusivity checks on a class's stored properties.
    private var storage: StreamColumnStorage

    init(plan: Plan, expectedCount: Int, distinctHint: Int = 0, distinctBytes: Int = 0) {
        storage = StreamColumnStorage(plan: plan, expectedCount: expectedCount, distinctHint: distinctHint, distinctBytes: distinctBytes)
    }

    var plan: Plan { storage.plan }
    var count: Int { storage.count }

    /// Appends column `column` of every record of `cells` but the empty ones, from `bytes`; false once a cell
    /// was not valid UTF-8 or held a NUL.
    func append(_ cells: BlockCells, column: Int, bytes: [UInt8]) -> Bool {
        var local = storage
        storage = StreamColumnStorage(plan: .raw, expectedCount: 0)
        local.append(cells, column: column, bytes: bytes)
        storage = local
        return local.clean
    }

    /// Drops the last value (a 合计 row the careful path leaves out), and its dictionary entry when it brought one.
    func removeLast() { storage.removeLast() }

    /// The finished column; a raw column is decoded as the careful path decodes it.
    func finish(header: String, file: String?) throws -> DecodedColumn {
        let local = storage
        storage = StreamColumnStorage(plan: .raw, expectedCount: 0)
        return try local.finish(header: header, file: file)
    }
}

/// The typed values of a `StreamColumn`.
struct StreamColumnStorage {
    enum Plan: Equatable {
        case integer
        case decimal(scale: Int)
        case date
        case boolean
        case text
        /// Text as read, decoded carefully at the end.
        case raw
    }

    private(set) var plan: Plan
    private(set) var count = 0
    /// Every cell taken was valid UTF-8 without NUL. Typed values are ASCII by their spelling, so only text is
    /// checked (a dictionary's string once, when it is new): together the cells are every byte of the data
    /// but delimiters, quotes and line breaks, so no separate pass over the bytes is needed.
    private(set) var clean = true
    private var numbers: [Int64] = []
    private var dates: [Int32] = []
    private var flags: [UInt8] = []
    private var codes: [UInt32] = []
    private var interner = TextInterner()
    /// While every string of a text column is greater (in byte order) than the one before, as order numbers
    /// written in order are, each is new: they go to this arena without hashing, and no hash table is held.
    /// The first string out of order moves them into `interner` (with the same codes) for good.
    private var sortedRun = true
    private var runBytes: [UInt8] = []
    private var runOffsets: [UInt32] = [0]
    private var distinctHint = 0
    private var distinctBytes = 0
    /// Raw cells: cell `i` is `rawBytes[rawEnds[i - 1] ..< rawEnds[i]]` (from 0 for the first); empty is null.
    private var rawBytes: [UInt8] = []
    private var rawEnds: [UInt32] = []

    /// `distinctHint`: how many distinct strings a text column is expected to hold, in `distinctBytes` bytes (its
    /// table is sized once).
    init(plan: Plan, expectedCount: Int, distinctHint: Int = 0, distinctBytes: Int = 0) {
        self.plan = plan
        switch plan {
        case .integer, .decimal: numbers.reserveCapacity(expectedCount)
        case .date: dates.reserveCapacity(expectedCount)
        case .boolean: flags.reserveCapacity(expectedCount)
        case .text:
            codes.reserveCapacity(expectedCount)
            self.distinctHint = distinctHint
            self.distinctBytes = distinctBytes
            if distinctHint > 0 {
                runBytes.reserveCapacity(distinctBytes)
                runOffsets.reserveCapacity(distinctHint + 1)
            }
        case .raw: rawEnds.reserveCapacity(expectedCount)
        }
    }

    // MARK: - Filling

    /// Appends column `column` of every record of `cells` but the empty ones, from `bytes`.
    mutating func append(_ cells: BlockCells, column: Int, bytes: [UInt8]) {
        let columns = cells.columns
        let empty = cells.emptyRecords
        var nextEmpty = 0
        let starts = cells.starts, ends = cells.ends
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for row in 0..<cells.records {
                if nextEmpty < empty.count && empty[nextEmpty] == row { nextEmpty += 1; continue }
                let index = row * columns + column
                let end = ends[index]
                let start = Int(starts[index])
                let stop = Int(end & ~CSVScanner.escapedFlag)
                append(UnsafeBufferPointer(start: base + start, count: stop - start), escaped: end & CSVScanner.escapedFlag != 0)
            }
        }
    }

    /// One cell's bytes (without the quotes around it; `escaped` when it holds doubled quotes).
    @inline(__always)
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        count += 1
        if cell.isEmpty {
            switch plan {
            case .integer, .decimal: numbers.append(NullMarker.integer)
            case .date: dates.append(NullMarker.date)
            case .boolean: flags.append(NullMarker.boolean)
            case .text: codes.append(NullMarker.text)
            case .raw: rawEnds.append(UInt32(truncatingIfNeeded: rawBytes.count))
            }
            return
        }
        switch plan {
        case .integer:
            if !escaped, let value = Self.canonicalNumber(cell, scale: 0) { numbers.append(value); return }
        case .decimal(let scale):
            if !escaped, let value = Self.canonicalNumber(cell, scale: scale) { numbers.append(value); return }
        case .date:
            if !escaped, let value = Self.canonicalDate(cell) { dates.append(value); return }
        case .boolean:
            if !escaped, let value = Self.canonicalBoolean(cell) { flags.append(value); return }
        case .text:
            if sortedRun {
                if !escaped && isAfterRun(cell) {
                    if !Self.isCleanText(cell) { clean = false }
                    codes.append(UInt32(runOffsets.count - 1))
                    runBytes.append(contentsOf: cell)
                    runOffsets.append(UInt32(truncatingIfNeeded: runBytes.count))
                    return
                }
                endSortedRun()
            }
            if escaped {
                if !Self.isCleanText(cell) { clean = false }
                codes.append(interner.intern(ColumnDecoder.collapsingDoubledQuotes(String(decoding: cell, as: UTF8.self))))
            } else {
                // Only a string the dictionary did not hold yet needs checking.
                let known = interner.count
                let code = interner.intern(cell)
                if interner.count > known && !Self.isCleanText(cell) { clean = false }
                codes.append(code)
            }
            return
        case .raw:
            appendRaw(cell, escaped: escaped)
            return
        }
        // A value the plan does not take as it is: the column keeps its text from here on.
        count -= 1
        becomeRaw()
        count += 1
        appendRaw(cell, escaped: escaped)
    }

    /// Whether `cell` sorts after the last string of the run (so differs from every string before).
    @inline(__always)
    private func isAfterRun(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = runOffsets.count - 1
        guard count > 0 else { return true }
        let start = Int(runOffsets[count - 1]), end = Int(runOffsets[count])
        return runBytes.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress, let key = cell.baseAddress else { return true }
            let length = end - start
            let order = memcmp(key, base + start, min(length, cell.count))
            return order > 0 || (order == 0 && cell.count > length)
        }
    }

    /// Moves the run's strings into the hash table, keeping their codes.
    private mutating func endSortedRun() {
        guard sortedRun else { return }
        sortedRun = false
        if distinctHint > 0 { interner.reserve(distinctHint, byteCount: distinctBytes) }
        let offsets = runOffsets
        runBytes.withUnsafeBufferPointer { arena in
            for code in 0..<(offsets.count - 1) {
                _ = interner.intern(UnsafeBufferPointer(rebasing: arena[Int(offsets[code])..<Int(offsets[code + 1])]))
            }
        }
        runBytes = []
        runOffsets = [0]
    }

    private mutating func appendRaw(_ cell: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        if !Self.isCleanText(cell) { clean = false }
        if escaped {
            var text = ColumnDecoder.collapsingDoubledQuotes(String(decoding: cell, as: UTF8.self))
            text.withUTF8 { rawBytes.append(contentsOf: $0) }
        } else {
            rawBytes.append(contentsOf: cell)
        }
        rawEnds.append(UInt32(truncatingIfNeeded: rawBytes.count))
    }

    /// Writes the values so far back as their text and keeps text from now on.
    private mutating func becomeRaw() {
        guard plan != .raw else { return }
        if case .text = plan { endSortedRun() }
        var ends: [UInt32] = []
        ends.reserveCapacity(max(count, numbers.capacity, dates.capacity, flags.capacity, codes.capacity))
        var bytes: [UInt8] = []
        func close() { ends.append(UInt32(truncatingIfNeeded: bytes.count)) }
        switch plan {
        case .integer, .decimal:
            var scale = 0
            if case .decimal(let s) = plan { scale = s }
            for value in numbers {
                if value != NullMarker.integer { Self.write(value, scale: scale, into: &bytes) }
                close()
            }
        case .date:
            for value in dates {
                if value != NullMarker.date { bytes.append(contentsOf: Array(CivilDate.format(value).utf8)) }
                close()
            }
        case .boolean:
            for value in flags {
                if value != NullMarker.boolean { bytes.append(contentsOf: Array((value == 1 ? "true" : "false").utf8)) }
                close()
            }
        case .text:
            let offsets = interner.offsets
            interner.bytes.withUnsafeBufferPointer { arena in
                for code in codes {
                    if code != NullMarker.text {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: arena[Int(offsets[Int(code)])..<Int(offsets[Int(code) + 1])]))
                    }
                    close()
                }
            }
        case .raw:
            return
        }
        numbers = []
        dates = []
        flags = []
        codes = []
        interner = TextInterner()
        rawBytes = bytes
        rawEnds = ends
        plan = .raw
    }

    mutating func removeLast() {
        guard count > 0 else { return }
        count -= 1
        switch plan {
        case .integer, .decimal: numbers.removeLast()
        case .date: dates.removeLast()
        case .boolean: flags.removeLast()
        case .text:
            let code = codes.removeLast()
            if sortedRun {
                if code != NullMarker.text && Int(code) == runOffsets.count - 2 {
                    runOffsets.removeLast()
                    runBytes.removeLast(runBytes.count - Int(runOffsets[runOffsets.count - 1]))
                }
            } else if code != NullMarker.text && Int(code) == interner.count - 1 {
                interner.removeLast()
            }
        case .raw:
            rawEnds.removeLast()
            rawBytes.removeLast(rawBytes.count - Int(rawEnds.last ?? 0))
        }
    }

    // MARK: - The column

    func finish(header: String, file: String?) throws -> DecodedColumn {
        func plain(_ column: Column) -> DecodedColumn { DecodedColumn(column: column, unit: .none, mixedUnits: false) }
        switch plan {
        case .integer: return plain(Column(.integer(numbers)))
        case .decimal(let scale): return plain(Column(.decimal(numbers, scale: scale)))
        case .date: return plain(Column(.date(dates)))
        case .boolean: return plain(Column(.boolean(flags)))
        case .text:
            if sortedRun { return plain(Column(.text(codes, TextDictionary(distinctBytes: runBytes, offsets: runOffsets)))) }
            return plain(Column(.text(codes, TextDictionary(interner: interner))))
        case .raw:
            var cells = CSVScanner.Cells()
            cells.columns = 1
            cells.ends = rawEnds
            cells.starts = [0] + rawEnds.dropLast()
            // Lines only place errors, and a column decoded without a type raises none on valid UTF-8.
            cells.lines = [Int32](repeating: 0, count: rawEnds.count)
            return try ColumnDecoder(bytes: rawBytes, cells: cells, file: file, header: header, validatedUTF8: true)
                .decodeDetailed(column: 0)
        }
    }

    // MARK: - Canonical spellings

    /// `-?(0|[1-9][0-9]*)` followed, when `scale` > 0, by `.` and exactly `scale` digits, as units of
    /// 10^-scale; nil for anything else (a plus sign, `-0`, leading zeros, another number of decimals, more than
    /// 18 digits).
    @inline(__always)
    static func canonicalNumber(_ cell: UnsafeBufferPointer<UInt8>, scale: Int) -> Int64? {
        var i = 0
        let n = cell.count
        let negative = cell[0] == 45
        if negative { i = 1 }
        guard i < n else { return nil }
        var units: Int64 = 0
        var digits = 0
        if cell[i] == 48 {
            i += 1
            if i < n && cell[i] != 46 { return nil }
        } else {
            while i < n {
                let d = cell[i] &- 48
                if d > 9 { break }
                units = units &* 10 &+ Int64(d)
                digits += 1
                i += 1
            }
            if digits == 0 { return nil }
        }
        if scale > 0 {
            guard i < n, cell[i] == 46, n - i - 1 == scale else { return nil }
            i += 1
            while i < n {
                let d = cell[i] &- 48
                if d > 9 { return nil }
                units = units &* 10 &+ Int64(d)
                digits += 1
                i += 1
            }
        } else if i != n {
            return nil
        }
        guard digits <= 18 else { return nil }
        if negative {
            if units == 0 { return nil }
            return -units
        }
        return units
    }

    /// Writes units of 10^-scale as the canonical spelling `canonicalNumber` reads.
    static func write(_ value: Int64, scale: Int, into bytes: inout [UInt8]) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(45) }
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(magnitude % 10) + 48)
            magnitude /= 10
        } while magnitude > 0
        while digits.count <= scale { digits.append(48) }
        for (index, digit) in digits.reversed().enumerated() {
            if index == digits.count - scale { bytes.append(46) }
            bytes.append(digit)
        }
    }

    /// `YYYY-MM-DD` of a real day (as `CivilDate.format` writes it); nil for any other spelling.
    @inline(__always)
    static func canonicalDate(_ cell: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard cell.count == 10, cell[4] == 45, cell[7] == 45 else { return nil }
        func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for k in from..<to {
                let d = cell[k] &- 48
                if d > 9 { return nil }
                value = value * 10 + Int(d)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10) else { return nil }
        return CivilDate.days(year: year, month: month, day: day)
    }

    /// Valid UTF-8 without NUL (a NUL makes the careful path refuse the file as binary).
    @inline(__always)
    static func isCleanText(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for byte in cell {
            if byte == 0 { return false }
            if byte >= 0x80 { ascii = false }
        }
        return ascii || String(validating: cell, as: UTF8.self) != nil
    }

    /// `true` or `false` exactly.
    @inline(__always)
    static func canonicalBoolean(_ cell: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if cell.elementsEqual("true".utf8) { return 1 }
        if cell.elementsEqual("false".utf8) { return 0 }
        return nil
    }
}
