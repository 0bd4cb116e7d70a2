import JixiaoCore

/// Checks expressions against a table's columns: resolves names (with a "did you mean" hint), checks types,
/// and turns literals into the type they are compared with.
package struct Binder {
    package let fields: [Field]
    package let source: String
    /// What each `.aggregateResult(N)` of an extracted `agg` expression binds to: the plan's expression for
    /// aggregate N. Empty outside `agg`.
    package var aggregateResults: [BoundExpression] = []
    /// Whether window functions (`row_number()`, `cumsum(x)` …) may stand here: in `derive` only.
    package var allowsWindows = false

    package init(fields: [Field], source: String) {
        self.fields = fields
        self.source = source
    }

    func error(code: DiagnosticCode, _ message: String, hint: String? = nil, _ range: Range<Int>) -> Diagnostic {
        Diagnostic(.bind, code: code, message, hint: hint, source: source, range: range)
    }

    /// The column named `name`, or an error pointing at `range` with the nearest real name as a hint.
    package func columnIndex(_ name: String, at range: Range<Int>) throws -> Int {
        if let index = fields.firstIndex(where: { $0.name == name }) { return index }
        if let index = fields.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) { return index }
        let names = fields.map(\.name)
        if let nearest = Suggestion.nearest(to: name, among: names) {
            throw Diagnostic(.bind, .nameUnknownColumn, [name], hint: Message(.hintDidYouMean, nearest), source: source, range: range)
        }
        let hint = names.isEmpty ? Message(.hintNoColumns) : Message(.hintColumns, Message.list(names))
        throw Diagnostic(.bind, .nameUnknownColumn, [name], hint: hint, source: source, range: range)
    }

    // MARK: - Scalar expressions

    package func bind(_ expression: Expression) throws -> BoundExpression {
        switch expression.kind {
        case .literal(let value):
            return .literal(value)
        case .column(let name):
            let index = try columnIndex(name, at: expression.range)
            return .column(index, fields[index].type)
        case .unary(let op, let operand):
            let inner = try bind(operand)
            if op == "not" {
                try expectCondition(inner, operand.range)
                return .not(inner)
            }
            guard inner.type.isNumeric || inner.type == .null else {
                throw error(code: .typeNegateNonNumber, "- needs a number; this is \(inner.type)", expression.range)
            }
            return .located(.negate(inner), SourceSpan(expression.range))
        case .binary(let op, let lhs, let rhs):
            let bound = try bindBinary(op, lhs, rhs, expression.range)
            // Arithmetic can fail as it runs (overflow, a date beyond 9999): such an error points at its operator's expression.
            if case .arithmetic = bound { return .located(bound, SourceSpan(expression.range)) }
            return bound
        case .call(let name, let args):
            return .located(try bindCall(name, args, expression.range), SourceSpan(expression.range))
        case .inList(let subject, let items, let negated):
            let inner = try bind(subject)
            var values: [Value] = []
            for item in items {
                let bound = try coerce(try bind(item), toMatch: inner.type, at: item.range)
                guard case .literal(let value) = bound else {
                    throw error(code: .typeListNotPlain, "a list after in holds plain values", item.range)
                }
                guard ComparisonOperator.comparable(inner.type, value.type) else {
                    throw mismatch(inner.type, value.type, item.range)
                }
                values.append(value)
            }
            return .inList(inner, values, negated: negated)
        case .between(let subject, let low, let high, let negated):
            let inner = try bind(subject)
            let lo = try coerce(try bind(low), toMatch: inner.type, at: low.range)
            let hi = try coerce(try bind(high), toMatch: inner.type, at: high.range)
            for (bound, range) in [(lo, low.range), (hi, high.range)] where !ComparisonOperator.comparable(inner.type, bound.type) {
                throw mismatch(inner.type, bound.type, range)
            }
            let within = BoundExpression.logical(and: true, .comparison(.greaterOrEqual, inner, lo), .comparison(.lessOrEqual, inner, hi))
            return negated ? .not(within) : within
        case .isNull(let subject, let negated):
            return .isNull(try bind(subject), negated: negated)
        case .aggregateResult(let number):
            guard aggregateResults.indices.contains(number) else {
                throw Diagnostic(.internal, code: .internalAggregateResult, "aggregate \(number) has no result to bind to", source: source, range: expression.range)
            }
            return aggregateResults[number]
        }
    }

    private func expectCondition(_ bound: BoundExpression, _ range: Range<Int>) throws {
        guard bound.type == .boolean || bound.type == .null else {
            throw error(code: .typeExpectedCondition, "expected a condition, found a \(bound.type) value", hint: "compare it, e.g. x == 1", range)
        }
    }

    private func mismatch(_ lhs: DataType, _ rhs: DataType, _ range: Range<Int>) -> Diagnostic {
        let hint: String
        if lhs == .text && rhs.isNumeric { hint = "put the value in quotes" } else if lhs.isNumeric && rhs == .text { hint = "numbers are written without quotes" } else { hint = "compare values of the same kind" }
        return error(code: .typeIncomparable, "cannot compare \(lhs) with \(rhs)", hint: hint, range)
    }

    /// A text literal compared with a date becomes a date (or an error naming what was expected).
    private func coerce(_ bound: BoundExpression, toMatch type: DataType, at range: Range<Int>) throws -> BoundExpression {
        if type == .date, case .literal(.text(let text)) = bound {
            guard let days = CivilDate.parse(Array(text.utf8)[...]) else {
                throw error(code: .typeNotADate, "'\(text)' is not a date", hint: "write dates as \"2022-06-08\"", range)
            }
            return .literal(.date(days))
        }
        return bound
    }

    private func bindBinary(_ op: String, _ lhs: Expression, _ rhs: Expression, _ range: Range<Int>) throws -> BoundExpression {
        var left = try bind(lhs)
        var right = try bind(rhs)
        switch op {
        case "and", "or":
            try expectCondition(left, lhs.range)
            try expectCondition(right, rhs.range)
            return .logical(and: op == "and", left, right)
        case "==", "!=", "<", "<=", ">", ">=":
            left = try coerce(left, toMatch: right.type, at: lhs.range)
            right = try coerce(right, toMatch: left.type, at: rhs.range)
            guard ComparisonOperator.comparable(left.type, right.type), let comparison = ComparisonOperator(rawValue: op) else {
                throw mismatch(left.type, right.type, rhs.range)
            }
            return .comparison(comparison, left, right)
        default:
            guard let arithmetic = ArithmeticOperator(rawValue: op) else { throw error(code: .nameUnknownOperator, "unknown operator \(op)", range) }
            guard let type = arithmetic.resultType(left.type, right.type) else {
                var mismatch = error(code: .typeOperatorMismatch, "\(op) does not apply to \(left.type) and \(right.type)", range)
                if arithmetic == .add && (left.type == .text || right.type == .text) { mismatch.hintText = Message(.hintJoinText) }
                throw mismatch
            }
            return .arithmetic(arithmetic, left, right, type)
        }
    }

    private func bindCall(_ name: String, _ args: [Expression], _ range: Range<Int>) throws -> BoundExpression {
        if let window = WindowFunction(rawValue: name) {
            if allowsWindows { return try bindWindow(window, args, range) }
            if AggregateFunction(rawValue: name) == nil {
                throw Diagnostic(.bind, .nameWindowOutsideDerive, [name], hint: Message(.hintWindowInDerive, name), source: source, range: range)
            }
        }
        if AggregateFunction(rawValue: name) != nil {
            var misplaced = error(code: .nameAggregateOutsideAgg, "\(name)() adds up many rows and belongs in agg", hint: "e.g. agg 合计 = \(name)(…)", range)
            if allowsWindows { misplaced.hintText = Message(.hintAggregateInDerive) }
            throw misplaced
        }
        guard let function = ScalarFunction(rawValue: name) else {
            let known = ScalarFunction.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue) + WindowFunction.allCases.map(\.rawValue)
            let hint = Suggestion.nearest(to: name, among: known).map { "did you mean \($0)?" } ?? "help functions lists them"
            throw error(code: .nameUnknownFunction, "unknown function \(name)", hint: hint, range)
        }
        guard function.arity.contains(args.count) else { throw arityError(name, function.arity, hint: function.summary, range) }
        let bound = try args.map { try bind($0) }
        if function == .date, case .literal(.text(let text))? = bound.first, CivilDate.parse(Array(text.utf8)[...]) == nil {
            throw error(code: .typeNotADate, "'\(text)' is not a date", hint: "write dates as \"2022-06-08\"", args[0].range)
        }
        let literals: [Value?] = bound.map { if case .literal(let v) = $0 { return v } else { return nil } }
        switch function.resultType(bound.map(\.type), literalArguments: literals) {
        case .success(let type): return .function(function, bound, type)
        case .failure(let failure): throw argumentError(failure, hint: function.summary, range)
        }
    }

    /// A function called with the wrong number of arguments.
    func arityError(_ name: String, _ arity: ClosedRange<Int>, hint: String, _ range: Range<Int>) -> Diagnostic {
        error(code: .typeArity, "\(name) takes \(arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)") argument(s)", hint: hint, range)
    }

    /// A function whose arguments do not fit it, with its line of help as the hint.
    func argumentError(_ failure: FunctionTypeError, hint: String, _ range: Range<Int>) -> Diagnostic {
        Diagnostic(.bind, code: .typeFunctionArgument, text: failure.text, hint: .verbatim(hint), source: source, range: range)
    }
}

