import JixiaoCore
import JixiaoLanguage

/// Computes aggregates over a table or over each group.
public struct AggCommand: Command {
    public static let name = "agg"
    public static let summary = "Compute aggregates (count, sum, mean, min, max, median, count_distinct, share) per group or overall."
    public static let syntax = "agg NAME = AGGREGATE(…) [, NAME = EXPRESSION …]"
    public static let discussion = """
        Aggregates may be combined with arithmetic and functions: agg 万元 = wan(sum(金额)). After group, each row \
        is one group, led by its keys. Sums are exact.
        """
    public static let category = CommandCategory.aggregation
    public static let aliases = ["summarize"]
    public static let examples = [
        CommandExample("funds | where 方向 == \"支出\" | agg 合计 = sum(金额)", "Total spent, exact to the fen."),
        CommandExample("budgets | agg 调整 = sum(全年预算数) - sum(年初预算数)", "Budget changed during the year, exact to the fen.", result: "0.00"),
        CommandExample("funds | group 方向 | agg 万元 = wan(sum(金额)), 笔数 = count()", "Received and spent in 万元."),
        CommandExample("funds | group 方向 | agg 笔数 = count()", "Receipts and payments counted.", result: "方向,笔数\n到位,5\n支出,18"),
        CommandExample("activities | where 类型 == \"直播培训\" | agg 期数 = count()", "Live-stream sales training sessions.", result: "15"),
    ]

    public var items: [NamedExpression]

    public init(parsing parser: inout Parser) throws {
        items = try parser.namedExpressions(what: "aggregates, e.g. agg 合计 = sum(金额)")
    }

    public var canonical: String { "agg " + items.map(\.canonical).joined(separator: ", ") }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let grouped: GroupedTable
        switch input {
        case .grouped(let g)?: grouped = g
        default:
            let table = try context.table(input, for: Self.name)
            grouped = GroupedTable(table: table, keyNames: [], keyColumns: [])
        }
        // Pull the aggregates out of each expression, compute them per group, then evaluate what surrounds
        // them over a table with one row per group.
        var calls: [AggregateCall] = []
        let outer = try items.map { try AggregateExtraction.extract($0.expression, source: context.source, into: &calls) }
        let binder = context.binder(for: grouped.table)
        let evaluator = ExpressionEvaluator(table: grouped.table)
        var perGroup = grouped.keysTable()
        if grouped.keyColumns.isEmpty {
            // No groups: one row, even for an empty input.
            perGroup = Table(names: [], columns: [])
        }
        var index = grouped.index
        if grouped.keyColumns.isEmpty && index.groupCount == 0 { index = GroupIndex(keys: [], rowCount: 0).withSingleGroup() }
        var hidden: [(String, Column)] = []
        for (i, call) in calls.enumerated() {
            try context.checkCancelled()
            var argument: Column?
            var argumentType: DataType?
            if let expression = call.argument {
                let bound = try binder.bind(expression)
                argument = try evaluator.column(bound)
                argumentType = bound.type
            }
            let resultType: DataType
            switch call.function.resultType(argumentType) {
            case .success(let type): resultType = type
            case .failure(let failure): throw Diagnostic(.bind, failure.message, hint: call.function.summary, source: context.source, range: call.range)
            }
            var column = try call.function.compute(argument, groups: index, resultType: resultType)
            column.hint = call.function.hint
            if let argument, call.function == .sum || call.function == .min || call.function == .max { column.hint = argument.hint }
            hidden.append((AggregateExtraction.hiddenName(i), column))
        }
        var working = perGroup
        let groupCount = index.groupCount
        if working.names.isEmpty {
            working = Table(names: hidden.map(\.0), columns: hidden.map(\.1))
            if hidden.isEmpty { working = Table(names: ["\u{1F}rows"], columns: [Column(.integer([Int64](repeating: 0, count: groupCount)))]) }
        } else {
            for (name, column) in hidden { working = working.adding(name, column) }
        }
        let outerBinder = context.binder(for: working)
        let outerEvaluator = ExpressionEvaluator(table: working)
        var names = grouped.keyNames
        var columns = perGroup.columns
        for (item, expression) in zip(items, outer) {
            let bound = try outerBinder.bind(expression)
            var column = try outerEvaluator.column(bound)
            if case .column(let i, _) = bound { column.hint = working.columns[i].hint } else { column.hint = bound.hint }
            names.append(item.outputName)
            columns.append(column)
        }
        return .table(Table(names: CSVReader.uniqued(names), columns: columns))
    }
}

extension GroupIndex {
    /// One group with no rows: what an aggregate over an empty table is computed on.
    func withSingleGroup() -> GroupIndex {
        var copy = self
        copy.firstRow = [0]
        return copy
    }
}
