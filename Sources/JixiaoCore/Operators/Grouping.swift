/// Which group each visible row belongs to, for grouping and distinct.
package struct GroupIndex: Sendable {
    /// The group of each visible row, numbered in order of first appearance.
    package var groupOfRow: [Int32]
    /// The first visible row of each group.
    package var firstRow: [Int32]

    package var groupCount: Int { firstRow.count }

    /// Groups rows that agree on every key column (nulls group together).
    package init(keys: [Column], rowCount: Int) {
        self.init(keys: keys, rowCount: rowCount, checkCancelled: {})
    }

    /// Groups rows as `init(keys:rowCount:)` does, asking `checkCancelled` (Ctrl-C) between key columns and every
    /// 65,536 rows.
    package init(keys: [Column], rowCount: Int, checkCancelled: () throws -> Void) rethrows {
        guard !keys.isEmpty else {
            groupOfRow = [Int32](repeating: 0, count: rowCount)
            firstRow = rowCount > 0 ? [0] : []
            return
        }
        var ids = Self.denseIDs(keys[0])
        var count = (ids.max() ?? -1) + 1
        for key in keys.dropFirst() {
            try checkCancelled()
            let next = Self.denseIDs(key)
            let width = Int64((next.max() ?? -1) + 1)
            var combined: [Int64: Int32] = [:]
            for row in 0..<ids.count {
                if row & 0xFFFF == 0xFFFF { try checkCancelled() }
                let pair = Int64(ids[row]) * width + Int64(next[row])
                if let id = combined[pair] { ids[row] = id } else {
                    let id = Int32(combined.count)
                    combined[pair] = id
                    ids[row] = id
                }
            }
            count = Int32(combined.count)
        }
        var first = [Int32](repeating: -1, count: Int(count))
        for row in 0..<ids.count where first[Int(ids[row])] < 0 { first[Int(ids[row])] = Int32(row) }
        groupOfRow = ids
        firstRow = first
    }

    /// Per row, a group number dense from 0 in order of first appearance.
    static func denseIDs(_ column: Column) -> [Int32] {
        if case .text(let codes, let dictionary) = column.storage {
            var slot = [Int32](repeating: -1, count: dictionary.count + 1)
            var next: Int32 = 0
            return codes.map { code in
                let index = code == NullMarker.text ? dictionary.count : Int(code)
                if slot[index] < 0 { slot[index] = next; next += 1 }
                return slot[index]
            }
        }
        let keys = OrderingKeys.identityKeys(of: column)
        var ids: [Int64: Int32] = [:]
        return keys.map { key in
            if let id = ids[key] { return id }
            let id = Int32(ids.count)
            ids[key] = id
            return id
        }
    }
}
