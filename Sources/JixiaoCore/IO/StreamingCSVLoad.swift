import Foundation

/// Loads a large plain CSV file in blocks, never holding the whole file: each block's records are found, and its
/// fields parsed column by column into typed storage (`StreamColumn`, which checks text as UTF-8 as it takes
/// it), the columns on every core and the next block scanned meanwhile.
///
/// Column plans come from a sample of the first rows; a value the sample did not foresee changes its column's
/// plan in place (see `StreamColumn`), and a trailing 合计 row is dropped as the careful path drops it, so the
/// table and the notes are the careful path's and the file is read once. Only what the careful path reports
/// as an error (a ragged row, a stray quote, bytes that are not UTF-8, a NUL), a file the careful path reads
/// otherwise (another encoding, blank header cells, types given) or more trailing 合计 rows than are kept in
/// view hands the file to the whole-file reader, which gives the same error or table.
enum StreamingCSVLoad {
    /// Files below this size are read whole: blocks would cost more than they save.
    static let threshold = 8 << 20
    /// Bytes read at a time (a block grows when one record is longer).
    static let blockSize = 1 << 20
    /// Non-empty records kept in view at the end of the data, to find trailing 合计 rows.
    static let trailingKept = 8

    /// Large buffers (blocks, cells, growing columns) are mapped on their own and given back to the system when
    /// freed: glibc's default raises the threshold after the first free, which left freed blocks in the heap
    /// and counted in peak memory (about 20 MB of a 1M-row load). Set once, for the process.
    private static let returnsLargeBuffers: Bool = {
        #if os(Linux)
        // M_MMAP_THRESHOLD is -3 in <malloc.h>, which Glibc's module does not export.
        return glibcMallopt(-3, 256 << 10) == 1
        #else
        return false
        #endif
    }()

