import JixiaoCore

/// Horizontal bars split into segments, one per series, each series in its own fill, with the total printed
/// at the end of the bar and a legend naming the fills.
///
/// Segments are whole cells (two fills cannot share one): each boundary is placed by the running total, so
/// rounding never adds up along a bar and a bar's length follows its exact total. Values below zero cannot
/// be stacked and count as zero; the command refuses them before drawing.
package enum StackedBarChart {
    /// Series told apart by their fills; a chart with more is refused before drawing.
    package static let seriesLimit = 8

    package static func render(_ data: ChartData, style: ChartStyle) -> String {
        let glyphs = ChartGlyphs(ascii: style.ascii)
        let fills = glyphs.fills
        let series = Array(data.series.prefix(fills.count))
        let shown = min(data.labels.count, style.maxBars)
        let labels = Array(data.labels.prefix(shown))

        // Exact parts and totals; Double only measures the bars.
        let parts: [[ExactDecimal]] = (0..<shown).map { row in
            series.map { one in
                guard row < one.values.count, let value = one.values[row], value.units > 0 else { return .zero }
                return value
            }
        }
        let totals: [ExactDecimal?] = parts.map { row in
            row.reduce(Optional(ExactDecimal.zero)) { sum, part in sum.flatMap { ExactDecimal.adding($0, part) } }
        }
        let texts = totals.map { $0.map(data.text) ?? "overflow" }
        let reserved = 2 + 1 + (texts.map(DisplayWidth.of).max() ?? 0)
        let labelColumn = LabelColumn(labels: labels, total: style.width, reserved: reserved)
        let barCells = max(style.width - labelColumn.width - reserved, 1)
        let cellsPerUnit = ChartScale(totals).cellsPerUnit(barCells)

        var lines = ChartText.titleLines(data.title, width: style.width)
        for row in 0..<shown {
            var line = labelColumn.cell(labels[row]) + " " + glyphs.verticalAxis
            var running = 0.0
            var drawn = 0
            for (index, part) in parts[row].enumerated() {
                running += ChartScale.magnitude(part)
                let boundary = min(Int((running * cellsPerUnit).rounded()), barCells)
                line += String(repeating: fills[index], count: max(boundary - drawn, 0))
                drawn = max(boundary, drawn)
            }
            // A total above zero never looks like zero: one cell, in the fill of its largest part.
            if drawn == 0, let largest = parts[row].indices.max(by: { parts[row][$0] < parts[row][$1] }), parts[row][largest].units > 0 {
                line += fills[largest]
            }
            lines.append(line + " " + texts[row])
        }
        if data.labels.count > shown {
            let more = data.labels.count - shown
            lines.append(DisplayWidth.truncate(Message(.chartBarsLeftOut, String(more), String(data.labels.count), count: more).text, to: style.width))
        }
        lines += ChartLegend.lines(series.enumerated().map { (fills[$0.offset], $0.element.name) }, width: style.width)
        return ChartText.joined(lines)
    }
}
