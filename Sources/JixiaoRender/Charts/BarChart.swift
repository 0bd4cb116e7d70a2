import JixiaoCore

/// Horizontal bars, one per label: labels padded by display width so every bar starts in the same column,
/// bars in eighths of a cell, and each value printed at the end of its bar.
///
/// Negative values grow left of a zero axis with their value before them; zero draws no bar and prints 0.
package enum BarChart {
    package static func render(_ data: ChartData, style: ChartStyle) -> String {
        let glyphs = ChartGlyphs(ascii: style.ascii)
        let shown = min(data.labels.count, style.maxBars)
        let labels = Array(data.labels.prefix(shown))
        let values: [ExactDecimal?] = (0..<shown).map { $0 < data.values.count ? data.values[$0] : nil }
        let texts = values.map(data.text)
        let isNegative = values.map { ($0?.units ?? 0) < 0 }
        let scale = ChartScale(values)

        // Columns right of the labels: a space, the left side (value, space, bar), the axis, then bar, space, value.
        let positiveText = zip(texts, isNegative).filter { !$1 }.map { DisplayWidth.of($0.0) }.max() ?? 0
        let negativeText = zip(texts, isNegative).filter { $1 }.map { DisplayWidth.of($0.0) }.max() ?? 0
        let reserved = 2 + 1 + positiveText + (scale.hasNegative ? negativeText + 1 : 0)
        let labelColumn = LabelColumn(labels: labels, total: style.width, reserved: reserved)
        let barCells = max(style.width - labelColumn.width - reserved, 1)
        let cellsPerUnit = scale.cellsPerUnit(barCells)

        let steps: [Int] = values.map { value in
            guard let value else { return 0 }
            return ChartScale.steps(value, cellsPerUnit: cellsPerUnit, resolution: value.units < 0 ? glyphs.negativeResolution : glyphs.resolution)
        }
        let leftCells = zip(steps, isNegative).filter { $1 }.map { ChartScale.cells($0.0, resolution: glyphs.negativeResolution) }.max() ?? 0
        let leftSide = scale.hasNegative ? negativeText + 1 + leftCells : 0

        var lines = ChartText.titleLines(data.title, width: style.width)
        for row in 0..<shown {
            var line = labelColumn.cell(labels[row]) + " "
            if isNegative[row] {
                line += DisplayWidth.pad(texts[row] + " " + glyphs.leftwardBar(steps[row]), to: leftSide, alignRight: true)
                line += glyphs.verticalAxis
            } else {
                line += ChartText.spaces(leftSide) + glyphs.verticalAxis
                line += glyphs.rightwardBar(steps[row]) + " " + texts[row]
            }
            lines.append(line)
        }
        if data.labels.count > shown {
            let more = data.labels.count - shown
            let note = Message(.chartBarsLeftOut, String(more), String(data.labels.count), count: more).text
            lines.append(DisplayWidth.truncate(note, to: style.width))
        }
        return ChartText.joined(lines)
    }
}
