import JixiaoCore

/// How a table is drawn.
public struct TableStyle: Sendable {
    /// At most this many rows are drawn; the rest are counted in a last line.
    public var maxRows: Int = 40
    /// The terminal's width; wide tables shrink their widest text columns to fit.
    public var width: Int = 120
    /// Adds a 合计 row summing every number column (percentages and plain numbers excepted).
    public var showTotal: Bool = false
    /// Box-drawing characters, or plain ASCII.
    public var ascii: Bool = false
    /// An optional title above the frame.
    public var title: String?

    public init(maxRows: Int = 40, width: Int = 120, showTotal: Bool = false, ascii: Bool = false, title: String? = nil) {
        self.maxRows = maxRows
        self.width = width
        self.showTotal = showTotal
        self.ascii = ascii
        self.title = title
    }
}

/// Draws tables as box-drawn text aligned by display width.
public enum TableRenderer {
    struct Box {
        let h, v, topLeft, topMid, topRight, midLeft, midMid, midRight, bottomLeft, bottomMid, bottomRight: String
        static let unicode = Box(h: "─", v: "│", topLeft: "┌", topMid: "┬", topRight: "┐", midLeft: "├", midMid: "┼",
                                 midRight: "┤", bottomLeft: "└", bottomMid: "┴", bottomRight: "┘")
        static let ascii = Box(h: "-", v: "|", topLeft: "+", topMid: "+", topRight: "+", midLeft: "+", midMid: "+",
                               midRight: "+", bottomLeft: "+", bottomMid: "+", bottomRight: "+")
    }

    public static let totalLabel = "合计"

    public static func render(_ table: Table, style: TableStyle = TableStyle()) -> String {
        let box = style.ascii ? Box.ascii : Box.unicode
        let fields = table.fields
        let shown = min(table.rowCount, max(style.maxRows, 0))
        let hints = table.columns.map(\.hint)
        var body: [[String]] = (0..<shown).map { row in
            fields.indices.map { CellFormatter.text(table.value(row: row, column: $0), hint: hints[$0]) }
        }
        var totalRow: [String]?
        if style.showTotal, !fields.isEmpty {
            totalRow = totals(table)
        }
        let header = fields.map { TerminalText.cell($0.name) }
        let rightAligned = fields.map { CellFormatter.alignsRight($0.type) }
        var widths = header.map(DisplayWidth.of)
        for row in body + (totalRow.map { [$0] } ?? []) {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        widths = fitted(widths, rightAligned: rightAligned, to: style.width)
        // An empty table says so inside its frame: narrow columns widen (the last one) to hold the note.
        let emptyNote = " (no rows)"
        if table.rowCount == 0, let last = widths.indices.last {
            let inner = widths.reduce(0, +) + 3 * widths.count - 1
            widths[last] += max(0, DisplayWidth.of(emptyNote) - inner)
        }
        func cut(_ cells: [String]) -> [String] {
            cells.enumerated().map { DisplayWidth.truncate($1, to: widths[$0]) }
        }
        body = body.map(cut)
        totalRow = totalRow.map(cut)

        func rule(_ left: String, _ mid: String, _ right: String) -> String {
            left + widths.map { String(repeating: box.h, count: $0 + 2) }.joined(separator: mid) + right
        }
        func line(_ cells: [String]) -> String {
            box.v + cells.enumerated().map { " " + DisplayWidth.pad($1, to: widths[$0], alignRight: rightAligned[$0]) + " " }
                .joined(separator: box.v) + box.v
        }
        var lines: [String] = []
        if let title = style.title { lines.append(title) }
        if fields.isEmpty {
            lines.append("(no columns)")
            return lines.joined(separator: "\n")
        }
        lines.append(rule(box.topLeft, box.topMid, box.topRight))
        lines.append(line(cut(header)))
        lines.append(rule(box.midLeft, box.midMid, box.midRight))
        for row in body { lines.append(line(row)) }
        if table.rowCount == 0 {
            let inner = widths.reduce(0, +) + 3 * widths.count - 1
            lines.append(box.v + DisplayWidth.pad(emptyNote, to: inner) + box.v)
        }
        if let totalRow {
            lines.append(rule(box.midLeft, box.midMid, box.midRight))
            lines.append(line(totalRow))
        }
        lines.append(rule(box.bottomLeft, box.bottomMid, box.bottomRight))
        if table.rowCount > shown {
            let more = table.rowCount - shown
            lines.append("… \(more) more row\(more == 1 ? "" : "s") (\(table.rowCount) in all; show rows=N to see more)")
        }
        return lines.joined(separator: "\n")
    }

    /// The 合计 row: exact sums of number columns; the label in the first text column (or the first column).
    public static func totals(_ table: Table) -> [String] {
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

    /// Shrinks the widest text columns until the frame fits `limit` columns (never below 6 each); numbers are
    /// cut only when no text column is left to cut.
    ///
    /// The result is that of taking one column from the widest column (the first of equals) until it fits,
    /// computed directly: a megabyte-wide cell or ten thousand columns cost a few passes, not one per column cut.
    static func fitted(_ widths: [Int], rightAligned: [Bool], to limit: Int) -> [Int] {
        var widths = widths
        var excess = widths.reduce(0, +) + 3 * widths.count + 1 - limit
        for textOnly in [true, false] where excess > 0 {
            let pool = widths.indices.filter { widths[$0] > minimumWidth && (!textOnly || !rightAligned[$0]) }
            excess -= lower(&widths, pool: pool, by: excess)
        }
        return widths
    }

    /// Lowers the widest columns of `pool` (a water level, never below `minimumWidth`) to remove up to
    /// `excess` columns of width; returns how many were removed.
    private static func lower(_ widths: inout [Int], pool: [Int], by excess: Int) -> Int {
        func cut(to level: Int) -> Int { pool.reduce(0) { $0 + max(0, widths[$1] - level) } }
        let most = cut(to: minimumWidth)
        if most <= excess {
            for index in pool { widths[index] = minimumWidth }
            return most
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
        return excess
    }
}
