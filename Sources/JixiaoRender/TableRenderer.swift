import JixiaoCore

/// How a table is drawn.
package struct TableStyle: Sendable {
    /// At most this many rows are drawn; the rest are counted in a last line.
    package var maxRows: Int = 40
    /// The terminal's width, or nil for no limit (output that is not a terminal is a record, and is never cut).
    /// A table wider than the limit cuts its widest text columns (never below 6 each), then leaves out whole
    /// the columns that still do not fit and names them below; a number or a date is never cut.
    package var width: Int?
    /// Adds a 合计 row summing every number column (percentages and plain numbers excepted).
    package var showTotal: Bool = false
    /// Box-drawing characters, or plain ASCII.
    package var ascii: Bool = false
    /// An optional title above the frame.
    package var title: String?
    /// How wide charts are drawn when `width` sets no limit: a chart has no natural width of its own.
    package var unlimitedChartWidth = 120

    package init(maxRows: Int = 40, width: Int? = nil, showTotal: Bool = false, ascii: Bool = false, title: String? = nil) {
        self.maxRows = maxRows
        self.width = width
        self.showTotal = showTotal
        self.ascii = ascii
        self.title = title
    }

    /// The width charts fill: the terminal's, or `unlimitedChartWidth` when there is no limit.
    package var chartWidth: Int { width ?? unlimitedChartWidth }
}

