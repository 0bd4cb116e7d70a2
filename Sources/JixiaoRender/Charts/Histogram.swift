import JixiaoCore

/// Values counted into bins of equal width with exact edges.
///
/// The bin width is the range divided by the number of bins, rounded up to the values' last decimal place, so
/// every edge is an exact value of the column's own precision and a value's bin is decided in integers. Bins
/// include their lower edge; the last also includes its upper edge.
package struct Histogram: Sendable, Equatable {
    package struct Bin: Sendable, Equatable {
        package var lower: ExactDecimal
        package var upper: ExactDecimal
        package var count: Int
    }

    package private(set) var bins: [Bin]
    package private(set) var binWidth: ExactDecimal
    /// Values counted (nulls excluded).
    package private(set) var valueCount: Int
    /// Nulls left out.
    package private(set) var nullCount: Int

    /// Bins for the values; nil when there is no value to count or `binCount` is below 1.
    package init?(values: [ExactDecimal?], binCount: Int) {
        let present = values.compactMap { $0 }
        guard binCount >= 1, !present.isEmpty else { return nil }
        let scale = present.map(\.scale).max() ?? 0
        // Units at one common scale; 128 bits hold any Int64 times 10^18.
        let units = present.map { Int128($0.units) * Int128(ExactDecimal.pow10(scale - $0.scale)) }
        guard let low = units.min(), let high = units.max() else { return nil }
        let count = Int128(binCount)
        var width = (high - low + count - 1) / count
        if width == 0 { width = 1 }
        var counts = [Int](repeating: 0, count: binCount)
        for value in units {
            counts[Int(min((value - low) / width, count - 1))] += 1
        }
        func edge(_ index: Int) -> ExactDecimal {
            ExactDecimal(units: Int64(clamping: low + Int128(index) * width), scale: scale)
        }
        bins = (0..<binCount).map { Bin(lower: edge($0), upper: edge($0 + 1), count: counts[$0]) }
        binWidth = ExactDecimal(units: Int64(clamping: width), scale: scale)
        valueCount = present.count
        nullCount = values.count - present.count
    }

    /// Sturges' rule, ⌈log₂ n⌉ + 1 bins, computed in integers.
    package static func defaultBinCount(for valueCount: Int) -> Int {
        guard valueCount > 1 else { return 1 }
        return (Int.bitWidth - (valueCount - 1).leadingZeroBitCount) + 1
    }
}

/// A histogram drawn as horizontal bars labelled by their bin edges, `[100, 764)`, edges aligned.
package enum HistogramChart {
    package static func render(_ histogram: Histogram, name: String, hint: DisplayHint, title: String? = nil, style: ChartStyle) -> String {
        let lowers = histogram.bins.map { ChartText.format($0.lower, hint: hint) }
        let uppers = histogram.bins.map { ChartText.format($0.upper, hint: hint) }
        let lowerWidth = lowers.map(DisplayWidth.of).max() ?? 0
        let upperWidth = uppers.map(DisplayWidth.of).max() ?? 0
        let labels = histogram.bins.indices.map { index in
            let close = index == histogram.bins.count - 1 ? "]" : ")"
            return "[" + DisplayWidth.pad(lowers[index], to: lowerWidth, alignRight: true) + ", "
                + DisplayWidth.pad(uppers[index], to: upperWidth, alignRight: true) + close
        }
        let values = Message(.chartHistogramValues, String(histogram.valueCount), count: histogram.valueCount)
        let bins = Message(.chartHistogramBins, String(histogram.bins.count), count: histogram.bins.count)
        var heading = Message(key: MessageID.chartHistogramHeading.rawValue, arguments: [
            .verbatim(name), .message(values), .message(bins), .verbatim(ChartText.format(histogram.binWidth, hint: hint)),
        ]).text
        if histogram.nullCount > 0 { heading += Message(.chartHistogramNulls, String(histogram.nullCount), count: histogram.nullCount).text }
        let data = ChartData(labels: labels,
                             series: [ChartSeries(name: "count", values: histogram.bins.map { ExactDecimal(Int64($0.count)) })],
                             hint: .number, title: title ?? heading, labelName: name, valueName: "count")
        var unlimited = style
        unlimited.maxBars = max(style.maxBars, labels.count)
        return BarChart.render(data, style: unlimited)
    }
}
