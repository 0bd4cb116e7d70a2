import JixiaoCore

/// An aggregate call found inside an `agg` expression: `sum(金额)`.
package struct AggregateCall: Sendable {
    package var function: AggregateFunction
    package var argument: Expression?
    package var range: Range<Int>
}

/// Separates the aggregates of an expression from the arithmetic around them, so that
/// `wan(sum(金额))` computes `sum` per group and then `wan` on the result: the syntax side of
/// `AggregatePlan`, which does the computing.
package enum AggregateExtraction {
    /// The plan for `agg` items (an output name and its expression each): every aggregate call's argument bound
    /// over `input`'s columns, every item bound over the group `keys` and the aggregates' results.
    ///
    /// Errors come in the order they always have: misplaced aggregates in any item first, then the aggregates'
    /// arguments and types, then the names around them.
    package static func plan(_ items: [(name: String, expression: Expression)], input: Binder, keys: [Field]) throws -> AggregatePlan {
        var calls: [AggregateCall] = []
        let outer = try items.map { try extract($0.expression, source: input.source, into: &calls) }
        var plan = AggregatePlan(keys: keys)
        var results: [BoundExpression] = []
        for call in calls {
            let argument = try call.argument.map { try input.bind($0) }
            switch plan.aggregate(call.function, argument: argument) {
            case .success(let result): results.append(result)
            case .failure(let failure):
                throw Diagnostic(.bind, .typeFunctionArgument, arguments: [.message(failure.text)], hint: call.function.summary, source: input.source,
                                 range: call.range)
            }
        }
        var around = Binder(fields: keys, source: input.source)
        around.aggregateResults = results
        plan.outputs = try zip(items, outer).map { item, expression in
            AggregatePlan.Output(name: item.name, expression: try around.bind(expression))
        }
        return plan
    }

    /// `expression` with each aggregate call replaced by `.aggregateResult(N)`, N its place in `calls`; the
    /// calls are appended to `calls`.
    package static func extract(_ expression: Expression, source: String, into calls: inout [AggregateCall], insideAggregate: Bool = false) throws -> Expression {
        var copy = expression
        switch expression.kind {
        case .call(let name, let args):
            if let function = AggregateFunction(rawValue: name) {
                if insideAggregate {
                    throw Diagnostic(.bind, .nameNestedAggregate, [name], source: source, range: expression.range)
                }
                if function.takesNoArgument && args.isEmpty {
                    calls.append(AggregateCall(function: function, argument: nil, range: expression.range))
                } else {
                    guard args.count == 1 else {
                        throw Diagnostic(.bind, .nameAggregateArity, [name], hint: function.summary, source: source, range: expression.range)
                    }
                    _ = try extract(args[0], source: source, into: &calls, insideAggregate: true)
                    calls.append(AggregateCall(function: function, argument: args[0], range: expression.range))
                }
                copy.kind = .aggregateResult(calls.count - 1)
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
        case .literal, .column, .aggregateResult:
            break
        }
        return copy
    }
}
