import JixiaoCore
import JixiaoRender
import Testing

@Suite struct HistogramTests {
    @Test func binsWithExactEdgesAtTheValuesPrecision() throws {
        let histogram = try #require(Histogram(values: decimals(["0.10", "0.35", nil, "1.00"]), binCount: 3))
        // Range 0.90 over 3 bins: width 0.30, edges 0.10 0.40 0.70 1.00; the last bin holds its upper edge.
        #expect(histogram.binWidth.description == "0.30")
        #expect(histogram.bins.map { "\($0.lower)–\($0.upper):\($0.count)" } == ["0.10–0.40:2", "0.40–0.70:0", "0.70–1.00:1"])
        #expect(histogram.valueCount == 3)
        #expect(histogram.nullCount == 1)
    }

    @Test func roundsTheWidthUpSoTheLastEdgeCoversTheLargestValue() throws {
        let histogram = try #require(Histogram(values: decimals(["1", "2", "2", "3", "5", "9", "10"]), binCount: 5))
        #expect(histogram.binWidth == ExactDecimal(2))
        #expect(histogram.bins.map(\.count) == [3, 1, 1, 0, 2])
        #expect(histogram.bins.last?.upper == ExactDecimal(11))
    }

    @Test func refusesNoValuesAndNoBins() {
        #expect(Histogram(values: [nil, nil], binCount: 3) == nil)
        #expect(Histogram(values: decimals(["1"]), binCount: 0) == nil)
    }

    @Test func choosesBinsBySturgesRule() {
        #expect([1, 2, 8, 9, 141].map(Histogram.defaultBinCount) == [1, 2, 4, 5, 9])
    }

    @Test func drawsOneBarPerBinLabelledByAlignedEdges() throws {
        let histogram = try #require(Histogram(values: decimals(["1", "2", "2", "3", "5", "9", "10"]), binCount: 5))
        // 24 cells for the largest count (3): 8 cells per value.
        let expected = """
            分数: 7 values in 5 bins of width 2
            [1,  3) │████████████████████████ 3
            [3,  5) │████████ 1
            [5,  7) │████████ 1
            [7,  9) │ 0
            [9, 11] │████████████████ 2
            """
        #expect(HistogramChart.render(histogram, name: "分数", hint: .number, style: ChartStyle(width: 35)) == expected)
    }

    @Test func namesTheNullsLeftOut() throws {
        let histogram = try #require(Histogram(values: decimals(["1000", "2500", nil]), binCount: 1))
        // 60 columns less the label (14) and the axis and value (4): a bar of 42 cells.
        let expected = "人次: 2 values in 1 bin of width 1,500, 1 null left out\n[1,000, 2,500] │" + String(repeating: "█", count: 42) + " 2"
        #expect(HistogramChart.render(histogram, name: "人次", hint: .number, style: ChartStyle(width: 60)) == expected)
    }
}
