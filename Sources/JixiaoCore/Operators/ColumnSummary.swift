/// What `describe` says of one column: its counts, and for numbers and dates where the values lie (exact),
/// for text and booleans the values met most often.
package struct ColumnSummary: Sendable {
    package var rows: Int
    package var nulls: Int
    package var distinct: Int
    /// Smallest and largest value (numbers and dates; null otherwise or when every value is null).
    package var min: Value = .null
    package var max: Value = .null
    /// Exact sum and mean (numbers), the mean rounded half up to the column's decimals, at least 2, as `mean` is.
    package var sum: Value = .null
    package var mean: Value = .null
    /// As the `median` aggregate gives it (numbers and dates).
    package var median: Value = .null
    /// The most frequent values with their counts, most frequent first (ties in order of first appearance);
    /// text and booleans.
    package var mostFrequent: [(value: Value, count: Int)] = []

    /// How many values `mostFrequent` keeps.
    package static let frequentCount = 3

    /// The summary of a column (its values as they are, every row counting).
    package static func of(_ column: Column) throws -> ColumnSummary {
        let rows = column.count
        let identity = OrderingKeys.identityKeys(of: column)
        var nulls = 0
        for key in identity where key == OrderingKeys.null { nulls += 1 }
        var summary = ColumnSummary(rows: rows, nulls: nulls, distinct: 0)

        switch column.storage {
        case .text(let codes, let dictionary):
            var counts = [Int](repeating: 0, count: dictionary.count)
            var firstSeen = [Int](repeating: Int.max, count: dictionary.count)
            for (row, code) in codes.enumerated() where code != NullMarker.text {
                counts[Int(code)] += 1
                if firstSeen[Int(code)] == Int.max { firstSeen[Int(code)] = row }
            }
            summary.distinct = counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
            summary.mostFrequent = Self.top(counts.indices.filter { counts[$0] > 0 }, counts: counts, firstSeen: firstSeen)
                .map { (.text(dictionary[UInt32($0)]), counts[$0]) }
        case .boolean(let flags):
            var counts = [0, 0], firstSeen = [Int.max, Int.max]
            for (row, flag) in flags.enumerated() where flag != NullMarker.boolean {
                counts[Int(flag)] += 1
                if firstSeen[Int(flag)] == Int.max { firstSeen[Int(flag)] = row }
            }
            summary.distinct = counts.filter { $0 > 0 }.count
            summary.mostFrequent = Self.top([0, 1].filter { counts[$0] > 0 }, counts: counts, firstSeen: firstSeen).map { (.boolean($0 == 1), counts[$0]) }
        case .integer, .decimal, .date, .timestamp, .time, .duration:
            let present = identity.filter { $0 != OrderingKeys.null }
            summary.distinct = Set(present).count
            guard let low = present.min(), let high = present.max() else { return summary }
            let lowRow = identity.firstIndex(of: low) ?? 0, highRow = identity.firstIndex(of: high) ?? 0
            summary.min = column.value(at: lowRow)
            summary.max = column.value(at: highRow)
            let single = GroupIndex(keys: [], rowCount: rows)
            if case .success(let medianType) = AggregateFunction.median.resultType(column.type) {
                summary.median = try AggregateFunction.median.compute(column, groups: single, resultType: medianType).value(at: 0)
            }
            // A sum beyond 18 digits has no exact value to show: the summary leaves it (and the mean) empty.
            if column.type.isNumeric, let sums = try? AggregateFunction.sum.compute(column, groups: single, resultType: column.type) {
                summary.sum = sums.value(at: 0)
                if case .success(let meanType) = AggregateFunction.mean.resultType(column.type) {
                    summary.mean = (try? AggregateFunction.mean.compute(column, groups: single, resultType: meanType).value(at: 0)) ?? .null
                }
            }
        }
        return summary
    }

    /// The most frequent of `candidates` (by `counts`), ties by first appearance.
    private static func top(_ candidates: [Int], counts: [Int], firstSeen: [Int]) -> [Int] {
        Array(candidates.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : firstSeen[$0] < firstSeen[$1] }.prefix(frequentCount))
    }
}
