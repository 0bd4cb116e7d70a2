import Foundation

/// Options for reading delimited text.
public struct CSVOptions: Sendable {
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// Column name → type, overriding inference.
    public var types: [String: DataType] = [:]

    public init(delimiter: UInt8 = UInt8(ascii: ","), types: [String: DataType] = [:]) {
        self.delimiter = delimiter
        self.types = types
    }
}

/// Reads CSV (RFC 4180: quoting, embedded delimiters and newlines, CRLF, UTF-8 BOM) into a table.
///
/// Hostile input gives a located error, never a crash: NUL bytes and UTF-16 (binary, not UTF-8 text), invalid
/// UTF-8, ragged rows, unterminated quotes, more than `maxColumns` columns, files of 2 GiB or more. Duplicate
/// headers get a suffix, empty headers a name (`column3`), a header with no rows gives an empty table.
public enum CSVReader {
    /// The most columns a file may have (Excel's limit is 16,384): a header of a million commas is refused
    /// instead of allocating a million columns.
    public static let maxColumns = 100_000

    public static func read(path: String, options: CSVOptions = CSVOptions()) throws -> Table {
        let data = try RegularFile.read(path, limit: Int(CSVScanner.escapedFlag) - 1)
        return try read(bytes: [UInt8](data), file: path, options: options)
    }

    public static func read(bytes input: [UInt8], file: String? = nil, options: CSVOptions = CSVOptions()) throws -> Table {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.count < Int(CSVScanner.escapedFlag) else {
            throw Diagnostic(.io, "file too large for one table (over 2 GiB)", location: SourceLocation(file: file))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic(.input, "the file is UTF-16 text, not UTF-8", hint: "save it again as \"CSV UTF-8\"",
                             location: SourceLocation(file: file, line: 1, column: 1))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            throw Diagnostic(.input, "NUL byte in the file: it is binary or UTF-16, not UTF-8 text",
                             hint: "save it again as \"CSV UTF-8\"",
                             location: SourceLocation(file: file, line: line, column: CSVScanner.column(of: nul, in: bytes)))
        }
        let scanner = CSVScanner(bytes: bytes, delimiter: options.delimiter, file: file)
        // The header is the first non-blank line.
        var offset = 0
        var line = 1
        while offset < bytes.count && (bytes[offset] == 10 || bytes[offset] == 13) {
            if bytes[offset] == 10 { line += 1 }
            offset += 1
        }
        guard let header = try scanner.record(at: offset, line: line) else {
            throw Diagnostic(.input, "the file is empty: no header line", location: SourceLocation(file: file, line: 1))
        }
        guard header.fields.count <= maxColumns else {
            throw Diagnostic(.input, "too many columns: \(header.fields.count) (at most \(maxColumns))",
                             hint: "is the delimiter right?", location: SourceLocation(file: file, line: line))
        }
        var names: [String] = []
        for (index, field) in header.fields.enumerated() {
            guard var name = String(validating: bytes[field.start..<field.end], as: UTF8.self) else {
                let bad = CSVScanner.firstInvalidUTF8(in: bytes, field.start..<field.end) ?? field.start
                let badLine = line + bytes[offset..<bad].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                throw Diagnostic(.input, "invalid UTF-8 in the header (column \(index + 1))", hint: "the file may be in another encoding, such as GB18030",
                                 location: SourceLocation(file: file, line: badLine, column: scanner.column(of: bad)))
            }
            if field.escaped { name = ColumnDecoder.collapsingDoubledQuotes(name) }
            name = name.trimmingCharacters(in: .whitespaces)
            names.append(name.isEmpty ? "column\(index + 1)" : name)
        }
        names = uniqued(names)
        for name in options.types.keys where !names.contains(name) {
            throw Diagnostic(.bind, "types= names \(name), which is not a column", hint: "columns: " + Diagnostic.listing(names),
                             location: SourceLocation(file: file, line: line))
        }
        let cells = try scanner.cells(from: header.next, firstLine: line + header.lines, columns: names.count)
        var columns: [Column] = []
        columns.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            let decoder = ColumnDecoder(bytes: bytes, cells: cells, file: file, header: name)
            columns.append(try decoder.decode(column: index, as: options.types[name]))
        }
        return Table(names: names, columns: columns)
    }

    /// Duplicate names get a suffix: 金额, 金额_2, 金额_3. Linear: each name remembers the next suffix to try, so
    /// ten thousand copies of one header do not search from _2 every time.
    public static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        return names.map { name in
            var candidate = name
            var n = nextSuffix[name] ?? 2
            while seen.contains(candidate) {
                candidate = "\(name)_\(n)"
                n += 1
            }
            if candidate != name { nextSuffix[name] = n }
            seen.insert(candidate)
            return candidate
        }
    }
}
