import JixiaoCore

/// Where a dataset's rows came from, so that an error can name a file and line.
package struct DatasetOrigin: Sendable, Equatable {
    /// The dataset's name in the workspace.
    package var name: String
    /// The file it was read from, when it was.
    package var file: String?
    /// The 1-based line on which each row starts in `file`.
    package var lines: [Int]?

    package init(name: String, file: String? = nil, lines: [Int]? = nil) {
        self.name = name
        self.file = file
        self.lines = lines
    }

    /// The file and line of a row, when known.
    package func location(row: Int) -> SourceLocation {
        guard let file else { return SourceLocation() }
        if let lines, row >= 0, row < lines.count { return SourceLocation(file: file, line: lines[row]) }
        return SourceLocation(file: file)
    }

    /// `datasets/indicators.csv:5`, or `indicators row 3` for a dataset made in the session.
    package func place(row: Int) -> String { placeMessage(row: row).text }

    func placeMessage(row: Int) -> Message {
        let location = location(row: row)
        if let file = location.file, let line = location.line { return .verbatim("\(file):\(line)") }
        return Message(.evaluationRowPlace, name, String(row + 1))
    }

    /// An invalid-input error at a row, its message the catalog's for `code` filled with `arguments`: located at
    /// its file and line, or naming the row when there is no file.
    func error(code: DiagnosticCode, row: Int, _ arguments: [Message.Argument], hint: Message? = nil) -> Diagnostic {
        let location = location(row: row)
        let message = Message(key: code.rawValue, arguments: arguments)
        let text = location.line == nil ? Message(key: MessageID.evaluationAt.rawValue, arguments: [.message(placeMessage(row: row)), .message(message)]) : message
        return Diagnostic(.input, code: code, text: text, hint: hint, location: location)
    }

    /// An error about the whole dataset.
    func error(code: DiagnosticCode, _ arguments: [Message.Argument], hint: Message? = nil) -> Diagnostic {
        let message = Message(key: code.rawValue, arguments: arguments)
        return Diagnostic(.input, code: code, text: Message(key: MessageID.evaluationAt.rawValue, arguments: [.verbatim(name), .message(message)]),
                          hint: hint, location: SourceLocation(file: file))
    }

    /// What an error says it found: the cell's text, or `nothing` when it is empty.
    static func found(_ text: String) -> Message.Argument {
        text.isEmpty ? .message(Message(.evaluationNothing)) : .verbatim(text)
    }
}

/// Reads a dataset's cells by column name, with errors that name the dataset, row and column.
struct DatasetReader {
    let table: Table
    let origin: DatasetOrigin

    init(_ table: Table, origin: DatasetOrigin) {
        self.table = table
        self.origin = origin
    }

    var rowCount: Int { table.rowCount }

    /// The index of a column the evaluation needs.
    func column(_ name: String) throws -> Int {
        guard let index = table.columnIndex(named: name) else {
            throw Diagnostic(.bind, code: .evaluationMissingColumn, text: Message(.evaluationMissingColumn, origin.name, name),
                             hint: Message(key: MessageID.evaluationHintColumns.rawValue, arguments: [.list(table.names)]),
                             location: SourceLocation(file: origin.file))
        }
        return index
    }

    /// The index of a column that may be left out.
    func optionalColumn(_ name: String) -> Int? {
        table.columnIndex(named: name)
    }

    /// A cell as trimmed text; empty for null or an absent column.
    func text(_ row: Int, _ column: Int?) -> String {
        guard let column else { return "" }
        let value = table.value(row: row, column: column)
        if value.isNull { return "" }
        return value.description.trimmingSpaces()
    }

    /// A cell as its author wrote it: text as it is, numbers without the trailing zeros a decimal column adds
    /// (a column holding 85.5 reads 1000 as 1000.0).
    func written(_ row: Int, _ column: Int?) -> String {
        guard let column else { return "" }
        if case .decimal(let number) = table.value(row: row, column: column) { return number.trimmed }
        return text(row, column)
    }

    /// A cell as an exact number (integers, decimals, or text holding a plain decimal); nil when empty.
    func number(_ row: Int, _ column: Int, what: String) throws -> ExactDecimal? {
        let value = table.value(row: row, column: column)
        switch value {
        case .null: return nil
        case .integer, .decimal: return value.exactDecimal
        case .text(let text):
            let trimmed = text.trimmingSpaces()
            if trimmed.isEmpty { return nil }
            guard let number = ExactDecimal(parsing: trimmed.replacingAll(",", with: "")) else {
                throw origin.error(code: .evaluationNotANumber, row: row, [.verbatim(what), .verbatim(trimmed)], hint: Message(.evaluationHintDigits))
            }
            return number
        default:
            throw origin.error(code: .evaluationNotANumber, row: row, [.verbatim(what), .verbatim(value.description)])
        }
    }
}

extension String {
    /// Without leading and trailing white space (ASCII and the ideographic space).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

extension ExactDecimal {
    /// The number as a person writes it: no trailing zeros after the point (`40.0` → `40`, `12.50` → `12.5`).
    package var trimmed: String {
        var text = description
        guard text.contains(".") else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == "." { text.removeLast() }
        return text
    }
}

// MARK: - Exact arithmetic that reports overflow as an error

enum Exact {
    static func overflow(_ what: String) -> Diagnostic {
        Diagnostic(.run, .evaluationOverflow, [what])
    }

    static func add(_ a: ExactDecimal, _ b: ExactDecimal, _ what: String) throws -> ExactDecimal {
        guard let sum = ExactDecimal.adding(a, b) else { throw overflow(what) }
        return sum
    }

    static func subtract(_ a: ExactDecimal, _ b: ExactDecimal, _ what: String) throws -> ExactDecimal {
        guard let difference = ExactDecimal.subtracting(a, b) else { throw overflow(what) }
        return difference
    }

    static func sum(_ values: [ExactDecimal], _ what: String) throws -> ExactDecimal {
        try values.reduce(ExactDecimal.zero) { try add($0, $1, what) }
    }

    /// `a × b ÷ c`, rounded half up to `scale` decimals from the exact quotient; nil when `c` is zero.
    static func scaledRatio(_ a: ExactDecimal, times b: ExactDecimal, over c: ExactDecimal, scale: Int, _ what: String) throws -> ExactDecimal? {
        guard c.units != 0 else { return nil }
        guard let product = ExactDecimal.multiplying(a, b, maxResultScale: 18),
              let quotient = ExactDecimal.dividing(product, c, resultScale: scale) else { throw overflow(what) }
        return quotient
    }

    /// Yuan in 万元, rounded half up to two decimals.
    static func wan(_ yuan: ExactDecimal) -> ExactDecimal {
        ExactDecimal.dividing(yuan, ExactDecimal(10_000), resultScale: 2) ?? yuan
    }
}
