/// Functions of a row and its neighbours, in `derive`: over the whole table, or after `group` within each
/// group's rows, always in the rows' current order (sort first to choose it). Each declares its arity, result
/// type and a line of help, as the scalar functions do.
package enum WindowFunction: String, Sendable, CaseIterable {
    case rowNumber = "row_number"
    case rank
    case denseRank = "dense_rank"
    case cumsum, lag, lead, share

    /// `cumsum(x): the running total of x down the rows …`: the call and what it gives, in any language.
    package var summary: Message { Message(key: "window.\(rawValue).summary", arguments: []) }

    package var arity: ClosedRange<Int> {
        switch self {
        case .rowNumber: return 0...0
        case .rank, .denseRank, .lag, .lead: return 1...2
        case .cumsum, .share: return 1...1
        }
    }

    package var hint: DisplayHint { self == .share ? .percent : .number }

    /// The result type for these argument types, or a message saying what was expected.
    package func resultType(_ args: [DataType], literalArguments: [Value?]) -> Result<DataType, FunctionTypeError> {
        switch self {
        case .rowNumber:
            return .success(.integer)
        case .rank, .denseRank:
            if args.count == 2 {
                guard case .text(let order)? = literalArguments[1], ["asc", "desc"].contains(order) else {
                    return .failure(.init(Message(.functionRankOrder, rawValue)))
                }
            }
            guard args[0] != .boolean else { return .failure(.init(Message(.functionRanks, rawValue))) }
            return .success(.integer)
        case .cumsum, .share:
            guard args[0].isNumeric || args[0] == .null else { return .failure(.init(Message(.functionTakesNumbers, rawValue, args[0].description))) }
            return .success(self == .share ? .decimal(scale: 2) : (args[0] == .null ? .integer : args[0]))
        case .lag, .lead:
            if args.count == 2 {
                guard case .integer(let n)? = literalArguments[1], n >= 0 else {
                    return .failure(.init(Message(.functionRowOffset, rawValue)))
                }
            }
            return .success(args[0] == .null ? .integer : args[0])
        }
    }

    /// One value per row. `arguments` hold the rows' values (literals repeated); `partitions` groups the rows
    /// (nil: one partition of every row); `literals` are the arguments written as plain values.
    package func compute(_ arguments: [Column], literals: [Value?], partitions: GroupIndex?, rowCount: Int, resultType: DataType) throws -> Column {
        let groupOfRow = partitions?.groupOfRow ?? [Int32](repeating: 0, count: rowCount)
        let groupCount = partitions?.groupCount ?? 1
        switch self {
        case .rowNumber:
            var next = [Int64](repeating: 0, count: groupCount)
            return Column(.integer(groupOfRow.map { group in
                next[Int(group)] += 1
                return next[Int(group)]
            }))
        case .rank, .denseRank:
            var ascending = false
            if literals.count == 2, case .text(let order)? = literals[1] { ascending = order == "asc" }
            return Column(.integer(Self.ranks(OrderingKeys.keys(of: arguments[0]), groups: groupOfRow, ascending: ascending, dense: self == .denseRank)))
        case .cumsum:
            let argument = arguments[0]
            guard case .integer(let values) = argument.storage else {
                guard case .decimal(let values, let scale) = argument.storage else { return Column.allNull(resultType, count: rowCount) }
                return Column(.decimal(try Self.runningSums(values, groups: groupOfRow, groupCount: groupCount), scale: scale), hint: argument.hint)
            }
            return Column(.integer(try Self.runningSums(values, groups: groupOfRow, groupCount: groupCount)), hint: argument.hint)
        case .lag, .lead:
            var offset = 1
            if literals.count == 2, case .integer(let n)? = literals[1] { offset = Int(clamping: n) }
            var members = [[Int32]](repeating: [], count: groupCount)
            for (row, group) in groupOfRow.enumerated() { members[Int(group)].append(Int32(row)) }
            var source = [Int32](repeating: -1, count: rowCount)
            for rows in members {
                for (position, row) in rows.enumerated() {
                    let from = self == .lag ? position - offset : position + offset
                    if rows.indices.contains(from) { source[Int(row)] = rows[from] }
                }
            }
            let argument = arguments[0]
            let values = source.map { $0 < 0 ? Value.null : argument.value(at: Int($0)) }
            return Column.from(values, type: resultType, hint: argument.hint)
        case .share:
            let argument = arguments[0]
            let values: [Int64]
            switch argument.storage {
            case .integer(let v), .decimal(let v, _): values = v
            default: return Column.allNull(resultType, count: rowCount)
            }
            let (sums, _) = try AggregateFunction.sums(values, ids: groupOfRow, groups: groupCount)
            let shares = zip(values, groupOfRow).map { value, group -> Int64 in
                let total = sums[Int(group)]
                guard value != NullMarker.integer, total != 0 else { return NullMarker.integer }
                // value / total × 100 at 2 decimals: value × 10^4 / total, both in the column's scale.
                return ExactDecimal.fitting(ExactDecimal.divideRoundingHalfUpWide(Int128(value) * 10_000, Int128(total)), scale: 2)?.units ?? NullMarker.integer
            }
            return Column(.decimal(shares, scale: 2), hint: .percent)
        }
    }

    /// Each row's running total within its group; a null adds nothing (null until the group's first value).
    static func runningSums(_ values: [Int64], groups: [Int32], groupCount: Int) throws -> [Int64] {
        var totals = [Int64?](repeating: nil, count: groupCount)
        return try zip(values, groups).map { value, group in
            let g = Int(group)
            if value != NullMarker.integer {
                let (sum, overflow) = (totals[g] ?? 0).addingReportingOverflow(value)
                if overflow || sum == NullMarker.integer { throw AggregateFunction.overflow() }
                totals[g] = sum
            }
            return totals[g] ?? NullMarker.integer
        }
    }

    /// Competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranks of `keys` within each group, from the largest unless
    /// `ascending`; a null key has a null rank.
    static func ranks(_ keys: [Int64], groups: [Int32], ascending: Bool, dense: Bool) -> [Int64] {
        var ranks = [Int64](repeating: NullMarker.integer, count: keys.count)
        var rows = keys.indices.filter { keys[$0] != OrderingKeys.null }
        rows.sort { a, b in
            if groups[a] != groups[b] { return groups[a] < groups[b] }
            if keys[a] != keys[b] { return ascending ? keys[a] < keys[b] : keys[a] > keys[b] }
            return a < b
        }
        var position: Int64 = 0, distinct: Int64 = 0, current: Int64 = 0
        for (index, row) in rows.enumerated() {
            let first = index == 0 || groups[rows[index - 1]] != groups[row]
            if first { position = 0; distinct = 0 }
            position += 1
            if first || keys[rows[index - 1]] != keys[row] {
                distinct += 1
                current = dense ? distinct : position
            }
            ranks[row] = current
        }
        return ranks
    }
}
