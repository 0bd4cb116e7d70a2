/// How a delimited file is written: the character between fields, and how a quote inside a quoted field is
/// escaped (doubled, as RFC 4180 says, or after a backslash).
package struct CSVDialect: Sendable, Equatable {
    package var delimiter: UInt8
    package var quote: UInt8 = 0x22
    /// The quote itself (a doubled quote) or a backslash.
    package var escape: UInt8 = 0x22

    package init(delimiter: UInt8, escape: UInt8 = 0x22) {
        self.delimiter = delimiter
        self.escape = escape
    }

    package static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    package static let backslash: UInt8 = 0x5C

    /// The name of a delimiter for the load message.
    package static func name(of delimiter: UInt8) -> Message.Argument {
        switch delimiter {
        case UInt8(ascii: ";"): return .message(Message(.delimiterSemicolon))
        case 0x09: return .message(Message(.delimiterTab))
        case UInt8(ascii: "|"): return .message(Message(.delimiterPipe))
        case UInt8(ascii: ","): return .message(Message(.delimiterComma))
        default: return .verbatim(String(decoding: [delimiter], as: UTF8.self))
        }
    }

    /// The delimiter a `delimiter=` option names: comma, semicolon, pipe, tab, or the character itself.
    package static func delimiter(named name: String) -> UInt8? {
        switch name.lowercased() {
        case "comma", ",": return UInt8(ascii: ",")
        case "semicolon", ";": return UInt8(ascii: ";")
        case "tab", "\\t", "\t": return 0x09
        case "pipe", "|": return UInt8(ascii: "|")
        default:
            let bytes = Array(name.utf8)
            guard bytes.count == 1, let byte = bytes.first, byte != 0x22, byte != 10, byte != 13, byte >= 0x20 || byte == 0x09 else { return nil }
            return byte
        }
    }
}

/// One record as the sniffer's tokenizer reads it: each field's text (quotes removed, escapes undone), the
/// line it starts on, how many lines it spans, and the stray quotes leniency took as text.
struct SniffedRecord {
    var fields: [[UInt8]]
    var line: Int
    var lines: Int
    var strayQuotes: Int
}

