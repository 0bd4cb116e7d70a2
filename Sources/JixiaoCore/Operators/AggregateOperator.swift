/// What `agg` computes: aggregates per group, and output columns that combine them with group keys, literals
/// and scalar functions (`调整 = sum(全年预算数) - sum(年初预算数)`, `万元 = wan(sum(金额))`).
///
/// Output expressions are bound over the *group row*: the key columns, then one column per aggregate, in the
/// order the aggregates were added. `aggregate(_:argument:)` gives the expression that stands for an aggregate
/// there; it is the only way to reach an aggregate's column, so no name a user gives a column can stand in for
/// one. The same aggregate added twice is one aggregate, computed once.
package struct AggregatePlan: Sendable {
    /// One aggregate computed once per group.
    package struct Aggregate: Sendable, Hashable {
        package var function: AggregateFunction
        /// The argument, bound over the input rows; nil for `count()`.
        package var argument: BoundExpression?
        package var resultType: DataType
    }

    /// One column of the result, after the keys.
    package struct Output: Sendable {
        package var name: String
        /// Bound over the group row (see `AggregatePlan`).
        package var expression: BoundExpression

        /// An output column named `name` computing `expression` per group.
        package init(name: String, expression: BoundExpression) {
            self.name = name
            self.expression = expression
        }
    }

    /// The group keys, leading both the group row and the result.
    package let keys: [Field]
    /// The distinct aggregates, in the order they were first added.
    package private(set) var aggregates: [Aggregate] = []
    /// The result's columns after the keys.
    package var outputs: [Output] = []

    /// A plan over groups made by `keys` (none: the whole input is one group).
    package init(keys: [Field]) {
        self.keys = keys
    }

    /// The expression that stands for `function(argument)` in an output expression, or why the function does
    /// not apply to the argument's type. An aggregate already in the plan is not added again.
    package mutating func aggregate(_ function: AggregateFunction, argument: BoundExpression?) -> Result<BoundExpression, FunctionTypeError> {
        let resultType: DataType
        switch function.resultType(argument?.type) {
        case .success(let type): resultType = type
        case .failure(let failure): return .failure(failure)
        }
        let wanted = Aggregate(function: function, argument: argument, resultType: resultType)
        let slot: Int
        if let existing = aggregates.firstIndex(of: wanted) {
            slot = existing
        } else {
            slot = aggregates.count
            aggregates.append(wanted)
        }
        return .success(.column(keys.count + slot, resultType))
    }
}

/// Computes an `AggregatePlan` over grouped rows: each aggregate once per group, then each output expression
/// once per group over the keys and the aggregates' results. The result has one row per group, led by its keys.
package enum AggregateOperator {
    /// The plan computed over `rows`, grouped by `keys` (one column of key values per plan key, a value per
    /// row). Without keys the result has exactly one row, even for no rows. `index` is the grouping of `keys`
    /// when it is already known. `checkCancelled` is called while grouping and between aggregates.
    package static func run(_ plan: AggregatePlan, over rows: Table, keys: [Column], index known: GroupIndex? = nil,
                           checkCancelled: () throws -> Void = {}) throws -> Table {
        guard keys.count == plan.keys.count else {
            throw Diagnostic(.internal, .internalAggregateKeys, [String(plan.keys.count), String(keys.count)])
        }
        var index = try known ?? GroupIndex(keys: keys, rowCount: rows.rowCount, checkCancelled: checkCancelled)
        // Without keys the whole input is one group, even when it has no rows: sum of nothing is null, count 0.
        if keys.isEmpty && index.groupCount == 0 { index.firstRow = [0] }
        let groupCount = index.groupCount

        let argumentEvaluator = ExpressionEvaluator(table: rows)
        var groupColumns = keys.map { $0.gathering(index.firstRow) }
        for aggregate in plan.aggregates {
            try checkCancelled()
            let argument = try aggregate.argument.map { try argumentEvaluator.column($0) }
            var column = try aggregate.function.compute(argument, groups: index, resultType: aggregate.resultType)
            column.hint = aggregate.function.hint
            // A sum, minimum or maximum is shown as what it was taken of (a percentage stays one).
            if let argument, [.sum, .min, .max].contains(aggregate.function) { column.hint = argument.hint }
            groupColumns.append(column)
        }

        // The group row's names are never looked up: outputs are bound by position. Names are kept for the keys only.
        let groupRow = Table(names: plan.keys.map(\.name) + plan.aggregates.indices.map { _ in "" }, columns: groupColumns)
        let evaluator = ExpressionEvaluator(table: groupRow, rowCount: groupCount)
        var columns = Array(groupColumns.prefix(keys.count))
        for output in plan.outputs {
            var column = try evaluator.column(output.expression)
            if case .column(let i, _) = output.expression { column.hint = groupColumns[i].hint } else { column.hint = output.expression.hint }
            columns.append(column)
        }
        return Table(names: CSVReader.uniqued(plan.keys.map(\.name) + plan.outputs.map(\.name)), columns: columns)
    }
}
