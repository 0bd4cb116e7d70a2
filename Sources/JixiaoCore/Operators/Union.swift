/// Tables stacked one below the other, their columns matched by name.
package enum UnionOperator {
    /// Why tables cannot be stacked: a column only some of them have.
    package struct Mismatch: Error, Sendable, Equatable {
        /// The column's name.
        package var column: String
        /// The table (by its place in the list) that has it.
        package var presentIn: Int
        /// The table that lacks it.
        package var missingFrom: Int

        package init(column: String, presentIn: Int, missingFrom: Int) {
            self.column = column
            self.presentIn = presentIn
            self.missingFrom = missingFrom
        }
    }

    /// The columns the stacked tables give: the first table's names in its order, each of the common type of
    /// the tables' columns of that name (integers and decimals widen; other mixtures become text). Throws when
    /// a column is in one table and not in another (the first such column found, table by table).
    package static func fields(_ tables: [[Field]]) throws(Mismatch) -> [Field] {
        guard let first = tables.first else { return [] }
        var fields = first
        for (index, table) in tables.enumerated().dropFirst() {
            let names = Set(table.map(\.name))
            if let missing = first.first(where: { !names.contains($0.name) }) {
                throw Mismatch(column: missing.name, presentIn: 0, missingFrom: index)
            }
            let firstNames = Set(first.map(\.name))
            if let extra = table.first(where: { !firstNames.contains($0.name) }) {
                throw Mismatch(column: extra.name, presentIn: index, missingFrom: 0)
            }
            for (i, field) in fields.enumerated() {
                if let other = table.first(where: { $0.name == field.name }) { fields[i].type = DataType.common(field.type, other.type) }
            }
        }
        return fields
    }

    /// The visible rows of every table, in order, under the first table's columns (see `fields`).
    package static func run(_ tables: [Table]) throws(Mismatch) -> Table {
        let fields = try fields(tables.map(\.fields))
        guard tables.count > 1, let first = tables.first else { return tables.first ?? Table.empty }
        let columns = fields.enumerated().map { index, field in
            let parts = tables.map { table in table.materializedColumn(table.columnIndex(named: field.name) ?? index) }
            return Column.concatenating(parts, type: field.type, hint: first.columns[index].hint)
        }
        return Table(names: fields.map(\.name), columns: columns)
    }
}

extension Column {
    /// The columns one after the other, as one column of `type` (which holds each of theirs): typed storage is
    /// copied as it is, text dictionaries are merged, and anything else goes through values.
    package static func concatenating(_ parts: [Column], type: DataType, hint: DisplayHint) -> Column {
        switch type {
        case .text where parts.allSatisfy({ if case .text = $0.storage { return true } else { return false } }):
            var builder = TextDictionaryBuilder()
            var codes: [UInt32] = []
            codes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts {
                guard case .text(let own, let dictionary) = part.storage else { continue }
                let remap = dictionary.strings.map { builder.code(for: $0) }
                codes += own.map { $0 == NullMarker.text ? $0 : remap[Int($0)] }
            }
            return Column(.text(codes, builder.build()), hint: hint)
        case .integer where parts.allSatisfy({ $0.type == .integer }):
            return Column(.integer(parts.flatMap { if case .integer(let v) = $0.storage { return v } else { return [] } }), hint: hint)
        case .decimal(let scale) where parts.allSatisfy({ $0.type == .decimal(scale: scale) }):
            return Column(.decimal(parts.flatMap { if case .decimal(let v, _) = $0.storage { return v } else { return [] } }, scale: scale), hint: hint)
        case .time where parts.allSatisfy({ $0.type == .time }):
            return Column(.time(parts.flatMap { if case .time(let v) = $0.storage { return v } else { return [] } }), hint: hint)
        case .duration where parts.allSatisfy({ $0.type == .duration }):
            return Column(.duration(parts.flatMap { if case .duration(let v) = $0.storage { return v } else { return [] } }), hint: hint)
        case .date where parts.allSatisfy({ $0.type == .date }):
            return Column(.date(parts.flatMap { if case .date(let v) = $0.storage { return v } else { return [] } }), hint: hint)
        default:
            var values: [Value] = []
            for part in parts { values += (0..<part.count).map(part.value) }
            return Column.from(values, type: type, hint: hint)
        }
    }
}
