/// The fast way to load a large, plain CSV: column types are decided from a sample of the first rows, then one
/// pass over the bytes (in pieces, on every core) parses each field straight into typed storage, with no
/// intermediate table of cell positions.
///
/// Whenever the data go beyond what the sample showed (a value that does not parse as the sampled type, a
/// spreadsheet-style number, an empty row, a 合计 row), the fast path gives up and the careful path
/// (`TableAssembly`) reads the file instead, so both give the same table and the same messages.
enum TypedCSVLoad {
    /// Rows read to decide the column types.
    static let sampleRows = 2_000

    /// The table, or nil when the careful path must read this file.
    static func load(scanner: CSVScanner, from offset: Int, firstLine: Int, rawNames: [String], options: CleaningOptions,
                     parts: Int) throws -> ImportedTable? {
        guard options.types.isEmpty, !rawNames.contains(where: \.isEmpty),
              scanner.bytes.count - offset >= CSVScanner.parallelThreshold,
              let sampleEnd = scanner.boundary(after: offset, records: sampleRows) else { return nil }
        let columns = rawNames.count
        let sample = try scanner.cells(from: offset, upTo: sampleEnd, firstLine: firstLine, columns: columns)
        var plans: [ColumnPlan] = []
        for index in 0..<columns {
            let decoded = try ColumnDecoder(bytes: scanner.bytes, cells: sample, file: scanner.file, header: rawNames[index], validatedUTF8: true)
                .decodeDetailed(column: index)
            guard decoded.unit == .none, !decoded.mixedUnits, decoded.notes.isEmpty, decoded.column.hint == .number,
                  (0..<decoded.column.count).contains(where: { !decoded.column.isNull(at: $0) }),
                  let plan = ColumnPlan(decoded.column.type) else { return nil }
            plans.append(plan)
        }
        let pieces = scanner.pieces(from: offset, firstLine: firstLine, parts: parts) ?? [(offset, firstLine)]
        let chosen = plans
        var chunks: [TypedColumnsSink]
        do {
            chunks = try Parallel.map(pieces.count) { part in
                let end = part + 1 < pieces.count ? pieces[part + 1].offset : scanner.bytes.count
                var sink = TypedColumnsSink(plans: chosen, bytes: scanner.bytes, expectedRecords: (end - pieces[part].offset) / max(1, columns * 8))
                try scanner.scan(from: pieces[part].offset, upTo: end, firstLine: pieces[part].line, columns: columns, into: &sink)
                return sink
            }
        } catch is PlanUnavailable {
            return nil
        }
        // Column by column, letting go of each piece's part as soon as it is merged, so a column is held twice at most.
        var merged: [Column] = []
        for column in 0..<columns {
            merged.append(TypedColumnsSink.merged(chunks, column: column))
            for piece in chunks.indices { chunks[piece].release(column) }
        }
        let table = Table(names: CSVReader.uniqued(rawNames), columns: merged)
        // A trailing 合计 row is the careful path's to report and skip.
        if table.rowCount > 0, let first = table.columns.indices.first(where: { !table.columns[$0].isNull(at: table.rowCount - 1) }),
           case .text(let label) = table.value(row: table.rowCount - 1, column: first), TotalRow.isLabel(label) {
            return nil
        }
        return ImportedTable(table: table)
    }
}

/// How one column is parsed in the one-pass load.
enum ColumnPlan: Sendable {
    case integer
    case decimal(scale: Int)
    case date
    case boolean
    case text

    init?(_ type: DataType) {
        switch type {
        case .integer: self = .integer
        case .decimal(let scale): self = .decimal(scale: scale)
        case .date: self = .date
        case .boolean: self = .boolean
        case .text: self = .text
        // Times and timestamps take the careful path (TemporalInference).
        case .null, .timestamp, .time, .duration: return nil
        }
    }
}

/// A value the sample did not foresee: the careful path takes over.
struct PlanUnavailable: Error {}

/// Parses each field as its column's plan says, into typed arrays for one piece of the file.
struct TypedColumnsSink: CellSink, @unchecked Sendable {
    let plans: [ColumnPlan]
    let bytes: [UInt8]
    var numbers: [[Int64]]
    var dates: [[Int32]]
    var flags: [[UInt8]]
    var codes: [[UInt32]]
    var interners: [TextInterner]
    /// Non-empty fields in the current record: a record of empty fields is the careful path's to skip.
    var filled = 0

    init(plans: [ColumnPlan], bytes: [UInt8], expectedRecords: Int) {
        self.plans = plans
        self.bytes = bytes
        func storage<T>(_ wanted: (ColumnPlan) -> Bool) -> [[T]] {
            plans.map { plan in
                var array: [T] = []
                if wanted(plan) { array.reserveCapacity(expectedRecords) }
                return array
            }
        }
        numbers = storage { if case .integer = $0 { return true }; if case .decimal = $0 { return true }; return false }
        dates = storage { if case .date = $0 { return true }; return false }
        flags = storage { if case .boolean = $0 { return true }; return false }
        codes = storage { if case .text = $0 { return true }; return false }
        interners = plans.map { _ in TextInterner() }
    }

