import JixiaoRender

/// Draws a sheet as box-drawn text, merged cells included, aligned by display width.
///
/// Every line is built from segments: at each column boundary a junction chosen from the lines that meet
/// there, then the column's content or rule. A cell merged across rows keeps writing its text on the rule
/// lines inside it; a cell merged across columns writes across the boundaries it covers.
package enum SheetTextRenderer {
    package static func render(_ sheet: Sheet, ascii: Bool = false) -> String {
        guard sheet.rowCount > 0, sheet.columnCount > 0 else { return sheet.title }
        let layout = Layout(sheet)
        var lines: [String] = []
        let frameWidth = layout.widths.reduce(0, +) + 3 * layout.widths.count + 1
        lines.append(DisplayWidth.center(sheet.title, in: frameWidth).trimmingTrailingSpaces())
        if let subtitle = sheet.subtitle { lines.append(DisplayWidth.center(subtitle, in: frameWidth).trimmingTrailingSpaces()) }
        for boundary in 0...sheet.rowCount {
            lines.append(layout.ruleLine(at: boundary, ascii: ascii))
            if boundary < sheet.rowCount {
                for line in 0..<layout.heights[boundary] { lines.append(layout.contentLine(row: boundary, line: line, ascii: ascii)) }
            }
        }
        lines += sheet.notes
        return lines.joined(separator: "\n")
    }

    // MARK: - Layout

    struct Layout {
        let sheet: Sheet
        let grid: [[Int]]
        var widths: [Int]
        var heights: [Int]
        /// Each cell's text broken into lines that fit its width.
        var wrapped: [[String]] = []

        init(_ sheet: Sheet) {
            self.sheet = sheet
            grid = sheet.ownerGrid()
            widths = [Int](repeating: 1, count: sheet.columnCount)
            heights = [Int](repeating: 1, count: sheet.rowCount)
            // Single columns first, then merged cells widen the last column they cover when they need room.
            for cell in sheet.cells where cell.columnSpan == 1 {
                widths[cell.column] = max(widths[cell.column], Self.wantedWidth(cell))
            }
            for cell in sheet.cells.filter({ $0.columnSpan > 1 }).sorted(by: { $0.columnSpan < $1.columnSpan }) {
                let available = spanWidth(cell)
                let wanted = Self.wantedWidth(cell)
                if wanted > available { widths[cell.column + cell.columnSpan - 1] += wanted - available }
            }
            wrapped = sheet.cells.map { Self.wrap($0.text, to: spanWidth($0)) }
            for (index, cell) in sheet.cells.enumerated() where cell.rowSpan == 1 {
                heights[cell.row] = max(heights[cell.row], wrapped[index].count)
            }
            for (index, cell) in sheet.cells.enumerated() where cell.rowSpan > 1 {
                let rows = cell.row..<(cell.row + cell.rowSpan)
                let available = rows.map { heights[$0] }.reduce(0, +) + cell.rowSpan - 1
                if wrapped[index].count > available { heights[rows.upperBound - 1] += wrapped[index].count - available }
            }
        }

        /// Columns a cell asks for: its widest line, or at most its wrap width.
        static func wantedWidth(_ cell: SheetCell) -> Int {
            let widest = cell.text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }.max() ?? 0
            guard let limit = cell.wrapWidth else { return widest }
            return min(widest, limit)
        }

        /// The inner width of a cell: its columns and the boundaries between them.
        func spanWidth(_ cell: SheetCell) -> Int {
            widths[cell.column..<(cell.column + cell.columnSpan)].reduce(0, +) + 3 * (cell.columnSpan - 1)
        }

        /// Text broken at `\n` and wherever a line would pass `width` columns. Breaks fall between units: a
        /// Chinese character, or a run of Latin letters and digits (so `12.50` stays whole); closing punctuation
        /// keeps to the unit before it and opening punctuation to the unit after, so no line starts with `，` or
        /// ends with `（`. A unit wider than the line is cut by characters; a wide character never straddles.
        static func wrap(_ text: String, to width: Int) -> [String] {
            var lines: [String] = []
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                var line = ""
                var used = 0
                for unit in units(of: String(paragraph)) {
                    let unitWidth = DisplayWidth.of(unit)
                    if used + unitWidth > width && !line.isEmpty {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    if unitWidth > width {
                        for character in unit {
                            let w = DisplayWidth.of(character)
                            if used + w > width && !line.isEmpty {
                                lines.append(line)
                                line = ""
                                used = 0
                            }
                            line.append(character)
                            used += w
                        }
                    } else {
                        line += unit
                        used += unitWidth
                    }
                }
                lines.append(line)
            }
            return lines
        }

        static let closing: Set<Character> = Set("，。、；：！？）》」』】〕”’,.;:!?)]}%％…·")
        static let opening: Set<Character> = Set("（《「『【〔“‘([{≥≤")

        /// The pieces a line may break between.
        static func units(of text: String) -> [String] {
            var units: [String] = []
            var pendingOpen = ""
            for character in text {
                let isWordCharacter = character.isASCII && (character.isLetter || character.isNumber)
                if closing.contains(character), pendingOpen.isEmpty, let last = units.indices.last {
                    units[last].append(character)
                } else if opening.contains(character) {
                    pendingOpen.append(character)
                } else if isWordCharacter, pendingOpen.isEmpty, let last = units.last, let tail = last.last,
                          tail.isASCII && (tail.isLetter || tail.isNumber || tail == ".") {
                    units[units.count - 1].append(character)
                } else if character == ".", pendingOpen.isEmpty, let tail = units.last?.last, tail.isASCII && tail.isNumber {
                    units[units.count - 1].append(character)
                } else {
                    units.append(pendingOpen + String(character))
                    pendingOpen = ""
                }
            }
            if !pendingOpen.isEmpty { units.append(pendingOpen) }
            return units
        }

        // MARK: - Lines

        /// The line of a cell's text shown on a given output line of a row (0-based within the row), where
        /// the rule lines inside a merged cell count as lines of the cell.
        func text(ofCell index: Int, row: Int, line: Int) -> String {
            let cell = sheet.cells[index]
            let offset = (cell.row..<row).map { heights[$0] + 1 }.reduce(0, +) + line
            return offset < wrapped[index].count ? wrapped[index][offset] : ""
        }

        func padded(_ text: String, cell: SheetCell, width: Int) -> String {
            switch cell.style {
            case .header: return DisplayWidth.center(text, in: width)
            case .number: return DisplayWidth.pad(text, to: width, alignRight: true)
            case .label, .text: return DisplayWidth.pad(text, to: width)
            }
        }

        func contentLine(row: Int, line: Int, ascii: Bool) -> String {
            let vertical = ascii ? "|" : "│"
            var result = ""
            var column = 0
            while column < sheet.columnCount {
                let owner = grid[row][column]
                result += vertical
                if owner >= 0 {
                    let cell = sheet.cells[owner]
                    result += " " + padded(text(ofCell: owner, row: row, line: line), cell: cell, width: spanWidth(cell)) + " "
                    column = cell.column + cell.columnSpan
                } else {
                    result += String(repeating: " ", count: widths[column] + 2)
                    column += 1
                }
            }
            return result + vertical
        }

        /// Whether a vertical line runs at the left edge of `column` through `row` (the right edge when
        /// `column` is the column count).
        func verticalLine(row: Int, column: Int) -> Bool {
            guard row >= 0 && row < sheet.rowCount else { return false }
            if column == 0 || column == sheet.columnCount { return true }
            return grid[row][column - 1] != grid[row][column]
        }

        /// Whether a horizontal line runs above `boundary`'s row in `column` (below the last row at the end).
        func horizontalLine(boundary: Int, column: Int) -> Bool {
            guard column >= 0 && column < sheet.columnCount else { return false }
            if boundary == 0 || boundary == sheet.rowCount { return true }
            return grid[boundary - 1][column] != grid[boundary][column]
        }

        func ruleLine(at boundary: Int, ascii: Bool) -> String {
            var result = ""
            var column = 0
            while column <= sheet.columnCount {
                result += Self.junction(up: verticalLine(row: boundary - 1, column: column),
                                        down: verticalLine(row: boundary, column: column),
                                        left: horizontalLine(boundary: boundary, column: column - 1),
                                        right: horizontalLine(boundary: boundary, column: column), ascii: ascii)
                guard column < sheet.columnCount else { break }
                if horizontalLine(boundary: boundary, column: column) {
                    result += String(repeating: ascii ? "-" : "─", count: widths[column] + 2)
                    column += 1
                    continue
                }
                // Inside a cell merged across rows: the rule line is one more line of its text.
                let owner = grid[boundary][column]
                if owner >= 0 {
                    let cell = sheet.cells[owner]
                    let shown = text(ofCell: owner, row: boundary - 1, line: heights[boundary - 1])
                    result += " " + padded(shown, cell: cell, width: spanWidth(cell)) + " "
                    column = cell.column + cell.columnSpan
                } else {
                    result += String(repeating: " ", count: widths[column] + 2)
                    column += 1
                }
            }
            return result
        }

        /// The box-drawing character where lines from these directions meet.
        static func junction(up: Bool, down: Bool, left: Bool, right: Bool, ascii: Bool) -> String {
            if ascii {
                switch (up || down, left || right) {
                case (true, true): return "+"
                case (true, false): return "|"
                case (false, true): return "-"
                case (false, false): return " "
                }
            }
            switch (up, down, left, right) {
            case (true, true, true, true): return "┼"
            case (true, true, false, true): return "├"
            case (true, true, true, false): return "┤"
            case (false, true, true, true): return "┬"
            case (true, false, true, true): return "┴"
            case (false, true, false, true): return "┌"
            case (false, true, true, false): return "┐"
            case (true, false, false, true): return "└"
            case (true, false, true, false): return "┘"
            case (true, true, false, false), (true, false, false, false), (false, true, false, false): return "│"
            case (false, false, true, true), (false, false, true, false), (false, false, false, true): return "─"
            case (false, false, false, false): return " "
            }
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