/// Finds a delimited file's dialect and header from its first records, the way DuckDB's sniffer does: every
/// candidate dialect (four delimiters, two escapes) reads a sample, and the one whose records agree on a
/// column count most often wins; ties go to more columns, then to the file type's own delimiter, then to
/// RFC 4180 quoting. The header is then chosen by evidence (see `headerChoice`).
package enum CSVSniffer {
    /// How many records are read for each candidate.
    static let sampleRecords = 60

    /// What the sniffer found.
    package struct Result: Sendable {
        package var dialect: CSVDialect
        /// The 1-based line of the header; nil when the file has none (data from the first line).
        package var headerLine: Int?
        /// The header's field count, or the data's when there is no header.
        package var width: Int
        package var delimiterDetected: Bool
        package var headerDetected: Bool
    }

    /// The dialect (unless `delimiter` is given) and header (unless `headerLine` is given; 0 for none).
    /// Nil when no candidate reads the sample without a quoting error: the strict scanner then reports it.
    package static func sniff(_ bytes: [UInt8], defaultDelimiter: UInt8, delimiter: UInt8?, headerLine: Int?, lenient: Bool) -> Result? {
        let delimiters = delimiter.map { [$0] } ?? CSVDialect.delimiters
        struct Scored {
            var dialect: CSVDialect
            var records: [SniffedRecord]
            var consistent: Int
            var width: Int
        }
        var best: Scored?
        let backslashQuotes = hasBackslashQuote(bytes)
        var failed = false
        func better(_ a: Scored, than b: Scored) -> Bool {
            let aMulti = a.width > 1 ? a.consistent : 0, bMulti = b.width > 1 ? b.consistent : 0
            if aMulti != bMulti { return aMulti > bMulti }
            if a.width != b.width { return a.width > b.width }
            let aDefault = a.dialect.delimiter == defaultDelimiter, bDefault = b.dialect.delimiter == defaultDelimiter
            if aDefault != bDefault { return aDefault }
            return a.dialect.escape == a.dialect.quote && b.dialect.escape != b.dialect.quote
        }
        for candidate in delimiters {
            for escape in [UInt8(0x22), CSVDialect.backslash] {
                // Backslash escaping only when the file has a backslash before a quote.
                if escape == CSVDialect.backslash && !backslashQuotes { continue }
                let dialect = CSVDialect(delimiter: candidate, escape: escape)
                guard let records = try? records(bytes, dialect: dialect, limit: sampleRecords, lenient: lenient) else {
                    failed = true
                    continue
                }
                guard !records.isEmpty else { continue }
                var counts: [Int: Int] = [:]
                for record in records { counts[record.fields.count, default: 0] += 1 }
                let modal = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
                let scored = Scored(dialect: dialect, records: records, consistent: modal?.value ?? 0, width: modal?.key ?? 1)
                if best.map({ better(scored, than: $0) }) ?? true { best = scored }
            }
        }
        // A quoting error where no other dialect splits the records: the error is real, and the strict scanner
        // reports it where it is.
        guard let best, !(failed && best.width <= 1) else { return nil }
        let chosen = headerLine == 0 ? nil : headerLine.map { HeaderPick.line($0) } ?? headerChoice(best.records, width: best.width)
        var result = Result(dialect: best.dialect, headerLine: nil, width: best.width,
                            delimiterDetected: delimiter == nil, headerDetected: headerLine == nil)
        switch chosen {
        case .line(let line)?:
            result.headerLine = line
            result.width = best.records.first { $0.line == line }?.fields.count ?? best.width
        case .index(let index)?:
            result.headerLine = best.records[index].line
            result.width = best.records[index].fields.count
        case nil:
            result.headerLine = nil
        }
        return result
    }

    static func hasBackslashQuote(_ bytes: [UInt8]) -> Bool {
        var i = 1
        let end = min(bytes.count, 1 << 20)
        while i < end {
            if bytes[i] == 0x22 && bytes[i - 1] == CSVDialect.backslash { return true }
            i += 1
        }
        return false
    }

    // MARK: - The header

    enum HeaderPick {
        case index(Int)
        case line(Int)
    }

    enum Kind {
        case empty, number, date, text
    }

    static func kind(_ cell: [UInt8]) -> Kind {
        let trimmed = HeaderDetection.trimmed(cell[...])
        if trimmed.isEmpty { return .empty }
        if CivilDate.parse(trimmed) != nil { return .date }
        if DecimalParser.parse(trimmed) != nil || LenientNumber.parse(trimmed) != nil { return .number }
        return .text
    }

    /// The header among the sampled records, or nil when the first record is already data.
    ///
    /// Title lines (one filled cell over a wider table, a unit line) are skipped; the header is the first
    /// record that fills most of the data's width with names that are not numbers — a sparse header such as
    /// `col1,,col3`, or one with an empty name, counts — unless the record after it is fuller and all text (then
    /// it was a subtitle). A first record whose cells have the types of the columns below it is data, not a
    /// header (as DuckDB decides), and so is a blank-named line of commas above such a record.
    static func headerChoice(_ records: [SniffedRecord], width: Int) -> HeaderPick? {
        guard !records.isEmpty else { return nil }
        let kinds = records.map { $0.fields.map(kind) }
        func filled(_ i: Int) -> Int { kinds[i].filter { $0 != .empty }.count }
        func numeric(_ i: Int) -> Int { kinds[i].filter { $0 == .number || $0 == .date }.count }
        let need = width <= 1 ? 1 : width - max(1, width / 3)
        let look = min(records.count, 20)
        var header: Int?
        for i in 0..<look {
            let count = filled(i)
            guard count >= max(1, need), numeric(i) < count else { continue }
            if count < width, i + 1 < records.count, filled(i + 1) > count, numeric(i + 1) == 0, records[i + 1].fields.count >= width {
                continue
            }
            header = i
            break
        }
        // A line of commas with no names at all, above records that are all data: a header of empty names.
        if filled(0) == 0, records[0].fields.count == width, width > 1, records.count > 1, looksLikeData(1, records, kinds) {
            return .index(0)
        }
        if looksLikeData(0, records, kinds) { return nil }
        if let header { return .index(header) }
        // No record qualifies: the fullest one, as the workbook reader chooses.
        let shapes = (0..<records.count).map { HeaderDetection.RowShape(nonEmpty: filled($0), numeric: numeric($0)) }
        return .index(HeaderDetection.headerIndex(shapes))
    }

    /// Whether record `row` has the types of the records below it: every column that holds numbers or dates
    /// below holds one in `row` too (and there is such a column), and no such number is a year heading a
    /// column of other numbers (项目,2021,2022 is a header).
    static func looksLikeData(_ row: Int, _ records: [SniffedRecord], _ kinds: [[Kind]]) -> Bool {
        guard row + 1 < kinds.count else { return false }
        let below = kinds[(row + 1)...]
        let columns = kinds[row].count
        var typedColumns = 0
        for column in 0..<columns {
            let cells = below.compactMap { column < $0.count ? $0[column] : nil }.filter { $0 != .empty }
            guard !cells.isEmpty else { continue }
            let typed = cells.allSatisfy { $0 == .number } ? Kind.number : cells.allSatisfy { $0 == .date } ? Kind.date : nil
            guard let typed else { continue }
            typedColumns += 1
            if kinds[row][column] != typed { return false }
            if typed == .number, let year = year(records[row].fields[column]),
               !below.allSatisfy({ column >= $0.count || $0[column] != .number }) {
                // A year over numbers that are not all years heads the column.
                let column = column
                let years = records[(row + 1)...].allSatisfy { column >= $0.fields.count || $0.fields[column].isEmpty || Self.year($0.fields[column]) != nil }
                if !years && (1900...2100).contains(year) { return false }
            }
        }
        return typedColumns > 0
    }

    static func year(_ cell: [UInt8]) -> Int? {
        let trimmed = HeaderDetection.trimmed(cell[...])
        guard trimmed.count == 4, trimmed.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(String(decoding: trimmed, as: UTF8.self)),
              (1900...2100).contains(value) else { return nil }
        return value
    }

    // MARK: - The tokenizer

    /// Reads up to `limit` records (all when nil) in `dialect`. Strict: a quote followed by text, or one never
    /// closed, throws. Lenient: such a quote is text (counted in `strayQuotes`).
    static func records(_ bytes: [UInt8], dialect: CSVDialect, limit: Int?, lenient: Bool) throws -> [SniffedRecord] {
        var records: [SniffedRecord] = []
        var index = 0
        var line = 1
        while index < bytes.count {
            if let limit, records.count >= limit { break }
            if bytes[index] == 10 { index += 1; line += 1; continue }
            if bytes[index] == 13 {
                index += 1
                if index < bytes.count && bytes[index] == 10 { index += 1 }
                line += 1
                continue
            }
            let (record, next) = try self.record(bytes, at: index, line: line, dialect: dialect, lenient: lenient)
            records.append(record)
            index = next
            line += record.lines
        }
        return records
    }

    struct QuoteError: Error {
        var line: Int
    }

    /// One record at `start` (not a blank line): its fields and the offset after its line break.
    static func record(_ bytes: [UInt8], at start: Int, line: Int, dialect: CSVDialect, lenient: Bool) throws -> (SniffedRecord, Int) {
        let count = bytes.count
        let delimiter = dialect.delimiter, quote = dialect.quote, escape = dialect.escape
        var record = SniffedRecord(fields: [], line: line, lines: 1, strayQuotes: 0)
        var index = start
        func isEnd(_ i: Int) -> Bool { i >= count || bytes[i] == delimiter || bytes[i] == 10 || bytes[i] == 13 }
        while true {
            var field: [UInt8] = []
            if index < count && bytes[index] == quote {
                var i = index + 1
                var closed = false
                var newlines = 0
                while i < count {
                    let byte = bytes[i]
                    if escape != quote && byte == escape && i + 1 < count && (bytes[i + 1] == quote || bytes[i + 1] == escape) {
                        field.append(bytes[i + 1]); i += 2; continue
                    }
                    if byte == quote {
                        if escape == quote && i + 1 < count && bytes[i + 1] == quote { field.append(quote); i += 2; continue }
                        if isEnd(i + 1) { closed = true; i += 1; break }
                        guard lenient else { throw QuoteError(line: line + record.lines - 1 + newlines) }
                        record.strayQuotes += 1
                        field.append(quote); i += 1; continue
                    }
                    if byte == 10 { newlines += 1 }
                    field.append(byte)
                    i += 1
                }
                if closed {
                    record.lines += newlines
                    index = i
                } else {
                    guard lenient else { throw QuoteError(line: line + record.lines - 1) }
                    // Never closed: the quote is text, and the field ends at the next delimiter or line break.
                    record.strayQuotes += 1
                    field = [quote]
                    i = index + 1
                    while !isEnd(i) { field.append(bytes[i]); i += 1 }
                    index = i
                }
            } else {
                var i = index
                while !isEnd(i) { i += 1 }
                field = Array(bytes[index..<i])
                index = i
            }
            record.fields.append(field)
            if index < count && bytes[index] == delimiter {
                index += 1
                if index >= count { record.fields.append([]); return (record, index) }
                continue
            }
            if index < count && bytes[index] == 13 { index += 1; if index < count && bytes[index] == 10 { index += 1 } } else if index < count { index += 1 }
            return (record, index)
        }
    }
}
