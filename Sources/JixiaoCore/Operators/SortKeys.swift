/// One key of a sort: the values of a column for the visible rows, and the direction.
package struct SortKey: Sendable {
    package var column: Column
    package var descending: Bool

    package init(column: Column, descending: Bool) {
        self.column = column
        self.descending = descending
    }
}

/// Orders the rows of a column as 64-bit integers: text by its strings' order, everything else by value.
/// Nulls become `nil`-like markers handled by the caller.
enum OrderingKeys {
    static let null = Int64.min

    static func keys(of column: Column) -> [Int64] {
        switch column.storage {
        case .integer(let v), .decimal(let v, _): return v
        case .date(let v): return v.map { $0 == NullMarker.date ? null : Int64($0) }
        case .boolean(let v): return v.map { $0 == NullMarker.boolean ? null : Int64($0) }
        case .text(let codes, let dictionary):
            let ranks = dictionary.ranks
            return codes.map { $0 == NullMarker.text ? null : Int64(ranks[Int($0)]) }
        }
    }
}

extension Table {
    /// The visible rows reordered by the keys: stable, nulls last whatever the direction.
    package func sorted(by keys: [SortKey]) -> Table {
        let columns = keys.map { OrderingKeys.keys(of: $0.column) }
        let descending = keys.map(\.descending)
        var order = Array(0..<Int32(rowCount))
        let null = OrderingKeys.null
        order.sort { i, j in
            for k in 0..<columns.count {
                let a = columns[k][Int(i)], b = columns[k][Int(j)]
                if a == b { continue }
                if a == null { return false }
                if b == null { return true }
                return descending[k] ? a > b : a < b
            }
            return i < j
        }
        return selecting(order)
    }
}
