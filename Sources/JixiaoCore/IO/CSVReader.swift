import Foundation

/// Options for reading delimited text.
public struct CSVOptions: Sendable {
    public var delimiter: UInt8 = UInt8(ascii: ",")
    /// Column name → type, overriding inference.
    public var types: [String: DataType] = [:]
    /// Asked every few thousand rows and between columns; reading stops with an `.interrupted` error when it
    /// returns true (Ctrl-C in the shell).
    public var isCancelled: (@Sendable () -> Bool)?

    public init(delimiter: UInt8 = UInt8(ascii: ","), types: [String: DataType] = [:], isCancelled: (@Sendable () -> Bool)? = nil) {
        self.delimiter = delimiter
        self.types = types
        self.isCancelled = isCancelled
    }
}

/// Reads CSV (RFC 4180: quoting, embedded delimiters and newlines, CRLF, UTF-8 BOM) into a table.
public enum CSVReader {
    public static func read(path: String, options: CSVOptions = CSVOptions()) throws -> Table {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw Diagnostic(.io, exists ? "cannot read \(path)" : "no such file: \(path)", location: SourceLocation(file: path))
        }
        return try read(bytes: [UInt8](data), file: path, options: options)
    }

    public static func read(bytes input: [UInt8], file: String? = nil, options: CSVOptions = CSVOptions()) throws -> Table {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.count < Int(CSVScanner.escapedFlag) else {
            throw Diagnostic(.io, "file too large for one table (over 2 GiB)", location: SourceLocation(file: file))
        }
        var scanner = CSVScanner(bytes: bytes, delimiter: options.delimiter, file: file)
        scanner.isCancelled = options.isCancelled
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
        var names: [String] = []
        for (index, field) in header.fields.enumerated() {
            guard var name = String(validating: bytes[field.start..<field.end], as: UTF8.self) else {
                throw Diagnostic(.input, "invalid UTF-8 in the header", hint: "the file may be in another encoding",
                                 location: SourceLocation(file: file, line: line, column: index + 1))
            }
            if field.escaped { name = ColumnDecoder.collapsingDoubledQuotes(name) }
            name = name.trimmingCharacters(in: .whitespaces)
            names.append(name.isEmpty ? "column\(index + 1)" : name)
        }
        names = uniqued(names)
        for name in options.types.keys where !names.contains(name) {
            throw Diagnostic(.bind, "types= names \(name), which is not a column", hint: "columns: " + names.joined(separator: ", "),
                             location: SourceLocation(file: file, line: line))
        }
        let cells = try scanner.cells(from: header.next, firstLine: line + header.lines, columns: names.count)
        var columns: [Column] = []
        columns.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            if options.isCancelled?() == true { throw Diagnostic.interrupted }
            let decoder = ColumnDecoder(bytes: bytes, cells: cells, file: file, header: name)
            columns.append(try decoder.decode(column: index, as: options.types[name]))
        }
        return Table(names: names, columns: columns)
    }

    /// Duplicate names get a suffix: 金额, 金额_2, 金额_3.
    public static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            var candidate = name
            var n = 2
            while seen.contains(candidate) {
                candidate = "\(name)_\(n)"
                n += 1
            }
            seen.insert(candidate)
            return candidate
        }
    }
}
