/// The label column of horizontal charts: every label padded to one display width, so every bar starts in the
/// same terminal column whatever mix of Chinese and Latin the labels hold.
struct LabelColumn: Sendable {
    /// Display columns every label takes.
    let width: Int

    /// Labels at their natural width, or cut so at least `minimumBar` columns stay for bars when the whole line
    /// must fit `total` columns and `reserved` of them are taken by the axis and the printed values.
    init(labels: [String], total: Int, reserved: Int, minimumBar: Int = 10) {
        let natural = labels.map(DisplayWidth.of).max() ?? 0
        let room = total - reserved - minimumBar
        if total < reserved + 2 + 1 {
            // The printed values alone leave no room: cutting labels cannot make the line fit, so keep them readable.
            width = min(natural, 8)
        } else {
            width = min(natural, max(room, 2))
        }
    }

    /// A label cut to the column (ending in … when cut) and padded with spaces to it.
    func cell(_ label: String) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(label, to: width), to: width)
    }
}

/// The key to a chart's fills, wrapped to the width: `█ 镇级  ░ 村级`.
enum ChartLegend {
    static func lines(_ entries: [(glyph: String, name: String)], width: Int) -> [String] {
        let items = entries.map { $0.glyph + " " + DisplayWidth.truncate($0.name, to: max(width - DisplayWidth.of($0.glyph) - 1, 1)) }
        return DisplayWidth.fill(items, separator: "  ", width: width)
    }
}
