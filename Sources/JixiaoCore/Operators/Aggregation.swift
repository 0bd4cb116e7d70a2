/// Aggregate functions, computed per group from exact values.
package enum AggregateFunction: String, Sendable, CaseIterable {
    case count, sum, mean, min, max, median
    case countDistinct = "count_distinct"
    case share

    /// `sum(x): exact sum of a number column.`: the call and what it gives, in any language.
    package var summary: Message { Message(key: "function.\(rawValue).summary", arguments: []) }

    package var takesNoArgument: Bool { self == .count }

    /// The result type for an argument type, or a message when it does not apply.
    package func resultType(_ argument: DataType?) -> Result<DataType, FunctionTypeError> {
        guard let argument else {
            return self == .count ? .success(.integer) : .failure(.init(Message(.functionNeedsColumn, rawValue)))
        }
        switch self {
        case .count, .countDistinct: return .success(.integer)
        case .sum:
            return argument.isNumeric ? .success(argument) : .failure(.init(Self.needsNumbers(rawValue, argument)))
        case .mean:
            return argument.isNumeric ? .success(.decimal(scale: Swift.max(argument.scale, 2))) : .failure(.init(Self.needsNumbers(rawValue, argument)))
        case .share:
            return argument.isNumeric ? .success(.decimal(scale: 2)) : .failure(.init(Self.needsNumbers(rawValue, argument)))
        case .median:
            switch argument {
            // A decimal column keeps its scale: the median of 元 amounts is shown in 元 and 分 (60,000.00), as
            // pandas and Excel display it in the column's format. Whole numbers get one decimal, which holds the
            // mean of two middles exactly (163.5 人次), as mean gives them decimals too.
            case .integer: return .success(.decimal(scale: 1))
            case .decimal(let scale): return .success(.decimal(scale: scale))
            case .date: return .success(.date)
            default: return .failure(.init(Message(key: MessageID.functionMedianValues.rawValue, arguments: [.message(argument.name)])))
            }
        case .min, .max:
            return .success(argument)
        }
    }

    /// "sum needs numbers; this is text".
    private static func needsNumbers(_ name: String, _ argument: DataType) -> Message {
        Message(key: MessageID.functionNeedsNumbers.rawValue, arguments: [.verbatim(name), .message(argument.name)])
    }

    package var hint: DisplayHint { self == .share ? .percent : .number }

    /// One value per group. `argument` holds the visible rows' values (nil for `count()`).
    package func compute(_ argument: Column?, groups: GroupIndex, resultType: DataType) throws -> Column {
        let n = groups.groupCount
        let ids = groups.groupOfRow
        guard let argument else {
            var counts = [Int64](repeating: 0, count: n)
            for id in ids { counts[Int(id)] += 1 }
            return Column(.integer(counts))
        }
        switch self {
        case .count:
            var counts = [Int64](repeating: 0, count: n)
            for (row, id) in ids.enumerated() where !argument.isNull(at: row) { counts[Int(id)] += 1 }
            return Column(.integer(counts))
        case .countDistinct:
            let keys = OrderingKeys.identityKeys(of: argument)
            var seen = [Set<Int64>](repeating: [], count: n)
            for (row, id) in ids.enumerated() where keys[row] != OrderingKeys.null { seen[Int(id)].insert(keys[row]) }
            return Column(.integer(seen.map { Int64($0.count) }))
        case .sum, .mean, .share:
            let (sums, counts) = try Self.sums(argument, ids: ids, groups: n)
            let scale = argument.type.scale
            switch self {
            case .sum:
                let values = zip(sums, counts).map { $1 == 0 ? NullMarker.integer : $0 }
                return argument.type == .integer ? Column(.integer(values)) : Column(.decimal(values, scale: scale))
            case .mean:
                let target = resultType.scale
                let values = zip(sums, counts).map { sum, count -> Int64 in
                    guard count > 0 else { return NullMarker.integer }
                    return ExactDecimal.dividing(ExactDecimal(units: sum, scale: scale), ExactDecimal(count), resultScale: target)?.units ?? NullMarker.integer
                }
                return Column(.decimal(values, scale: target))
            default:
                var total: Int64 = 0
                for sum in sums {
                    let (t, o) = total.addingReportingOverflow(sum)
                    if o { throw Self.overflow() }
                    total = t
                }
                let values = zip(sums, counts).map { sum, count -> Int64 in
                    guard total != 0, count > 0 else { return NullMarker.integer }
                    // sum / total × 100, at 2 decimals: sum × 10^4 / total.
                    return ExactDecimal.fitting(ExactDecimal.divideRoundingHalfUpWide(Int128(sum) * 10_000, Int128(total)), scale: 2)?.units ?? NullMarker.integer
                }
                return Column(.decimal(values, scale: 2), hint: .percent)
            }
        case .min, .max:
            let keys = OrderingKeys.keys(of: argument)
            var best = [Int32](repeating: -1, count: n)
            for (row, id) in ids.enumerated() where keys[row] != OrderingKeys.null {
                let current = best[Int(id)]
                if current < 0 || (self == .min ? keys[row] < keys[Int(current)] : keys[row] > keys[Int(current)]) {
                    best[Int(id)] = Int32(row)
                }
            }
            let values = best.map { $0 < 0 ? Value.null : argument.value(at: Int($0)) }
            return Column.from(values, type: resultType, hint: argument.hint)
        case .median:
            let keys = OrderingKeys.keys(of: argument)
            var members = [[Int64]](repeating: [], count: n)
            for (row, id) in ids.enumerated() where keys[row] != OrderingKeys.null { members[Int(id)].append(keys[row]) }
            if argument.type == .date {
                return Column(.date(members.map { values in
                    guard !values.isEmpty else { return NullMarker.date }
                    return Int32(clamping: values.sorted()[(values.count - 1) / 2])
                }))
            }
            // The mean of two middles, (a + b) / 2, needs at most one decimal more than the column's: it is
            // computed exactly there, (a + b) × 10 / 2 = (a + b) × 5, then rounded half up to the result's scale
            // when that is the column's own (0.01 and 0.02 give 0.02, as a spreadsheet shows 0.015 at 2 decimals).
            // An integer column's result has that one decimal, so its median is exact.
            let extraDigit = resultType.scale > argument.type.scale
            let values = try members.map { values -> Int64 in
                guard !values.isEmpty else { return NullMarker.integer }
                let sorted = values.sorted()
                let middle = sorted.count / 2
                var wide = sorted.count % 2 == 1 ? Int128(sorted[middle]) * 10 : (Int128(sorted[middle - 1]) + Int128(sorted[middle])) * 5
                if !extraDigit { wide = ExactDecimal.divideRoundingHalfUpWide(wide, 10) }
                guard let narrow = ExactDecimal.fitting(wide, scale: resultType.scale)?.units else { throw Self.overflow() }
                return narrow
            }
            return Column(.decimal(values, scale: resultType.scale))
        }
    }

    /// Exact per-group sums (in the column's own scale) and non-null counts.
    static func sums(_ column: Column, ids: [Int32], groups: Int) throws -> ([Int64], [Int64]) {
        switch column.storage {
        case .integer(let values), .decimal(let values, _): return try sums(values, ids: ids, groups: groups)
        default: throw Diagnostic(.run, .aggregateExpectedNumbers)
        }
    }

    static func sums(_ values: [Int64], ids: [Int32], groups: Int) throws -> ([Int64], [Int64]) {
        var sums = [Int64](repeating: 0, count: groups)
        var counts = [Int64](repeating: 0, count: groups)
        var overflow = false
        values.withUnsafeBufferPointer { vs in
            ids.withUnsafeBufferPointer { gs in
                for i in 0..<vs.count {
                    let v = vs[i]
                    if v == NullMarker.integer { continue }
                    let g = Int(gs[i])
                    let (s, o) = sums[g].addingReportingOverflow(v)
                    overflow = overflow || o
                    sums[g] = s
                    counts[g] += 1
                }
            }
        }
        // A final sum equal to the null marker does not fit either: it would read back as null.
        if overflow || zip(sums, counts).contains(where: { $0 == NullMarker.integer && $1 > 0 }) { throw Self.overflow() }
        return (sums, counts)
    }

    static func overflow() -> Diagnostic {
        Diagnostic(.run, .aggregateSumOverflow)
    }
}