    /// The table, or nil when the whole-file reader must read this file.
    static func load(path: String, options: CSVOptions, blockSize: Int = blockSize, threshold: Int = threshold) throws -> ImportedTable? {
        guard options.cleaning.types.isEmpty, options.encoding == nil || options.encoding == .utf8 else { return nil }
        let size = try RegularFile.size(of: path, limit: Int(CSVScanner.escapedFlag) - 1)
        guard size >= threshold else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)  // file-gate: primitive: CSVReader.load(path:), whose callers pass a path from checkRead
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        FileReadLog.record(path)
        _ = returnsLargeBuffers
        var reader = BlockReader(descriptor: descriptor, path: path)
        do {
            return try load(reader: &reader, file: path, options: options, blockSize: blockSize)
        } catch is StreamUnavailable {
            return nil
        } catch let diagnostic as Diagnostic where diagnostic.code != Diagnostic.interrupted.code {
            // The whole-file reader gives this error with the place it knows best.
            return nil
        }
    }

    private static func load(reader: inout BlockReader, file: String, options: CSVOptions, blockSize: Int) throws -> ImportedTable {
        var first = try reader.read(blockSize)
        // A byte-order mark: UTF-8's is dropped and noted, UTF-16's goes to the whole-file reader.
        let mark = TextDecoder.byteOrderMark(first)
        var hadMark = false
        if mark == .utf8 {
            first.removeFirst(3)
            hadMark = true
        } else if mark != nil || TextDecoder.utf16WithoutMark(first) != nil {
            throw StreamUnavailable()
        }
        // The first block, cut after its last line break, holds the header and the sample: it is read on until
        // it has lines enough for both.
        while !reader.atEnd && Block.lineBreaks(first[...]) <= TypedCSVLoad.sampleRows + HeaderDetection.sampleSize {
            first += try reader.read(blockSize)
        }
        guard !reader.atEnd, let cut = first.lastIndex(of: 10) else { throw StreamUnavailable() }
        var carry = Array(first[(cut + 1)...])
        first.removeSubrange((cut + 1)...)
        // The dialect and header as the whole-file reader's sniffer finds them from the first records; a file it
        // would repair, read without a header, or report a detected delimiter or skipped lines for is read whole,
        // so the table and its notes are always the whole-file reader's.
        let wanted = options.cleaning.headerLine
        guard options.strict, wanted != 0 else { throw StreamUnavailable() }
        let usual = options.givenDelimiter ?? (options.sniffsDelimiter ? CSVReader.sniffedDelimiter(first) : options.delimiter)
        let sniffed = CSVSniffer.sniff(first, defaultDelimiter: usual, delimiter: options.givenDelimiter, headerLine: wanted, lenient: false)
        if let sniffed {
            guard sniffed.headerLine != nil, sniffed.dialect.escape == sniffed.dialect.quote,
                  !(sniffed.delimiterDetected && sniffed.dialect.delimiter != usual),
                  wanted != nil || sniffed.skippedLines.isEmpty else { throw StreamUnavailable() }
        }
        let delimiter = sniffed?.dialect.delimiter ?? usual
        let head = CSVScanner(bytes: first, delimiter: delimiter, file: file)
        guard UTF8Validation.firstInvalidOffset(first) == nil, !first.contains(0) else { throw StreamUnavailable() }
        let header = try CSVReader.locateHeader(head, headerLine: wanted ?? sniffed?.headerLine, given: wanted != nil)
        guard header.record.fields.count <= CSVReader.maxColumns else { throw StreamUnavailable() }
        var rawNames: [String] = []
        for field in header.record.fields {
            var name = String(decoding: first[field.start..<field.end], as: UTF8.self)
            if field.escaped { name = ColumnDecoder.collapsingDoubledQuotes(name) }
            rawNames.append(name.trimmingCharacters(in: .whitespaces))
        }
        guard !rawNames.contains(where: \.isEmpty) else { throw StreamUnavailable() }
        let columns = rawNames.count
        let dataStart = header.record.next, dataLine = header.line + header.record.lines
        guard let sampleEnd = head.boundary(after: dataStart, records: TypedCSVLoad.sampleRows) else { throw StreamUnavailable() }
        let names = CSVReader.uniqued(rawNames)

        // Plans from the sample; a column the sample leaves unsure (no values, units, percentages) is kept as text
        // and decoded carefully at the end.
        let sample = try head.cells(from: dataStart, upTo: sampleEnd, firstLine: dataLine, columns: columns)
        let expected = Int(Double(reader.size) / Double(max(1, sampleEnd - dataStart)) * Double(sample.records) * 1.02) + 16
        var builders: [StreamColumn] = []
        for index in 0..<columns {
            let decoded = try ColumnDecoder(bytes: first, cells: sample, file: file, header: rawNames[index], validatedUTF8: true)
                .decodeDetailed(column: index)
            var plan = StreamColumn.Plan.raw
            if decoded.unit == .none, !decoded.mixedUnits, decoded.column.hint == .number,
               (0..<decoded.column.count).contains(where: { !decoded.column.isNull(at: $0) }) {
                switch decoded.column.type {
                case .integer: plan = .integer
                case .decimal(let scale): plan = .decimal(scale: scale)
                case .date: plan = .date
                case .boolean: plan = .boolean
                case .text: plan = .text
                case .null, .timestamp, .time, .duration: plan = .raw
                }
            }
            // A column of mostly distinct strings (order numbers) has its table sized once for the whole file.
            var distinct = 0, distinctBytes = 0
            if case .text(let codes, let dictionary) = decoded.column.storage {
                let filled = codes.reduce(0) { $0 + ($1 == NullMarker.text ? 0 : 1) }
                if dictionary.count * 2 >= filled && filled > 0 {
                    let share = Double(expected) / Double(filled)
                    distinct = Int(Double(dictionary.count) * share)
                    distinctBytes = Int(Double(dictionary.bytes.count) * share * 1.05)
                }
            }
            builders.append(StreamColumn(plan: plan, expectedCount: expected, distinctHint: distinct, distinctBytes: distinctBytes))
        }

        first += carry
        let (firstCells, firstCarry) = try scanWhole(&first, from: dataStart, line: dataLine, columns: columns, delimiter: delimiter,
                                                     file: file, reader: &reader, blockSize: blockSize)
        carry = firstCarry
        var block = Block(bytes: first, cells: firstCells)
        var line = dataLine + Block.lineBreaks(first[dataStart...])
        var emptyRecords = 0
        var trailing: [(label: String?, line: Int)] = []
        let frozen = builders
        while true {
            if options.isCancelled?() == true { throw Diagnostic.interrupted }
            // The next block, cut after its last line break (all of it at the end of the file).
            var next: [UInt8] = carry
            var atEnd = reader.atEnd
            if !atEnd {
                next += try reader.read(blockSize)
                atEnd = reader.atEnd
            }
            var nextCut = next.count
            if !atEnd {
                guard let index = next.lastIndex(of: 10) else { throw StreamUnavailable() }
                nextCut = index + 1
            }
            let current = block
            let scanner = CSVScanner(bytes: next, delimiter: delimiter, file: file)
            let nextBytes = next, nextLine = line, cutAt = nextCut, lastBlock = atEnd
            // Task 0 scans the next block, the others parse this block's columns (and check their text).
            let outcomes = try Parallel.map(columns + 1) { task -> TaskOutcome in
                switch task {
                case 0:
                    guard !nextBytes.isEmpty else { return .cells(BlockCells(columns: columns, byteCount: 0), 0) }
                    do {
                        var cells = BlockCells(columns: columns, byteCount: cutAt)
                        try scanner.scan(from: 0, upTo: cutAt, firstLine: nextLine, columns: columns, into: &cells)
                        return .cells(cells, Block.lineBreaks(nextBytes[..<cutAt]))
                    } catch let diagnostic as Diagnostic where diagnostic.code == .csvUnterminatedQuote && !lastBlock {
                        // A quoted line break at the cut: the block must grow.
                        return .grow
                    }
                default:
                    return .valid(frozen[task - 1].append(current.cells, column: task - 1, bytes: current.bytes))
                }
            }
            for outcome in outcomes.dropFirst() {
                guard case .valid(true) = outcome else { throw StreamUnavailable() }
            }
            emptyRecords += current.cells.emptyRecords.count
            trailing.append(contentsOf: current.trailingRecords(keeping: trailingKept))
            if trailing.count > trailingKept { trailing.removeFirst(trailing.count - trailingKept) }
            if nextBytes.isEmpty { break }
            var nextCells: BlockCells
            var nextLines: Int
            switch outcomes[0] {
            case .cells(let cells, let lines):
                nextCells = cells
                nextLines = lines
                carry = Array(next[nextCut...])
                next.removeSubrange(nextCut...)
            default:
                // A quoted field open at the cut: read on until it closes.
                let (cells, rest) = try scanWhole(&next, from: 0, line: line, columns: columns, delimiter: delimiter, file: file,
                                                  reader: &reader, blockSize: blockSize)
                nextCells = cells
                carry = rest
                nextLines = Block.lineBreaks(next[...])
            }
            block = Block(bytes: next, cells: nextCells)
            line += nextLines
        }

        // Trailing 合计/总计 rows, as the careful path skips (or keeps) them.
        var notes: [Message] = []
        if hadMark { notes.append(Message(.noteReadAsUTF8WithMark)) }
        if let skipped = header.skippedNote { notes.append(skipped) }
        if emptyRecords > 0 { notes.append(Message(.noteSkippedEmptyLines, String(emptyRecords), count: emptyRecords)) }
        while let last = trailing.last, let label = last.label, TotalRow.isLabel(label) {
            if options.cleaning.keepTotals {
                notes.append(Message(key: MessageID.noteKeptTotalRow.rawValue, arguments: [.verbatim(label), .message(RowUnit.line.place(last.line))]))
                break
            }
            for builder in builders { builder.removeLast() }
            trailing.removeLast()
            notes.append(Message(key: MessageID.noteSkippedTotalRow.rawValue, arguments: [.verbatim(label), .message(RowUnit.line.place(last.line))]))
            if trailing.isEmpty && builders.first.map({ $0.count > 0 }) == true { throw StreamUnavailable() }
        }

        // Columns finish on every core (a raw column is decoded now); units are named as the careful path names them.
        let decoded = try Parallel.map(columns) { index in try frozen[index].finish(header: names[index], file: file) }
        builders = []
        var kept: [(String, Column)] = []
        for (index, name) in names.enumerated() {
            var finalName = name
            if decoded[index].unit == .wanYuan {
                if name.contains("万元") {
                    notes.append(Message(.noteWanYuanKept, name))
                } else {
                    finalName = name + "（万元）"
                    notes.append(Message(.noteWanYuanRenamed, name, finalName))
                }
            }
            if decoded[index].mixedUnits { notes.append(Message(.noteMixedUnits, name)) }
            kept.append((finalName, decoded[index].column))
        }
        return ImportedTable(table: Table(names: CSVReader.uniqued(kept.map(\.0)), columns: kept.map(\.1)), notes: notes)
    }

    /// Scans `bytes` from `start` up to its last line break (all of it at the end of the file), reading on while
    /// a quoted field is open at the cut; `bytes` ends up cut there, and the rest comes back.
    private static func scanWhole(_ bytes: inout [UInt8], from start: Int, line: Int, columns: Int, delimiter: UInt8, file: String,
                                  reader: inout BlockReader, blockSize: Int) throws -> (BlockCells, [UInt8]) {
        while true {
            var end = bytes.count
            if !reader.atEnd {
                guard let index = bytes.lastIndex(of: 10), index >= start else {
                    bytes += try reader.read(blockSize)
                    continue
                }
                end = index + 1
            }
            do {
                var cells = BlockCells(columns: columns, byteCount: end - start)
                try CSVScanner(bytes: bytes, delimiter: delimiter, file: file).scan(from: start, upTo: end, firstLine: line, columns: columns, into: &cells)
                let rest = Array(bytes[end...])
                bytes.removeSubrange(end...)
                return (cells, rest)
            } catch let diagnostic as Diagnostic where diagnostic.code == .csvUnterminatedQuote && !reader.atEnd {
                bytes += try reader.read(blockSize)
            }
        }
    }

    /// What one task of a block's step gives back.
    private enum TaskOutcome: Sendable {
        case cells(BlockCells, Int)
        case grow
        case valid(Bool)
    }

    /// One block of whole records and where its cells lie.
    private struct Block: Sendable {
        var bytes: [UInt8]
        var cells: BlockCells

        /// Line breaks in `bytes`: the lines they span.
        static func lineBreaks(_ bytes: ArraySlice<UInt8>) -> Int {
            bytes.withUnsafeBufferPointer { buffer in
                guard var cursor = buffer.baseAddress else { return 0 }
                let end = cursor + buffer.count
                var count = 0
                while cursor < end, let found = memchr(cursor, 10, end - cursor) {
                    count += 1
                    cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
                }
                return count
            }
        }

        /// The last `keeping` non-empty records: the first non-empty cell's text (trimmed) and the line.
        func trailingRecords(keeping: Int) -> [(label: String?, line: Int)] {
            var result: [(label: String?, line: Int)] = []
            var row = cells.records - 1
            let columns = cells.columns
            let empty = Set(cells.emptyRecords)
            while row >= 0 && result.count < keeping {
                if !empty.contains(row) {
                    var label: String?
                    for column in 0..<columns {
                        let index = row * columns + column
                        let start = Int(cells.starts[index]), end = Int(cells.ends[index] & ~CSVScanner.escapedFlag)
                        let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                        if !text.isEmpty { label = text; break }
                    }
                    result.append((label, Int(cells.lines[row])))
                }
                row -= 1
            }
            return result.reversed()
        }
    }

    /// The file goes to the whole-file reader.
    private struct StreamUnavailable: Error {}
}

