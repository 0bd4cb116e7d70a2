import Foundation
import JixiaoCore
import NIOCore
import PostgresNIO

/// The database types jixiao reads, by their PostgreSQL type number, and what each becomes.
package enum DatabaseType {
    static let boolean: UInt32 = 16, name: UInt32 = 19, int8: UInt32 = 20, int2: UInt32 = 21, int4: UInt32 = 23, text: UInt32 = 25
    static let bpchar: UInt32 = 1042, varchar: UInt32 = 1043, date: UInt32 = 1082, timestamp: UInt32 = 1114, timestamptz: UInt32 = 1184
    static let numeric: UInt32 = 1700

    /// The jixiao type of a column of database type `oid` (with its type modifier): numeric keeps its declared
    /// scale (or the largest a value has, when none is declared); nil for a type jixiao does not read.
    static func jixiaoType(oid: UInt32, modifier: Int32) -> DataType? {
        switch oid {
        case int2, int4, int8: return .integer
        case numeric: return .decimal(scale: declaredScale(modifier) ?? 0)
        case text, varchar, bpchar, name: return .text
        case boolean: return .boolean
        case date, timestamp, timestamptz: return .date
        default: return nil
        }
    }

    /// numeric(p, s) stores (p << 16 | s) + 4 as its modifier; -1 is a numeric without a declared scale.
    static func declaredScale(_ modifier: Int32) -> Int? {
        modifier >= 4 ? Int((modifier - 4) & 0xFFFF) : nil
    }
}

/// Reads rows cell by cell into typed columns, exactly: numerics from their base-10000 digits (never through
/// a floating-point number), dates and timestamps from their day and microsecond counts.
struct ResultBuilder {
    private var names: [String]
    private var convertedTimestamps: [String] = []
    private var undeclaredScales: [Int] = []

    private enum Kind {
        case integer
        /// Units with each value's own scale; rescaled to one scale at the end (`fixed` when declared).
        case decimal(fixed: Int?)
        case text
        case date
        case boolean
    }

    /// A column's values as they arrive, in a class so that appending never copies them.
    private final class Storage {
        var integers: [Int64] = []
        var scales: [Int16] = []
        var codes: [UInt32] = []
        var dictionary = TextDictionaryBuilder()
        var days: [Int32] = []
        var flags: [UInt8] = []
    }

    private var kinds: [Kind] = []
    private var storages: [Storage] = []

    private let oids: [UInt32]

    init(columns described: [PostgresColumn], expectedTypes: [DataType?]) throws {
        names = described.map(\.name)
        oids = described.map { $0.dataType.rawValue }
        for (index, column) in described.enumerated() {
            let oid = column.dataType.rawValue
            guard let type = DatabaseType.jixiaoType(oid: oid, modifier: column.dataTypeModifier) else {
                throw Diagnostic(.input, .databaseUnsupportedType, [column.name, String(describing: column.dataType)], hint: Message(.hintDatabaseCast, column.name))
            }
            let wanted = index < expectedTypes.count ? expectedTypes[index] ?? type : type
            switch wanted {
            case .integer: kinds.append(.integer)
            case .decimal(let scale):
                let declared = oid == DatabaseType.numeric ? DatabaseType.declaredScale(column.dataTypeModifier) : nil
                let fixed = index < expectedTypes.count && expectedTypes[index] != nil ? scale : declared
                if oid == DatabaseType.numeric && declared == nil { undeclaredScales.append(index) }
                if let fixed, fixed > ExactDecimal.maxScale {
                    throw Diagnostic(.input, .databaseNumericTooWide, [column.name, String(fixed)], hint: Message(.hintDatabaseCast, column.name))
                }
                kinds.append(.decimal(fixed: fixed))
            case .text, .null, .timestamp, .time, .duration: kinds.append(.text)
            case .date: kinds.append(.date)
            case .boolean: kinds.append(.boolean)
            }
            storages.append(Storage())
            if oid == DatabaseType.timestamp || oid == DatabaseType.timestamptz { convertedTimestamps.append(column.name) }
        }
    }

    mutating func append(_ row: PostgresRow) throws {
        for (index, cell) in row.enumerated() where index < kinds.count {
            try append(cell, at: index)
        }
    }

