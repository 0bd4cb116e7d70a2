import JixiaoCore
import JixiaoLanguage

/// Matches rows with another dataset's rows on equal keys.
package struct JoinCommand: DeclaredCommand {
    package static let name = "join"
    package static let chineseName: String? = "关联"
    package static let category = CommandCategory.data
    package static let examples = [
        CommandExample("funds | where 方向 == \"支出\" | group 资金名称 | agg 执行数 = sum(金额) | join budgets on 资金名称 | where 执行数 < 全年预算数 | count", result: "1"), // not user-facing: a command line
    ]

    package var dataset: Token
    package var keys: [(left: Token, right: Token)]
    package var left: Bool

    package static let signature = Signature([
        .part(Part("dataset", "DATASET", .name(.dataset))),
        .part(Part("keys", "KEY", .keyPairs, keyword: "on")),
        .flag(FlagSpec("left")),
    ])

    package init(arguments: Arguments) throws {
        dataset = try arguments.required("dataset", arguments.name)
        keys = try arguments.required("keys", arguments.keyPairs).map { ($0.left, $0.right) }
        left = arguments.flags.contains("left")
    }

    package var arguments: Arguments {
        Arguments(parts: ["dataset": .name(dataset), "keys": .keyPairs(keys.map { KeyPair(left: $0.left, right: $0.right) })],
                  flags: left ? ["left"] : [])
    }

    package var datasetReferences: [String] { [dataset.text] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let other = try context.workspace.rows(of: dataset.text, table: try otherTable(in: context.workspace, source: context.source), isCancelled: context.isCancelled)
        let leftBinder = context.binder(for: table)
        let rightBinder = context.binder(for: other)
        let leftKeys = try keys.map { try leftBinder.columnIndex($0.left.text, at: $0.left.range) }
        let rightKeys = try keys.map { try rightBinder.columnIndex($0.right.text, at: $0.right.range) }
        return .table(try table.joined(with: other, leftKeys: leftKeys, rightKeys: rightKeys, kind: left ? .left : .inner,
                                        budgets: context.workspace.budgets, checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension JoinCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let other = try otherTable(in: context.workspace, source: context.source).fields
        let leftBinder = context.binder(for: fields)
        let rightBinder = context.binder(for: other)
        for key in keys { _ = try leftBinder.columnIndex(key.left.text, at: key.left.range) }
        let rightKeys = try keys.map { try rightBinder.columnIndex($0.right.text, at: $0.right.range) }
        return .table(Table.joinedFields(fields, other, rightKeys: rightKeys))
    }

    /// The dataset joined with, or an error naming the nearest one.
    func otherTable(in workspace: Workspace, source: String) throws -> Table {
        guard let other = workspace.dataset(named: dataset.text)?.table else {
            let hint = Suggestion.nearest(to: dataset.text, among: workspace.order).map { Message(.hintDidYouMean, $0) } ?? Message(.hintDatasetsListsThem)
            throw Diagnostic(.bind, .nameUnknownDataset, [dataset.text], hint: hint, source: source, range: dataset.range)
        }
        return other
    }
}
