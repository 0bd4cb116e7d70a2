import Foundation

/// Functions on one row's values. Each declares its arity, result type and a one-line description that
/// `help functions` shows.
package enum ScalarFunction: String, Sendable, CaseIterable {
    case round, abs, year, month, day, wan, pct, coalesce, len, contains, startswith, date, text, `if`
    case concat, substr, left, right, replace, trim, upper, lower, matches
    case hour, minute, second, time, timestamp, duration

    /// `round(x, n): x rounded half up to n decimals (default 0).`: the call and what it gives, in any language.
    package var summary: Message { Message(key: "function.\(rawValue).summary", arguments: []) }

    package var arity: ClosedRange<Int> {
        switch self {
        case .round: return 1...2
        case .coalesce, .concat: return 1...16
        case .pct, .contains, .startswith, .left, .right, .matches: return 2...2
        case .if, .replace: return 3...3
        case .substr: return 2...3
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
        func text(_ i: Int) -> Bool { args[i] == .text || args[i] == .null }
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
            guard args[0] == .date || args[0] == .timestamp || args[0] == .null else { return .failure(.init(Message(.functionTakesDate, rawValue))) }
            return .success(.integer)
        case .hour, .minute, .second:
            guard [.timestamp, .time, .duration, .null].contains(args[0]) else { return .failure(.init(Message(.functionTakesClock, rawValue))) }
            return .success(.integer)
        case .time:
            guard [.text, .timestamp, .time, .null].contains(args[0]) else { return .failure(.init(Message(.functionTakesTimestamp, rawValue))) }
            return .success(.time)
        case .timestamp:
            guard [.text, .date, .timestamp, .null].contains(args[0]) else { return .failure(.init(Message(.functionTakesTimestamp, rawValue))) }
            return .success(.timestamp)
        case .duration:
            guard [.text, .duration, .null].contains(args[0]) else { return .failure(.init(Message(.functionTakesText, rawValue))) }
            return .success(.duration)
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
            guard args[0] == .text || args[0] == .date || args[0] == .timestamp || args[0] == .null else { return .failure(.init(Message(.functionDateText))) }
            return .success(.date)
        case .text:
            return .success(.text)
        case .if:
            guard args[0] == .boolean || args[0] == .null else { return .failure(.init(Message(.functionIfCondition))) }
            return .success(DataType.common(args[1], args[2]))
        case .concat:
            return .success(.text)
        case .substr, .left, .right:
            guard text(0) else { return .failure(.init(Message(.functionTextFirst, rawValue))) }
            guard args.dropFirst().allSatisfy({ $0 == .integer || $0 == .null }) else {
                return .failure(.init(Message(self == .substr ? .functionStartAndLength : .functionCount, rawValue)))
            }
            return .success(.text)
        case .replace, .trim, .upper, .lower:
            guard args.indices.allSatisfy(text) else { return .failure(.init(Message(.functionTakesText, rawValue))) }
            return .success(.text)
        case .matches:
            guard text(0) else { return .failure(.init(Message(.functionTextFirst, rawValue))) }
            guard case .text(let pattern)? = literalArguments[1] else { return .failure(.init(Message(.functionPatternLiteral))) }
            if let problem = TextPattern.problem(pattern) { return .failure(.init(problem)) }
            return .success(.boolean)
        }
    }

    /// Applies the function to one row's values (`pattern`: the compiled pattern of `matches`).
    package func apply(_ args: [Value], resultType: DataType, pattern: TextPattern? = nil) -> Value {
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
            let d: Int32
            switch args[0] {
            case .date(let day): d = day
            case .timestamp(let t): d = t.day
            default: return .null
            }
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
            case .timestamp(let t): return .date(t.day)
            case .text(let s): return CivilDate.parse(Array(s.utf8)[...]).map { .date($0) } ?? .null
            default: return .null
            }
        case .text:
            return args[0].isNull ? .null : .text(args[0].description)
        case .if:
            guard case .boolean(true) = args[0] else { return Self.converted(args[2], to: resultType) }
            return Self.converted(args[1], to: resultType)
        case .concat:
            let present = args.filter { !$0.isNull }
            return present.isEmpty ? .null : .text(present.map(\.description).joined())
        case .substr:
            guard case .text(let s) = args[0], case .integer(let start) = args[1], start >= 1 else { return .null }
            var length = Int64.max
            if args.count == 3 {
                guard case .integer(let n) = args[2], n >= 0 else { return .null }
                length = n
            }
            let characters = Array(s)
            let from = Int(clamping: min(start - 1, Int64(characters.count)))
            let to = length >= Int64(characters.count - from) ? characters.count : from + Int(length)
            return .text(String(characters[from..<to]))
        case .left, .right:
            guard case .text(let s) = args[0], case .integer(let n) = args[1], n >= 0 else { return .null }
            let count = Int(clamping: n)
            return .text(String(self == .left ? s.prefix(count) : s.suffix(count)))
        case .replace:
            guard case .text(let s) = args[0], case .text(let old) = args[1], case .text(let new) = args[2] else { return .null }
            return .text(old.isEmpty ? s : s.replacing(old, with: new))
        case .trim:
            guard case .text(let s) = args[0] else { return .null }
            return .text(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case .upper, .lower:
            guard case .text(let s) = args[0] else { return .null }
            return .text(self == .upper ? s.uppercased() : s.lowercased())
        case .matches:
            guard case .text(let s) = args[0], let pattern else { return .null }
            return .boolean(pattern.matches(s))
        case .hour, .minute, .second:
            // Of a timestamp, its clock as written; of a duration, hour counts every hour (36 of 36:15:00).
            let micros: Int64
            switch args[0] {
            case .timestamp(let t): micros = t.timeOfDay
            case .time(let t), .duration(let t): micros = t
            default: return .null
            }
            switch self {
            case .hour: return .integer(micros / Clock.microsPerHour)
            case .minute: return .integer(micros / Clock.microsPerMinute % 60)
            default: return .integer(micros / Clock.microsPerSecond % 60)
            }
        case .time:
            switch args[0] {
            case .time: return args[0]
            case .timestamp(let t): return .time(t.timeOfDay)
            case .text(let s): return Clock.parseTime(Array(s.utf8)[...]).map { .time($0) } ?? .null
            default: return .null
            }
        case .timestamp:
            switch args[0] {
            case .timestamp: return args[0]
            case .date(let d): return Timestamp(day: d, time: 0).map { .timestamp($0) } ?? .null
            case .text(let s): return Timestamp.parse(Array(s.utf8)[...], allowingDate: true).map { .timestamp($0) } ?? .null
            default: return .null
            }
        case .duration:
            switch args[0] {
            case .duration: return args[0]
            case .text(let s): return Clock.parseDuration(Array(s.utf8)[...]).map { .duration($0) } ?? .null
            default: return .null
            }
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
