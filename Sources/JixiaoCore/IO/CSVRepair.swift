/// Rewrites a file in a dialect the scanner does not read (backslash escapes) or with flaws it refuses (ragged
/// rows, stray quotes, under `strict=false`) as RFC 4180 text, keeping every record on the lines it had, so
/// the scanner, the typed loader and every error and note still name the file's own lines.
package enum CSVRepair {
    package struct Repaired: Sendable {
        package var bytes: [UInt8]
        package var notes: [Message]
    }

    /// The bytes as RFC 4180 with `dialect.delimiter`. Lenient: records below `headerLine` (0: all records)
    /// are padded or cut to `width` fields, and quotes that neither open nor close a field are text.
    package static func rewrite(_ bytes: [UInt8], dialect: CSVDialect, headerLine: Int, width: Int, lenient: Bool, file: String?) throws -> Repaired {
        let records: [SniffedRecord]
        do {
            records = try CSVSniffer.records(bytes, dialect: dialect, limit: nil, lenient: lenient)
        } catch let error as CSVSniffer.QuoteError {
            throw Diagnostic(.input, .csvTextAfterQuote, hint: Message(.hintQuoteWrittenTwice), location: SourceLocation(file: file, line: error.line))
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        var line = 1
        var padded: [Int] = [], cut: [Int] = [], stray: [Int] = []
        let delimiter = dialect.delimiter
        for record in records {
            while line < record.line { output.append(10); line += 1 }
            var fields = record.fields
            if lenient && record.line > headerLine && width > 0 {
                if fields.count < width {
                    padded.append(record.line)
                    fields += [[UInt8]](repeating: [], count: width - fields.count)
                } else if fields.count > width {
                    cut.append(record.line)
                    fields.removeLast(fields.count - width)
                }
            }
            if record.strayQuotes > 0 {
                stray.append(record.line)
            }
            for (index, field) in fields.enumerated() {
                if index > 0 { output.append(delimiter) }
                if field.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 10 || $0 == 13 }) {
                    output.append(0x22)
                    for byte in field {
                        output.append(byte)
                        if byte == 0x22 { output.append(0x22) }
                    }
                    output.append(0x22)
                } else {
                    output.append(contentsOf: field)
                }
            }
            output.append(10)
            line += record.lines
        }
        var notes: [Message] = []
        if !padded.isEmpty {
            notes.append(Message(.notePaddedRows, String(padded.count), lines(padded), count: padded.count))
        }
        if !cut.isEmpty {
            notes.append(Message(.noteCutRows, String(cut.count), String(width), lines(cut), count: cut.count))
        }
        if !stray.isEmpty {
            notes.append(Message(.noteStrayQuotes, String(stray.count), lines(stray), count: stray.count))
        }
        return Repaired(bytes: output, notes: notes)
    }

    /// Line numbers for a note: the first ten, then how many more.
    static func lines(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(10).map(String.init).joined(separator: ", ")
        return numbers.count > 10 ? shown + ", … (+\(numbers.count - 10))" : shown
    }
}
