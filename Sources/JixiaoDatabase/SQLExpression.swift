import JixiaoCore

/// Writes bound expressions as SQL that gives the same values as jixiao computes, or nil when it cannot be
/// sure they would: values are always bound parameters (`$3::numeric`), never pasted into the text.
///
/// Only what means the same in both is translated: columns, literals, `+ - *` of numbers (when the product keeps
/// every decimal jixiao keeps), `+` of texts, date arithmetic, comparisons (texts only for equality, since the
/// server's collation is not jixiao's pinyin order), `and`/`or`/`not` (both three-valued), `in`, `is null`, and
/// `year`/`month`/`day`. Anything else (division, text order, functions) stays in jixiao.
package struct SQLExpressionWriter {
    /// The SQL for each input column, by its place in the bound expression's input (nil: not in the database).
    package var columns: [String?]
    /// Parameters bound so far, shared by every expression of one query.
    package private(set) var parameters: [String?]

    package init(columns: [String?], parameters: [String?]) {
        self.columns = columns
        self.parameters = parameters
    }

    /// A column name as a SQL identifier, quoted (a double quote inside doubled).
    package static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A value as a parameter, cast to its type; null as NULL.
    package mutating func parameter(_ value: Value) -> String {
        let cast: String
        switch value {
        case .null: return "NULL"
        case .integer: cast = "bigint"
        case .decimal: cast = "numeric"
        case .text: cast = "text"
        case .date: cast = "date"
        case .boolean: cast = "boolean"
        case .timestamp(let stamp): cast = stamp.zone == Timestamp.noZone ? "timestamp" : "timestamptz"
        case .time: cast = "time"
        case .duration: cast = "interval"
        }
        parameters.append(value.description)
        return "$\(parameters.count)::\(cast)"
    }

    package mutating func sql(_ expression: BoundExpression) -> String? {
        switch expression {
        case .located(let inner, _):
            return sql(inner)
        case .column(let index, _):
            return index < columns.count ? columns[index] ?? nil : nil
        case .literal(let value):
            return parameter(value)
        case .negate(let inner):
            guard inner.type.isNumeric, let operand = sql(inner) else { return nil }
            return "(-\(operand))"
        case .not(let inner):
            guard let operand = sql(inner) else { return nil }
            return "(NOT \(operand))"
        case .arithmetic(let op, let lhs, let rhs, let type):
            return arithmetic(op, lhs, rhs, type)
        case .comparison(let op, let lhs, let rhs):
            if lhs.type == .text || rhs.type == .text {
                guard op == .equal || op == .notEqual else { return nil }
            }
            guard ComparisonOperator.comparable(lhs.type, rhs.type), let left = sql(lhs), let right = sql(rhs) else { return nil }
            let symbol: String
            switch op {
            case .equal: symbol = "="
            case .notEqual: symbol = "<>"
            case .less: symbol = "<"
            case .lessOrEqual: symbol = "<="
            case .greater: symbol = ">"
            case .greaterOrEqual: symbol = ">="
            }
            return "(\(left) \(symbol) \(right))"
        case .logical(let and, let lhs, let rhs):
            guard let left = sql(lhs), let right = sql(rhs) else { return nil }
            return "(\(left) \(and ? "AND" : "OR") \(right))"
        case .inList(let inner, let values, let negated):
            guard let subject = sql(inner) else { return nil }
            // jixiao leaves nulls in the list out (SQL's NOT IN with a null would never hold).
            let listed = values.filter { !$0.isNull }
            guard !listed.isEmpty else { return "(CASE WHEN \(subject) IS NULL THEN NULL ELSE \(negated ? "TRUE" : "FALSE") END)" } // not user-facing: SQL
            let items = listed.map { parameter($0) }
            return "(\(subject) \(negated ? "NOT IN" : "IN") (\(items.joined(separator: ", "))))"
        case .isNull(let inner, let negated):
            guard let operand = sql(inner) else { return nil }
            return "(\(operand) IS \(negated ? "NOT NULL" : "NULL"))"
        case .function(let function, let arguments, _):
            switch function {
            case .year, .month, .day:
                guard arguments.count == 1, arguments[0].type == .date, let operand = sql(arguments[0]) else { return nil }
                let field = function == .year ? "YEAR" : (function == .month ? "MONTH" : "DAY")
                return "(EXTRACT(\(field) FROM \(operand))::bigint)"
            default:
                return nil
            }
        case .window:
            return nil
        }
    }

    private mutating func arithmetic(_ op: ArithmeticOperator, _ lhs: BoundExpression, _ rhs: BoundExpression, _ type: DataType) -> String? {
        let l = lhs.type, r = rhs.type
        switch op {
        case .add where type == .text:
            guard let left = sql(lhs), let right = sql(rhs) else { return nil }
            return "(\(left) || \(right))"
        case .add, .subtract:
            // Numbers with numbers, a date with days, days between dates: the same in SQL.
            let numbers = l.isNumeric && r.isNumeric
            let dates = (l == .date && r == .integer) || (op == .add && l == .integer && r == .date) || (op == .subtract && l == .date && r == .date)
            guard numbers || dates, var left = sql(lhs), var right = sql(rhs) else { return nil }
            // The server adds days to a date as an integer (there is no date + bigint).
            if dates && l == .integer { left = "(\(left))::integer" }
            if dates && r == .integer { right = "(\(right))::integer" }
            return "(\(left) \(op.rawValue) \(right))"
        case .multiply:
            // A product keeps every decimal in both only while jixiao does not round it (at most 12 places).
            guard l.isNumeric && r.isNumeric, l.scale + r.scale <= 12, let left = sql(lhs), let right = sql(rhs) else { return nil }
            return "(\(left) * \(right))"
        case .divide, .remainder:
            // Division rounds half up at a scale of jixiao's choosing, and by zero gives null: kept in jixiao.
            return nil
        }
    }
}
