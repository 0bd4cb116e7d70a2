import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// Draws the input as a chart in text. The chart is ordinary text output, so it is journaled, saved, replayed
/// and checked like any other result.
package struct ChartCommand: DeclaredCommand {
    /// The charts there are.
    package enum Kind: String, Sendable, CaseIterable {
        case bar, column, hist, line, spark, stacked

        /// Other words for the same kinds.
        static let aliases: [String: Kind] = ["bars": .bar, "columns": .column, "histogram": .hist,
                                              "sparkline": .spark, "stack": .stacked]
    }

    package static let name = "chart"
    package static let chineseName: String? = "图表"
    package static let category = CommandCategory.output
    package static let examples = [
        CommandExample("stations | where 层级 != \"市级\" | group 乡镇 | agg n = count() | sort n desc | chart bar"), // not user-facing: a command line
        CommandExample("stations | where 层级 != \"市级\" | group 乡镇 | agg n = count() | chart column"), // not user-facing: a command line
        CommandExample("stations | chart hist 月均服务人次 bins=5"), // not user-facing: a command line
        CommandExample("activities | group 月份 = month(日期) | agg 场次 = count() | chart line"), // not user-facing: a command line
        CommandExample("stations | where 层级 != \"市级\" | group 乡镇, 层级 | agg n = count() | chart stacked"), // not user-facing: a command line
        // What the next three say around the chart (its range, its title) is in the interface's language: their
        // results are help.chart.example.6.result, .7.result and .8.result.
        CommandExample("activities | group 月份 = month(日期) | agg 场次 = count() | chart spark"), // not user-facing: a command line
        CommandExample("activities | group 类型 | agg 场次 = count() | chart bar width=50"), // not user-facing: a command line
        CommandExample("stations | group 层级 | agg n = count() | chart bar width=40 --ascii"), // not user-facing: a command line
    ]

    package var kind: Kind
    /// Where the kind was typed, for errors about the whole chart.
    package var kindRange: Range<Int>
    /// The value column typed after the kind (`chart hist 月均服务人次`).
    package var column: Token?
    package var x: Token?
    package var y: Token?
    package var by: Token?
    package var title: String?
    package var width: Int?
    package var bins: Int?
    package var ascii: Bool

    static let widths = ChartStyle.minimumWidth...1000
    static let binCounts = 1...100

    // MARK: - Arguments

    package static let signature = Signature([
        .part(Part("kind", "KIND", .choice(Kind.allCases.map(\.rawValue), aliases: Kind.aliases.mapValues(\.rawValue), noun: "chart_kind"))),
        .part(Part("column", "COLUMN", .name(.column), optional: true)),
        .option(OptionSpec("x", .column, placeholder: "LABEL")),
        .option(OptionSpec("y", .column, placeholder: "VALUE")),
        .option(OptionSpec("by", .column, placeholder: "SERIES")),
        .option(OptionSpec("title", .text)),
        .option(OptionSpec("width", .integer(widths, unit: "columns"))),
        .option(OptionSpec("bins", .integer(binCounts, unit: "bins"))),
        .flag(FlagSpec("ascii")),
    ])

    package init(arguments: Arguments) throws {
        let word = try arguments.required("kind", arguments.choice)
        guard let kind = Kind(rawValue: word.text) else { throw Diagnostic(.internal, .internalChartKind, [word.text]) }
        self.kind = kind
        kindRange = word.range
        column = arguments.name("column")
        x = arguments.columnOption("x")
        y = arguments.columnOption("y")
        by = arguments.columnOption("by")
        title = arguments.textOption("title")
        width = arguments.integerOption("width")
        bins = arguments.integerOption("bins")
        ascii = arguments.flags.contains("ascii")

        if let column, let y {
            throw Diagnostic(.parse, .chartValueGivenTwice, hint: Message(.hintChartValueEither, kind.rawValue, column.text, y.text), range: y.range)
        }
        if bins != nil, kind != .hist {
            throw Diagnostic(.parse, .chartBinsNotHist, range: arguments.optionRange("bins"))
        }
        if let by, kind != .stacked {
            throw Diagnostic(.parse, .chartByNotStacked, hint: Message(.hintChartBySplits), range: by.range)
        }
        if let x, kind == .hist {
            throw Diagnostic(.parse, .chartHistTakesNoX, hint: Message(.hintChartHistExample), range: x.range)
        }
    }

    /// The value column is written after the kind for hist and as y= for the others.
    package var arguments: Arguments {
        var arguments = Arguments(parts: ["kind": .choice(Token(.identifier, kind.rawValue, kindRange))], flags: ascii ? ["ascii"] : [])
        let value = column ?? y
        if kind == .hist { arguments.set("column", value.map(ArgumentValue.name)) } else { arguments.set(option: "y", value.map { .column($0) }) }
        arguments.set(option: "x", x.map { .column($0) })
        arguments.set(option: "by", by.map { .column($0) })
        arguments.set(option: "title", title.map { .text($0) })
        arguments.set(option: "width", width.map { .integer($0) })
        arguments.set(option: "bins", bins.map { .integer($0) })
        return arguments
    }

    // MARK: - Running

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        guard table.rowCount > 0 else {
            throw Diagnostic(.run, .chartNoRows, hint: Message(.hintChartWhichStep), source: context.source, range: kindRange)
        }
        let style = ChartStyle(width: width ?? context.workspace.style.chartWidth, ascii: ascii || context.workspace.style.ascii)
        let columns = ChartColumns(table: table, command: self, context: context)
        switch kind {
        case .bar, .column:
            let value = try columns.value(named: column ?? y)
            let label = try columns.label(named: x, excluding: [value])
            let data = try columns.data(label: label, values: [value], title: title ?? columns.defaultTitle(value: value, labels: [label]))
            return .text(kind == .bar ? BarChart.render(data, style: style) : ColumnChart.render(data, style: style))
        case .line, .spark:
            let (label, value) = try columns.series(x: x, y: column ?? y)
            var data = try columns.data(label: label, values: [value], title: title)
            data.positions = label.flatMap(columns.positions)
            return .text(kind == .line ? LineChart.render(data, style: style) : Sparkline.render(data, style: style))
        case .hist:
            let value = try columns.value(named: column ?? y)
            let values = columns.values(value)
            let binCount = bins ?? Histogram.defaultBinCount(for: values.count { $0 != nil })
            guard let histogram = Histogram(values: values, binCount: binCount) else {
                throw columns.allNull(value)
            }
            return .text(HistogramChart.render(histogram, name: table.names[value], hint: table.columns[value].hint, title: title, style: style))
        case .stacked:
            return .text(StackedBarChart.render(try columns.stacked(), style: style))
        }
    }
}

