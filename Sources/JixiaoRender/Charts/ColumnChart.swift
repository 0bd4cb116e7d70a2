import JixiaoCore

/// Vertical columns, one per label, in eighths of a row, each value printed just above its column (below it
/// for a negative value, which grows down from the zero axis).
///
/// Labels go under the columns; when they do not fit side by side they are written top to bottom, one
/// character per line, as Chinese can be. Columns that do not fit the width are counted in a last line.
package enum ColumnChart {
    /// Columns are at most this many cells wide, however wide their slot.
    static let maxColumnWidth = 4
    /// Labels written top to bottom are cut to this many characters.
    static let maxVerticalLabel = 8

    package static func render(_ data: ChartData, style: ChartStyle) -> String {
        let glyphs = ChartGlyphs(ascii: style.ascii)
        let values: [ExactDecimal?] = data.labels.indices.map { $0 < data.values.count ? data.values[$0] : nil }
        let texts = values.map(data.text)
        var lines = ChartText.titleLines(data.title, width: style.width)

        // Slot width: the widest value, at least two cells; the widest label too when labels fit side by side.
        let valueWidth = max(texts.map(DisplayWidth.of).max() ?? 0, 2)
        let labelWidth = data.labels.map(DisplayWidth.of).max() ?? 0
        let count = data.labels.count
        func fits(_ slot: Int, _ n: Int) -> Bool { n * slot + max(n - 1, 0) <= style.width }
        let sideBySide = fits(max(valueWidth, labelWidth), count)
        let characterWidth = data.labels.flatMap { $0.map(DisplayWidth.of) }.max() ?? 1
        let slot = sideBySide ? max(valueWidth, labelWidth) : max(valueWidth, characterWidth)
        let shown = fits(slot, count) ? count : max((style.width + 1) / (slot + 1), 1)
        let barWidth = min(slot, maxColumnWidth)

        let scale = ChartScale(Array(values.prefix(shown)))
        let rowsPerUnit = scale.cellsPerUnit(style.height)
        let steps: [Int] = (0..<shown).map { index in
            guard let value = values[index] else { return 0 }
            return ChartScale.steps(value, cellsPerUnit: rowsPerUnit, resolution: value.units < 0 ? glyphs.negativeResolution : glyphs.resolution)
        }
        let isNegative = (0..<shown).map { (values[$0]?.units ?? 0) < 0 }
        let upRows = (0..<shown).filter { !isNegative[$0] }.map { ChartScale.cells(steps[$0], resolution: glyphs.resolution) }.max() ?? 0
        let downRows = (0..<shown).filter { isNegative[$0] }.map { ChartScale.cells(steps[$0], resolution: glyphs.negativeResolution) }.max() ?? 0

        func centered(_ text: String) -> String { DisplayWidth.center(text, in: slot) }
        func bar(_ cell: String) -> String { centered(String(repeating: cell, count: barWidth)) }
        func row(_ cells: [String]) -> String { cells.joined(separator: " ") }

        // Above the axis, top row first: each column's cells, then its value in the row just above it.
        if scale.hasPositive || texts.indices.contains(where: { !isNegative[$0] }) {
            for level in stride(from: upRows, through: 0, by: -1) {
                lines.append(row((0..<shown).map { index in
                    guard !isNegative[index] else { return centered("") }
                    let used = ChartScale.cells(steps[index], resolution: glyphs.resolution)
                    if level < used { return bar(glyphs.upwardCell(min(steps[index] - level * glyphs.resolution, glyphs.resolution))) }
                    return level == used ? centered(texts[index]) : centered("")
                }))
            }
        }
        lines.append(String(repeating: glyphs.horizontalAxis, count: shown * slot + shown - 1))
        // Below the axis, nearest first: negative columns, then their values.
        if scale.hasNegative {
            for level in 0...downRows {
                lines.append(row((0..<shown).map { index in
                    guard isNegative[index] else { return centered("") }
                    let used = ChartScale.cells(steps[index], resolution: glyphs.negativeResolution)
                    if level < used { return bar(glyphs.downwardCell(min(steps[index] - level * glyphs.negativeResolution, glyphs.negativeResolution))) }
                    return level == used ? centered(texts[index]) : centered("")
                }))
            }
        }

        // Labels: side by side, or one character per line.
        if sideBySide {
            lines.append(row(data.labels.prefix(shown).map(centered)))
        } else {
            let stacks: [[String]] = data.labels.prefix(shown).map { label in
                let characters = label.map(String.init)
                guard characters.count > maxVerticalLabel else { return characters }
                return Array(characters.prefix(maxVerticalLabel - 1)) + [glyphs.verticalEllipsis]
            }
            let depth = stacks.map(\.count).max() ?? 0
            for line in 0..<depth {
                lines.append(row(stacks.map { centered(line < $0.count ? $0[line] : "") }))
            }
        }
        if shown < count {
            let more = count - shown
            lines.append(DisplayWidth.truncate(Message(.chartColumnsLeftOut, String(more), String(count), count: more).text, to: style.width))
        }
        return ChartText.joined(lines)
    }
}
