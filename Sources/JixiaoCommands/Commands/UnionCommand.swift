import JixiaoCore
import JixiaoLanguage

/// Stacks another table's rows below the input's.
package struct UnionCommand: DeclaredCommand {
    package static let name = "union"
    package static let chineseName: String? = "合并"
    package static let category = CommandCategory.data
    package static let examples = [
        CommandExample("funds | where 方向 == \"到位\" | union funds | count", result: "28"), // not user-facing: a command line
    ]

    package var dataset: Token

    package static let signature = Signature([
        .part(Part("dataset", "DATASET", .name(.dataset)))
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
        let sides: [Message.Argument] = [.message(Message(.unionTheInput)), .verbatim(dataset.text)]
        let text = Message(key: DiagnosticCode.unionColumnMismatch.rawValue, arguments: [.verbatim(error.column), sides[error.presentIn], sides[error.missingFrom]])
        return Diagnostic(.bind, code: .unionColumnMismatch, text: text, hint: Message(.hintUnionByName), source: source, range: dataset.range)
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
