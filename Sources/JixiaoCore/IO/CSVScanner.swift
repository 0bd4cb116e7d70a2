/// Splits delimited bytes (RFC 4180) into records and fields without copying them.
///
/// The scanner records where each field lies; `ColumnDecoder` turns the fields of one column into typed
/// storage afterwards, so every column is decoded in one tight loop.
public struct CSVScanner {
    /// Field boundaries of every record after the header, column by column in row order.
    public struct Cells {
        /// Byte offset where each cell starts, record after record (`columns` cells per record).
        public var starts: [UInt32] = []
        /// Byte offset where each cell ends; the top bit marks a quoted cell holding doubled quotes.
        public var ends: [UInt32] = []
        /// The 1-based line on which each record starts.
        public var lines: [Int32] = []
        public var columns: Int = 0
        public var records: Int { lines.count }
    }

    public static let escapedFlag: UInt32 = 1 << 31

    public let bytes: [UInt8]
    public let delimiter: UInt8
    public let file: String?

    public init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), file: String? = nil) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
    }

    /// Scans one record starting at `offset`; returns its fields and the offset after it, or nil at the end.
    /// Used for the header and for the lines above it.
    public func record(at offset: Int, line: Int) throws -> (fields: [(start: Int, end: Int, escaped: Bool)], next: Int, lines: Int)? {
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
                        throw Diagnostic(.input, "unexpected text after a closing quote", hint: "a quote inside a quoted field is written twice (\"\")",
                                         location: SourceLocation(file: file, line: line + newlines, column: column(of: i)))
                    }
                    return (index + 1, end, escaped, i, newlines)
                }
                if byte == 10 { newlines += 1 }
                i += 1
            }
            throw Diagnostic(.input, "unterminated quote: the field opened here never closes", hint: "close the quote or remove it",
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
    public func column(of offset: Int) -> Int {
        Self.column(of: offset, in: bytes)
    }

    /// 1-based column of a byte offset in `bytes`, counted in characters from the start of its line.
    public static func column(of offset: Int, in bytes: [UInt8]) -> Int {
        let end = min(max(offset, 0), bytes.count)
        var start = end
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }

    /// The offset of the first byte in `bytes[range]` that is not part of valid UTF-8, or nil when all is valid.
    public static func firstInvalidUTF8(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
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
    public func cells(from offset: Int, firstLine: Int, columns: Int) throws -> Cells {
        var cells = Cells()
        cells.columns = columns
        let remaining = max(0, bytes.count - offset)
        let estimate = max(16, remaining / max(1, columns * 8))
        // Every cell but a record's first takes at least a delimiter byte, so there are at most about `remaining`
        // cells: a header of many columns over few rows must not reserve columns × 16.
        let cellCapacity = min(estimate * columns, remaining + columns)
        cells.starts.reserveCapacity(cellCapacity)
        cells.ends.reserveCapacity(cellCapacity)
        cells.lines.reserveCapacity(estimate)
        try bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            let delimiter = self.delimiter
            var index = offset
            var line = firstLine
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
                            throw Diagnostic(.input, "unterminated quote: the field opened here never closes", hint: "close the quote or remove it",
                                             location: SourceLocation(file: file, line: recordLine, column: column(of: index)))
                        }
                        end = i
                        index = i + 1
                        if index < count && buffer[index] != delimiter && buffer[index] != 10 && buffer[index] != 13 {
                            throw Diagnostic(.input, "unexpected text after a closing quote", hint: "a quote inside a quoted field is written twice (\"\")",
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
                    fieldCount += 1
                    if fieldCount <= columns {
                        cells.starts.append(UInt32(truncatingIfNeeded: start))
                        cells.ends.append(UInt32(truncatingIfNeeded: end) | (escaped ? CSVScanner.escapedFlag : 0))
                    }
                    if index < count && buffer[index] == delimiter {
                        index += 1
                        if index >= count {
                            fieldCount += 1
                            if fieldCount <= columns {
                                cells.starts.append(UInt32(truncatingIfNeeded: index))
                                cells.ends.append(UInt32(truncatingIfNeeded: index))
                            }
                        }
                        if index < count { continue }
                    }
                    break
                }
                if fieldCount != columns {
                    throw Diagnostic(.input, "expected \(columns) fields, found \(fieldCount)",
                                     hint: fieldCount > columns ? "a field holding a comma must be quoted" : "every row needs a value (or an empty field) for each column",
                                     location: SourceLocation(file: file, line: recordLine, column: 1))
                }
                cells.lines.append(Int32(truncatingIfNeeded: recordLine))
                // Consume the line break.
                if index < count {
                    if buffer[index] == 13 { index += 1; if index < count && buffer[index] == 10 { index += 1 } } else if buffer[index] == 10 { index += 1 }
                    line += 1
                }
            }
        }
        return cells
    }
}
