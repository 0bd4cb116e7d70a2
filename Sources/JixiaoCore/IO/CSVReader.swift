import Foundation

/// Options for reading delimited text.
package struct CSVOptions: Sendable {
    package var delimiter: UInt8 = UInt8(ascii: ",")
    /// Column name → type, overriding inference.
    package var types: [String: DataType] {
        get { cleaning.types }
        set { cleaning.types = newValue }
    }
    /// The file's encoding; nil to detect it (see `TextDecoder`).
    package var encoding: TextEncoding?
    /// Header line, total rows and types.
    package var cleaning = CleaningOptions()
    /// Choose between comma and tab from the file itself (for `.txt`, which Excel writes both ways: "CSV" and
    /// "Unicode text", which is tab-separated UTF-16).
    package var sniffsDelimiter = false
    /// The delimiter a `delimiter=` option gave: no other is tried. Else the sniffer chooses among comma,
    /// semicolon, tab and bar, preferring `delimiter` on a tie.
    package var givenDelimiter: UInt8?
    /// Refuse ragged rows and stray quotes (the default); false pads or cuts such rows and reads such quotes
    /// as text, saying which lines.
    package var strict = true
    /// Asked every few thousand rows and between steps; reading stops with an `.interrupted` error when it
    /// returns true (Ctrl-C in the shell).
    package var isCancelled: (@Sendable () -> Bool)?

    package init(delimiter: UInt8 = UInt8(ascii: ","), types: [String: DataType] = [:], encoding: TextEncoding? = nil,
                headerLine: Int? = nil, keepTotals: Bool = false, isCancelled: (@Sendable () -> Bool)? = nil) {
        self.delimiter = delimiter
        self.isCancelled = isCancelled
        self.encoding = encoding
        self.cleaning = CleaningOptions(types: types, headerLine: headerLine, keepTotals: keepTotals)
    }
}

