/// Null markers inside typed storage: a value no real cell can hold.
package enum NullMarker {
    package static let integer = Int64.min
    package static let date = Int32.min
    package static let text = UInt32.max
    package static let boolean: UInt8 = 2
}

/// The typed values of one column. Nulls are held in-band by `NullMarker`.
package enum ColumnStorage: Sendable {
    case integer([Int64])
    /// Scaled integers: the value is `units / 10^scale`.
    case decimal([Int64], scale: Int)
    /// Dictionary codes into the shared dictionary.
    case text([UInt32], TextDictionary)
    /// Days since 1970-01-01.
    case date([Int32])
    /// 0 false, 1 true, 2 null.
    case boolean([UInt8])
    /// Instants (microseconds since 1970-01-01 UTC; null `NullMarker.integer`) and the zone each was written
    /// with (`Timestamp.zone`).
    case timestamp([Int64], zones: [Int16])
    /// Microseconds since midnight; null `NullMarker.integer`.
    case time([Int64])
    /// Microseconds; null `NullMarker.integer`.
    case duration([Int64])
}

/// One column of a table: typed storage plus a display hint.
package struct Column: Sendable {
    package var storage: ColumnStorage
    package var hint: DisplayHint

    package init(_ storage: ColumnStorage, hint: DisplayHint = .number) {
        self.storage = storage
        self.hint = hint
    }

    package var type: DataType {
        switch storage {
        case .integer: return .integer
        case .decimal(_, let scale): return .decimal(scale: scale)
        case .text: return .text
        case .date: return .date
        case .boolean: return .boolean
        case .timestamp: return .timestamp
        case .time: return .time
        case .duration: return .duration
        }
    }

    package var count: Int {
        switch storage {
        case .integer(let v): return v.count
        case .decimal(let v, _): return v.count
        case .text(let v, _): return v.count
        case .date(let v): return v.count
        case .boolean(let v): return v.count
        case .timestamp(let v, _), .time(let v), .duration(let v): return v.count
        }
    }

    package func value(at row: Int) -> Value {
        switch storage {
        case .integer(let v):
            return v[row] == NullMarker.integer ? .null : .integer(v[row])
        case .decimal(let v, let scale):
            return v[row] == NullMarker.integer ? .null : .decimal(ExactDecimal(units: v[row], scale: scale))
        case .text(let v, let dictionary):
            return v[row] == NullMarker.text ? .null : .text(dictionary[v[row]])
        case .date(let v):
            return v[row] == NullMarker.date ? .null : .date(v[row])
        case .boolean(let v):
            return v[row] == NullMarker.boolean ? .null : .boolean(v[row] == 1)
        case .timestamp(let v, let zones):
            return v[row] == NullMarker.integer ? .null : .timestamp(Timestamp(instant: v[row], zone: zones[row]))
        case .time(let v):
            return v[row] == NullMarker.integer ? .null : .time(v[row])
        case .duration(let v):
            return v[row] == NullMarker.integer ? .null : .duration(v[row])
        }
    }

    package func isNull(at row: Int) -> Bool {
        switch storage {
        case .integer(let v): return v[row] == NullMarker.integer
        case .decimal(let v, _): return v[row] == NullMarker.integer
        case .text(let v, _): return v[row] == NullMarker.text
        case .date(let v): return v[row] == NullMarker.date
        case .boolean(let v): return v[row] == NullMarker.boolean
        case .timestamp(let v, _), .time(let v), .duration(let v): return v[row] == NullMarker.integer
        }
    }

    /// The rows at `rows`, in that order.
    package func gathering(_ rows: [Int32]) -> Column {
        func pick<T>(_ values: [T]) -> [T] {
            values.withUnsafeBufferPointer { source in
                [T](unsafeUninitializedCapacity: rows.count) { target, initialized in
                    for (i, row) in rows.enumerated() { target.initializeElement(at: i, to: source[Int(row)]) }
                    initialized = rows.count
                }
            }
        }
        switch storage {
        case .integer(let v): return Column(.integer(pick(v)), hint: hint)
        case .decimal(let v, let s): return Column(.decimal(pick(v), scale: s), hint: hint)
        case .text(let v, let d): return Column(.text(pick(v), d), hint: hint)
        case .date(let v): return Column(.date(pick(v)), hint: hint)
        case .boolean(let v): return Column(.boolean(pick(v)), hint: hint)
        case .timestamp(let v, let zones): return Column(.timestamp(pick(v), zones: pick(zones)), hint: hint)
        case .time(let v): return Column(.time(pick(v)), hint: hint)
        case .duration(let v): return Column(.duration(pick(v)), hint: hint)
        }
    }

    /// A column of `count` copies of one value.
    package static func repeating(_ value: Value, count: Int, as type: DataType? = nil) -> Column {
        switch value {
        case .null:
            return allNull(type ?? .text, count: count)
        case .integer(let i):
            if case .decimal(let scale)? = type, let d = ExactDecimal(i).rescaled(upTo: scale) {
                return Column(.decimal([Int64](repeating: d.units, count: count), scale: scale))
            }
            return Column(.integer([Int64](repeating: i, count: count)))
        case .decimal(let d): return Column(.decimal([Int64](repeating: d.units, count: count), scale: d.scale))
        case .text(let s): return Column(.text([UInt32](repeating: 0, count: count), TextDictionary([s])))
        case .date(let d): return Column(.date([Int32](repeating: d, count: count)))
        case .boolean(let b): return Column(.boolean([UInt8](repeating: b ? 1 : 0, count: count)))
        case .timestamp(let t):
            return Column(.timestamp([Int64](repeating: t.instant, count: count), zones: [Int16](repeating: t.zone, count: count)))
        case .time(let t): return Column(.time([Int64](repeating: t, count: count)))
        case .duration(let d): return Column(.duration([Int64](repeating: d, count: count)))
        }
    }

    package static func allNull(_ type: DataType, count: Int) -> Column {
        switch type {
        case .integer, .null: return Column(.integer([Int64](repeating: NullMarker.integer, count: count)))
        case .decimal(let scale): return Column(.decimal([Int64](repeating: NullMarker.integer, count: count), scale: scale))
        case .text: return Column(.text([UInt32](repeating: NullMarker.text, count: count), TextDictionary([])))
        case .date: return Column(.date([Int32](repeating: NullMarker.date, count: count)))
        case .boolean: return Column(.boolean([UInt8](repeating: NullMarker.boolean, count: count)))
        case .timestamp:
            return Column(.timestamp([Int64](repeating: NullMarker.integer, count: count), zones: [Int16](repeating: Timestamp.noZone, count: count)))
        case .time: return Column(.time([Int64](repeating: NullMarker.integer, count: count)))
        case .duration: return Column(.duration([Int64](repeating: NullMarker.integer, count: count)))
        }
    }

    /// Builds a column from values; the type is the common type of the non-null values (integers widen to
    /// decimals, anything mixed with text becomes text).
    package static func from(_ values: [Value], type wanted: DataType? = nil, hint: DisplayHint = .number) -> Column {
        var type = wanted ?? .null
        if wanted == nil {
            for value in values where !value.isNull { type = DataType.common(type, value.type) }
        }
        switch type {
        case .null, .text:
            var builder = TextDictionaryBuilder()
            let codes = values.map { $0.isNull ? NullMarker.text : builder.code(for: $0.description) }
            return Column(.text(codes, builder.build()), hint: hint)
        case .integer:
            return Column(.integer(values.map { if case .integer(let i) = $0 { return i } else { return NullMarker.integer } }), hint: hint)
        case .decimal(let scale):
            let units = values.map { value -> Int64 in
                guard let d = value.exactDecimal, let r = d.rounded(toScale: scale) else { return NullMarker.integer }
                return r.units
            }
            return Column(.decimal(units, scale: scale), hint: hint)
        case .date:
            return Column(.date(values.map { if case .date(let d) = $0 { return d } else { return NullMarker.date } }), hint: hint)
        case .boolean:
            return Column(.boolean(values.map { if case .boolean(let b) = $0 { return b ? 1 : 0 } else { return NullMarker.boolean } }), hint: hint)
        case .timestamp:
            // A date among timestamps stands at its midnight.
            let stamps = values.map { value -> Timestamp? in
                switch value {
                case .timestamp(let t): return t
                case .date(let d): return Timestamp(day: d, time: 0)
                default: return nil
                }
            }
            return Column(.timestamp(stamps.map { $0?.instant ?? NullMarker.integer }, zones: stamps.map { $0?.zone ?? Timestamp.noZone }), hint: hint)
        case .time:
            return Column(.time(values.map { if case .time(let t) = $0 { return t } else { return NullMarker.integer } }), hint: hint)
        case .duration:
            return Column(.duration(values.map { if case .duration(let d) = $0 { return d } else { return NullMarker.integer } }), hint: hint)
        }
    }
}

extension DataType {
    /// The type that holds both: integers and decimals meet at the larger scale, dates and timestamps at
    /// timestamps (a date at its midnight); anything else mixed is text.
    package static func common(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case (.null, _): return b
        case (_, .null): return a
        case (.integer, .integer): return .integer
        case (.integer, .decimal(let s)), (.decimal(let s), .integer): return .decimal(scale: s)
        case (.decimal(let s1), .decimal(let s2)): return .decimal(scale: max(s1, s2))
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        default: return a == b ? a : .text
        }
    }
}
