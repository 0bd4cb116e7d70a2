import JixiaoCore
import JixiaoLanguage

/// Orders rows.
package struct SortCommand: DeclaredCommand {
    package static let name = "sort"
    package static let chineseName: String? = "排序"
    package static let category = CommandCategory.filters
    package static let examples = [
        CommandExample("stations | where 层级 != \"市级\" | sort 月均服务人次 desc, 站点编号 | select 站点编号, 月均服务人次 | top 2",
                       result: "站点编号,月均服务人次\nZJ07,258\nCJ065,239"),
        CommandExample("activities | distinct 类型 | sort 类型",
                       result: "类型\n平台活动\n夜经济活动\n站长培训\n直播培训\n助农直播"),
        CommandExample("activities | distinct 类型 | sort 类型 codepoint",
                       result: "类型\n助农直播\n夜经济活动\n平台活动\n直播培训\n站长培训"),
    ]

    package var items: [SortItem]

    package static let signature = Signature([
        .part(Part("keys", "KEY", .sortKeys))
    ])

    package init(arguments: Arguments) throws {
        items = try arguments.required("keys", arguments.sortKeys)
    }

    package var arguments: Arguments { Arguments(parts: ["keys": .sortKeys(items)]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let table = try context.table(input, for: Self.name)
        let binder = context.binder(for: table)
        let evaluator = ExpressionEvaluator(table: table)
        let keys = try items.map { item in
            SortKey(column: try evaluator.column(try binder.bind(item.expression)), descending: item.descending, collation: item.collation)
        }
        return .table(try table.sorted(by: keys, checkCancelled: context.checkCancelled))
    }
}

// MARK: - Binding

extension SortCommand {
    package func bind(_ input: StageSchema?, in context: BindContext) throws -> StageSchema {
        let fields = try (input ?? .nothing).fields(for: Self.name)
        let binder = context.binder(for: fields)
        for item in items { _ = try binder.bind(item.expression) }
        return .table(fields)
    }
}
