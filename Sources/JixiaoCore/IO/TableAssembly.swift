import Foundation

/// A table read from a file, with what the reader noticed on the way (encoding, skipped title lines,
/// a skipped 合计 row, units), shown to the user in the load message.
package struct ImportedTable: Sendable {
    package var table: Table
    package var notes: [String]

    package init(table: Table, notes: [String] = []) {
        self.table = table
        self.notes = notes
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
    ///   - unit: "line" or "row", for the notes.
    package static func assemble(rawNames: [String], bytes: [UInt8], cells input: CSVScanner.Cells, options: CleaningOptions,
                                file: String?, unit: String, validatedUTF8: Bool = false) throws -> ImportedTable {
        var notes: [String] = []
        var cells = input
        let columns = cells.columns

        // Rows whose every cell is empty (",,," lines Excel leaves behind).
        let emptyRows = (0..<cells.records).filter { row in
            (0..<columns).allSatisfy { cells.starts[row * columns + $0] == cells.ends[row * columns + $0] & ~CSVScanner.escapedFlag }
        }
        if !emptyRows.isEmpty {
            cells = cells.removingRecords(Set(emptyRows))
            notes.append("skipped \(emptyRows.count) empty \(unit)\(emptyRows.count == 1 ? "" : "s")")
        }

        // A trailing 合计/总计 row.
        while cells.records > 0, let label = firstNonEmptyText(row: cells.records - 1, bytes: bytes, cells: cells), TotalRow.isLabel(label) {
            let line = Int(cells.lines[cells.records - 1])
            if options.keepTotals {
                notes.append("kept the \(label) row (\(unit) \(line)) as data")
                break
            }
            cells = cells.removingRecords([cells.records - 1])
            notes.append("skipped the \(label) row (\(unit) \(line)); --keep-totals keeps it")
        }

        var names = rawNames.enumerated().map { index, name in name.isEmpty ? "column\(index + 1)" : name }
        names = CSVReader.uniqued(names)
        for name in options.types.keys where !names.contains(name) {
            throw Diagnostic(.bind, code: .loadTypesUnknownColumn, "types= names \(name), which is not a column", hint: "columns: " + names.joined(separator: ", "),
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
                    notes.append("\(name): numbers written in 万元, kept as written")
                } else {
                    finalName = name + "（万元）"
                    notes.append("\(name): every number is written in 万元; kept as written and renamed \(finalName)")
                }
            }
            if decoded.mixedUnits {
                notes.append("\(name) mixes 万元 with 元 or bare numbers: kept as text (jixiao never converts units silently)")
            }
            kept.append((finalName, decoded.column))
        }
        if droppedEmpty > 0 {
            notes.append("dropped \(droppedEmpty) empty column\(droppedEmpty == 1 ? "" : "s") without a name")
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