// MARK: - Choosing and reading columns

/// Picks the chart's columns from the input (the ones named, else the defaults) and reads them into a
/// `ChartData`, with located errors for names that do not exist or columns that hold no numbers.
private struct ChartColumns {
    let table: Table
    let command: ChartCommand
    let context: RunContext

    var kindName: String { "chart \(command.kind.rawValue)" } // not user-facing: a command as typed

    func index(_ token: Token) throws -> Int {
        try context.binder(for: table).columnIndex(token.text, at: token.range)
    }

    func isNumeric(_ index: Int) -> Bool { table.columns[index].type.isNumeric }
    func isText(_ index: Int) -> Bool { table.columns[index].type == .text }

    /// The value column: the one named, which must hold numbers, or the first numeric column not excluded.
    func value(named token: Token?, excluding: Set<Int> = [], after start: Int = 0) throws -> Int {
        if let token {
            let found = try index(token)
            guard isNumeric(found) else {
                let numeric = table.names.indices.filter(isNumeric).map { table.names[$0] }
                let hint = numeric.isEmpty ? countHint : Message(.hintChartNumericColumns, Message.list(numeric))
                let text = Message(key: DiagnosticCode.chartNotNumbers.rawValue,
                                   arguments: [.verbatim(kindName), .verbatim(table.names[found]), table.columns[found].type.nameArgument])
                throw Diagnostic(.bind, code: .chartNotNumbers, text: text, hint: hint, source: context.source, range: token.range)
            }
            return found
        }
        let candidates = table.names.indices.filter { isNumeric($0) && !excluding.contains($0) }
        guard let found = candidates.first(where: { $0 >= start }) ?? candidates.first else {
            throw Diagnostic(.run, .chartNoNumberColumn, hint: countHint, source: context.source, range: command.kindRange)
        }
        return found
    }

