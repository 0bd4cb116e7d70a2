import JixiaoCore

/// A series in one line: a level character per value (▁ … █), then the exact lowest and highest values and
/// the span of labels it covers: `场次 ▁▁▂▃▃▃█▅▃▃▂▃ 最小 10，最大 21（月份 1 至 12）`, in English
/// `min 10, max 21 (月份 1 to 12)`.
///
/// A missing value leaves a space. A series longer than the room is drawn in equal buckets, each at the mean
/// of its values.
package enum Sparkline {
    package static func render(_ data: ChartData, style: ChartStyle) -> String {
        let glyphs = ChartGlyphs(ascii: style.ascii)
        let values = data.values
        let present = values.compactMap { $0 }
        let name = data.title.flatMap { $0.isEmpty ? nil : $0 } ?? data.valueName
        guard let top = present.max(), let bottom = present.min() else { return Message(.chartSparklineEmpty, name).text }

        // The labels' span gives way first, then the name, so that the line keeps room for its levels.
        let extent = Message(.chartSparklineExtent, data.text(bottom), data.text(top)).text
        var suffix = extent
        if let first = data.labels.first, let last = data.labels.last {
            let labels = data.labels.count == 1 ? first : Message(.chartLabelRange, first, last).text
            suffix = Message(.chartSparklineSpan, extent, (data.labelName.isEmpty ? "" : data.labelName + " ") + labels).text
        }
        let wanted = min(values.count, 8)
        var prefix = name
        func overflows() -> Bool { DisplayWidth.of(prefix) + DisplayWidth.of(suffix) + 2 + wanted > style.width }
        if overflows() { suffix = extent }
        if overflows() { prefix = DisplayWidth.truncate(prefix, to: max(style.width - DisplayWidth.of(suffix) - 2 - wanted, 1)) }
        if overflows() { suffix = DisplayWidth.truncate(suffix, to: max(style.width - DisplayWidth.of(prefix) - 2 - wanted, 1)) }
        let room = max(style.width - DisplayWidth.of(prefix) - DisplayWidth.of(suffix) - 2, 1)

        let levels = glyphs.levels
        let span = top.doubleApproximation - bottom.doubleApproximation
        let count = min(values.count, room)
        var line = ""
        for bucket in 0..<count {
            let range = (bucket * values.count / count)..<max((bucket + 1) * values.count / count, bucket * values.count / count + 1)
            let members = values[range].compactMap { $0?.doubleApproximation }
            guard !members.isEmpty else { line += " "; continue }
            let mean = members.reduce(0, +) / Double(members.count)
            let level = span > 0 ? Int(((mean - bottom.doubleApproximation) / span * Double(levels.count - 1)).rounded()) : (levels.count - 1) / 2
            line += levels[min(max(level, 0), levels.count - 1)]
        }
        return [prefix, line, suffix].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
