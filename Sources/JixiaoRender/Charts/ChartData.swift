import JixiaoCore

// MARK: - The model every chart draws from

/// One named series of values along a chart's labels; nil marks a missing value.
package struct ChartSeries: Sendable, Equatable {
    package var name: String
    package var values: [ExactDecimal?]

    package init(name: String, values: [ExactDecimal?]) {
        self.name = name
        self.values = values
    }
}

/// What a chart shows: one label per position and one or more series of exact values.
///
/// Values stay exact: printed numbers are formatted from them, and only lengths and positions on screen are
/// measured in floating point (see `ChartScale`).
package struct ChartData: Sendable {
    /// One label per position (a bar, a column, a point).
    package var labels: [String]
    /// The first series is drawn by single-series charts; stacked bars draw them all.
    package var series: [ChartSeries]
    /// How values are printed: thousands separators, a percent sign, or plain digits.
    package var hint: DisplayHint
    /// The line above the chart; nil or empty for none.
    package var title: String?
    /// What the labels are (the x axis).
    package var labelName: String
    /// What the values measure (the y axis).
    package var valueName: String
    /// Where each label stands along x (numbers or days), for line charts; nil spaces them evenly.
    package var positions: [ExactDecimal?]?

    package init(labels: [String], series: [ChartSeries], hint: DisplayHint = .number, title: String? = nil,
                labelName: String = "", valueName: String = "", positions: [ExactDecimal?]? = nil) {
        self.labels = labels
        self.series = series
        self.hint = hint
        self.title = title
        self.labelName = labelName
        self.valueName = valueName
        self.positions = positions
    }

    /// The values of the first series.
    package var values: [ExactDecimal?] { series.first?.values ?? [] }

    /// A value as printed on the chart: the same text a table cell shows.
    package func text(_ value: ExactDecimal?) -> String {
        ChartText.format(value, hint: hint)
    }
}

/// How a chart is drawn.
package struct ChartStyle: Sendable {
    /// No chart is drawn narrower than this.
    package static let minimumWidth = 20

    /// Terminal columns no line may exceed (measured by `DisplayWidth`).
    package var width: Int
    /// Rows of the plot area of column and line charts.
    package var height: Int
    /// Plain ASCII characters instead of blocks, Braille and box lines.
    package var ascii: Bool
    /// Horizontal bar charts draw at most this many bars and count the rest in a last line.
    package var maxBars: Int

    package init(width: Int = 80, height: Int = 10, ascii: Bool = false, maxBars: Int = 100) {
        self.width = max(width, Self.minimumWidth)
        self.height = max(height, 2)
        self.ascii = ascii
        self.maxBars = max(maxBars, 1)
    }
}

// MARK: - Text shared by every chart

enum ChartText {
    /// A value's text, formatted exactly from its decimal digits.
    static func format(_ value: ExactDecimal?, hint: DisplayHint) -> String {
        CellFormatter.text(value.map { .decimal($0) } ?? .null, hint: hint)
    }

    /// The title line, cut to the width; none when there is no title.
    static func titleLines(_ title: String?, width: Int) -> [String] {
        guard let title, !title.isEmpty else { return [] }
        let flat = CellFormatter.text(.text(title), hint: .number)
        return [DisplayWidth.truncate(flat, to: width)]
    }

    /// Lines with trailing spaces removed, joined: charts never end a line in padding.
    static func joined(_ lines: [String]) -> String {
        lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(count, 0))
    }
}
