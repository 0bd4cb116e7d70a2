import JixiaoCore
import JixiaoLanguage

/// Matches rows with another dataset's rows on equal keys.
public struct JoinCommand: Command {
    public static let name = "join"
    public static let summary = "Add the columns of another dataset to each row with equal keys (inner, or left with --left)."
    public static let syntax = "join DATASET on KEY [= OTHER_KEY] [, …] [--left]"
    public static let discussion = """
        An inner join keeps rows that match; --left keeps every row of the input, with nulls where nothing matches. \
        The other dataset's key columns are not repeated; clashing names get a suffix (名称_2).
        """
    public static let category = CommandCategory.data
    public static let examples = [
        CommandExample("funds | where 方向 == \"支出\" | group 资金名称 | agg 执行数 = sum(金额) | join budgets on 资金名称 | where 执行数 < 全年预算数 | count",
                       "Funds that spent less than their budget.", result: "1"),
    ]

    public var dataset: Token
    public var keys: [(left: Token, right: Token)]
    public var left: Bool

    public init(parsing parser: inout Parser) throws {
        dataset = try parser.name("the dataset to join")
        try parser.expectWord("on", hint: "join DATASET on KEY")
        var keys: [(Token, Token)] = []
        repeat {
            let leftKey = try parser.name("a key column")
            let rightKey = parser.consumeSymbol("=") || parser.consumeSymbol("==") ? try parser.name("the other dataset's key column") : leftKey
            keys.append((leftKey, rightKey))
        } while parser.consumeSymbol(",")
        self.keys = keys
        left = try parser.options(flags: ["left"]).flags.contains("left")
    }

    public var canonical: String {
        let on = keys.map { $0.left.text == $0.right.text ? Expression.name($0.left.text) : "\(Expression.name($0.left.text)) = \(Expression.name($0.right.text))" }
        return "join \(Expression.name(dataset.text)) on \(on.joined(separator: ", "))" + (left ? " --left" : "")
    }

    public var datasetReferences: [String] { [dataset.text] }

    public func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        guard let other = context.workspace.dataset(named: dataset.text)?.table else {
            let hint = Suggestion.nearest(to: dataset.text, among: context.workspace.order).map { "did you mean \($0)?" } ?? "datasets lists them"
            throw Diagnostic(.bind, "no dataset named \(dataset.text)", hint: hint, source: context.source, range: dataset.range)
        }
        let leftBinder = context.binder(for: table)
        let rightBinder = context.binder(for: other)
        let leftKeys = try keys.map { try leftBinder.columnIndex($0.left.text, at: $0.left.range) }
        let rightKeys = try keys.map { try rightBinder.columnIndex($0.right.text, at: $0.right.range) }
        return .table(try table.joined(with: other, leftKeys: leftKeys, rightKeys: rightKeys, kind: left ? .left : .inner))
    }
}
