/// Arithmetic operators.
package enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

    /// Decimals a quotient keeps beyond its operands' (then rounded half up).
    package static let extraQuotientScale = 6

    /// The result type, or nil when the operator does not apply to these types.
    package func resultType(_ lhs: DataType, _ rhs: DataType) -> DataType? {
        // `+` joins texts (a null on either side keeps the type: the result is null).
        if self == .add, lhs == .text || rhs == .text {
            return (lhs == .text || lhs == .null) && (rhs == .text || rhs == .null) ? .text : nil
        }
        switch (lhs, rhs) {
        case (.null, _), (_, .null):
            return lhs == .null ? (rhs == .null ? .integer : rhs) : lhs
        case (.date, .date): return self == .subtract ? .integer : nil
        case (.date, .integer): return (self == .add || self == .subtract) ? .date : nil
        case (.integer, .date): return self == .add ? .date : nil
        // The time between two timestamps (by instant), two times of day, and sums of durations.
        case (.timestamp, .timestamp), (.time, .time): return self == .subtract ? .duration : nil
        case (.duration, .duration): return (self == .add || self == .subtract) ? .duration : nil
        default: break
        }
        guard lhs.isNumeric && rhs.isNumeric else { return nil }
        let ls = lhs.scale, rs = rhs.scale
        switch self {
        case .add, .subtract:
            return ls == 0 && rs == 0 && lhs == .integer && rhs == .integer ? .integer : .decimal(scale: max(ls, rs))
        case .multiply:
            return lhs == .integer && rhs == .integer ? .integer : .decimal(scale: min(ls + rs, 12))
        case .divide:
            return .decimal(scale: min(max(ls, rs) + Self.extraQuotientScale, 12))
        case .remainder:
            return lhs == .integer && rhs == .integer ? .integer : nil
        }
    }
}

/// Comparison operators.
package enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    @inline(__always)
    package func holds(_ order: Int) -> Bool {
        switch self {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }

    /// Whether values of these types can be compared.
    package static func comparable(_ lhs: DataType, _ rhs: DataType) -> Bool {
        if lhs == .null || rhs == .null { return true }
        if lhs.isNumeric && rhs.isNumeric { return true }
        switch (lhs, rhs) {
        case (.text, .text), (.date, .date), (.boolean, .boolean): return true
        case (.timestamp, .timestamp), (.time, .time), (.duration, .duration): return true
        default: return false
        }
    }
}

extension DataType {
    /// Decimal places: 0 for integers.
    package var scale: Int {
        if case .decimal(let scale) = self { return scale }
        return 0
    }
}

/// An expression checked against a table's columns: names resolved to column numbers, types known.
package indirect enum BoundExpression: Sendable, Hashable {
    case column(Int, DataType)
    case literal(Value)
    case negate(BoundExpression)
    case not(BoundExpression)
    case arithmetic(ArithmeticOperator, BoundExpression, BoundExpression, DataType)
    case comparison(ComparisonOperator, BoundExpression, BoundExpression)
    case logical(and: Bool, BoundExpression, BoundExpression)
    case inList(BoundExpression, [Value], negated: Bool)
    case isNull(BoundExpression, negated: Bool)
    case function(ScalarFunction, [BoundExpression], DataType)
    /// A function of a row and its neighbours (`derive` only): computed over each partition in row order.
    case window(WindowFunction, [BoundExpression], DataType)
    /// The expression, where it was written: an error evaluating it (an overflow, a date out of range) points
    /// there. The place takes no part in equality: `sum(金额)` written twice is one computation.
    case located(BoundExpression, SourceSpan)

    package var type: DataType {
        switch self {
        case .column(_, let type): return type
        case .literal(let value): return value.type
        case .negate(let e): return e.type
        case .not, .comparison, .logical, .inList, .isNull: return .boolean
        case .arithmetic(_, _, _, let type): return type
        case .function(_, _, let type), .window(_, _, let type): return type
        case .located(let inner, _): return inner.type
        }
    }

    /// How the result is shown.
    package var hint: DisplayHint {
        switch self {
        case .function(let f, _, _): return f.hint
        case .window(let f, _, _): return f.hint
        case .located(let inner, _): return inner.hint
        default: return .number
        }
    }
}

/// Where an expression was written in its command line (UTF-8 offsets). Any two spans are equal, so a bound
/// expression's equality and hash are its meaning alone.
package struct SourceSpan: Sendable, Hashable {
    package var range: Range<Int>

    package init(_ range: Range<Int>) {
        self.range = range
    }

    package static func == (_: SourceSpan, _: SourceSpan) -> Bool { true }

    package func hash(into hasher: inout Hasher) {}
}