/// Draws tables as box-drawn text aligned by display width.
package enum TableRenderer {
    struct Box {
        let h, v, topLeft, topMid, topRight, midLeft, midMid, midRight, bottomLeft, bottomMid, bottomRight: String
        static let unicode = Box(h: "─", v: "│", topLeft: "┌", topMid: "┬", topRight: "┐", midLeft: "├", midMid: "┼",
                                 midRight: "┤", bottomLeft: "└", bottomMid: "┴", bottomRight: "┘")
        static let ascii = Box(h: "-", v: "|", topLeft: "+", topMid: "+", topRight: "+", midLeft: "+", midMid: "+",
                               midRight: "+", bottomLeft: "+", bottomMid: "+", bottomRight: "+")
    }

    package static let totalLabel = "合计"

    package static func render(_ table: Table, style: TableStyle = TableStyle()) -> String {
        let box = style.ascii ? Box.ascii : Box.unicode
        let fields = table.fields
        var lines: [String] = []
        if let title = style.title { lines.append(style.width.map { DisplayWidth.truncate(title, to: $0) } ?? title) }
        if fields.isEmpty {
            lines.append(Message(.renderNoColumns).text)
            return lines.joined(separator: "\n")
        }
        let shown = min(table.rowCount, max(style.maxRows, 0))
        let hints = table.columns.map(\.hint)
        let body: [[String]] = (0..<shown).map { row in
            fields.indices.map { CellFormatter.text(table.value(row: row, column: $0), hint: hints[$0]) }
        }
        let totalRow = style.showTotal ? totals(table) : nil
        let header = fields.map { TerminalText.cell($0.name) }
        var natural = header.map(DisplayWidth.of)
        for row in body + (totalRow.map { [$0] } ?? []) {
            for (i, cell) in row.enumerated() { natural[i] = max(natural[i], DisplayWidth.of(cell)) }
        }
        // Only text is cut (with …); numbers, dates and booleans are shown whole or not at all.
        let layout = ColumnLayout(widths: natural, cuttable: fields.map { $0.type == .text }, limit: style.width)
        var widths = layout.widths
        let rightAligned = layout.columns.map { $0.map { CellFormatter.alignsRight(fields[$0].type) } ?? false }
        // An empty table says so inside its frame: narrow columns widen (the last one) to hold the note.
        let emptyNote = " " + Message(.renderNoRows).text
        if table.rowCount == 0, let last = widths.indices.last {
            let inner = widths.reduce(0, +) + 3 * widths.count - 1
            widths[last] += max(0, DisplayWidth.of(emptyNote) - inner)
        }
        /// A row's cells in the drawn columns, text cut to its column's width.
        func drawn(_ cells: [String], marker: String) -> [String] {
            layout.columns.enumerated().map { position, column in
                column.map { DisplayWidth.truncate(cells[$0], to: widths[position]) } ?? marker
            }
        }

        func rule(_ left: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: box.h, count: $0 + 2) }.joined(separator: mid) + right
        }
        func line(_ cells: [String]) -> String {
            box.v + cells.enumerated().map { " " + DisplayWidth.pad($1, to: widths[$0], alignRight: rightAligned[$0]) + " " }
                .joined(separator: box.v) + box.v
        }
        // Notes wrap to the window, or to the frame when even the frame is wider.
        func note(_ text: String) -> [String] {
            style.width.map { OutputNotes.wrapped(text, to: max($0, frameWidth(widths))) } ?? [text]
        }
        lines.append(rule(box.topLeft, box.topMid, box.topRight))
        lines.append(line(drawn(header, marker: ColumnLayout.marker)))
        lines.append(rule(box.midLeft, box.midMid, box.midRight))
        for row in body { lines.append(line(drawn(row, marker: ColumnLayout.marker))) }
        if table.rowCount == 0 {
            let inner = widths.reduce(0, +) + 3 * widths.count - 1
            lines.append(box.v + DisplayWidth.pad(emptyNote, to: inner) + box.v)
        }
        if let totalRow {
            lines.append(rule(box.midLeft, box.midMid, box.midRight))
            lines.append(line(drawn(totalRow, marker: "")))
        }
        lines.append(rule(box.bottomLeft, box.bottomMid, box.bottomRight))
        if table.rowCount > shown {
            lines += note(OutputNotes.rowsLeftOut(shown: shown, total: table.rowCount))
        }
        if !layout.leftOut.isEmpty {
            lines += note(OutputNotes.columnsLeftOut(layout.leftOut.map { header[$0] }))
        }
        return lines.joined(separator: "\n")
    }

    /// The 合计 row: exact sums of number columns; the label in the first text column (or the first column).
    package static func totals(_ table: Table) -> [String] {
        var cells = [String](repeating: "", count: table.columns.count)
        for (index, column) in table.columns.enumerated() where column.hint == .number {
            let full = table.materializedColumn(index)
            switch full.storage {
            case .integer(let values), .decimal(let values, _):
                var sum: Int64 = 0
                var overflow = false
                for v in values where v != NullMarker.integer {
                    let (s, o) = sum.addingReportingOverflow(v)
                    overflow = overflow || o
                    sum = s
                }
                let value: Value = column.type == .integer ? .integer(sum) : .decimal(ExactDecimal(units: sum, scale: column.type.scale))
                cells[index] = overflow || sum == NullMarker.integer ? "overflow" : CellFormatter.text(value, hint: .number)
            default:
                break
            }
        }
        let labelColumn = table.columns.firstIndex { !$0.type.isNumeric } ?? 0
        if cells[labelColumn].isEmpty { cells[labelColumn] = totalLabel }
        return cells
    }

    /// The narrowest a column is cut to.
    static let minimumWidth = 6

    /// Columns of `widths` in a frame: the borders and a space either side of each.
    static func frameWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 3 * widths.count + 1
    }

    /// The columns a table is drawn with in a width: every column, its text cut to fit; or, when even text cut
    /// to the minimum leaves no room, as DuckDB does, the first and last columns that fit (taken from both ends
    /// in turn) with a `…` column where the others were left out whole.
    struct ColumnLayout {
        /// The middle column that stands for the columns left out.
        static let marker = "…"
        /// Each drawn column: an index into the table's columns, or nil for the `…` column.
        var columns: [Int?]
        /// The width of each drawn column.
        var widths: [Int]
        /// The columns not drawn, in order.
        var leftOut: [Int]

        init(widths natural: [Int], cuttable: [Bool], limit: Int?) {
            columns = natural.indices.map { $0 }
            widths = natural
            leftOut = []
            guard let limit else { return }
            let narrowest = natural.indices.map { cuttable[$0] ? min(natural[$0], minimumWidth) : natural[$0] }
            guard TableRenderer.frameWidth(narrowest) > limit, natural.count > 1 else {
                widths = fitted(natural, cuttable: cuttable, to: limit)
                return
            }
            let markerWidth = DisplayWidth.of(Self.marker) + 3
            // Columns [0, left) and [right, count) are kept.
            var left = 0, right = natural.count
            var used = TableRenderer.frameWidth([]) + markerWidth
            var fromLeft = true
            while left < right {
                let next = fromLeft ? left : right - 1
                guard used + narrowest[next] + 3 <= limit else { break }
                used += narrowest[next] + 3
                if fromLeft { left += 1 } else { right -= 1 }
                fromLeft.toggle()
            }
            // At least the first column is drawn, even when it alone is wider than the window.
            if left == 0 && right == natural.count { left = 1 }
            let kept = Array(0..<left) + Array(right..<natural.count)
            leftOut = Array(left..<right)
            let keptWidths = fitted(kept.map { natural[$0] }, cuttable: kept.map { cuttable[$0] }, to: limit - markerWidth)
            let split = left
            columns = kept[..<split].map { $0 } + [nil] + kept[split...].map { $0 }
            widths = Array(keptWidths[..<split]) + [DisplayWidth.of(Self.marker)] + Array(keptWidths[split...])
        }
    }

    /// Shrinks the widest cuttable (text) columns until the frame fits `limit` columns, never below 6 each;
    /// other columns keep their width, so the frame may stay wider than `limit`.
    ///
    /// The result is that of taking one column from the widest column (the first of equals) until it fits,
    /// computed directly: a megabyte-wide cell or ten thousand columns cost a few passes, not one per column cut.
    static func fitted(_ widths: [Int], cuttable: [Bool], to limit: Int) -> [Int] {
        var widths = widths
        let excess = frameWidth(widths) - limit
        guard excess > 0 else { return widths }
        let pool = widths.indices.filter { widths[$0] > minimumWidth && cuttable[$0] }
        lower(&widths, pool: pool, by: excess)
        return widths
    }

    /// Lowers the widest columns of `pool` (a water level, never below `minimumWidth`) to remove up to
    /// `excess` columns of width.
    private static func lower(_ widths: inout [Int], pool: [Int], by excess: Int) {
        func cut(to level: Int) -> Int { pool.reduce(0) { $0 + max(0, widths[$1] - level) } }
        let most = cut(to: minimumWidth)
        if most <= excess {
            for index in pool { widths[index] = minimumWidth }
            return
        }
        // The lowest level whose cut stays within the excess: cut(level) is decreasing in level.
        var low = minimumWidth + 1, high = pool.map { widths[$0] }.max() ?? minimumWidth
        while low < high {
            let middle = (low + high) / 2
            if cut(to: middle) <= excess { high = middle } else { low = middle + 1 }
        }
        let level = low
        var remainder = excess - cut(to: level)
        // Columns at the level after the cut lose one more, the first ones first, as one at a time would.
        for index in pool where widths[index] >= level {
            widths[index] = level
            if remainder > 0 {
                widths[index] -= 1
                remainder -= 1
            }
        }
    }
}
