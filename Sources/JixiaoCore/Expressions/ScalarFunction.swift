/// Functions on one row's values. Each declares its arity, result type and a one-line description that
/// `help functions` shows.
package enum ScalarFunction: String, Sendable, CaseIterable {
    case round, abs, year, month, day, wan, pct, coalesce, len, contains, startswith, date, text, `if`

    /// `round(x, n): x rounded half up to n decimals (default 0).`: the call and what it gives, in any language.
    package var summary: Message { Message(key: "function.\(rawValue).summary", arguments: []) }

    package var arity: ClosedRange<Int> {
        switch self {
        case .round: return 1...2
        case .coalesce: return 1...16
        case .pct, .contains, .startswith: return 2...2
        case .if: return 3...3
        default: return 1...1
        }
    }

    package var hint: DisplayHint {
        switch self {
        case .pct: return .percent
        case .year: return .plain
        default: return .number
        }
    }

    /// The result type for these argument types, or a message saying what was expected.
    package func resultType(_ args: [DataType], literalArguments: [Value?]) -> Result<DataType, FunctionTypeError> {
        func numeric(_ i: Int) -> Bool { args[i].isNumeric || args[i] == .null }
        switch self {
        case .round:
            guard numeric(0) else { return .failure(.init(Message(.functionTakesNumber, rawValue))) }
            if args.count == 2 {
                guard case .integer(let n)? = literalArguments[1], (0...12).contains(n) else {
                    return .failure(.init(Message(.functionRoundDecimals)))
                }
                return .success(n == 0 && args[0] == .integer ? .integer : .decimal(scale: Int(n)))
            }
            return .success(args[0] == .integer ? .integer : .decimal(scale: 0))
        case .abs:
            guard numeric(0) else { return .failure(.init(Message(.functionTakesNumber, rawValue))) }
            return .success(args[0])
        case .year, .month, .day:
            guard args[0] == .date || args[0] == .null else { return .failure(.init(Message(.functionTakesDate, rawValue))) }
            return .success(.integer)
        case .wan:
            guard numeric(0) else { return .failure(.init(Message(.functionWanAmount))) }
            return .success(.decimal(scale: 2))
        case .pct:
            guard numeric(0), numeric(1) else { return .failure(.init(Message(.functionPctNumbers))) }
            return .success(.decimal(scale: 2))
        case .coalesce:
            var type = DataType.null
            for arg in args { type = DataType.common(type, arg) }
            return .success(type)
        case .len:
            return .success(.integer)
        case .contains, .startswith:
            guard args.allSatisfy({ $0 == .text || $0 == .null }) else { return .failure(.init(Message(.functionTakesTwoTexts, rawValue))) }
            return .success(.boolean)
        case .date:
            guard args[0] == .text || args[0] == .date || args[0] == .null else { return .failure(.init(Message(.functionDateText))) }
            return .success(.date)
        case .text:
            return .success(.text)
        case .if:
            guard args[0] == .boolean || args[0] == .null else { return .failure(.init(Message(.functionIfCondition))) }
            return .success(DataType.common(args[1], args[2]))
        }
    }

    /// Applies the function to one row's values.
    package func apply(_ args: [Value], resultType: DataType) -> Value {
        switch self {
        case .round:
            guard let x = args[0].exactDecimal else { return .null }
            let digits: Int
            if args.count == 2, case .integer(let n) = args[1] { digits = Int(n) } else { digits = 0 }
            guard let r = x.rounded(toScale: digits) else { return .null }
            return resultType == .integer ? .integer(r.units) : .decimal(r)
        case .abs:
            switch args[0] {
            case .integer(let i): return i == Int64.min ? .null : .integer(Swift.abs(i))
            case .decimal(let d): return .decimal(d.magnitude)
            default: return .null
            }
        case .year, .month, .day:
            guard case .date(let d) = args[0] else { return .null }
            let parts = CivilDate.components(d)
            return .integer(Int64(self == .year ? parts.year : (self == .month ? parts.month : parts.day)))
        case .wan:
            guard let x = args[0].exactDecimal, let r = ExactDecimal.dividing(x, ExactDecimal(10_000), resultScale: 2) else { return .null }
            return .decimal(r)
        case .pct:
            guard let a = args[0].exactDecimal, let b = args[1].exactDecimal, b.units != 0,
                  let hundred = ExactDecimal.multiplying(a, ExactDecimal(100)),
                  let r = ExactDecimal.dividing(hundred, b, resultScale: 2) else { return .null }
            return .decimal(r)
        case .coalesce:
            return args.first { !$0.isNull }.map { Self.converted($0, to: resultType) } ?? .null
        case .len:
            if case .null = args[0] { return .null }
            return .integer(Int64(args[0].description.count))
        case .contains:
            guard case .text(let s) = args[0], case .text(let part) = args[1] else { return .null }
            return .boolean(s.contains(part))
        case .startswith:
            guard case .text(let s) = args[0], case .text(let part) = args[1] else { return .null }
            return .boolean(s.hasPrefix(part))
        case .date:
            switch args[0] {
            case .date: return args[0]
            case .text(let s): return CivilDate.parse(Array(s.utf8)[...]).map { .date($0) } ?? .null
            default: return .null
            }
        case .text:
            return args[0].isNull ? .null : .text(args[0].description)
        case .if:
            guard case .boolean(true) = args[0] else { return Self.converted(args[2], to: resultType) }
            return Self.converted(args[1], to: resultType)
        }
    }

    /// A value in the column type it is stored in: integers widen to decimals, anything becomes text.
    static func converted(_ value: Value, to type: DataType) -> Value {
        switch (value, type) {
        case (.integer(let i), .decimal(let scale)): return ExactDecimal(i).rescaled(upTo: scale).map { .decimal($0) } ?? .null
        case (.decimal(let d), .decimal(let scale)) where d.scale != scale: return d.rounded(toScale: scale).map { .decimal($0) } ?? .null
        case (.null, _): return .null
        case (_, .text): return .text(value.description)
        default: return value
        }
    }
}

/// Why a function does not accept its arguments.
package struct FunctionTypeError: Error, Sendable {
    package var text: Message
    package init(_ text: Message) { self.text = text }

    /// The reason in English.
    package var message: String { text.text(in: .en) }
}
