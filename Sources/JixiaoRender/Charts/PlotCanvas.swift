/// A grid of character cells that lines are drawn on: Braille cells of 2 × 4 dots, or, in ASCII, one mark
/// per cell with a slope character (`-`, `/`, `\`, `|`) between points.
struct PlotCanvas: Sendable {
    let columns: Int
    let rows: Int
    let ascii: Bool
    /// Braille: dot bits per cell. ASCII: the mark per cell (0 for none).
    private var cells: [[UInt8]]
    private var marks: [[Character]]

    init(columns: Int, rows: Int, ascii: Bool) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        self.ascii = ascii
        cells = Array(repeating: Array(repeating: 0, count: self.columns), count: self.rows)
        marks = Array(repeating: Array(repeating: " ", count: self.columns), count: self.rows)
    }

    /// Points across and down: dots in Braille, cells in ASCII.
    var dotColumns: Int { ascii ? columns : columns * 2 }
    var dotRows: Int { ascii ? rows : rows * 4 }

    /// The character column a point across falls in.
    func cellColumn(ofDot x: Int) -> Int { ascii ? x : x / 2 }

    // MARK: - Drawing

    /// Bits of the Braille dots, by column within the cell and row within the cell.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    mutating func plot(_ x: Int, _ y: Int, mark: Character = "*") {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        if ascii {
            // A data point's mark wins over a line's.
            if marks[y][x] != "*" { marks[y][x] = mark }
        } else {
            cells[y / 4][x / 2] |= Self.dotBits[x % 2][y % 4]
        }
    }

    /// A straight line between two points (Bresenham), ends included; in ASCII the ends are `*` and the cells
    /// between take the line's slope.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
        let slope: Character
        if dx == 0 { slope = "|" } else if -dy * 2 < dx { slope = "-" } else if -dy > dx * 2 { slope = "|" }
        else { slope = (stepX == 1) == (stepY == 1) ? "\\" : "/" }
        var x = start.x, y = start.y, error = dx + dy
        while true {
            let isEnd = (x == start.x && y == start.y) || (x == end.x && y == end.y)
            plot(x, y, mark: isEnd ? "*" : slope)
            if x == end.x && y == end.y { break }
            let twice = 2 * error
            if twice >= dy { error += dy; x += stepX }
            if twice <= dx { error += dx; y += stepY }
        }
    }

    /// The rows as text, top first.
    func lines() -> [String] {
        if ascii { return marks.map { String($0) } }
        return cells.map { row in
            String(String.UnicodeScalarView(row.map { bits in
                bits == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(bits)) ?? " "
            }))
        }
    }
}