    var countHint: Message {
        let text = table.names.indices.first(where: isText).map { table.names[$0] } ?? "乡镇"
        return Message(.hintChartCountFirst, Expression.name(text), kindName)
    }

    /// The label column: the one named, else the first text column, else the first other column; nil when
    /// the value is the only column (rows are then numbered).
    func label(named token: Token?, excluding: Set<Int>) throws -> Int? {
        if let token { return try index(token) }
        let others = table.names.indices.filter { !excluding.contains($0) }
        return others.first(where: isText) ?? others.first
    }

    /// x and y of a series: x is the first column and y the first numeric column after it, unless named.
    func series(x: Token?, y: Token?) throws -> (label: Int?, value: Int) {
        if let x {
            let label = try index(x)
            return (label, try value(named: y, excluding: [label], after: label + 1))
        }
        if let y {
            let value = try value(named: y)
            return (table.names.indices.first { $0 != value }, value)
        }
        // One numeric column and nothing numeric after it: it is the series, drawn over row numbers.
        if let only = try? value(named: nil, excluding: [0], after: 1) { return (0, only) }
        return (table.names.count > 1 ? 1 : nil, try value(named: nil))
    }

    /// The values of a numeric column, exactly.
    func values(_ column: Int) -> [ExactDecimal?] {
        (0..<table.rowCount).map { table.value(row: $0, column: column).exactDecimal }
    }

    /// Labels as a table shows them; row numbers when there is no label column.
    func labels(_ column: Int?) -> [String] {
        guard let column else { return (0..<table.rowCount).map { String($0 + 1) } }
        let hint = table.columns[column].hint
        return (0..<table.rowCount).map { CellFormatter.text(table.value(row: $0, column: column), hint: hint) }
    }

    /// Where each row stands along x when x holds numbers or dates.
    func positions(_ column: Int) -> [ExactDecimal?]? {
        switch table.columns[column].type {
        case .integer, .decimal: return values(column)
        case .date:
            return (0..<table.rowCount).map { row in
                if case .date(let days) = table.value(row: row, column: column) { return ExactDecimal(Int64(days)) }
                return nil
            }
        default: return nil
        }
    }

    func defaultTitle(value: Int, labels: [Int?]) -> String {
        let names = labels.compactMap { $0.map { table.names[$0] } }
        guard !names.isEmpty else { return table.names[value] }
        return Message(.chartTitleBy, table.names[value], Message.joined(names, by: .chartTitleAnd).text).text
    }

    func allNull(_ column: Int) -> Diagnostic {
        Diagnostic(.run, .chartAllNull, [table.names[column]], hint: Message(.hintChartNotNull, Expression.name(table.names[column])),
                   source: context.source, range: command.kindRange)
    }

    func data(label: Int?, values columns: [Int], title: String?) throws -> ChartData {
        let series = columns.map { ChartSeries(name: table.names[$0], values: values($0)) }
        if let first = columns.first, series[0].values.allSatisfy({ $0 == nil }) { throw allNull(first) }
        return ChartData(labels: labels(label), series: series, hint: columns.first.map { table.columns[$0].hint } ?? .number,
                         title: title, labelName: label.map { table.names[$0] } ?? "", valueName: columns.first.map { table.names[$0] } ?? "")
    }

    // MARK: - Stacked bars

