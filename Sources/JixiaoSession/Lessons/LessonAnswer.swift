import JixiaoCommands
import JixiaoCore

/// What a lesson step expects of the learner, read from the step's own command: the dataset it leaves (`let`,
/// `load … as NAME`) or the result it shows, and whether the order of the rows is part of the answer.
struct StepExpectation: Equatable {
    /// The dataset the step leaves behind, compared instead of the (empty) result; nil to compare the result.
    var dataset: String?
    /// Rows must come in the example's order: the example sorts, or takes its first N rows (`top` without a
    /// sort takes the first N of its input, so which rows it keeps depends on that order too).
    var ordered: Bool

    init(_ pipeline: Pipeline?) {
        let first = pipeline?.stages.first
        if let letCommand = first as? LetCommand {
            dataset = letCommand.datasetName
        } else if let load = first as? LoadCommand {
            dataset = load.datasetName
        } else {
            dataset = nil
        }
        ordered = pipeline.map(Self.isOrdered) ?? false
    }

    /// Whether any stage sorts or takes the first rows, looking inside `let NAME = …`.
    static func isOrdered(_ pipeline: Pipeline) -> Bool {
        pipeline.stages.contains { stage in
            if let letCommand = stage as? LetCommand { return isOrdered(letCommand.pipeline) }
            return stage is SortCommand || stage is TopCommand
        }
    }
}

/// Why a learner's answer is not the example's result, the first difference found.
enum AnswerDifference: Equatable {
    /// What a result is, for saying that the kinds differ.
    enum Kind: Equatable {
        case table, text, nothing
    }

    /// The step leaves a dataset of this name, and the learner's workspace has none.
    case missingDataset(String)
    case kind(expected: Kind, actual: Kind)
    /// Texts differ first at this line (0-based); a missing line is empty.
    case textLine(index: Int, expected: String, actual: String)
    case columnCount(expected: [String], actual: [String])
    case rowCount(expected: Int, actual: Int)
    /// The first differing row (0-based), in the example's order, or, for an unordered step, after both
    /// tables' rows were put in the same order of their values.
    case row(index: Int, expected: [Value], actual: [Value], ordered: Bool)
}

/// Compares a learner's result with the example's: the same values in the same shape, column names aside; as
/// a multiset of rows unless the step's order matters. Deterministic: rows are ordered by their values alone.
enum AnswerComparison {
    /// The first difference between two tables, or nil when they hold the same values.
    static func difference(expected: Table, actual: Table, ordered: Bool) -> AnswerDifference? {
        guard expected.names.count == actual.names.count else {
            return .columnCount(expected: expected.names, actual: actual.names)
        }
        guard expected.rowCount == actual.rowCount else {
            return .rowCount(expected: expected.rowCount, actual: actual.rowCount)
        }
        var want = expected.rows(), got = actual.rows()
        if !ordered {
            want.sort { compare($0, $1) < 0 }
            got.sort { compare($0, $1) < 0 }
        }
        for index in want.indices where compare(want[index], got[index]) != 0 {
            return .row(index: index, expected: want[index], actual: got[index], ordered: ordered)
        }
        return nil
    }

    /// The first differing line of two texts, or nil when they are equal.
    static func difference(expectedText: String, actualText: String) -> AnswerDifference? {
        guard expectedText != actualText else { return nil }
        let want = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actualText.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let a = index < want.count ? String(want[index]) : ""
            let b = index < got.count ? String(got[index]) : ""
            if a != b { return .textLine(index: index, expected: a, actual: b) }
        }
        // Equal line by line yet unequal as texts cannot happen; report the first line rather than nothing.
        return .textLine(index: 0, expected: want.first.map(String.init) ?? "", actual: got.first.map(String.init) ?? "")
    }

    /// A total order of rows: value by value, left to right, then by length.
    static func compare(_ a: [Value], _ b: [Value]) -> Int {
        for (x, y) in zip(a, b) {
            let order = compare(x, y)
            if order != 0 { return order }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// A total order of values, consistent with equality: nulls first, then booleans, numbers (integers and
    /// decimals compared exactly, across scales: 3 equals 3.00), dates, texts. Nothing depends on hashing or
    /// on the rows' original order, so ties are never decided by chance.
    static func compare(_ a: Value, _ b: Value) -> Int {
        let ranks = (rank(a), rank(b))
        if ranks.0 != ranks.1 { return ranks.0 < ranks.1 ? -1 : 1 }
        switch (a, b) {
        case (.boolean(let x), .boolean(let y)):
            return x == y ? 0 : (!x ? -1 : 1)
        case (.date(let x), .date(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.text(let x), .text(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.timestamp(let x), .timestamp(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        case (.time(let x), .time(let y)), (.duration(let x), .duration(let y)):
            return x == y ? 0 : (x < y ? -1 : 1)
        default:
            guard let x = a.exactDecimal, let y = b.exactDecimal else { return 0 }
            return ExactDecimal.compare(x, y)
        }
    }

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .null: return 0
        case .boolean: return 1
        case .integer, .decimal: return 2
        case .date: return 3
        case .timestamp: return 4
        case .time: return 5
        case .duration: return 6
        case .text: return 7
        }
    }
}
