import JixiaoCore
import JixiaoDatabase
import JixiaoLanguage

/// The leading stages of a pipeline over a database dataset, as one SQL query, so that only their result
/// comes back: `where`, `select`, `derive` of expressions `SQLExpressionWriter` translates; `group` with `agg`
/// (count, sum, mean, min, max, count_distinct) or `count`; `sort` by numbers, dates or booleans; `top`.
/// What follows the first stage it cannot translate runs in jixiao, on the rows returned.
///
/// The results are the ones jixiao computes on the whole table, row order included: rows come in the table's
/// stored order (`ORDER BY ctid`), groups in the order their first row comes (`ORDER BY min(ctid)`), a sort
/// is stable (the stored order breaks ties) with nulls last both ways, as jixiao sorts. A mean comes back as
/// an exact sum and a count and is divided in jixiao, so it rounds as jixiao rounds. Text is never sorted, nor
/// compared by order, in the database: the server's collation is not jixiao's pinyin order. A view or a query
/// has no stored order, so only filters and columns go to the database for it.
package struct DatabasePushDown {
    package var dataset: DatabaseDataset
    package var query: DatabaseQuery
    /// How many stages of the pipeline the query covers, the head (the dataset's name) included.
    package var stageCount: Int
    private var expectedTypes: [DataType?]
    private var names: [String]
    private var aggregate: AggregatePlan?
    private var aggregateParts: [[Int]] = []

    /// Runs the query and gives what the covered stages would have given.
    package func run(isCancelled: @escaping @Sendable () -> Bool) throws -> PipelineValue {
        let fetched = try PostgresClient.fetch(query, settings: dataset.source.settings, expectedTypes: expectedTypes, isCancelled: isCancelled)
        guard let plan = aggregate else {
            return .table(Table(names: names, columns: fetched.table.columns))
        }
        // The group row: the keys, then each aggregate from the columns the query gave for it.
        let rows = fetched.table
        let keyCount = plan.keys.count
        var groupColumns = Array(rows.columns.prefix(keyCount))
        for (aggregate, parts) in zip(plan.aggregates, aggregateParts) {
            var column = rows.columns[parts[0]]
            if aggregate.function == .mean, case .decimal(let target) = aggregate.resultType {
                let scale = aggregate.argument?.type.scale ?? 0
                var means = [Int64](repeating: NullMarker.integer, count: rows.rowCount)
                for row in 0..<rows.rowCount {
                    guard case .integer(let count) = rows.columns[parts[1]].value(at: row), count > 0,
                          let sum = rows.columns[parts[0]].value(at: row).exactDecimal else { continue }
                    let exact = ExactDecimal(units: sum.rescaled(upTo: scale)?.units ?? sum.units, scale: scale)
                    means[row] = ExactDecimal.dividing(exact, ExactDecimal(count), resultScale: target)?.units ?? NullMarker.integer
                }
                column = Column(.decimal(means, scale: target))
            }
            column.hint = aggregate.function.hint
            groupColumns.append(column)
        }
        let groupRow = Table(names: plan.keys.map(\.name) + plan.aggregates.indices.map { _ in "" }, columns: groupColumns)
        let evaluator = ExpressionEvaluator(table: groupRow)
        var columns = Array(groupColumns.prefix(keyCount))
        for output in plan.outputs {
            var column = try evaluator.column(output.expression)
            if case .column(let i, _) = output.expression { column.hint = groupColumns[i].hint } else { column.hint = output.expression.hint }
            columns.append(column)
        }
        return .table(Table(names: CSVReader.uniqued(plan.keys.map(\.name) + plan.outputs.map(\.name)), columns: columns))
    }

    // MARK: - Planning

    /// The query for the longest leading part of `pipeline` the database can compute, when the pipeline starts
    /// at a database dataset; nil otherwise.
    package static func plan(_ pipeline: Pipeline, workspace: Workspace) -> DatabasePushDown? {
        guard let head = pipeline.stages.first as? DatasetSource, Workspace.cellNumber(named: head.name) == nil,
              let found = workspace.dataset(named: head.name), case .database(let dataset) = found.origin else { return nil }
        var planner = Planner(dataset: dataset, source: pipeline.source)
        var best = planner.finished(stageCount: 1)
        for (index, stage) in pipeline.stages.enumerated().dropFirst() {
            // A stage that does not bind here (it bound already, so this is only a safeguard) stays in jixiao.
            guard (try? planner.take(stage)) == true else { break }
            if let finished = planner.finished(stageCount: index + 1) { best = finished }
            if planner.phase == .limited { break }
        }
        return best
    }

    private struct Planner {
        enum Phase: Equatable { case rows, grouped, aggregated, sorted, limited }

        let dataset: DatabaseDataset
        let source: String
        var phase = Phase.rows
        var writer = SQLExpressionWriter(columns: [], parameters: [])
        /// The columns at this point, with the SQL that computes each (nil: only jixiao computes it).
        var fields: [Field]
        var columnSQL: [String?]
        var wheres: [String] = []
        // Grouping: the keys, and the rows' columns an aggregate reads.
        var keyFields: [Field] = []
        var keySQL: [String] = []
        var rowFields: [Field] = []
        var rowSQL: [String?] = []
        var plan: AggregatePlan?
        var selectList: [String] = []
        var selectTypes: [DataType?] = []
        var parts: [[Int]] = []
        var order: [String] = []
        var limit: String?

        init(dataset: DatabaseDataset, source: String) {
            self.dataset = dataset
            self.source = source
            fields = dataset.schema.fields
            columnSQL = fields.map { SQLExpressionWriter.identifier($0.name) }
        }

        mutating func sql(_ expression: BoundExpression, over columns: [String?]) -> String? {
            writer.columns = columns
            return writer.sql(expression)
        }

        /// Adds one stage; false (and nothing changed that matters) when it cannot go to the database.
        mutating func take(_ stage: any Command) throws -> Bool {
            let hasOrder = dataset.source.hasRowOrder
            switch stage {
            case let command as WhereCommand where phase == .rows:
                let bound = try command.boundCondition(Binder(fields: fields, source: source))
                guard let condition = sql(bound, over: columnSQL) else { return false }
                wheres.append(condition)
                return true
            case let command as SelectCommand where phase == .rows:
                let binder = Binder(fields: fields, source: source)
                var newFields: [Field] = [], newSQL: [String?] = []
                for item in command.items {
                    let bound = try binder.bind(item.expression)
                    guard let text = sql(bound, over: columnSQL) else { return false }
                    newFields.append(Field(name: item.outputName, type: bound.type))
                    newSQL.append(text)
                }
                let names = CSVReader.uniqued(newFields.map(\.name))
                fields = zip(names, newFields).map { Field(name: $0, type: $1.type) }
                columnSQL = newSQL
                return true
            case let command as DeriveCommand where phase == .rows:
                var newFields = fields, newSQL = columnSQL
                for item in command.items {
                    let bound = try DeriveCommand.binder(for: newFields, in: source).bind(item.expression)
                    guard let text = sql(bound, over: newSQL) else { return false }
                    let field = Field(name: item.outputName, type: bound.type)
                    if let existing = newFields.firstIndex(where: { $0.name == field.name }) {
                        newFields[existing] = field
                        newSQL[existing] = text
                    } else {
                        newFields.append(field)
                        newSQL.append(text)
                    }
                }
                fields = newFields
                columnSQL = newSQL
                return true
            case let command as GroupCommand where phase == .rows && hasOrder:
                let binder = Binder(fields: fields, source: source)
                var keys: [Field] = [], texts: [String] = []
                for key in command.keys {
                    let bound = try binder.bind(key.expression)
                    guard let text = sql(bound, over: columnSQL) else { return false }
                    keys.append(Field(name: key.outputName, type: bound.type))
                    texts.append(text)
                }
                let names = CSVReader.uniqued(keys.map(\.name))
                keyFields = zip(names, keys).map { Field(name: $0, type: $1.type) }
                keySQL = texts
                rowFields = fields
                rowSQL = columnSQL
                phase = .grouped
                return true
            case let command as AggCommand where phase == .rows || phase == .grouped:
                if phase == .rows { (rowFields, rowSQL) = (fields, columnSQL) }
                let built = try AggregateExtraction.plan(command.items.map { ($0.outputName, $0.expression) },
                                                         input: Binder(fields: rowFields, source: source), keys: keyFields)
                return aggregated(built)
            case let command as CountCommand where phase == .rows || phase == .grouped:
                if phase == .rows { (rowFields, rowSQL) = (fields, columnSQL) }
                var built = AggregatePlan(keys: keyFields)
                guard case .success(let count) = built.aggregate(.count, argument: nil) else { return false }
                built.outputs = [AggregatePlan.Output(name: command.columnName, expression: count)]
                return aggregated(built)
            case let command as SortCommand where phase == .rows || phase == .aggregated:
                // Stable, as jixiao sorts: ties keep the stored order (groups: the order they first appear in).
                guard hasOrder || (phase == .aggregated && keyFields.isEmpty) else { return false }
                let binder = Binder(fields: fields, source: source)
                var keys: [String] = []
                for item in command.items {
                    let bound = try binder.bind(item.expression)
                    guard bound.type != .text, bound.type != .null, let text = sql(bound, over: columnSQL) else { return false }
                    keys.append("\(text) \(item.descending ? "DESC" : "ASC") NULLS LAST") // not user-facing: SQL
                }
                order = keys
                phase = .sorted
                return true
            case let command as TopCommand where phase != .grouped:
                guard hasOrder || phase == .aggregated || phase == .sorted || phase == .rows else { return false }
                limit = writer.parameter(.integer(Int64(command.count)))
                phase = .limited
                return true
            default:
                return false
            }
        }

        /// An `agg` (or `count`) whose aggregates all have SQL: the select list, and per aggregate its columns.
        private mutating func aggregated(_ built: AggregatePlan) -> Bool {
            // The group row needs a column to count its rows by (`agg x = 1` alone has none): kept in jixiao.
            guard !built.aggregates.isEmpty || !keySQL.isEmpty else { return false }
            var list = keySQL, types: [DataType?] = keyFields.map(\.type), aggregateParts: [[Int]] = []
            for aggregate in built.aggregates {
                var argument: String?
                if let bound = aggregate.argument {
                    guard let text = sql(bound, over: rowSQL) else { return false }
                    argument = text
                }
                let type = aggregate.argument?.type
                switch (aggregate.function, argument) {
                case (.count, nil):
                    list.append("count(*)")
                    types.append(.integer)
                case (.count, let text?):
                    list.append("count(\(text))")
                    types.append(.integer)
                case (.countDistinct, let text?):
                    list.append("count(DISTINCT \(text))")
                    types.append(.integer)
                case (.sum, let text?):
                    list.append("sum(\(text))")
                    types.append(aggregate.resultType)
                case (.mean, let text?):
                    // The exact sum and the count: jixiao divides, rounding as it always does.
                    list.append("sum(\(text))")
                    types.append(type == .integer ? .integer : type)
                    list.append("count(\(text))")
                    types.append(.integer)
                    aggregateParts.append([list.count - 2, list.count - 1])
                    continue
                case (.min, let text?), (.max, let text?):
                    guard let type, type != .text, type != .null else { return false }
                    let isMin = aggregate.function == .min
                    list.append(type == .boolean ? "\(isMin ? "bool_and" : "bool_or")(\(text))" : "\(isMin ? "min" : "max")(\(text))")
                    types.append(aggregate.resultType)
                default:
                    return false
                }
                aggregateParts.append([list.count - 1])
            }
            // After agg, a column has SQL when it is a key or an aggregate whose SQL value is its own (a mean's is
            // not: it is divided in jixiao).
            var outputSQL: [String?] = Array(keySQL.map { Optional($0) })
            for output in built.outputs {
                var expression = output.expression
                while case .located(let inner, _) = expression { expression = inner }
                guard case .column(let index, _) = expression else { outputSQL.append(nil); continue }
                if index < keySQL.count {
                    outputSQL.append(keySQL[index])
                } else {
                    let slot = index - keySQL.count
                    let function = built.aggregates[slot].function
                    outputSQL.append(function == .mean ? nil : list[aggregateParts[slot][0]])
                }
            }
            plan = built
            selectList = list
            selectTypes = types
            parts = aggregateParts
            fields = zip(CSVReader.uniqued(built.keys.map(\.name) + built.outputs.map(\.name)), built.keys.map(\.type) + built.outputs.map(\.expression.type))
                .map { Field(name: $0, type: $1) }
            columnSQL = outputSQL
            phase = .aggregated
            return true
        }

        /// The query covering the stages taken so far, when they end at a point where a table comes out.
        func finished(stageCount: Int) -> DatabasePushDown? {
            guard phase != .grouped else { return nil }
            let hasOrder = dataset.source.hasRowOrder
            var text = "SELECT "
            let list: [String]
            if plan != nil {
                list = selectList
            } else {
                list = columnSQL.compactMap { $0 }
                guard list.count == columnSQL.count else { return nil }
            }
            text += list.enumerated().map { "\($1) AS \"c\($0 + 1)\"" }.joined(separator: ", ")
            text += " FROM " + dataset.source.fromClause
            if !wheres.isEmpty { text += " WHERE " + wheres.joined(separator: " AND ") }
            var ordering = order
            if let plan {
                if !plan.keys.isEmpty {
                    text += " GROUP BY " + (1...plan.keys.count).map(String.init).joined(separator: ", ") // not user-facing: SQL
                    ordering.append("min(ctid)")
                }
            } else if hasOrder {
                ordering.append("ctid")
            }
            if !ordering.isEmpty { text += " ORDER BY " + ordering.joined(separator: ", ") } // not user-facing: SQL
            if let limit { text += " LIMIT " + limit }
            return DatabasePushDown(dataset: dataset, query: DatabaseQuery(sql: text, parameters: writer.parameters), stageCount: stageCount,
                                    expectedTypes: plan != nil ? selectTypes : fields.map(\.type), names: fields.map(\.name),
                                    aggregate: plan, aggregateParts: parts)
        }
    }
}
