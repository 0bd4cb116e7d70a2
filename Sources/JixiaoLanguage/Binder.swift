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

    /// A binding error with `code`'s message filled with `arguments`, pointing at `range`.
    func error(_ code: DiagnosticCode, _ arguments: Message.Argument..., hint: Message? = nil, at range: Range<Int>) -> Diagnostic {
        Diagnostic(.bind, code, arguments: arguments, hint: hint, source: source, range: range)
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
                throw error(.typeNegateNonNumber, .message(inner.type.name), at: expression.range)
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
                let bound = try coerce(try bind(item, comparedWith: { inner }, in: expression, alongside: items), toMatch: inner.type, at: item.range)
                guard case .literal(let value) = bound else {
                    throw error(.typeListNotPlain, at: item.range)
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
                throw Diagnostic(.internal, .internalAggregateResult, [String(number)], source: source, range: expression.range)
            }
            return aggregateResults[number]
        }
    }

    private func expectCondition(_ bound: BoundExpression, _ range: Range<Int>) throws {
        guard bound.type == .boolean || bound.type == .null else {
            throw error(.typeExpectedCondition, .message(bound.type.name), hint: Message(.hintCompareIt), at: range)
        }
    }

    private func mismatch(_ lhs: DataType, _ rhs: DataType, _ range: Range<Int>) -> Diagnostic {
        let hint: MessageID
        if lhs == .text && rhs.isNumeric { hint = .hintQuoteTheValue } else if lhs.isNumeric && rhs == .text { hint = .hintNumbersWithoutQuotes } else { hint = .hintSameKind }
        return error(.typeIncomparable, .message(lhs.name), .message(rhs.name), hint: Message(hint), at: range)
    }

    /// A text literal compared with a date becomes a date (or an error naming what was expected); likewise
    /// with a timestamp (a bare date standing at midnight), a time of day or a duration.
    private func coerce(_ bound: BoundExpression, toMatch type: DataType, at range: Range<Int>) throws -> BoundExpression {
        guard case .literal(.text(let text)) = bound else { return bound }
        let bytes = Array(text.utf8)[...]
        switch type {
        case .date:
            guard let days = CivilDate.parse(bytes) else {
                throw error(.typeNotADate, .verbatim(text), hint: Message(.hintWriteDates), at: range)
            }
            return .literal(.date(days))
        case .timestamp:
            guard let stamp = Timestamp.parse(bytes, allowingDate: true) else {
                throw error(.typeNotATimestamp, .verbatim(text), hint: Message(.hintWriteTimes), at: range)
            }
            return .literal(.timestamp(stamp))
        case .time:
            guard let time = Clock.parseTime(bytes) else { throw error(.typeNotATime, .verbatim(text), hint: Message(.hintWriteTimes), at: range) }
            return .literal(.time(time))
        case .duration:
            guard let duration = Clock.parseDuration(bytes) else {
                throw error(.typeNotADuration, .verbatim(text), hint: Message(.hintWriteTimes), at: range)
            }
            return .literal(.duration(duration))
        default:
            return bound
        }
    }

    private func bindBinary(_ op: String, _ lhs: Expression, _ rhs: Expression, _ range: Range<Int>) throws -> BoundExpression {
        let compares = ComparisonOperator(rawValue: op) != nil
        let comparison = Expression(.binary(op, lhs, rhs), range)
        var left = compares ? try bind(lhs, comparedWith: { try? bind(rhs) }, in: comparison) : try bind(lhs)
        let bound = left
        var right = compares ? try bind(rhs, comparedWith: { bound }, in: comparison) : try bind(rhs)
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
            guard let arithmetic = ArithmeticOperator(rawValue: op) else { throw error(.nameUnknownOperator, .verbatim(op), at: range) }
            guard let type = arithmetic.resultType(left.type, right.type) else {
                // `+` of a text and a number: say how to join them.
                let joinsText = arithmetic == .add && (left.type == .text || right.type == .text)
                throw error(.typeOperatorMismatch, .verbatim(op), .message(left.type.name), .message(right.type.name),
                            hint: joinsText ? Message(.hintJoinText) : nil, at: range)
            }
            return .arithmetic(arithmetic, left, right, type)
        }
    }

    private func bindCall(_ name: String, _ args: [Expression], _ range: Range<Int>) throws -> BoundExpression {
        if let window = WindowFunction(rawValue: name) {
            if allowsWindows { return try bindWindow(window, args, range) }
            if AggregateFunction(rawValue: name) == nil {
                throw error(.nameWindowOutsideDerive, .verbatim(name), hint: Message(.hintWindowInDerive, name), at: range)
            }
        }
        if AggregateFunction(rawValue: name) != nil {
            throw error(.nameAggregateOutsideAgg, .verbatim(name), hint: allowsWindows ? Message(.hintAggregateInDerive) : Message(.hintAggregateInAgg, name), at: range)
        }
        guard let function = ScalarFunction(rawValue: name) else {
            let known = ScalarFunction.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue) + WindowFunction.allCases.map(\.rawValue)
            let hint = Suggestion.nearest(to: name, among: known).map { Message(.hintDidYouMean, $0) } ?? Message(.hintHelpFunctions)
            throw error(.nameUnknownFunction, .verbatim(name), hint: hint, at: range)
        }
        guard function.arity.contains(args.count) else { throw arityError(name, function.arity, hint: function.summary, at: range) }
        let bound: [BoundExpression]
        if function == .contains || function == .startswith, args.count == 2 {
            let call = Expression(.call(name, args), range)
            let first = try bind(args[0], comparedWith: { try? bind(args[1]) }, in: call)
            bound = [first, try bind(args[1], comparedWith: { first }, in: call)]
        } else {
            bound = try args.map { try bind($0) }
        }
        if function == .date, case .literal(.text(let text))? = bound.first, CivilDate.parse(Array(text.utf8)[...]) == nil {
            throw error(.typeNotADate, .verbatim(text), hint: Message(.hintWriteDates), at: args[0].range)
        }
        if [.time, .timestamp, .duration].contains(function), case .literal(.text(let text))? = bound.first {
            let bytes = Array(text.utf8)[...]
            switch function {
            case .time where Clock.parseTime(bytes) == nil:
                throw error(.typeNotATime, .verbatim(text), hint: Message(.hintWriteTimes), at: args[0].range)
            case .timestamp where Timestamp.parse(bytes, allowingDate: true) == nil:
                throw error(.typeNotATimestamp, .verbatim(text), hint: Message(.hintWriteTimes), at: args[0].range)
            case .duration where Clock.parseDuration(bytes) == nil:
                throw error(.typeNotADuration, .verbatim(text), hint: Message(.hintWriteTimes), at: args[0].range)
            default: break
            }
        }
        let literals: [Value?] = bound.map { if case .literal(let v) = $0 { return v } else { return nil } }
        switch function.resultType(bound.map(\.type), literalArguments: literals) {
        case .success(let type): return .function(function, bound, type)
        case .failure(let failure): throw error(.typeFunctionArgument, .message(failure.text), hint: function.summary, at: range)
        }
    }

    /// A function called with the wrong number of arguments.
    func arityError(_ name: String, _ arity: ClosedRange<Int>, hint: Message, at range: Range<Int>) -> Diagnostic {
        let count = arity.lowerBound == arity.upperBound ? Message.verbatim(String(arity.lowerBound))
            : Message(.countRange, String(arity.lowerBound), String(arity.upperBound))
        return error(.typeArity, .verbatim(name), .message(count), hint: hint, at: range)
    }

    /// A window function's call (in derive): its arguments bound as any expression, its literals checked.
    private func bindWindow(_ function: WindowFunction, _ args: [Expression], _ range: Range<Int>) throws -> BoundExpression {
        guard function.arity.contains(args.count) else { throw arityError(function.rawValue, function.arity, hint: function.summary, at: range) }
        let bound = try args.map { try bind($0) }
        let literals: [Value?] = bound.map { if case .literal(let v) = $0 { return v } else { return nil } }
        switch function.resultType(bound.map(\.type), literalArguments: literals) {
        case .success(let type): return .located(.window(function, bound, type), SourceSpan(range))
        case .failure(let failure): throw error(.typeFunctionArgument, .message(failure.text), hint: function.summary, at: range)
        }
    }
}

