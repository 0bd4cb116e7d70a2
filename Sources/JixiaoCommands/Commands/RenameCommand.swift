import JixiaoCore
import JixiaoLanguage

/// Renames columns of the input, or datasets of the session.
package struct RenameCommand: DeclaredCommand {
    package static let name = "rename"
    package static let chineseName: String? = "重命名"
    package static let category = CommandCategory.data
    package static let position = StagePosition.either
    package static let examples = [
        CommandExample("funds | rename 金额 as 元, 方向 as 收支 | select 收支, 元 | top 1", result: "收支,元\n到位,120000.00"),
        CommandExample("rename budgets as 预算"), // not user-facing: a command line
    ]

    package var renames: [RenamePair]

    package static let signature = Signature([
        .part(Part("renames", "OLD", .renames))
    ])

    package init(arguments: Arguments) throws {
        renames = try arguments.required("renames", arguments.renames)
    }

    package var arguments: Arguments { Arguments(parts: ["renames": .renames(renames)]) }

    package var datasetReferences: [String] { [] }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        guard let input else { return try renameDatasets(in: context) }
        let table = try context.table(input, for: Self.name)
        let names = try renamedColumns(table.fields, source: context.source)
        return .table(table.projecting(Array(table.names.indices), as: names))
    }

    /// The columns' names after the renames, or an error at the name that cannot be renamed.
    func renamedColumns(_ fields: [Field], source: String) throws -> [String] {
        var names = fields.map(\.name)
        let binder = Binder(fields: fields, source: source)
        for pair in renames {
            let index = try binder.columnIndex(pair.old.text, at: pair.old.range)
            if let clash = names.firstIndex(of: pair.new.text), clash != index {
                throw Diagnostic(.bind, .renameColumnTaken, [pair.new.text], hint: Message(.hintRenameFirst), source: source, range: pair.new.range)
            }
            names[index] = pair.new.text
        }
        return names
    }

    /// Renames datasets, all or none: each name is checked before any changes.
    private func renameDatasets(in context: RunContext) throws -> PipelineValue {
        let workspace = context.workspace
        var taken = Set(workspace.order)
        for pair in renames {
            try checkDatasetRename(pair, taken: taken, context: context)
            taken.remove(pair.old.text)
            taken.insert(pair.new.text)
        }
        for pair in renames { workspace.rename(pair.old.text, to: pair.new.text) }
        return .none(renames.map { Message(.noticeRenamed, $0.old.text, $0.new.text).text }.joined(separator: "\n"))
    }

    private func checkDatasetRename(_ pair: RenamePair, taken: Set<String>, context: RunContext) throws {
        let source = context.source
        guard taken.contains(pair.old.text) else {
            let hint = Suggestion.nearest(to: pair.old.text, among: Array(taken).sorted()).map { Message(.hintDidYouMean, $0) } ?? Message(.hintDatasetsListsThem)
            throw Diagnostic(.bind, .nameUnknownDataset, [pair.old.text], hint: hint, source: source, range: pair.old.range)
        }
        if taken.contains(pair.new.text) {
            throw Diagnostic(.bind, .renameDatasetTaken, [pair.new.text], hint: Message(.hintChooseAnotherName), source: source, range: pair.new.range)
        }
        if context.registry.command(named: pair.new.text) != nil {
            throw Diagnostic(.bind, .nameCommandNameTaken, [pair.new.text], hint: Message(.hintChooseAnotherName), source: source, range: pair.new.range)
        }
        if Workspace.cellNumber(named: pair.new.text) != nil {
            throw Diagnostic(.bind, .nameCellNameTaken, [pair.new.text], hint: Message(.hintNotACellName), source: source, range: pair.new.range)
        }
    }
}

// MARK: - Binding

extension RenameCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        guard let input else { return .nothing }
        let fields = try input.fields(for: Self.name)
        return .table(zip(try renamedColumns(fields, source: context.source), fields).map { Field(name: $0, type: $1.type) })
    }
}