    /// Bars by the label column, split by the series column (long form, as `group 乡镇, 层级 | agg n = …`
    /// gives), or, with no second text column, by every numeric column (wide form).
    func stacked() throws -> ChartData {
        let limit = StackedBarChart.seriesLimit
        let numeric = table.names.indices.filter(isNumeric)
        let splitters = table.names.indices.filter { isText($0) && $0 != command.x.flatMap { try? index($0) } }
        if command.by == nil, command.column == nil, command.y == nil, splitters.count < 2, numeric.count >= 2 {
            let label = try label(named: command.x, excluding: Set(numeric))
            guard numeric.count <= limit else { throw tooManySeries(numeric.count, what: Message(.chartNumericColumns)) }
            let sum = numeric.map { table.names[$0] }.joined(separator: " + ")
            let title = command.title ?? label.map { Message(.chartTitleBy, sum, table.names[$0]).text } ?? sum
            let data = try data(label: label, values: numeric, title: title)
            try refuseNegative(data)
            return data
        }
        let value = try self.value(named: command.column ?? command.y)
        let label = try self.label(named: command.x, excluding: [value])
        let split: Int
        if let by = command.by {
            split = try index(by)
        } else if let found = table.names.indices.first(where: { isText($0) && $0 != label && $0 != value }) {
            split = found
        } else {
            throw Diagnostic(.run, .chartStackedNeedsBy, hint: Message(.hintChartGroupByTwo), source: context.source, range: command.kindRange)
        }
        guard let label else { throw Diagnostic(.run, .chartStackedNeedsLabel, source: context.source, range: command.kindRange) }

        // Bars and their parts in order of first appearance; a pair that appears twice is summed exactly.
        let pivot: Pivot
        do {
            pivot = try PivotOperator.run(table, rowKey: label, columnKey: split, value: value, aggregate: .sum)
        } catch let overflow as PivotOperator.Overflow {
            let bar = CellFormatter.text(overflow.rowKey ?? .null, hint: table.columns[label].hint)
            let part = CellFormatter.text(overflow.columnKey ?? .null, hint: table.columns[split].hint)
            throw Diagnostic(.run, .chartSumOverflow, [table.names[value], bar, part], source: context.source, range: command.kindRange)
        }
        let barOrder = pivot.rowKeys.map { CellFormatter.text($0, hint: table.columns[label].hint) }
        let partOrder = pivot.columnKeys.map { CellFormatter.text($0, hint: table.columns[split].hint) }
        guard partOrder.count <= limit else { throw tooManySeries(partOrder.count, what: Message(.chartValuesOf, table.names[split])) }
        guard pivot.cells.contains(where: { $0.contains { $0 != nil } }) else { throw allNull(value) }
        let series = partOrder.indices.map { p in
            ChartSeries(name: partOrder[p], values: pivot.cells.map { $0[p] })
        }
        let data = ChartData(labels: barOrder, series: series, hint: table.columns[value].hint,
                             title: command.title ?? defaultTitle(value: value, labels: [label, split]),
                             labelName: table.names[label], valueName: table.names[value])
        try refuseNegative(data)
        return data
    }

    func tooManySeries(_ count: Int, what: Message) -> Diagnostic {
        let text = Message(key: DiagnosticCode.chartTooManySeries.rawValue,
                           arguments: [.verbatim(String(StackedBarChart.seriesLimit)), .verbatim(String(count)), .message(what)])
        return Diagnostic(.run, code: .chartTooManySeries, text: text, hint: Message(.hintChartKeepFewer), source: context.source, range: command.kindRange)
    }

    func refuseNegative(_ data: ChartData) throws {
        for series in data.series {
            for (row, value) in series.values.enumerated() where (value?.units ?? 0) < 0 {
                throw Diagnostic(.run, .chartNegativeStack, [series.name, data.text(value), data.labels[row]],
                                 hint: Message(.hintChartBarNegative), source: context.source, range: command.kindRange)
            }
        }
    }
}

// MARK: - Binding

extension ChartCommand {
    /// The columns named are checked; which columns a chart takes by default is decided as it draws.
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let binder = context.binder(for: try (input ?? .nothing).fields(for: Self.name))
        for name in [column, x, y, by].compactMap({ $0 }) { _ = try binder.columnIndex(name.text, at: name.range) }
        return .nothing
    }
}
