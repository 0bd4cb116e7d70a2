import JixiaoCore

/// A line through the values in order along x, drawn in Braille dots (2 × 4 per cell) or ASCII, with the
/// highest and lowest values marked on the y axis, the labels under the x axis, and both axes named.
///
/// Points stand where their position puts them when the data give positions (numbers, dates), so a gap in
/// the months stays a gap; otherwise they are spaced evenly. A missing value breaks the line.
package enum LineChart {
    package static func render(_ data: ChartData, style: ChartStyle) -> String {
        let glyphs = ChartGlyphs(ascii: style.ascii)
        var lines = ChartText.titleLines(data.title, width: style.width)
        let values: [ExactDecimal?] = data.labels.indices.map { $0 < data.values.count ? data.values[$0] : nil }
        let points = placed(data)
        let present = points.compactMap { values[$0.index] }
        guard let top = present.max(), let bottom = present.min() else {
            return ChartText.joined(lines + [Message(.chartNoValuesToDraw).text])
        }

        // The y axis: the exact highest and lowest values as ticks.
        let topText = data.text(top), bottomText = data.text(bottom)
        let gutter = max(DisplayWidth.of(topText), DisplayWidth.of(bottomText))
        let plotWidth = max(style.width - gutter - 2, 1)
        var canvas = PlotCanvas(columns: plotWidth, rows: style.height, ascii: style.ascii)
        func dot(_ point: (index: Int, at: Double), _ value: ExactDecimal) -> (x: Int, y: Int) {
            let up = ChartScale.fraction(value, from: bottom, to: top)
            return (Int((point.at * Double(canvas.dotColumns - 1)).rounded()), Int(((1 - up) * Double(canvas.dotRows - 1)).rounded()))
        }
        var previous: (x: Int, y: Int)?
        for point in points {
            guard let value = values[point.index] else { previous = nil; continue }
            let here = dot(point, value)
            if let previous { canvas.line(from: previous, to: here) } else { canvas.plot(here.x, here.y) }
            previous = here
        }

        var tickRows: [Int: String] = [0: topText, style.height - 1: bottomText]
        if top == bottom {
            let middle = Int((0.5 * Double(canvas.dotRows - 1)).rounded())
            tickRows = [style.ascii ? middle : middle / 4: topText]
        }
        if !data.valueName.isEmpty { lines.append(DisplayWidth.truncate(data.valueName, to: style.width)) }
        for (row, text) in canvas.lines().enumerated() {
            let tick = tickRows[row]
            lines.append(DisplayWidth.pad(tick ?? "", to: gutter, alignRight: true) + " " + (tick == nil ? glyphs.verticalAxis : glyphs.tick) + text)
        }
        lines.append(ChartText.spaces(gutter + 1) + glyphs.corner + String(repeating: glyphs.horizontalAxis, count: plotWidth))

        // The x axis: as many labels as fit without touching, the first and last first.
        let margin = ChartText.spaces(gutter + 2)
        let marks = points.map { (label: data.labels[$0.index], column: canvas.cellColumn(ofDot: Int(($0.at * Double(canvas.dotColumns - 1)).rounded()))) }
        lines.append(margin + axisLabels(marks, width: plotWidth))
        if !data.labelName.isEmpty { lines.append(margin + DisplayWidth.center(DisplayWidth.truncate(data.labelName, to: plotWidth), in: plotWidth)) }
        return ChartText.joined(lines)
    }

    /// Rows in drawing order, each with where it stands across (0 … 1).
    static func placed(_ data: ChartData) -> [(index: Int, at: Double)] {
        if let positions = data.positions {
            let known = data.labels.indices.compactMap { index in
                index < positions.count ? positions[index].map { (index, $0) } : nil
            }
            let sorted = known.enumerated().sorted { a, b in
                a.element.1 == b.element.1 ? a.offset < b.offset : a.element.1 < b.element.1
            }.map(\.element)
            guard let first = sorted.first?.1, let last = sorted.last?.1 else { return [] }
            return sorted.map { ($0.0, first == last ? 0.5 : ChartScale.fraction($0.1, from: first, to: last)) }
        }
        let count = data.labels.count
        return data.labels.indices.map { ($0, count == 1 ? 0.5 : Double($0) / Double(count - 1)) }
    }

    /// Labels centred on their columns, kept only where they leave a space to every label already placed.
    static func axisLabels(_ marks: [(label: String, column: Int)], width: Int) -> String {
        guard !marks.isEmpty else { return "" }
        let order = [0, marks.count - 1] + Array(marks.indices.dropFirst().dropLast())
        var taken: [(start: Int, text: String, width: Int)] = []
        for index in order {
            let text = DisplayWidth.truncate(marks[index].label, to: width)
            let size = DisplayWidth.of(text)
            let start = min(max(marks[index].column - size / 2, 0), max(width - size, 0))
            let clear = taken.allSatisfy { start + size + 1 <= $0.start || $0.start + $0.width + 1 <= start }
            if clear { taken.append((start, text, size)) }
        }
        var line = ""
        var used = 0
        for item in taken.sorted(by: { $0.start < $1.start }) {
            line += ChartText.spaces(item.start - used) + item.text
            used = item.start + item.width
        }
        return line
    }
}