// MARK: - Text written without quotes

extension Binder {
    /// `expression` bound; when it is a bare word that names no column and what it is compared with (`partner`,
    /// asked only then) is a text column or expression, the error's hint shows `comparison` with the word in
    /// quotes (`层级 == "村级"`): a value typed without quotes, as a Chinese input method leaves it, reads as a
    /// column's name. `alongside` are the other values of a list, quoted too when they are such words. Compared
    /// with a text literal (`乡镗 == "某镇"`), the word is a column's name mistyped, and keeps its hint.
    func bind(_ expression: Expression, comparedWith partner: () -> BoundExpression?, in comparison: Expression,
              alongside: [Expression] = []) throws -> BoundExpression {
        do {
            return try bind(expression)
        } catch var failure as Diagnostic where failure.code == .nameUnknownColumn {
            guard bareWord(expression) != nil, let other = partner(), other.type == .text else { throw failure }
            if case .literal = other { throw failure }
            let words = ([expression] + alongside).filter { candidate in
                bareWord(candidate).map { name in !fields.contains { $0.name.lowercased() == name.lowercased() } } ?? false
            }
            failure.hintText = Message(.hintQuoteText, comparison.quoting(Set(words.map(\.range))).canonical)
            throw failure
        }
    }

    /// The name of a column written bare (not in backticks), else nil.
    private func bareWord(_ expression: Expression) -> String? {
        guard case .column(let name) = expression.kind else { return nil }
        let bytes = Array(source.utf8)
        guard expression.range.lowerBound < bytes.count, bytes[expression.range.lowerBound] != UInt8(ascii: "`") else { return nil }
        return name
    }

}

extension Expression {
    /// The expression with each column reference written at one of `places` turned into text: what a comparison
    /// says once its unquoted words are quoted. Only a comparison's operands and a list's values are looked at.
    func quoting(_ places: Set<Range<Int>>) -> Expression {
        func quoted(_ operand: Expression) -> Expression {
            guard places.contains(operand.range), case .column(let name) = operand.kind else { return operand }
            return Expression(.literal(.text(name)), operand.range)
        }
        var copy = self
        switch kind {
        case .binary(let op, let lhs, let rhs): copy.kind = .binary(op, quoted(lhs), quoted(rhs))
        case .call(let name, let args): copy.kind = .call(name, args.map(quoted))
        case .inList(let subject, let items, let negated): copy.kind = .inList(quoted(subject), items.map(quoted), negated: negated)
        default: break
        }
        return copy
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