    private mutating func append(_ cell: PostgresCell, at index: Int) throws {
        let oid = oids[index]
        let binary = cell.format == .binary
        let storage = storages[index]
        switch kinds[index] {
        case .integer:
            storage.integers.append(try Self.integer(cell.bytes, oid: oid, binary: binary, column: names[index]) ?? NullMarker.integer)
        case .decimal:
            if let bytes = cell.bytes {
                let (value, scale) = try Self.decimal(bytes, oid: oid, binary: binary, column: names[index])
                storage.integers.append(value)
                storage.scales.append(Int16(scale))
            } else {
                storage.integers.append(NullMarker.integer)
                storage.scales.append(0)
            }
        case .text:
            if var bytes = cell.bytes {
                storage.codes.append(storage.dictionary.code(for: bytes.readString(length: bytes.readableBytes) ?? ""))
            } else {
                storage.codes.append(NullMarker.text)
            }
        case .date:
            storage.days.append(try cell.bytes.map { try Self.date($0, oid: oid, binary: binary, column: names[index]) } ?? NullMarker.date)
        case .boolean:
            if var bytes = cell.bytes {
                if binary { storage.flags.append(bytes.readInteger(as: UInt8.self) == 1 ? 1 : 0) } else { storage.flags.append(bytes.readString(length: bytes.readableBytes) == "t" ? 1 : 0) }
            } else {
                storage.flags.append(NullMarker.boolean)
            }
        }
    }

    func build() throws -> FetchedTable {
        var built: [Column] = []
        for (index, kind) in kinds.enumerated() {
            let storage = storages[index]
            switch kind {
            case .integer: built.append(Column(.integer(storage.integers)))
            case .decimal(let fixed):
                let units = storage.integers, scales = storage.scales
                let scale = fixed ?? Int(scales.max() ?? 0)
                guard scale <= ExactDecimal.maxScale else {
                    throw Diagnostic(.input, .databaseNumericTooWide, [names[index], String(scale)], hint: Message(.hintDatabaseCast, names[index]))
                }
                var rescaled = [Int64](repeating: NullMarker.integer, count: units.count)
                for row in units.indices where units[row] != NullMarker.integer {
                    let own = Int(scales[row])
                    let value: Int128
                    if own <= scale {
                        value = Int128(units[row]) * ExactDecimal.pow10Wide(scale - own)
                    } else {
                        // More decimals than the column keeps: exact only when the extra digits are zeros.
                        let divisor = ExactDecimal.pow10Wide(own - scale)
                        guard Int128(units[row]) % divisor == 0 else {
                            throw Diagnostic(.input, .databaseNumericTooWide, [names[index], String(own)], hint: Message(.hintDatabaseCast, names[index]))
                        }
                        value = Int128(units[row]) / divisor
                    }
                    guard let fitting = Self.fitting(value) else {
                        throw Diagnostic(.input, .databaseNumericTooWide, [names[index], String(scale)], hint: Message(.hintDatabaseCast, names[index]))
                    }
                    rescaled[row] = fitting
                }
                built.append(Column(.decimal(rescaled, scale: scale)))
            case .text: built.append(Column(.text(storage.codes, storage.dictionary.build())))
            case .date: built.append(Column(.date(storage.days)))
            case .boolean: built.append(Column(.boolean(storage.flags)))
            }
        }
        let notes = convertedTimestamps.isEmpty ? [] : [Message(.noticeDatabaseTimestamps, Message.list(convertedTimestamps))]
        return FetchedTable(table: Table(names: CSVReader.uniqued(names), columns: built), notes: notes, undeclaredScales: undeclaredScales)
    }

    /// A value of at most 18 digits, as jixiao's decimals hold them.
    private static func fitting(_ value: Int128) -> Int64? {
        let limit = Int128(ExactDecimal.pow10(18))
        return value > -limit && value < limit ? Int64(value) : nil
    }

    // MARK: - Cells

    private static func integer(_ buffer: ByteBuffer?, oid: UInt32, binary: Bool, column: String) throws -> Int64? {
        guard var bytes = buffer else { return nil }
        if oid == DatabaseType.numeric {
            // A count or sum computed by the database as numeric, read where jixiao's result is an integer.
            let (units, scale) = try decimal(bytes, oid: oid, binary: binary, column: column)
            guard scale == 0 || units % ExactDecimal.pow10(scale) == 0 else {
                throw Diagnostic(.input, .databaseNumericTooWide, [column, String(scale)], hint: Message(.hintDatabaseCast, column))
            }
            return scale == 0 ? units : units / ExactDecimal.pow10(scale)
        }
        if !binary { return Int64(bytes.readString(length: bytes.readableBytes) ?? "") }
        switch bytes.readableBytes {
        case 2: return bytes.readInteger(as: Int16.self).map(Int64.init)
        case 4: return bytes.readInteger(as: Int32.self).map(Int64.init)
        default: return bytes.readInteger(as: Int64.self)
        }
    }

