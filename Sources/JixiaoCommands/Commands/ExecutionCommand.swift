import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// 资金到位及执行情况: budget, receipts and payments per fund and in total.
package struct ExecutionCommand: DeclaredCommand {
    package static let name = "execution"
    package static let chineseName: String? = "预算执行"
    package static let summary = "Show each fund's budget, money received and spent, unspent and 执行率, with an exact 合计 row, in 万元."
    package static let discussion = """
        Reads budgets (资金名称, 资金来源, 年初预算数, 全年预算数) and funds (资金名称, 方向 到位|支出, 金额), in yuan. \
        Each figure is shown in 万元 to two decimals; the 合计 row is computed from the exact sums in yuan, never by \
        adding rounded parts. 执行率 = 全年执行数 / 全年预算数. The result is a table: filter or sort it further.
        """
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("execution", "资金到位及执行情况 per fund and in total."),
        CommandExample("execution | where 未执行数 > 0 | count", "Rows with money left unspent (the 合计 row included).", result: "2"),
    ]

    package static let signature = Signature.none

    package init(arguments: Arguments) throws {}

    package var arguments: Arguments { Arguments() }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        .table(try EvaluationInputs(context: context).execution().fundingTable())
    }
}
