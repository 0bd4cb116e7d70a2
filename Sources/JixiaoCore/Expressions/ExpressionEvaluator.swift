/// Evaluates bound expressions over all visible rows of a table at once, column by column.
///
/// Comparisons against a literal on a dictionary-encoded text column are decided once per distinct string,
/// then mapped over the codes; numeric work runs on scaled 64-bit integers with overflow checks.
package struct ExpressionEvaluator {
    package let table: Table
    package let rowCount: Int
    /// The groups window functions compute within (`group … | derive`); nil: the whole table is one.
    package var partitions: GroupIndex?

    package init(table: Table, partitions: GroupIndex? = nil) {
        self.table = table
        self.rowCount = table.rowCount
        self.partitions = partitions
    }

    /// An evaluator over `rowCount` rows of a table whose columns, if any, have that many rows: a table of no
    /// columns still has rows to evaluate literals on (one per group of an `agg` that computes no aggregate).
    init(table: Table, rowCount: Int) {
        self.table = table
        self.rowCount = rowCount
    }

    /// The expression's value for every visible row, as a column.
    package func column(_ expression: BoundExpression) throws -> Column {
        switch try operand(expression) {
        case .column(let column): return column
        case .scalar(let value): return Column.repeating(value, count: rowCount, as: expression.type)
        }
    }

    /// The visible rows for which a condition holds (null counts as false).
    package func selection(where condition: BoundExpression) throws -> [Int32] {
        switch try operand(condition) {
        case .scalar(let value):
            if case .boolean(true) = value { return (0..<Int32(rowCount)).map { $0 } }
            return []
        case .column(let column):
            guard case .boolean(let flags) = column.storage else { return [] }
            var rows: [Int32] = []
            rows.reserveCapacity(rowCount / 4)
            flags.withUnsafeBufferPointer { buffer in
                for i in 0..<buffer.count where buffer[i] == 1 { rows.append(Int32(i)) }
            }
            return rows
        }
    }

    // MARK: - Operands

    enum Operand {
        case column(Column)
        case scalar(Value)
    }

    func operand(_ expression: BoundExpression) throws -> Operand {
        switch expression {
        case .column(let index, _):
            return .column(table.materializedColumn(index))
        case .literal(let value):
            return .scalar(value)
        case .negate(let inner):
            let type = inner.type
            let view = try intView(try operand(inner), scale: type.scale)
            // Never Int64.min (the null marker), so the negation cannot overflow.
            return try wrap(mapInts(view) { $0 == NullMarker.integer ? $0 : 0 &- $0 }, as: type)
        case .not(let inner):
            return wrap(mapFlags(try flagView(try operand(inner))) { $0 == NullMarker.boolean ? $0 : 1 - $0 })
        case .logical(let isAnd, let lhs, let rhs):
            return try logical(isAnd: isAnd, try flagView(try operand(lhs)), try flagView(try operand(rhs)))
        case .comparison(let op, let lhs, let rhs):
            return try compare(op, lhs, rhs)
        case .arithmetic(let op, let lhs, let rhs, let type):
            return try arithmetic(op, lhs, rhs, type)
        case .inList(let inner, let values, let negated):
            return try inList(inner, values, negated: negated)
        case .isNull(let inner, let negated):
            switch try operand(inner) {
            case .scalar(let value): return .scalar(.boolean(value.isNull != negated))
            case .column(let column):
                var flags = [UInt8](repeating: 0, count: rowCount)
                for row in 0..<rowCount where column.isNull(at: row) != negated { flags[row] = 1 }
                return .column(Column(.boolean(flags)))
            }
        case .function(let function, let args, let type):
            return try call(function, args, type, hint: expression.hint)
        case .window(let function, let args, let type):
            let literals: [Value?] = args.map { if case .literal(let value) = $0 { return value } else { return nil } }
            return .column(try function.compute(try args.map { try column($0) }, literals: literals, partitions: partitions,
                                                rowCount: rowCount, resultType: type))
        case .located(let inner, let span):
            do {
                return try operand(inner)
            } catch var diagnostic as Diagnostic where diagnostic.range == nil {
                // The innermost place wins: an inner located expression has set it already.
                diagnostic.range = span.range
                throw diagnostic
            }
        }
    }

    // MARK: - Integer views (integers, decimals, dates, booleans as scaled Int64)

    enum IntView {
        case array([Int64])
        case scalar(Int64)
    }

    /// The operand's values as integers scaled to `scale` decimals; nulls are `NullMarker.integer`.
    func intView(_ operand: Operand, scale: Int) throws -> IntView {
        switch operand {
        case .scalar(let value):
            switch value {
            case .null: return .scalar(NullMarker.integer)
            case .date(let d): return .scalar(Int64(d))
            case .boolean(let b): return .scalar(b ? 1 : 0)
            case .timestamp(let t): return .scalar(t.instant)
            case .time(let t), .duration(let t): return .scalar(t)
            default:
                guard let d = value.exactDecimal, let r = d.rounded(toScale: scale) else { throw overflow() }
                return .scalar(r.units)
            }
        case .column(let column):
            switch column.storage {
            case .integer(let values): return .array(try rescale(values, by: scale))
            case .decimal(let values, let own):
                if own == scale { return .array(values) }
                guard own < scale else { return .array(values.map { $0 == NullMarker.integer ? $0 : (ExactDecimal(units: $0, scale: own).rounded(toScale: scale)?.units ?? NullMarker.integer) }) }
                return .array(try rescale(values, by: scale - own))
            case .date(let values):
                return .array(values.map { $0 == NullMarker.date ? NullMarker.integer : Int64($0) })
            case .boolean(let values):
                return .array(values.map { $0 == NullMarker.boolean ? NullMarker.integer : Int64($0) })
            case .timestamp(let values, _), .time(let values), .duration(let values):
                return .array(values)
            case .text:
                throw Diagnostic(.run, .valueExpectedNumber)
            }
        }
    }

    private func rescale(_ values: [Int64], by digits: Int) throws -> [Int64] {
        guard digits > 0 else { return values }
        let factor = ExactDecimal.pow10(digits)
        var failed = false
        let result = values.map { value -> Int64 in
            if value == NullMarker.integer { return value }
            let (product, o) = value.multipliedReportingOverflow(by: factor)
            if o || product == NullMarker.integer { failed = true }
            return product
        }
        if failed { throw overflow() }
        return result
    }

    func overflow() -> Diagnostic {
        Diagnostic(.run, .valueNumberOverflow, hint: Message(.hintDivideOrWan))
    }

    private func mapInts(_ view: IntView, _ transform: (Int64) -> Int64) -> IntView {
        switch view {
        case .scalar(let v): return .scalar(transform(v))
        case .array(let values): return .array(values.map(transform))
        }
    }

    /// Wraps integer results back into a column or value of `type`. Dates outside years 1–9999 are an error,
    /// not a clamped or wrapped day number.
    private func wrap(_ view: IntView, as type: DataType) throws -> Operand {
        switch view {
        case .scalar(let v):
            if v == NullMarker.integer { return .scalar(.null) }
            switch type {
            case .decimal(let scale): return .scalar(.decimal(ExactDecimal(units: v, scale: scale)))
            case .date: return .scalar(.date(try date(v)))
            case .duration: return .scalar(.duration(v))
            default: return .scalar(.integer(v))
            }
        case .array(let values):
            switch type {
            case .decimal(let scale): return .column(Column(.decimal(values, scale: scale)))
            case .date: return .column(Column(.date(try values.map { $0 == NullMarker.integer ? NullMarker.date : try date($0) })))
            case .duration: return .column(Column(.duration(values)))
            default: return .column(Column(.integer(values)))
            }
        }
    }

    private func date(_ days: Int64) throws -> Int32 {
        guard CivilDate.supportedDays.contains(days) else {
            throw Diagnostic(.run, .valueDateOutOfRange, hint: Message(.hintCheckDaysAdded))
        }
        return Int32(days)
    }

    // MARK: - Flags (booleans: 0, 1, 2 = null)

    enum FlagView {
        case array([UInt8])
        case scalar(UInt8)
    }

    func flagView(_ operand: Operand) throws -> FlagView {
        switch operand {
        case .scalar(.boolean(let b)): return .scalar(b ? 1 : 0)
        case .scalar(.null): return .scalar(NullMarker.boolean)
        case .column(let column):
            if case .boolean(let flags) = column.storage { return .array(flags) }
            throw Diagnostic(.run, .valueExpectedCondition)
        case .scalar:
            throw Diagnostic(.run, .valueExpectedCondition)
        }
    }

    private func mapFlags(_ view: FlagView, _ transform: (UInt8) -> UInt8) -> FlagView {
        switch view {
        case .scalar(let v): return .scalar(transform(v))
        case .array(let values): return .array(values.map(transform))
        }
    }

    private func wrap(_ view: FlagView) -> Operand {
        switch view {
        case .scalar(let v): return .scalar(v == NullMarker.boolean ? .null : .boolean(v == 1))
        case .array(let values): return .column(Column(.boolean(values)))
        }
    }

    /// Three-valued and/or: false and null is false, true or null is true.
    private func logical(isAnd: Bool, _ lhs: FlagView, _ rhs: FlagView) throws -> Operand {
        @inline(__always) func combine(_ a: UInt8, _ b: UInt8) -> UInt8 {
            if isAnd {
                if a == 0 || b == 0 { return 0 }
                return (a == NullMarker.boolean || b == NullMarker.boolean) ? NullMarker.boolean : 1
            }
            if a == 1 || b == 1 { return 1 }
            return (a == NullMarker.boolean || b == NullMarker.boolean) ? NullMarker.boolean : 0
        }
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): return wrap(.scalar(combine(a, b)))
        case (.array(let a), .scalar(let b)): return wrap(.array(a.map { combine($0, b) }))
        case (.scalar(let a), .array(let b)): return wrap(.array(b.map { combine(a, $0) }))
        case (.array(let a), .array(let b)):
            var result = [UInt8](repeating: 0, count: a.count)
            for i in 0..<a.count { result[i] = combine(a[i], b[i]) }
            return wrap(.array(result))
        }
    }

    // MARK: - Comparison

    private func compare(_ op: ComparisonOperator, _ lhs: BoundExpression, _ rhs: BoundExpression) throws -> Operand {
        let left = try operand(lhs), right = try operand(rhs)
        if lhs.type == .text || rhs.type == .text {
            return try compareText(op, left, right)
        }
        let scale = max(lhs.type.scale, rhs.type.scale)
        let a = try intView(left, scale: scale), b = try intView(right, scale: scale)
        return wrap(compareInts(op, a, b))
    }

    private func compareInts(_ op: ComparisonOperator, _ a: IntView, _ b: IntView) -> FlagView {
        let null = NullMarker.integer
        @inline(__always) func kernel(_ x: [Int64], _ y: Int64, flipped: Bool) -> [UInt8] {
            if y == null { return [UInt8](repeating: NullMarker.boolean, count: x.count) }
            return [UInt8](unsafeUninitializedCapacity: x.count) { buffer, initialized in
                x.withUnsafeBufferPointer { xs in
                    for i in 0..<xs.count {
                        let v = xs[i]
                        let order = flipped ? (y < v ? -1 : (y > v ? 1 : 0)) : (v < y ? -1 : (v > y ? 1 : 0))
                        buffer[i] = v == null ? NullMarker.boolean : (op.holds(order) ? 1 : 0)
                    }
                }
                initialized = x.count
            }
        }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            if x == null || y == null { return .scalar(NullMarker.boolean) }
            return .scalar(op.holds(x < y ? -1 : (x > y ? 1 : 0)) ? 1 : 0)
        case (.array(let x), .scalar(let y)): return .array(kernel(x, y, flipped: false))
        case (.scalar(let x), .array(let y)): return .array(kernel(y, x, flipped: true))
        case (.array(let x), .array(let y)):
            var result = [UInt8](repeating: 0, count: x.count)
            for i in 0..<x.count {
                let u = x[i], v = y[i]
                result[i] = (u == null || v == null) ? NullMarker.boolean : (op.holds(u < v ? -1 : (u > v ? 1 : 0)) ? 1 : 0)
            }
            return .array(result)
        }
    }

    @inline(__always)
    private func order(_ a: String, _ b: String) -> Int {
        a < b ? -1 : (a == b ? 0 : 1)
    }

    private func compareText(_ op: ComparisonOperator, _ left: Operand, _ right: Operand) throws -> Operand {
        switch (left, right) {
        case (.scalar(let a), .scalar(let b)):
            guard case .text(let x) = a, case .text(let y) = b else { return .scalar(.null) }
            return .scalar(.boolean(op.holds(order(x, y))))
        case (.column(let column), .scalar(let value)), (.scalar(let value), .column(let column)):
            let flipped: Bool
            if case .scalar = left { flipped = true } else { flipped = false }
            guard case .text(let codes, let dictionary) = column.storage else { throw Diagnostic(.run, .valueExpectedText) }
            guard case .text(let literal) = value else { return .column(Column.allNull(.boolean, count: rowCount)) }
            // Decide once per distinct string, then map the codes.
            let decided: [UInt8] = dictionary.strings.map { s in
                op.holds(flipped ? order(literal, s) : order(s, literal)) ? 1 : 0
            }
            let flags = [UInt8](unsafeUninitializedCapacity: codes.count) { buffer, initialized in
                codes.withUnsafeBufferPointer { cs in
                    decided.withUnsafeBufferPointer { table in
                        for i in 0..<cs.count {
                            let code = cs[i]
                            buffer[i] = code == NullMarker.text ? NullMarker.boolean : table[Int(code)]
                        }
                    }
                }
                initialized = codes.count
            }
            return .column(Column(.boolean(flags)))
        case (.column(let a), .column(let b)):
            guard case .text(let x, let dx) = a.storage, case .text(let y, let dy) = b.storage else { throw Diagnostic(.run, .valueExpectedText) }
            var flags = [UInt8](repeating: 0, count: x.count)
            for i in 0..<x.count {
                if x[i] == NullMarker.text || y[i] == NullMarker.text { flags[i] = NullMarker.boolean; continue }
                let result = dx === dy ? (x[i] == y[i] ? 0 : order(dx[x[i]], dy[y[i]])) : order(dx[x[i]], dy[y[i]])
                flags[i] = op.holds(result) ? 1 : 0
            }
            return .column(Column(.boolean(flags)))
        }
    }

    // MARK: - Arithmetic

    private func arithmetic(_ op: ArithmeticOperator, _ lhs: BoundExpression, _ rhs: BoundExpression, _ type: DataType) throws -> Operand {
        let left = try operand(lhs), right = try operand(rhs)
        if type == .text { return try joinText(left, right) }
        let lt = lhs.type, rt = rhs.type
        let a: IntView, b: IntView
        var combine: (Int64, Int64) -> Int64?
        switch op {
        case .add, .subtract:
            // Dates count as whole days here.
            let scale = (lt == .date || rt == .date) ? 0 : type.scale
            a = try intView(left, scale: scale)
            b = try intView(right, scale: scale)
            combine = op == .add
                ? { x, y in let (r, o) = x.addingReportingOverflow(y); return o ? nil : r }
                : { x, y in let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : r }
        case .multiply:
            a = try intView(left, scale: lt.scale)
            b = try intView(right, scale: rt.scale)
            let excess = lt.scale + rt.scale - type.scale
            combine = { x, y in
                let wide = Int128(x) * Int128(y)
                // Two scale-18 operands leave up to 24 excess decimals: beyond what an Int64 power of ten holds.
                let reduced = excess > 0 ? ExactDecimal.divideRoundingHalfUpWide(wide, ExactDecimal.pow10Wide(excess)) : wide
                return Int64(exactly: reduced)
            }
        case .divide:
            a = try intView(left, scale: lt.scale)
            b = try intView(right, scale: rt.scale)
            let ls = lt.scale, rs = rt.scale, scale = type.scale
            combine = { x, y in
                ExactDecimal.dividing(ExactDecimal(units: x, scale: ls), ExactDecimal(units: y, scale: rs), resultScale: scale)?.units
            }
        case .remainder:
            a = try intView(left, scale: 0)
            b = try intView(right, scale: 0)
            // x is never Int64.min (the null marker), so x % -1 cannot overflow.
            combine = { x, y in x % y }
        }
        let null = NullMarker.integer
        let dividing = op == .divide || op == .remainder
        var failed = false
        func apply(_ x: Int64, _ y: Int64) -> Int64 {
            if x == null || y == null { return null }
            // Division by zero gives null, as in DuckDB and SQLite (documented in help functions and the README).
            if dividing && y == 0 { return null }
            // A result equal to the null marker does not fit either: it would turn into a silent null.
            guard let r = combine(x, y), r != null else { failed = true; return null }
            return r
        }
        let result: IntView
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): result = .scalar(apply(x, y))
        case (.array(let xs), .scalar(let y)): result = .array(xs.map { apply($0, y) })
        case (.scalar(let x), .array(let ys)): result = .array(ys.map { apply(x, $0) })
        case (.array(let xs), .array(let ys)):
            var values = [Int64](repeating: 0, count: xs.count)
            for i in 0..<xs.count { values[i] = apply(xs[i], ys[i]) }
            result = .array(values)
        }
        if failed { throw overflow() }
        return try wrap(result, as: type)
    }

    // MARK: - in [...]

    private func inList(_ inner: BoundExpression, _ values: [Value], negated: Bool) throws -> Operand {
        let subject = try operand(inner)
        if inner.type == .text {
            let wanted = Set(values.compactMap { if case .text(let s) = $0 { return s } else { return nil } })
            switch subject {
            case .scalar(let value):
                guard case .text(let s) = value else { return .scalar(.null) }
                return .scalar(.boolean(wanted.contains(s) != negated))
            case .column(let column):
                guard case .text(let codes, let dictionary) = column.storage else { throw Diagnostic(.run, .valueExpectedText) }
                let decided: [UInt8] = dictionary.strings.map { wanted.contains($0) != negated ? 1 : 0 }
                return .column(Column(.boolean(codes.map { $0 == NullMarker.text ? NullMarker.boolean : decided[Int($0)] })))
            }
        }
        let scale = values.reduce(inner.type.scale) { max($0, $1.type.scale) }
        let view = try intView(subject, scale: scale)
        var wanted = Set<Int64>()
        for value in values where !value.isNull {
            if case .scalar(let v) = try intView(.scalar(value), scale: scale) { wanted.insert(v) }
        }
        func test(_ v: Int64) -> UInt8 { v == NullMarker.integer ? NullMarker.boolean : (wanted.contains(v) != negated ? 1 : 0) }
        switch view {
        case .scalar(let v): return wrap(.scalar(test(v)))
        case .array(let vs): return wrap(.array(vs.map(test)))
        }
    }

    // MARK: - Functions

    private func call(_ function: ScalarFunction, _ args: [BoundExpression], _ type: DataType, hint: DisplayHint) throws -> Operand {
        let operands = try args.map { try operand($0) }
        // A pattern is compiled once per expression, not once per row (the binder has checked it compiles).
        var pattern: TextPattern?
        if function == .matches, case .scalar(.text(let text))? = operands.last { pattern = TextPattern(text) }
        func apply(_ values: [Value]) -> Value { function.apply(values, resultType: type, pattern: pattern) }
        var rowArgs = operands.map { if case .scalar(let v) = $0 { return v } else { return Value.null } }
        let columnIndices = operands.indices.filter { if case .column = operands[$0] { return true } else { return false } }
        if columnIndices.isEmpty { return .scalar(apply(rowArgs)) }
        // One text column among literals (trim(名称), left(乡镇, 2), matches(村, "…")): computed once per distinct
        // string of its dictionary, then spread over the rows by their codes.
        if columnIndices.count == 1, case .column(let column) = operands[columnIndices[0]], case .text(let codes, let dictionary) = column.storage {
            let at = columnIndices[0]
            var entries: [Value] = []
            entries.reserveCapacity(dictionary.count + 1)
            for code in 0..<dictionary.count {
                rowArgs[at] = .text(dictionary[UInt32(code)])
                entries.append(apply(rowArgs))
            }
            rowArgs[at] = .null
            entries.append(apply(rowArgs))
            let nullEntry = Int32(dictionary.count)
            return .column(Column.from(entries, type: type, hint: hint).gathering(codes.map { $0 == NullMarker.text ? nullEntry : Int32($0) }))
        }
        var results: [Value] = []
        results.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            for i in columnIndices {
                if case .column(let c) = operands[i] { rowArgs[i] = c.value(at: row) }
            }
            results.append(apply(rowArgs))
        }
        return .column(Column.from(results, type: type, hint: hint))
    }

    // MARK: - Text


    /// `a + b` of two texts: joined; null when either is.
    private func joinText(_ left: Operand, _ right: Operand) throws -> Operand {
        switch (left, right) {
        case (.scalar(let a), .scalar(let b)):
            guard case .text(let x) = a, case .text(let y) = b else { return .scalar(.null) }
            return .scalar(.text(x + y))
        case (.column(let column), .scalar(let value)), (.scalar(let value), .column(let column)):
            let textOnLeft: Bool
            if case .column = left { textOnLeft = true } else { textOnLeft = false }
            guard case .text(let codes, let dictionary) = column.storage else { throw Diagnostic(.run, .valueExpectedText) }
            guard case .text(let literal) = value else { return .column(Column.allNull(.text, count: rowCount)) }
            // Once per distinct string; the codes stay as they are.
            var builder = TextDictionaryBuilder()
            let remap = dictionary.strings.map { builder.code(for: textOnLeft ? $0 + literal : literal + $0) }
            return .column(Column(.text(codes.map { $0 == NullMarker.text ? $0 : remap[Int($0)] }, builder.build())))
        case (.column(let a), .column(let b)):
            guard case .text(let x, let dx) = a.storage, case .text(let y, let dy) = b.storage else { throw Diagnostic(.run, .valueExpectedText) }
            var builder = TextDictionaryBuilder()
            var pairs: [UInt64: UInt32] = [:]
            var codes = [UInt32](repeating: NullMarker.text, count: x.count)
            for i in 0..<x.count where x[i] != NullMarker.text && y[i] != NullMarker.text {
                let pair = UInt64(x[i]) << 32 | UInt64(y[i])
                if let code = pairs[pair] { codes[i] = code; continue }
                let code = builder.code(for: dx[x[i]] + dy[y[i]])
                pairs[pair] = code
                codes[i] = code
            }
            return .column(Column(.text(codes, builder.build())))
        }
    }
}
