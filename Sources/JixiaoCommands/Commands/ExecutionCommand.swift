import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// 资金到位及执行情况: budget, receipts and payments per fund and in total.
package struct ExecutionCommand: DeclaredCommand {
    package static let name = "execution"
    package static let chineseName: String? = "预算执行"
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("execution"),
        CommandExample("execution | where 未执行数 > 0 | count", result: "2"),
        CommandExample("execution | where 提示 != \"\" | select 资金名称, 提示", result: "资金名称,提示"),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        .table(try EvaluationInputs(context: context).execution().fundingTable())
    }
}
