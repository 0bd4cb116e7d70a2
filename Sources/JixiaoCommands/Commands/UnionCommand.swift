import JixiaoCore
import JixiaoLanguage

/// Stacks another table's rows below the input's.
package struct UnionCommand: DeclaredCommand {
    package static let name = "union"
    package static let summary = "Add another dataset's rows below the input's, its columns matched by name."
    package static let discussion = """
        Both tables must have the same columns, in any order: the result has the input's order, and a column only \
        one side has is an error that names it. A column that is a whole number on one side and a decimal on the \
        other is a decimal; other mixtures become text. Every row is kept, duplicates too.
        """
    package static let category = CommandCategory.data
    package static let examples = [
        CommandExample("funds | where 方向 == \"到位\" | union funds | count", "The 5 receipts, then every one of the 23 rows again.", result: "28"),
    ]

    package var dataset: Token

    package static let signature = Signature([
        .part(Part("dataset", "DATASET", .name(.dataset), expected: "the dataset to add", help: "The dataset (or a cell's result, _N) whose rows come below."))
    ])

    package init(arguments: Arguments) throws {
        dataset = try arguments.required("dataset", arguments.name)
    }

    package var arguments: Arguments { Arguments(parts: ["dataset": .name(dataset)]) }

    package var datasetReferences: [String] { [dataset.text] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let other = try context.table(try DatasetSource(name: dataset).run(nil, in: context), for: Self.name)
        do {
            return .table(try UnionOperator.run([table, other]))
        } catch {
            throw mismatch(error, source: context.source)
        }
    }

    /// The error for a column only one side has, at the dataset's name.
    func mismatch(_ error: UnionOperator.Mismatch, source: String) -> Diagnostic {
        let sides = ["the input", dataset.text]
        return Diagnostic(.bind, code: .unionColumnMismatch,
                          "column \(error.column) is in \(sides[error.presentIn]) but not in \(sides[error.missingFrom])",
                          hint: "union matches columns by name: rename, drop or select them so that both sides have the same", source: source, range: dataset.range)
    }
}

// MARK: - Binding

extension UnionCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let other = try (try DatasetSource(name: dataset).bind(nil, in: context)).fields(for: Self.name)
        do {
            return .table(try UnionOperator.fields([fields, other]))
        } catch {
            throw mismatch(error, source: context.source)
        }
    }
}
