import JixiaoCore

/// An aggregate call found inside an `agg` expression: `sum(金额)`.
public struct AggregateCall: Sendable {
    public var function: AggregateFunction
    public var argument: Expression?
    public var range: Range<Int>
}

/// Separates the aggregates of an expression from the arithmetic around them, so that
/// `wan(sum(金额))` computes `sum` per group and then `wan` on the result.
public enum AggregateExtraction {
    /// The name of the hidden column that holds aggregate number `index`.
    public static func hiddenName(_ index: Int) -> String { "\u{1F}agg\(index)" }

    /// `expression` with each aggregate call replaced by a reference to its hidden column; the calls are
    /// appended to `calls`.
    public static func extract(_ expression: Expression, source: String, into calls: inout [AggregateCall], insideAggregate: Bool = false) throws -> Expression {
        var copy = expression
        switch expression.kind {
        case .call(let name, let args):
            if let function = AggregateFunction(rawValue: name) {
                if insideAggregate {
                    throw Diagnostic(.bind, "\(name)() cannot be nested inside another aggregate", source: source, range: expression.range)
                }
                if function.takesNoArgument && args.isEmpty {
                    calls.append(AggregateCall(function: function, argument: nil, range: expression.range))
                } else {
                    guard args.count == 1 else {
                        throw Diagnostic(.bind, "\(name) takes one column", hint: function.summary, source: source, range: expression.range)
                    }
                    _ = try extract(args[0], source: source, into: &calls, insideAggregate: true)
                    calls.append(AggregateCall(function: function, argument: args[0], range: expression.range))
                }
                copy.kind = .column(hiddenName(calls.count - 1))
                return copy
            }
            copy.kind = .call(name, try args.map { try extract($0, source: source, into: &calls, insideAggregate: insideAggregate) })
        case .unary(let op, let e):
            copy.kind = .unary(op, try extract(e, source: source, into: &calls, insideAggregate: insideAggregate))
        case .binary(let op, let l, let r):
            copy.kind = .binary(op, try extract(l, source: source, into: &calls, insideAggregate: insideAggregate),
                                try extract(r, source: source, into: &calls, insideAggregate: insideAggregate))
        case .inList(let e, let items, let negated):
            copy.kind = .inList(try extract(e, source: source, into: &calls, insideAggregate: insideAggregate), items, negated: negated)
        case .between(let e, let lo, let hi, let negated):
            copy.kind = .between(try extract(e, source: source, into: &calls, insideAggregate: insideAggregate),
                                 try extract(lo, source: source, into: &calls, insideAggregate: insideAggregate),
                                 try extract(hi, source: source, into: &calls, insideAggregate: insideAggregate), negated: negated)
        case .isNull(let e, let negated):
            copy.kind = .isNull(try extract(e, source: source, into: &calls, insideAggregate: insideAggregate), negated: negated)
        case .literal, .column:
            break
        }
        return copy
    }
}