    /// A numeric as (units, scale), exactly. Binary numerics are base-10000 digits with a weight (the power of
    /// 10000 of the first digit) and a display scale.
    private static func decimal(_ buffer: ByteBuffer, oid: UInt32, binary: Bool, column: String) throws -> (Int64, Int) {
        var bytes = buffer
        let tooWide = { (shown: String) in
            Diagnostic(.input, .databaseNumericTooWide, [column, shown], hint: Message(.hintDatabaseCast, column))
        }
        if oid != DatabaseType.numeric {
            // An integer type read into a decimal column.
            guard let value = try integer(buffer, oid: oid, binary: binary, column: column) else { return (NullMarker.integer, 0) }
            return (value, 0)
        }
        if !binary {
            let text = bytes.readString(length: bytes.readableBytes) ?? ""
            guard let value = ExactDecimal(parsing: text) else { throw tooWide(text) }
            return (value.units, value.scale)
        }
        guard let count = bytes.readInteger(as: Int16.self), let weight = bytes.readInteger(as: Int16.self),
              let sign = bytes.readInteger(as: UInt16.self), let displayScale = bytes.readInteger(as: Int16.self) else { throw tooWide("?") }
        guard sign != 0xC000 && sign & 0xF000 != 0xD000 && sign & 0xF000 != 0xF000 else { throw tooWide("NaN") }
        let scale = Int(displayScale)
        guard scale <= ExactDecimal.maxScale else { throw tooWide(String(scale)) }
        var value: Int128 = 0
        for position in 0..<Int(count) {
            guard let digit = bytes.readInteger(as: Int16.self) else { throw tooWide("?") }
            // The digit's power of ten, counted from the last decimal the scale keeps.
            let exponent = 4 * (Int(weight) - position) + scale
            if exponent >= 0 {
                guard exponent <= 36 else { throw tooWide(String(exponent)) }
                value += Int128(digit) * ExactDecimal.pow10Wide(exponent)
            } else if exponent > -4 {
                // Digits beyond the display scale are zeros (the server pads the last group).
                value += Int128(digit) / ExactDecimal.pow10Wide(-exponent)
            }
            guard value < Int128(ExactDecimal.pow10(18)) else { throw tooWide(String(4 * (Int(weight) + 1))) }
        }
        let signed = sign == 0x4000 ? -value : value
        guard let units = fitting(signed) else { throw tooWide(String(4 * (Int(weight) + 1))) }
        return (units, scale)
    }

    /// Days since 1970-01-01; timestamps give their (UTC for timestamptz) date.
    private static func date(_ buffer: ByteBuffer, oid: UInt32, binary: Bool, column: String) throws -> Int32 {
        var bytes = buffer
        let epochShift: Int64 = 10_957 // days from 1970-01-01 to 2000-01-01, the server's epoch
        if !binary {
            let text = bytes.readString(length: bytes.readableBytes) ?? ""
            guard let days = CivilDate.parse(Array(text.utf8.prefix(10))[...]) else { throw Diagnostic(.input, .databaseUnsupportedType, [column, text]) }
            return days
        }
        if oid == DatabaseType.date {
            guard let days = bytes.readInteger(as: Int32.self) else { return NullMarker.date }
            guard days != Int32.max && days != Int32.min else { throw Diagnostic(.input, .databaseUnsupportedType, [column, "infinity"]) } // not user-facing: the server's word
            return Int32(clamping: Int64(days) + epochShift)
        }
        guard let micros = bytes.readInteger(as: Int64.self) else { return NullMarker.date }
        guard micros != Int64.max && micros != Int64.min else { throw Diagnostic(.input, .databaseUnsupportedType, [column, "infinity"]) } // not user-facing: the server's word
        let perDay: Int64 = 86_400_000_000
        let day = micros >= 0 ? micros / perDay : -((-micros + perDay - 1) / perDay)
        return Int32(clamping: day + epochShift)
    }
}
