import JixiaoCore

/// A printed form: a grid of cells, some merged across rows or columns, with a title above and notes below.
///
/// The appendix tables are built as sheets; one renderer per format (text, Markdown, CSV, HTML) draws them,
/// so every format shows the same cells.
package struct Sheet: Sendable, Equatable {
    package var title: String
    package var subtitle: String?
    package var columnCount: Int
    package private(set) var rowCount: Int = 0
    /// Cells in reading order (by row, then column). Positions no cell covers are drawn blank.
    package private(set) var cells: [SheetCell] = []
    /// Rows where a new Markdown table starts (its first row serves as the header).
    package private(set) var blockStarts: Set<Int> = [0]
    /// Rows holding one full-width caption cell; Markdown shows them as a line of bold text between tables.
    package private(set) var captionRows: Set<Int> = []
    /// Lines printed under the table.
    package var notes: [String] = []

    package init(title: String, subtitle: String? = nil, columnCount: Int) {
        self.title = title
        self.subtitle = subtitle
        self.columnCount = columnCount
    }

    // MARK: - Building

    /// Adds a row of cells placed left to right, skipping positions covered by cells from rows above.
    /// A cell that does not fit the remaining columns is cut to them.
    package mutating func addRow(_ row: [SheetCell], startsBlock: Bool = false) {
        let index = rowCount
        rowCount += 1
        if startsBlock { blockStarts.insert(index) }
        var column = 0
        for var cell in row {
            while column < columnCount && isCovered(row: index, column: column) { column += 1 }
            guard column < columnCount else { break }
            cell.row = index
            cell.column = column
            cell.columnSpan = max(1, min(cell.columnSpan, columnCount - column))
            cell.rowSpan = max(1, cell.rowSpan)
            cells.append(cell)
            column += cell.columnSpan
        }
    }

    /// Adds one cell spanning every column, as a caption between parts of the form.
    package mutating func addCaption(_ text: String) {
        captionRows.insert(rowCount)
        blockStarts.insert(rowCount)
        addRow([SheetCell(text, style: .header, columnSpan: columnCount)])
        blockStarts.insert(rowCount)
    }

    /// Whether a cell of an earlier row (or earlier in this row) covers a position.
    package func isCovered(row: Int, column: Int) -> Bool {
        owner(row: row, column: column) != nil
    }

    /// The index in `cells` of the cell covering a position, if any.
    package func owner(row: Int, column: Int) -> Int? {
        cells.lastIndex { $0.row <= row && row < $0.row + $0.rowSpan && $0.column <= column && column < $0.column + $0.columnSpan }
    }

    /// A grid of owners: `grid[row][column]` is the index of the covering cell, or -1 - position for a blank
    /// (so that every blank is distinct from its neighbours).
    package func ownerGrid() -> [[Int]] {
        var grid = (0..<rowCount).map { row in (0..<columnCount).map { column in -1 - (row * columnCount + column) } }
        for (index, cell) in cells.enumerated() {
            for row in cell.row..<min(rowCount, cell.row + cell.rowSpan) {
                for column in cell.column..<min(columnCount, cell.column + cell.columnSpan) { grid[row][column] = index }
            }
        }
        return grid
    }

    /// Rows ending past the last row are cut, so that a rowspan never points outside the sheet.
    package mutating func closeSpans() {
        for index in cells.indices where cells[index].row + cells[index].rowSpan > rowCount {
            cells[index].rowSpan = rowCount - cells[index].row
        }
    }
}

/// One cell of a sheet.
package struct SheetCell: Sendable, Equatable {
    /// How a cell is drawn: headers centred (and `<th>` in HTML), numbers right-aligned, text left-aligned.
    package enum Style: Sendable, Equatable {
        case header
        case label
        case text
        case number
    }

    /// The text; a `\n` is a line break in text and HTML, and is dropped in CSV.
    package var text: String
    package var style: Style
    package var row = 0
    package var column = 0
    package var rowSpan: Int
    package var columnSpan: Int
    /// Text wider than this many display columns wraps instead of widening its column (nil: never wraps).
    package var wrapWidth: Int?
    /// The number the text shows, for formats that keep numbers as numbers (a spreadsheet); nil for text.
    package var number: SheetNumber?

    package init(_ text: String, style: Style = .text, columnSpan: Int = 1, rowSpan: Int = 1, wrapWidth: Int? = nil, number: SheetNumber? = nil) {
        self.text = text
        self.style = style
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.wrapWidth = wrapWidth
        self.number = number
    }

    /// The text on one line, as CSV writes it.
    package var singleLine: String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined()
    }
}

/// A cell's number as a spreadsheet keeps it: the exact value and the format that shows it as the text does.
package struct SheetNumber: Sendable, Equatable {
    package enum Format: Sendable, Equatable {
        /// Fixed decimals: `0.00` for 2.
        case fixed(Int)
        /// A percentage with fixed decimals (`0.00%`); the value is the fraction (12.5% is 0.125).
        case percent(Int)
    }

    package var value: ExactDecimal
    package var format: Format

    package init(_ value: ExactDecimal, format: Format) {
        self.value = value
        self.format = format
    }

    /// A percentage given in points (12.5 for 12.5%), kept as its fraction; moving the point is exact.
    package static func percent(points: ExactDecimal, decimals: Int = 2) -> SheetNumber? {
        guard points.scale + 2 <= ExactDecimal.maxScale else { return nil }
        return SheetNumber(ExactDecimal(units: points.units, scale: points.scale + 2), format: .percent(decimals))
    }

    /// The spreadsheet's format code: `0.00`, `0.00%`, `0`.
    package var formatCode: String {
        switch format {
        case .fixed(let decimals): return decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0"
        case .percent(let decimals): return (decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0") + "%"
        }
    }
}