extension Binder {
    /// A window function's call: its arguments bound as any expression, its literals checked.
    fileprivate func bindWindow(_ function: WindowFunction, _ args: [Expression], _ range: Range<Int>) throws -> BoundExpression {
        guard function.arity.contains(args.count) else { throw arityError(function.rawValue, function.arity, hint: function.summary, range) }
        let bound = try args.map { try bind($0) }
        let literals: [Value?] = bound.map { if case .literal(let v) = $0 { return v } else { return nil } }
        switch function.resultType(bound.map(\.type), literalArguments: literals) {
        case .success(let type): return .located(.window(function, bound, type), SourceSpan(range))
        case .failure(let failure): throw argumentError(failure, hint: function.summary, range)
        }
    }
}

/// "Did you mean": the nearest name by edit distance over characters, when it is near enough.
package enum Suggestion {
    /// Names longer than this get no suggestion: edit distance costs the product of the two lengths, and a
    /// megabyte-long name from a hostile file or script must not stall an error message.
    static let maxLength = 64

    package static func nearest(to name: String, among candidates: [String]) -> String? {
        guard name.utf8.count <= maxLength * 4 else { return nil }
        let target = Array(name.lowercased())
        guard target.count <= maxLength else { return nil }
        var best: (String, Int)?
        for candidate in candidates where candidate.utf8.count <= maxLength * 4 {
            let other = Array(candidate.lowercased())
            // The distance is at least the difference in length; skip what cannot be near enough.
            guard other.count <= maxLength, abs(other.count - target.count) <= max(1, min(target.count, other.count) / 2) else { continue }
            let distance = editDistance(target, other)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        // Near enough to be a slip, and not a whole replacement of what was typed.
        let limit = max(1, min(target.count, candidate.count) / 2)
        return distance <= limit && distance < target.count ? candidate : nil
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