/// Reads CSV and TSV (RFC 4180: quoting, embedded delimiters and newlines, CRLF) into a table.
///
/// Files as Excel saves them on Chinese Windows open without options: the encoding is detected (UTF-8,
/// UTF-8 or UTF-16 with a byte-order mark, GB18030), title and blank lines above the header are skipped,
/// spreadsheet-style numbers are read exactly, and a trailing 合计 row is skipped and reported. Text in other
/// encodings is transcoded to UTF-8 first, so one byte scanner serves every file.
package enum CSVReader {
    /// The most columns a file may have (Excel's limit is 16,384): a header of a million commas is refused
    /// instead of allocating a million columns.
    package static let maxColumns = 100_000

    /// Reads a file into a table.
    package static func read(path: String, options: CSVOptions = CSVOptions()) throws -> Table {
        try load(path: path, options: options).table
    }

    /// Reads bytes into a table; `file` names them in errors.
    package static func read(bytes input: [UInt8], file: String? = nil, options: CSVOptions = CSVOptions()) throws -> Table {
        try load(bytes: input, file: file, options: options).table
    }

    /// Reads a file, with notes on what was detected and skipped.
    package static func load(path: String, options: CSVOptions = CSVOptions()) throws -> ImportedTable {
        // A large plain file is read in blocks, never whole (see `StreamingCSVLoad`).
        if let streamed = try StreamingCSVLoad.load(path: path, options: options) { return streamed }  // file-gate: primitive: callers pass a path from checkRead (load, review) or the person's datasets folder
        return try load(bytes: try FileBytes.read(path), file: path, options: options)  // file-gate: primitive: callers pass a path from checkRead (load, review) or the person's datasets folder
    }

    /// Reads bytes, with notes on what was detected and skipped.
    package static func load(bytes input: [UInt8], file: String? = nil, options: CSVOptions = CSVOptions()) throws -> ImportedTable {
        let decoded = try TextDecoder.utf8(input, declared: options.encoding, file: file)
        let bytes = decoded.bytes
        // A NUL left after decoding is binary data, not text.
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            throw Diagnostic(.input, .csvNulByte, hint: Message(.hintSaveAsCSVUTF8),
                             location: SourceLocation(file: file, line: line, column: CSVScanner.column(of: nul, in: bytes)))
        }
        guard bytes.count < Int(CSVScanner.escapedFlag) else {
            throw Diagnostic(.io, .csvTooLarge, location: SourceLocation(file: file))
        }
        let wanted = options.cleaning.headerLine
        // The file type's delimiter (tab or comma for .txt, by count), which wins ties and goes unmentioned.
        let usual = options.givenDelimiter ?? (options.sniffsDelimiter ? sniffedDelimiter(bytes) : options.delimiter)
        let sniffed = CSVSniffer.sniff(bytes, defaultDelimiter: usual, delimiter: options.givenDelimiter, headerLine: wanted, lenient: !options.strict)
        let delimiter = sniffed?.dialect.delimiter ?? usual
        var dialectNotes: [Message] = []
        if let sniffed, sniffed.delimiterDetected, delimiter != usual {
            dialectNotes.append(Message(key: MessageID.noteDelimiterDetected.rawValue, arguments: [CSVDialect.name(of: delimiter)]))
        }
        var text = bytes
        if let sniffed, sniffed.dialect.escape != sniffed.dialect.quote || !options.strict {
            if sniffed.dialect.escape != sniffed.dialect.quote { dialectNotes.append(Message(.noteBackslashEscape)) }
            let repaired = try CSVRepair.rewrite(bytes, dialect: sniffed.dialect, headerLine: sniffed.headerLine ?? 0, width: sniffed.width,
                                                 lenient: !options.strict, file: file)
            text = repaired.bytes
            dialectNotes += repaired.notes
        }
        var scanner = CSVScanner(bytes: text, delimiter: delimiter, file: file)
        scanner.isCancelled = options.isCancelled
        let headerless = wanted == 0 || (wanted == nil && sniffed != nil && sniffed?.headerLine == nil)
        let header: Header
        if headerless {
            var width = sniffed?.width ?? 0
            if sniffed == nil {
                var offset = 0
                while offset < text.count && (text[offset] == 10 || text[offset] == 13) { offset += 1 }
                width = try scanner.record(at: offset, line: 1)?.fields.count ?? 0
            }
            guard width > 0 else { throw Diagnostic(.input, .csvEmpty, location: SourceLocation(file: file, line: 1)) }
            dialectNotes.append(Message(wanted == 0 ? .noteNoHeader : .noteNoHeaderDetected, String(width)))
            header = Header(record: ([(start: Int, end: Int, escaped: Bool)](repeating: (0, 0, false), count: width), 0, 0), line: 1, skippedNote: nil)
        } else {
            header = try locateHeader(scanner, headerLine: wanted ?? sniffed?.headerLine, given: wanted != nil)
            if wanted == nil, let skipped = sniffed?.skippedLines, !skipped.isEmpty {
                dialectNotes.append(Message(.noteSkippedLinesWithCells, String(skipped.count), CSVRepair.lines(skipped), count: skipped.count))
            }
        }
        guard header.record.fields.count <= maxColumns else {
            throw Diagnostic(.input, .csvTooManyColumns, [String(header.record.fields.count), String(maxColumns)],
                             hint: Message(.hintCheckDelimiter), location: SourceLocation(file: file, line: header.line))
        }
        var names: [String] = []
        for field in header.record.fields {
            var name = headerless ? "" : String(decoding: text[field.start..<field.end], as: UTF8.self)
            if field.escaped { name = ColumnDecoder.collapsingDoubledQuotes(name) }
            names.append(name.trimmingCharacters(in: .whitespaces))
        }
        let dataStart = header.record.next, dataLine = header.line + header.record.lines
        let parts = ProcessInfo.processInfo.activeProcessorCount
        var imported: ImportedTable
        do {
            if let fast = try TypedCSVLoad.load(scanner: scanner, from: dataStart, firstLine: dataLine, rawNames: names,
                                                options: options.cleaning, parts: parts) {
                imported = fast
            } else {
                imported = try carefully(scanner: scanner, from: dataStart, firstLine: dataLine, names: names, options: options)
            }
        } catch var diagnostic as Diagnostic where diagnostic.code == .csvRaggedRow && options.strict {
            diagnostic.hintText = Message(key: MessageID.hintStrictFalse.rawValue, arguments: [diagnostic.hintText.map { .message($0) } ?? .verbatim("")])
            throw diagnostic
        }
        if options.isCancelled?() == true { throw Diagnostic.interrupted }
        var notes: [Message] = []
        if let note = decoded.note { notes.append(note) }
        notes += dialectNotes
        if let skipped = header.skippedNote { notes.append(skipped) }
        imported.notes = notes + imported.notes
        return imported
    }

    /// Every cell's place first, then each column decoded on its own with the spreadsheet clean-ups.
    static func carefully(scanner: CSVScanner, from offset: Int, firstLine: Int, names: [String], options: CSVOptions) throws -> ImportedTable {
        let bytes = scanner.bytes
        let file = scanner.file
        let cells = try scanner.cellsInParallel(from: offset, firstLine: firstLine, columns: names.count,
                                                parts: ProcessInfo.processInfo.activeProcessorCount)
        if options.isCancelled?() == true { throw Diagnostic.interrupted }
        return try TableAssembly.assemble(rawNames: names, bytes: bytes, cells: cells, options: options.cleaning, file: file, unit: .line,
                                                  validatedUTF8: true)
    }

    /// Tab when the first lines hold more tabs than commas, else comma.
    static func sniffedDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var tabs = 0
        var commas = 0
        var lines = 0
        for byte in bytes {
            switch byte {
            case 0x09: tabs += 1
            case UInt8(ascii: ","): commas += 1
            case 0x0A:
                lines += 1
                if lines >= HeaderDetection.sampleSize { return tabs > commas ? 0x09 : UInt8(ascii: ",") }
            default: break
            }
        }
        return tabs > commas ? 0x09 : UInt8(ascii: ",")
    }

    // MARK: - The header

    typealias Record = (fields: [(start: Int, end: Int, escaped: Bool)], next: Int, lines: Int)

    struct Header {
        var record: Record
        var line: Int
        var skippedNote: Message?
    }

    /// The header record: on line `headerLine` when given, else detected below title and blank lines.
    static func locateHeader(_ scanner: CSVScanner, headerLine: Int?, given: Bool = true) throws -> Header {
        let bytes = scanner.bytes
        var offset = 0
        var line = 1
        var sample: [(record: Record, line: Int)] = []
        while offset < bytes.count {
            // Blank lines.
            if bytes[offset] == 10 { offset += 1; line += 1; continue }
            if bytes[offset] == 13 {
                offset += 1
                if offset < bytes.count && bytes[offset] == 10 { offset += 1 }
                line += 1
                continue
            }
            if let wanted = headerLine, line > wanted {
                let previous = sample.last
                if let previous, previous.line < wanted && previous.line + previous.record.lines > wanted {
                    throw Diagnostic(.input, .csvHeaderInQuotedField, [String(wanted), String(previous.line)],
                                     hint: Message(.hintHeaderWhereItStarts), location: SourceLocation(file: scanner.file, line: wanted))
                }
                throw Diagnostic(.input, .csvHeaderBlank, [String(wanted)], hint: Message(.hintHeaderLineOfNames),
                                 location: SourceLocation(file: scanner.file, line: wanted))
            }
            guard let record = try scanner.record(at: offset, line: line) else { break }
            sample.append((record, line))
            if let wanted = headerLine, line == wanted {
                let skipped = sample.dropLast().map { firstText(of: $0.record, bytes) }.compactMap { $0 }
                // A detected header that is the first record skips nothing, and says nothing.
                let note = !given && sample.count == 1 ? nil : skippedNote(line: line, texts: skipped, unit: .line, given: given)
                return Header(record: record, line: line, skippedNote: note)
            }
            if headerLine == nil && sample.count >= HeaderDetection.sampleSize { break }
            offset = record.next
            line += record.lines
        }
        if let wanted = headerLine {
            throw Diagnostic(.input, .csvHeaderPastEnd, [String(wanted), String(line - 1)], location: SourceLocation(file: scanner.file, line: wanted))
        }
        guard !sample.isEmpty else {
            throw Diagnostic(.input, .csvEmpty, location: SourceLocation(file: scanner.file, line: 1))
        }
        let shapes = sample.map { entry in
            HeaderDetection.RowShape(cells: entry.record.fields.map { bytes[$0.start..<$0.end] })
        }
        let index = HeaderDetection.headerIndex(shapes)
        let header = sample[index]
        let skipped = sample[..<index].compactMap { firstText(of: $0.record, bytes) }
        return Header(record: header.record, line: header.line, skippedNote: index == 0 ? nil : skippedNote(line: header.line, texts: skipped, unit: .line, given: false))
    }

    /// Where the header is, and the title lines skipped above it (joined by " / ", as they are the file's own text).
    static func skippedNote(line: Int, texts: [String], unit: RowUnit, given: Bool) -> Message? {
        if given && line == 1 { return nil }
        let place = Message.Argument.message(unit.place(line))
        if texts.isEmpty { return Message(key: MessageID.noteHeaderAt.rawValue, arguments: [place]) }
        return Message(key: MessageID.noteHeaderAtSkipping.rawValue, arguments: [place, .verbatim(texts.joined(separator: " / "))])
    }

    /// The first non-empty cell of a record, for naming a skipped title line.
    private static func firstText(of record: Record, _ bytes: [UInt8]) -> String? {
        for field in record.fields {
            let text = String(decoding: bytes[field.start..<field.end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// Duplicate names get a suffix: 金额, 金额_2, 金额_3. Linear: each name remembers the next suffix to try, so
    /// ten thousand copies of one header do not search from _2 every time.
    package static func uniqued(_ names: [String]) -> [String] {
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

/// Reads a whole file, with the errors a user can act on.
package enum FileBytes {
    /// The bytes of the regular file at `path`: a folder, a device, a missing file or one of 2 GiB or more (or
    /// more than the budget of a file read whole, `Budgets.fileBytes`) is a file error saying which.
    package static func read(_ path: String) throws -> [UInt8] {
        let size = try RegularFile.size(of: path, limit: min(Int(CSVScanner.escapedFlag) - 1, Budgets.current.fileBytes))
        guard let bytes = readWhole(path, size: size) else {
            throw Diagnostic(.io, .fileUnreadable, [path], location: SourceLocation(file: path))
        }
        return bytes
    }

    /// Reads `size` bytes straight into one array (no intermediate Data, so a large file is held once, not twice).
    static func readWhole(_ path: String, size: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)  // file-gate: primitive: FileBytes.read, sized against Budgets.fileBytes
        guard descriptor >= 0 else { return nil }
        FileReadLog.record(path)
        defer { close(descriptor) }
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var offset = 0
            while offset < size, let base = buffer.baseAddress {
                let count = Foundation.read(descriptor, base + offset, size - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                offset += count
            }
            complete = offset == size
            initialized = offset
        }
        return complete ? bytes : nil
    }
}
