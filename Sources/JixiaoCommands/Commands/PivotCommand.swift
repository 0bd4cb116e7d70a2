import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// A cross table: rows by keys, columns by another column's values, one aggregate per cell, with totals.
package struct PivotCommand: DeclaredCommand {
    package static let name = "pivot"
    package static let chineseName: String? = "透视"
    package static let category = CommandCategory.aggregation
    package static let examples = [
        CommandExample("stations | pivot 层级 by 含快递物流 agg count()", // not user-facing: a command line
                       result: "层级,否,是,合计\n村级,15,108,123\n市级,1,1,2\n镇级,,16,16\n合计,16,125,141"),
        CommandExample("activities | where 销售额 is not null | derive 半年 = if(month(日期) <= 6, \"上半年\", \"下半年\") | pivot 类型 by 半年 agg wan(sum(销售额))", // not user-facing: a command line
                       result: "类型,上半年,下半年,合计\n夜经济活动,28.65,65.98,94.62\n助农直播,30.69,70.55,101.24\n合计,59.33,136.53,195.87"),
        CommandExample("stations | pivot 含快递物流 by 层级 in [\"市级\", \"镇级\", \"村级\"] agg count()", // not user-facing: a command line
                       result: "含快递物流,市级,镇级,村级,合计\n否,1,,15,16\n是,1,16,108,125\n合计,2,16,123,141"),
    ]

    package var rowKeys: [Token]
    /// `by COLUMN`, or `by COLUMN in [values]`.
    package var columnKey: Expression
    package var aggregate: Expression
    package var firstAppearance: Bool
    package var totals: Bool

    package static let signature = Signature([
        .part(Part("rows", "ROW_KEY", .columns)),
        .part(Part("by", "COLUMN_KEY", .expression, keyword: "by")),
        .part(Part("agg", "AGGREGATE", .expression, keyword: "agg", aggregates: true)),
        .option(OptionSpec("order", .choice(["sorted", "first"]))),
        .flag(FlagSpec("no-totals")),
    ])

    package init(arguments: Arguments) throws {
        rowKeys = try arguments.required("rows", arguments.names)
        columnKey = try arguments.required("by", arguments.expression)
        aggregate = try arguments.required("agg", arguments.expression)
        firstAppearance = arguments.textOption("order") == "first"
        totals = !arguments.flags.contains("no-totals")
        _ = try columnKeyName()
    }

    package var arguments: Arguments {
        var arguments = Arguments(parts: ["rows": .names(rowKeys), "by": .expression(columnKey), "agg": .expression(aggregate)],
                                  flags: totals ? [] : ["no-totals"])
        arguments.set(option: "order", firstAppearance ? .choice("first") : nil)
        return arguments
    }

    /// The column key's name: `by` takes a column, or a column in a list.
    func columnKeyName() throws -> (name: String, range: Range<Int>, listed: Bool) {
        switch columnKey.kind {
        case .column(let name): return (name, columnKey.range, false)
        case .inList(let subject, _, negated: false):
            if case .column(let name) = subject.kind { return (name, subject.range, true) }
        default: break
        }
        throw Diagnostic(.parse, .pivotColumnKey, hint: Message(.hintPivotColumnKey), range: columnKey.range)
    }

    /// What the line's columns make of the command: key columns checked, the listed values, the plans.
    struct Plan {
        var rowKeyIndices: [Int]
        var columnKeyIndex: Int
        /// The condition `COLUMN in [...]`, bound, when the columns are listed.
        var listed: BoundExpression?
        var listedValues: [Value]?
        var cells, rowTotals, columnTotals, grandTotal: AggregatePlan
        var cellType: DataType
    }

    func plan(_ fields: [Field], source: String) throws -> Plan {
        let binder = Binder(fields: fields, source: source)
        let rowKeyIndices = try rowKeys.map { try binder.columnIndex($0.text, at: $0.range) }
        let key = try columnKeyName()
        let columnKeyIndex = try binder.columnIndex(key.name, at: key.range)
        if rowKeyIndices.contains(columnKeyIndex) {
            throw Diagnostic(.bind, .pivotKeyTwice, [fields[columnKeyIndex].name], hint: Message(.hintPivotOtherRows), source: source, range: key.range)
        }
        var listed: BoundExpression?, listedValues: [Value]?
        if key.listed {
            let condition = try binder.bind(columnKey)
            listed = condition
            // As the column holds them: 1 in a decimal column is 1.00. (A column in a list binds to a list.)
            if case .inList(_, let values, _) = condition {
                let column = Column.from(values, type: fields[columnKeyIndex].type)
                listedValues = (0..<column.count).map(column.value)
            }
        }
        let rowFields = rowKeyIndices.map { fields[$0] }, columnField = fields[columnKeyIndex]
        let item = [(name: "", expression: aggregate)]
        func aggregatePlan(_ keys: [Field]) throws -> AggregatePlan {
            try AggregateExtraction.plan(item, input: binder, keys: keys)
        }
        let cells = try aggregatePlan(rowFields + [columnField])
        guard !cells.aggregates.isEmpty, let output = cells.outputs.first else {
            throw Diagnostic(.bind, .pivotNeedsAggregate, hint: Message(.hintPivotAggregate), source: source, range: aggregate.range)
        }
        return Plan(rowKeyIndices: rowKeyIndices, columnKeyIndex: columnKeyIndex, listed: listed, listedValues: listedValues,
                    cells: cells, rowTotals: try aggregatePlan(rowFields), columnTotals: try aggregatePlan([columnField]),
                    grandTotal: try aggregatePlan([]), cellType: output.expression.type)
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        var table = try context.table(input, for: Self.name)
        let plan = try plan(table.fields, source: context.source)
        if let listed = plan.listed {
            table = table.selecting(try ExpressionEvaluator(table: table).selection(where: listed))
        }
        let pivot = PivotTablePlan(
            rowKeys: plan.rowKeyIndices.map { (table.names[$0], table.materializedColumn($0)) },
            columnKey: table.materializedColumn(plan.columnKeyIndex),
            cells: plan.cells, rowTotals: plan.rowTotals, columnTotals: plan.columnTotals, grandTotal: plan.grandTotal,
            listedColumns: plan.listedValues, sorted: !firstAppearance, totals: totals, totalLabel: TableRenderer.totalLabel)
        return .table(try PivotOperator.table(table, plan: pivot, budgets: context.workspace.budgets, checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension PivotCommand {
    /// The columns are the data's values, known when it runs, unless they are listed.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let plan = try plan(fields, source: context.source)
        guard let listed = plan.listedValues else { return .unknown }
        let keys = plan.rowKeyIndices.map { index in
            index == plan.rowKeyIndices.first && totals ? Field(name: fields[index].name, type: .text) : fields[index]
        }
        let names = CSVReader.uniqued(keys.map(\.name) + listed.map { $0.isNull ? PivotOperator.nullColumnName : $0.description } + (totals ? [TableRenderer.totalLabel] : []))
        let types = keys.map(\.type) + [DataType](repeating: plan.cellType, count: names.count - keys.count)
        return .table(zip(names, types).map { Field(name: $0, type: $1) })
    }
}
