import JixiaoCore

/// An expression as written, with its place in the command line.
package struct Expression: Sendable, Hashable {
    package indirect enum Kind: Sendable, Hashable {
        case literal(Value)
        case column(String)
        case unary(String, Expression)
        case binary(String, Expression, Expression)
        case call(String, [Expression])
        case inList(Expression, [Expression], negated: Bool)
        case between(Expression, Expression, Expression, negated: Bool)
        case isNull(Expression, negated: Bool)
        /// The result of aggregate number N of an `agg` line, where `sum(金额)` stood before aggregate
        /// extraction took it out. The parser never makes one; no name a user types can mean one.
        case aggregateResult(Int)
    }

    package var kind: Kind {
        didSet { height = Self.height(of: kind) }
    }
    package var range: Range<Int>
    /// Levels of nesting, 1 for a literal or a column. The parser refuses expressions higher than
    /// `Parser.maxHeight`, so every recursive walk over them (binding, evaluation, canonical text, equality,
    /// aggregate extraction) stays far from the end of the stack, whatever route built the nesting.
    package private(set) var height: Int

    package init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
        self.height = Self.height(of: kind)
    }

    /// The height of a node from its children's (which are already known: this is not a walk).
    static func height(of kind: Kind) -> Int {
        switch kind {
        case .literal, .column, .aggregateResult: return 1
        case .unary(_, let e), .isNull(let e, _): return e.height + 1
        case .binary(_, let l, let r): return max(l.height, r.height) + 1
        case .call(_, let args): return (args.map(\.height).max() ?? 0) + 1
        case .inList(let e, let items, _): return max(e.height, items.map(\.height).max() ?? 0) + 1
        // The binder turns `between` into two comparisons joined by `and`: two levels.
        case .between(let e, let lo, let hi, _): return max(e.height, lo.height, hi.height) + 2
        }
    }

    /// A name for the column this expression makes when none is given: the column's own name, or the
    /// canonical text (`sum(金额)`).
    package var defaultName: String {
        if case .column(let name) = kind { return name }
        return canonical
    }

    /// The canonical text: one space around binary operators, strings in double quotes, names that need it
    /// in backticks, and only the parentheses that precedence requires.
    package var canonical: String {
        switch kind {
        case .literal(let value):
            switch value {
            case .text(let s): return Self.quote(s)
            case .null: return "null"
            case .date(let d): return "date(\"\(CivilDate.format(d))\")"
            case .timestamp: return "timestamp(\"\(value.description)\")"
            case .time: return "time(\"\(value.description)\")"
            case .duration: return "duration(\"\(value.description)\")"
            default: return value.description
            }
        case .column(let name): return Self.name(name)
        case .unary(let op, let operand):
            // Prefix operators nest without parentheses (`not not x`, `- -x`): parentheses at every level would
            // double the nesting the parser counts. A space keeps `- -x` from reading as a flag `--x`.
            let inner = operand.canonical(above: precedence - 1)
            if op == "not" { return "not \(inner)" }
            return inner.hasPrefix("-") ? "- \(inner)" : "-\(inner)"
        case .binary(let op, let lhs, let rhs):
            // Left-associative: the right operand needs parentheses at equal precedence. Comparisons do not
            // chain (`a == b == c` does not parse), so their left operand needs them too.
            let left = precedence == 4 ? precedence : precedence - 1
            return "\(lhs.canonical(above: left)) \(op) \(rhs.canonical(above: precedence))"
        case .call("contains", let args) where args.count == 2:
            return "\(args[0].canonical(above: precedence)) contains \(args[1].canonical(above: precedence))"
        case .call(let name, let args):
            return "\(name)(\(args.map(\.canonical).joined(separator: ", ")))"
        case .inList(let e, let items, let negated):
            return "\(e.canonical(above: precedence)) \(negated ? "not in" : "in") [\(items.map(\.canonical).joined(separator: ", "))]"
        case .between(let e, let lo, let hi, let negated):
            return "\(e.canonical(above: precedence)) \(negated ? "not between" : "between") \(lo.canonical(above: precedence)) and \(hi.canonical(above: precedence))"
        case .isNull(let e, let negated):
            return "\(e.canonical(above: precedence)) is \(negated ? "not null" : "null")"
        case .aggregateResult(let number):
            // Only an extracted expression holds one, and it is never shown; `#` starts no expression token.
            return "#\(number)"
        }
    }

    /// Binding strength: or 1, and 2, not 3, comparisons 4, + − 5, * / % 6, unary minus 7, the rest 8.
    var precedence: Int {
        switch kind {
        case .binary(let op, _, _):
            switch op {
            case "or": return 1
            case "and": return 2
            case "+", "-": return 5
            case "*", "/", "%": return 6
            default: return 4
            }
        case .unary(let op, _): return op == "not" ? 3 : 7
        case .inList, .between, .isNull: return 4
        case .call("contains", let args) where args.count == 2: return 4
        case .literal(let value):
            // A negative number reads like unary minus.
            if let d = value.exactDecimal, d.units < 0 { return 7 }
            return 8
        default: return 8
        }
    }

    /// Canonical text, in parentheses when this binds no tighter than `level`.
    func canonical(above level: Int) -> String {
        precedence > level ? canonical : "(\(canonical))"
    }

    package static func quote(_ text: String) -> String {
        var escaped = ""
        // Scalar by scalar, as the lexer reads: a quote followed by a combining mark is one Character.
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"\(escaped)\""
    }

    /// A name as it must be typed: bare when it lexes as one name and is no keyword, else in backticks (a
    /// backtick inside written twice).
    package static func name(_ name: String) -> String {
        if Parser.isBareName(name) { return name }
        // Scalar by scalar: a backtick followed by a combining mark is one Character, but two bytes to the lexer.
        var quoted = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar == "`" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        return "`" + String(quoted) + "`"
    }

    /// A file path as it must be typed: bare when it reads back as the same path, else as a string.
    package static func path(_ path: String) -> String {
        Parser.isBarePath(path) ? path : quote(path)
    }
}
