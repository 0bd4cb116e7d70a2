import Foundation

/// A table read from a file, with what the reader noticed on the way (encoding, skipped title lines,
/// a skipped 合计 row, units), shown to the user in the load message.
package struct ImportedTable: Sendable {
    package var table: Table
    package var notes: [Message]

    package init(table: Table, notes: [Message] = []) {
        self.table = table
        self.notes = notes
    }

    /// The notes said in `language`.
    package func notes(in language: Language) -> [String] {
        notes.map { $0.text(in: language) }
    }
}

/// What a reader counts a table's records in, for notes and places: a text file's lines, a sheet's rows.
package enum RowUnit: Sendable {
    case line
    case row

    /// "line 3", "row 3" (第 3 行).
    package func place(_ number: Int) -> Message {
        Message(self == .line ? .placeLine : .placeRow, String(number))
    }
}

/// Options every spreadsheet-like reader (CSV, TSV, XLSX) shares.
package struct CleaningOptions: Sendable {
    /// Column name → type, overriding inference.
    package var types: [String: DataType] = [:]
    /// The 1-based line (CSV) or row (XLSX) of the header; nil to detect it.
    package var headerLine: Int?
    /// Keep a trailing 合计/总计 row instead of skipping it.
    package var keepTotals = false

    package init(types: [String: DataType] = [:], headerLine: Int? = nil, keepTotals: Bool = false) {
        self.types = types
        self.headerLine = headerLine
        self.keepTotals = keepTotals
    }
}

// MARK: - Header detection

/// Finds the real header below title and blank lines, as Excel exports on Chinese Windows have them:
///
/// ```
/// 某县2022年项目资金支出明细表,,
/// ,,
/// 日期,乡镇,金额
/// ```
///
/// The header is the first row with the most non-empty cells among the first rows. When that row already
/// holds numbers or dates (a data row) and the row before it has at least two cells and none of them a
/// number, that row before is the header (one with a blank name). `header=N` overrides all of this.
package enum HeaderDetection {
    /// How many rows from the top are looked at.
    package static let sampleSize = 30

    /// What the detection needs to know of one row.
    package struct RowShape: Sendable {
        package var nonEmpty: Int
        /// Cells that read as numbers or dates.
        package var numeric: Int

        package init(nonEmpty: Int, numeric: Int) {
            self.nonEmpty = nonEmpty
            self.numeric = numeric
        }

        /// The shape of a row of UTF-8 cells.
        package init(cells: [ArraySlice<UInt8>]) {
            var nonEmpty = 0
            var numeric = 0
            for cell in cells {
                let trimmed = HeaderDetection.trimmed(cell)
                guard !trimmed.isEmpty else { continue }
                nonEmpty += 1
                if DecimalParser.parse(trimmed) != nil || LenientNumber.parse(trimmed) != nil || CivilDate.parse(trimmed) != nil { numeric += 1 }
            }
            self.init(nonEmpty: nonEmpty, numeric: numeric)
        }
    }

    /// The index of the header among the sampled rows.
    package static func headerIndex(_ rows: [RowShape]) -> Int {
        guard let widest = rows.map(\.nonEmpty).max(), widest > 0 else { return 0 }
        guard let candidate = rows.firstIndex(where: { $0.nonEmpty == widest }) else { return 0 }
        if candidate > 0 && rows[candidate].numeric > 0 {
            let before = rows[candidate - 1]
            if before.nonEmpty >= 2 && before.numeric == 0 { return candidate - 1 }
        }
        return candidate
    }

    static func trimmed(_ cell: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = cell.startIndex
        var end = cell.endIndex
        while start < end && (cell[start] == 0x20 || cell[start] == 0x09) { start += 1 }
        while end > start && (cell[end - 1] == 0x20 || cell[end - 1] == 0x09) { end -= 1 }
        return cell[start..<end]
    }
}

// MARK: - Total rows

/// Recognises the 合计/总计 row Chinese ledgers end with.
package enum TotalRow {
    /// Whether a cell's text labels a total: 合计, 总计, 合 计, 合计：, 总计（元）…
    package static func isLabel(_ text: String) -> Bool {
        let compact = text.filter { !$0.isWhitespace }
        return compact.hasPrefix("合计") || compact.hasPrefix("总计")
    }
}

// MARK: - Assembly

