/// Splits delimited bytes (RFC 4180) into records and fields without copying them.
///
/// The scanner records where each field lies; `ColumnDecoder` turns the fields of one column into typed
/// storage afterwards, so every column is decoded in one tight loop.
package struct CSVScanner: Sendable {
    /// Field boundaries of every record after the header, column by column in row order.
    package struct Cells: Sendable {
        /// Byte offset where each cell starts, record after record (`columns` cells per record).
        package var starts: [UInt32] = []
        /// Byte offset where each cell ends; the top bit marks a quoted cell holding doubled quotes.
        package var ends: [UInt32] = []
        /// The 1-based line on which each record starts.
        package var lines: [Int32] = []
        package var columns: Int = 0
        package var records: Int { lines.count }
    }

    package static let escapedFlag: UInt32 = 1 << 31

    package let bytes: [UInt8]
    package let delimiter: UInt8
    package let file: String?
    /// Asked every 16,384 records; scanning stops with an `.interrupted` error when it returns true.
    package var isCancelled: (@Sendable () -> Bool)?

    package init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = nil) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
    }

    /// Scans one record starting at `offset`; returns its fields and the offset after it, or nil at the end.
    /// Used for the header and for the lines above it.
    package func record(at offset: Int, line: Int) throws -> (fields: [(start: Int, end: Int, escaped: Bool)], next: Int, lines: Int)? {
        guard offset < bytes.count else { return nil }
        var fields: [(Int, Int, Bool)] = []
        var index = offset
        var lines = 1
        while true {
            let (start, end, escaped, after, newlines) = try field(at: index, line: line + lines - 1)
            lines += newlines
            fields.append((start, end, escaped))
            if after >= bytes.count { return (fields, bytes.count, lines) }
            if bytes[after] == delimiter {
                index = after + 1
                if index >= bytes.count { fields.append((index, index, false)); return (fields, index, lines) }
                continue
            }
            // A line break: \n, \r\n or a lone \r.
            var next = after + 1
            if bytes[after] == 13 && next < bytes.count && bytes[next] == 10 { next += 1 }
            return (fields, next, lines)
        }
    }

    /// One field at `index`: its content range, whether it holds doubled quotes, where it stops (at a
    /// delimiter, a line break or the end) and how many line breaks it contains.
    private func field(at index: Int, line: Int) throws -> (Int, Int, Bool, Int, Int) {
        let count = bytes.count
        if index < count && bytes[index] == 34 {
            var i = index + 1
            var escaped = false
            var newlines = 0
            while i < count {
                let byte = bytes[i]
                if byte == 34 {
                    if i + 1 < count && bytes[i + 1] == 34 { escaped = true; i += 2; continue }
                    let end = i
                    i += 1
                    if i < count && bytes[i] != delimiter && bytes[i] != 10 && bytes[i] != 13 {
                        throw Diagnostic(.input, .csvTextAfterQuote, hint: Message(.hintQuoteWrittenTwice),
                                         location: SourceLocation(file: file, line: line + newlines, column: column(of: i)))
                    }
                    return (index + 1, end, escaped, i, newlines)
                }
                if byte == 10 { newlines += 1 }
                i += 1
            }
            throw Diagnostic(.input, .csvUnterminatedQuote, hint: Message(.hintCloseQuote),
                             location: SourceLocation(file: file, line: line, column: column(of: index)))
        }
        var i = index
        while i < count {
            let byte = bytes[i]
            if byte == delimiter || byte == 10 || byte == 13 { break }
            i += 1
        }
        return (index, i, false, i, 0)
    }

    /// 1-based column of a byte offset, counted in characters from the start of its line.
    package func column(of offset: Int) -> Int {
        Self.column(of: offset, in: bytes)
    }

    /// 1-based column of a byte offset in `bytes`, counted in characters from the start of its line.
    package static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        let end = min(max(offset, 0), bytes.count)
        var start = end
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }

    /// The offset of the first byte in `bytes[range]` that is not part of valid UTF-8, or nil when all is valid.
    package static func firstInvalidUTF8(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[range].makeIterator()
        var offset = range.lowerBound
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Scans every record from `offset` on, expecting `columns` fields in each. Blank lines are skipped.
    package func cells(from offset: Int, firstLine: Int, columns: Int) throws -> Cells {
        try cells(from: offset, upTo: bytes.count, firstLine: firstLine, columns: columns)
    }

    /// Below this many bytes a file is scanned on one core: splitting costs more than it saves.
    package static let parallelThreshold = 1 << 20

    /// Scans every record from `offset` on, as `cells(from:firstLine:columns:)`, in `parts` pieces on all cores.
    /// Pieces start at line breaks outside quoted fields, found by one pass that counts quotes (in RFC 4180 a
    /// line break is inside a field exactly when an odd number of quotes precede it).
    package func cellsInParallel(from offset: Int, firstLine: Int, columns: Int, parts: Int) throws -> Cells {
        guard parts > 1, bytes.count - offset >= Self.parallelThreshold else {
            return try cells(from: offset, firstLine: firstLine, columns: columns)
        }
        guard let pieces = pieces(from: offset, firstLine: firstLine, parts: parts) else {
            return try cells(from: offset, firstLine: firstLine, columns: columns)
        }
        let chunks = try Parallel.map(pieces.count) { part in
            let end = part + 1 < pieces.count ? pieces[part + 1].offset : bytes.count
            return try cells(from: pieces[part].offset, upTo: end, firstLine: pieces[part].line, columns: columns)
        }
        var merged = Cells()
        merged.columns = columns
        let total = chunks.reduce(0) { $0 + $1.records }
        merged.starts.reserveCapacity(total * columns)
        merged.ends.reserveCapacity(total * columns)
        merged.lines.reserveCapacity(total)
        for chunk in chunks {
            merged.starts.append(contentsOf: chunk.starts)
            merged.ends.append(contentsOf: chunk.ends)
            merged.lines.append(contentsOf: chunk.lines)
        }
        return merged
    }

    /// Where `parts` pieces of the records from `offset` start (offset and line), each at a line break outside
    /// quoted fields; nil when a stray quote makes counting quotes unreliable.
    func pieces(from offset: Int, firstLine: Int, parts: Int) -> [(offset: Int, line: Int)]? {
        var starts: [(offset: Int, line: Int)] = [(offset, firstLine)]
        let delimiter = self.delimiter
        let wellFormed = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var quotes = 0
            var lines = firstLine
            var index = offset
            let size = (buffer.count - offset) / parts
            for part in 1..<parts {
                let target = offset + size * part
                while index < buffer.count {
                    let byte = buffer[index]
                    index += 1
                    if byte == 34 {
                        // A stray quote inside an unquoted field would make counting quotes wrong, so such a
                        // file is scanned on one core.
                        if !Self.quoteIsWellPlaced(buffer, at: index - 1, delimiter: delimiter) { return false }
                        quotes += 1
                    } else if byte == 10 {
                        lines += 1
                        if index >= target && quotes % 2 == 0 { break }
                    }
                }
                if index < buffer.count { starts.append((index, lines)) }
            }
            return true
        }
        return wellFormed ? starts : nil
    }

    /// Whether the quote at `index` opens or closes a field (or is doubled): the precondition for telling from
    /// the count of quotes alone whether a line break lies inside a quoted field.
    @inline(__always)
    static func quoteIsWellPlaced(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, delimiter: UInt8) -> Bool {
        let before = index >= 1 ? buffer[index - 1] : 10
        let after = index + 1 < buffer.count ? buffer[index + 1] : 10
        let opens = before == delimiter || before == 10 || before == 13 || before == 34
        let closes = after == delimiter || after == 10 || after == 13 || after == 34
        return opens || closes
    }

    /// Scans the records between `offset` and `end` (a record boundary).
    func cells(from offset: Int, upTo end: Int, firstLine: Int, columns: Int) throws -> Cells {
        var cells = Cells()
        cells.columns = columns
        let remaining = max(0, end - offset)
        let estimate = max(16, remaining / max(1, columns * 8))
        // Every cell but a record's first takes at least a delimiter byte, so there are at most about `remaining`
        // cells: a header of many columns over few rows must not reserve columns × 16.
        let cellCapacity = min(estimate * columns, remaining + columns)
        cells.starts.reserveCapacity(cellCapacity)
        cells.ends.reserveCapacity(cellCapacity)
        cells.lines.reserveCapacity(estimate)
        try scan(from: offset, upTo: end, firstLine: firstLine, columns: columns, into: &cells)
        return cells
    }

    /// The one scanning loop: hands each field of each record between `offset` and `end` to `sink`, checks that
    /// every record has `columns` fields, and skips blank lines. Errors name the line and column.
    func scan<Sink: CellSink>(from offset: Int, upTo end: Int, firstLine: Int, columns: Int, into sink: inout Sink) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            let count = end
            let delimiter = self.delimiter
            var index = offset
            var line = firstLine
            var records = 0
            while index < count {
                // Skip blank lines.
                if buffer[index] == 10 { index += 1; line += 1; continue }
                if buffer[index] == 13 {
                    index += 1
                    if index < count && buffer[index] == 10 { index += 1 }
                    line += 1
                    continue
                }
                let recordLine = line
                var fieldCount = 0
                while true {
                    var start = index
                    var end: Int
                    var escaped = false
                    if index < count && buffer[index] == 34 {
                        start = index + 1
                        var i = start
                        var closed = false
                        while i < count {
                            let byte = buffer[i]
                            if byte == 34 {
                                if i + 1 < count && buffer[i + 1] == 34 { escaped = true; i += 2; continue }
                                closed = true
                                break
                            }
                            if byte == 10 { line += 1 }
                            i += 1
                        }
                        guard closed else {
                            throw Diagnostic(.input, .csvUnterminatedQuote, hint: Message(.hintCloseQuote),
                                             location: SourceLocation(file: file, line: recordLine, column: column(of: index)))
                        }
                        end = i
                        index = i + 1
                        if index < count && buffer[index] != delimiter && buffer[index] != 10 && buffer[index] != 13 {
                            throw Diagnostic(.input, .csvTextAfterQuote, hint: Message(.hintQuoteWrittenTwice),
                                             location: SourceLocation(file: file, line: line, column: column(of: index)))
                        }
                    } else {
                        var i = index
                        while i < count {
                            let byte = buffer[i]
                            if byte == delimiter || byte == 10 || byte == 13 { break }
                            i += 1
                        }
                        end = i
                        index = i
                    }
                    if fieldCount < columns { try sink.cell(fieldCount, start: start, end: end, escaped: escaped, in: buffer) }
                    fieldCount += 1
                    if index < count && buffer[index] == delimiter {
                        index += 1
                        if index >= count {
                            if fieldCount < columns { try sink.cell(fieldCount, start: index, end: index, escaped: false, in: buffer) }
                            fieldCount += 1
                        }
                        if index < count { continue }
                    }
                    break
                }
                if fieldCount != columns {
                    throw Diagnostic(.input, .csvRaggedRow, [String(columns), String(fieldCount)],
                                     hint: Message(fieldCount > columns ? .hintQuoteFieldWithComma : .hintValueForEachColumn),
                                     location: SourceLocation(file: file, line: recordLine, column: 1))
                }
                try sink.endRecord(line: Int32(truncatingIfNeeded: recordLine))
                records += 1
                if records & 0x3FFF == 0, let isCancelled, isCancelled() { throw Diagnostic.interrupted }
                // Consume the line break.
                if index < count {
                    if buffer[index] == 13 { index += 1; if index < count && buffer[index] == 10 { index += 1 } } else if buffer[index] == 10 { index += 1 }
                    line += 1
                }
            }
        }
    }
}

/// Where the scanner puts what it finds: cell ranges (`Cells`) or typed values (`TypedColumnsSink`).
protocol CellSink {
    /// Field `column` of the current record lies in `buffer[start..<end]`; `escaped` when it holds doubled quotes.
    mutating func cell(_ column: Int, start: Int, end: Int, escaped: Bool, in buffer: UnsafeBufferPointer<UInt8>) throws
    /// The current record, which began on `line`, is complete.
    mutating func endRecord(line: Int32) throws
}

extension CSVScanner.Cells: CellSink {
    mutating func cell(_ column: Int, start: Int, end: Int, escaped: Bool, in buffer: UnsafeBufferPointer<UInt8>) {
        starts.append(UInt32(truncatingIfNeeded: start))
        ends.append(UInt32(truncatingIfNeeded: end) | (escaped ? CSVScanner.escapedFlag : 0))
    }

    mutating func endRecord(line: Int32) {
        lines.append(line)
    }
}