    mutating func cell(_ column: Int, start: Int, end: Int, escaped: Bool, in buffer: UnsafeBufferPointer<UInt8>) throws {
        if start == end {
            switch plans[column] {
            case .integer, .decimal: numbers[column].append(NullMarker.integer)
            case .date: dates[column].append(NullMarker.date)
            case .boolean: flags[column].append(NullMarker.boolean)
            case .text: codes[column].append(NullMarker.text)
            }
            return
        }
        filled += 1
        switch plans[column] {
        case .integer:
            guard !escaped, let value = ColumnDecoder.parseInteger(bytes[start..<end]) else { throw PlanUnavailable() }
            numbers[column].append(value)
        case .decimal(let scale):
            let slice = bytes[start..<end]
            var first = slice.startIndex
            if slice[first] == UInt8(ascii: "-") || slice[first] == UInt8(ascii: "+") { first += 1 }
            // Leading zeros mark a code, as in the careful path.
            if first + 1 < slice.endIndex && slice[first] == UInt8(ascii: "0") && slice[first + 1] != UInt8(ascii: ".") { throw PlanUnavailable() }
            guard !escaped, let value = DecimalParser.parse(slice), value.scale <= scale,
                  let scaled = value.rescaled(upTo: scale), scaled.units != NullMarker.integer else { throw PlanUnavailable() }
            numbers[column].append(scaled.units)
        case .date:
            guard !escaped, let value = CivilDate.parse(bytes[start..<end]) else { throw PlanUnavailable() }
            dates[column].append(value)
        case .boolean:
            guard !escaped, let value = ColumnDecoder.parseBoolean(bytes[start..<end]) else { throw PlanUnavailable() }
            flags[column].append(value ? 1 : 0)
        case .text:
            if escaped {
                codes[column].append(interners[column].intern(ColumnDecoder.collapsingDoubledQuotes(String(decoding: bytes[start..<end], as: UTF8.self))))
            } else {
                codes[column].append(interners[column].intern(UnsafeBufferPointer(rebasing: buffer[start..<end])))
            }
        }
    }

    mutating func endRecord(line: Int32) throws {
        if filled == 0 { throw PlanUnavailable() }
        filled = 0
    }

    /// Frees this piece's storage for a column that has been merged.
    mutating func release(_ column: Int) {
        numbers[column] = []
        dates[column] = []
        flags[column] = []
        codes[column] = []
        interners[column] = TextInterner()
    }

    /// Column `column` of all pieces, in order; text codes are renumbered into one dictionary.
    static func merged(_ pieces: [TypedColumnsSink], column: Int) -> Column {
        guard let plan = pieces.first?.plans[column] else { return Column.allNull(.text, count: 0) }
        switch plan {
        case .integer: return Column(.integer(pieces.flatMap { $0.numbers[column] }))
        case .decimal(let scale): return Column(.decimal(pieces.flatMap { $0.numbers[column] }, scale: scale))
        case .date: return Column(.date(pieces.flatMap { $0.dates[column] }))
        case .boolean: return Column(.boolean(pieces.flatMap { $0.flags[column] }))
        case .text:
            if pieces.count == 1 { return Column(.text(pieces[0].codes[column], TextDictionary(interner: pieces[0].interners[column]))) }
            // The first piece's dictionary is taken as it is; only the later pieces' strings are looked up again.
            var global = pieces[0].interners[column]
            var codes: [UInt32] = []
            codes.reserveCapacity(pieces.reduce(0) { $0 + $1.codes[column].count })
            codes.append(contentsOf: pieces[0].codes[column])
            for piece in pieces.dropFirst() {
                let local = piece.interners[column]
                let remap: [UInt32] = local.bytes.withUnsafeBufferPointer { arena in
                    (0..<local.count).map { code in
                        global.intern(UnsafeBufferPointer(rebasing: arena[Int(local.offsets[code])..<Int(local.offsets[code + 1])]))
                    }
                }
                for code in piece.codes[column] { codes.append(code == NullMarker.text ? code : remap[Int(code)]) }
            }
            return Column(.text(codes, TextDictionary(interner: global)))
        }
    }
}

extension CSVScanner {
    /// The offset just after `records` records from `offset` (line breaks outside quoted fields), or nil when
    /// the data end first or a stray quote makes the count unreliable.
    func boundary(after offset: Int, records: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var quotes = 0
            var seen = 0
            var index = offset
            while index < buffer.count {
                let byte = buffer[index]
                index += 1
                if byte == 34 {
                    if !Self.quoteIsWellPlaced(buffer, at: index - 1, delimiter: delimiter) { return nil }
                    quotes += 1
                } else if byte == 10 && quotes % 2 == 0 {
                    seen += 1
                    if seen == records { return index }
                }
            }
            return nil
        }
    }
}
