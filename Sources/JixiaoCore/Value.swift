/// The type of a column or of a scalar value.
package enum DataType: Sendable, Hashable, CustomStringConvertible {
    case integer
    case decimal(scale: Int)
    case text
    case date
    case boolean
    /// A date and a time of day, with the zone offset as written (`Timestamp`).
    case timestamp
    /// A time of day.
    case time
    /// A length of time, in hours, minutes and seconds (`36:15:00`).
    case duration
    case null

    package var description: String {
        switch self {
        case .integer: return "integer"
        case .decimal(let scale): return "decimal(\(scale))"
        case .text: return "text"
        case .date: return "date"
        case .boolean: return "boolean"
        case .timestamp: return "timestamp"
        case .time: return "time"
        case .duration: return "duration"
        case .null: return "null"
        }
    }

    /// The type's name for the user, in any language: `integer`, `decimal(2)`, `text` in English (as
    /// `description` writes them), 整数, 小数（2 位）, 文本 in Chinese.
    package var name: Message {
        switch self {
        case .integer: return Message(.dataTypeInteger)
        case .decimal(let scale): return Message(.dataTypeDecimal, String(scale))
        case .text: return Message(.dataTypeText)
        case .date: return Message(.dataTypeDate)
        case .boolean: return Message(.dataTypeBoolean)
        case .timestamp: return Message(.dataTypeTimestamp)
        case .time: return Message(.dataTypeTime)
        case .duration: return Message(.dataTypeDuration)
        case .null: return Message(.dataTypeNull)
        }
    }

    package var isNumeric: Bool {
        switch self {
        case .integer, .decimal: return true
        default: return false
        }
    }

    /// The name a user types in a type override: integer, decimal, text, date, boolean, timestamp, time,
    /// duration.
    package static func named(_ name: String) -> DataType? {
        switch name.lowercased() {
        case "integer", "int": return .integer
        case "decimal", "money", "number": return .decimal(scale: 2)
        case "text", "string": return .text
        case "date": return .date
        case "boolean", "bool": return .boolean
        case "timestamp", "datetime": return .timestamp
        case "time": return .time
        case "duration", "interval": return .duration
        default: return nil
        }
    }
}

/// How a numeric column is shown; it travels with the column through every operator.
package enum DisplayHint: Sendable, Hashable {
    /// Thousands separators and fixed decimals.
    case number
    /// A percentage: the value is already ×100 and is shown with a `%` sign.
    case percent
    /// Digits only, as for a year.
    case plain
}

/// One scalar value: a cell, a literal, an aggregate.
package enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case decimal(ExactDecimal)
    case text(String)
    case date(Int32)
    case boolean(Bool)
    case timestamp(Timestamp)
    /// Microseconds since midnight.
    case time(Int64)
    /// Microseconds, signed.
    case duration(Int64)

    package var type: DataType {
        switch self {
        case .null: return .null
        case .integer: return .integer
        case .decimal(let d): return .decimal(scale: d.scale)
        case .text: return .text
        case .date: return .date
        case .boolean: return .boolean
        case .timestamp: return .timestamp
        case .time: return .time
        case .duration: return .duration
        }
    }

    package var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The numeric value as an exact decimal, for integers and decimals.
    package var exactDecimal: ExactDecimal? {
        switch self {
        case .integer(let i): return ExactDecimal(i)
        case .decimal(let d): return d
        default: return nil
        }
    }

    /// Plain text, as written to CSV: no separators, ISO dates, `2024-03-01 08:30:00+08:00`, `11:00:00`,
    /// `36:15:00`, empty for null.
    package var description: String {
        switch self {
        case .null: return ""
        case .integer(let i): return String(i)
        case .decimal(let d): return d.description
        case .text(let s): return s
        case .date(let d): return CivilDate.format(d)
        case .boolean(let b): return b ? "true" : "false"
        case .timestamp(let t): return t.description
        case .time(let t): return Clock.formatTime(t)
        case .duration(let d): return Clock.formatDuration(d)
        }
    }
}