/// Turns a header and the cells below it into a table: skips empty rows and a trailing total row, decodes
/// the columns, names units, drops empty unnamed columns. Shared by the CSV and XLSX readers.
package enum TableAssembly {
    /// - Parameters:
    ///   - rawNames: header cells as written (empty for a blank header cell).
    ///   - unit: lines or rows, for the notes.
    package static func assemble(rawNames: [String], bytes: [UInt8], cells input: CSVScanner.Cells, options: CleaningOptions,
                                file: String?, unit: RowUnit, validatedUTF8: Bool = false) throws -> ImportedTable {
        var notes: [Message] = []
        var cells = input
        let columns = cells.columns

        // Rows whose every cell is empty (",,," lines Excel leaves behind).
        let emptyRows = (0..<cells.records).filter { row in
            (0..<columns).allSatisfy { cells.starts[row * columns + $0] == cells.ends[row * columns + $0] & ~CSVScanner.escapedFlag }
        }
        if !emptyRows.isEmpty {
            cells = cells.removingRecords(Set(emptyRows))
            notes.append(Message(unit == .line ? .noteSkippedEmptyLines : .noteSkippedEmptyRows, String(emptyRows.count), count: emptyRows.count))
        }

        // A trailing 合计/总计 row.
        while cells.records > 0, let label = firstNonEmptyText(row: cells.records - 1, bytes: bytes, cells: cells), TotalRow.isLabel(label) {
            let line = Int(cells.lines[cells.records - 1])
            if options.keepTotals {
                notes.append(Message(key: MessageID.noteKeptTotalRow.rawValue, arguments: [.verbatim(label), .message(unit.place(line))]))
                break
            }
            cells = cells.removingRecords([cells.records - 1])
            notes.append(Message(key: MessageID.noteSkippedTotalRow.rawValue, arguments: [.verbatim(label), .message(unit.place(line))]))
        }

        var names = rawNames.enumerated().map { index, name in name.isEmpty ? "column\(index + 1)" : name }
        names = CSVReader.uniqued(names)
        for name in options.types.keys where !names.contains(name) {
            throw Diagnostic(.bind, .loadTypesUnknownColumn, [name], hint: Message(.hintColumns, Message.list(names, limit: .max)),
                             location: SourceLocation(file: file))
        }
        var kept: [(String, Column)] = []
        var droppedEmpty = 0
        // Columns decode independently, on every core.
        let types = options.types
        let frozenCells = cells
        let frozenNames = names
        let decodedColumns = try Parallel.map(names.count) { index in
            try ColumnDecoder(bytes: bytes, cells: frozenCells, file: file, header: frozenNames[index], validatedUTF8: validatedUTF8)
                .decodeDetailed(column: index, as: types[frozenNames[index]])
        }
        for (index, name) in names.enumerated() {
            let decoded = decodedColumns[index]
            if rawNames[index].isEmpty && (0..<decoded.column.count).allSatisfy(decoded.column.isNull(at:)) {
                droppedEmpty += 1
                continue
            }
            var finalName = name
            if decoded.unit == .wanYuan {
                if name.contains("万元") {
                    notes.append(Message(.noteWanYuanKept, name))
                } else {
                    finalName = name + "（万元）"
                    notes.append(Message(.noteWanYuanRenamed, name, finalName))
                }
            }
            if decoded.mixedUnits {
                notes.append(Message(.noteMixedUnits, name))
            }
            notes += decoded.notes
            kept.append((finalName, decoded.column))
        }
        if droppedEmpty > 0 {
            notes.append(Message(.noteDroppedEmptyColumns, String(droppedEmpty), count: droppedEmpty))
        }
        let finalNames = CSVReader.uniqued(kept.map(\.0))
        return ImportedTable(table: Table(names: finalNames, columns: kept.map(\.1)), notes: notes)
    }

    private static func firstNonEmptyText(row: Int, bytes: [UInt8], cells: CSVScanner.Cells) -> String? {
        for column in 0..<cells.columns {
            let index = row * cells.columns + column
            let start = Int(cells.starts[index])
            let end = Int(cells.ends[index] & ~CSVScanner.escapedFlag)
            let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { return text }
        }
        return nil
    }
}

extension CSVScanner.Cells {
    /// The same cells without the records at `rows`.
    package func removingRecords(_ rows: Set<Int>) -> CSVScanner.Cells {
        var result = CSVScanner.Cells()
        result.columns = columns
        for row in 0..<records where !rows.contains(row) {
            result.starts.append(contentsOf: starts[(row * columns)..<((row + 1) * columns)])
            result.ends.append(contentsOf: ends[(row * columns)..<((row + 1) * columns)])
            result.lines.append(lines[row])
        }
        return result
    }
}