#if os(Linux)
/// glibc's `mallopt` (in <malloc.h>, outside the Glibc module).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// Reads a file front to back in pieces.
struct BlockReader {
    let descriptor: Int32
    let path: String
    private(set) var atEnd = false
    let size: Int

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        var status = stat()
        size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Up to `count` bytes; fewer only at the end of the file.
    mutating func read(_ count: Int) throws -> [UInt8] {
        var failed = false
        var ended = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var offset = 0
            while offset < count, let base = buffer.baseAddress {
                let got = Foundation.read(descriptor, base + offset, count - offset)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true; break }
                if got == 0 { ended = true; break }
                offset += got
            }
            initialized = offset
        }
        if failed { throw Diagnostic(.io, .fileUnreadable, [path], location: SourceLocation(file: path)) }
        if ended { atEnd = true }
        if !ended && bytes.count == count {
            // Look ahead one byte so that a file ending exactly at a block's end is seen as ended.
            var byte: UInt8 = 0
            let got = Foundation.read(descriptor, &byte, 1)
            if got == 0 { atEnd = true } else if got == 1 { return bytes + [byte] }
        }
        return bytes
    }
}

/// How many times each file was opened for reading, for tests that check a load reads its file once.
package enum FileReadLog {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var counts: [String: Int] = [:]

    static func record(_ path: String) {
        lock.lock()
        counts[path, default: 0] += 1
        lock.unlock()
    }

    /// Times `path` has been opened by a CSV load in this process.
    package static func count(_ path: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counts[path] ?? 0
    }
}
