import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage
import JixiaoRender

/// Scores the project: execution rate and indicators, 总分 and grade.
package struct EvaluateCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "evaluate"
    package static let summary = "Score the project by the official rules: execution rate per fund and in total, each indicator, 总分 and grade."
    package static let discussion = """
        Reads the indicators dataset (one row per 三级指标), runs each 查询 indicator's pipeline against the datasets \
        and reads each 记录 indicator's recorded figure, then scores it: 正向 full at or above the target, else \
        actual/target × 分值; 反向 full at or below the target, falling to 0 at twice the target; 定性 by level. \
        执行率 = 全年执行数 / 全年预算数 from budgets and the 支出 rows of funds; its score is 执行率 × 分值. Scores are \
        exact and rounded half up to two decimals, never above 分值. The mof template (default) weighs 执行率 10, \
        产出 50, 效益 30, 满意度 10 and reads 分值; hubei weighs 执行率 20 and the indicators 80 and reads 湖北分值. \
        part= gives one of the two tables as a table, to filter or sort further.
        """
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("evaluate", "Score the project in the Ministry of Finance template."),
        CommandExample("evaluate --template hubei", "Score it in the Hubei template (执行率 20 分)."),
        CommandExample("evaluate part=indicators | where 得分 < 分值 | count", "Indicators that fall short of full marks.", result: "0"),
        CommandExample("evaluate part=execution | where 执行率 < 100 | select 资金名称, 执行率", "Funds not fully executed, and the total."),
    ]

    package enum Part: String, Sendable, CaseIterable {
        case execution
        case indicators
    }

    package var template: EvaluationTemplate?
    package var part: Part?

    package static let signature = Signature([
        .option(.template),
        .option(OptionSpec("part", .choice(Part.allCases.map(\.rawValue)), help: "Only one table: execution (the funds) or indicators.")),
    ])

    package init(arguments: Arguments) throws {
        template = arguments.template
        part = arguments.textOption("part").flatMap(Part.init(rawValue:))
    }

    package var arguments: Arguments {
        var arguments = Arguments()
        arguments.set(template: template)
        arguments.set(option: "part", part.map { .choice($0.rawValue) })
        return arguments
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let evaluation = try EvaluationInputs(context: context).evaluation(template ?? .mof)
        switch part {
        case .execution?: return .table(try evaluation.executionTable())
        case .indicators?: return .table(evaluation.indicatorTable())
        case nil: return .form(FormOutput(sheets: try Self.sheets(evaluation), text: try Self.report(evaluation, style: context.workspace.style)))
        }
    }

    /// The two tables as sheets, for notebooks, reports and files: the funds under the template's title, the
    /// indicators with the notes and the 总分 line below them.
    static func sheets(_ evaluation: Evaluation) throws -> [Sheet] {
        let template = evaluation.template
        var notes: [String] = []
        if evaluation.indicators.contains(where: \.indicator.isExampleTarget) { notes.append("* 示例目标：不是批复的年度指标值。") }
        notes.append(try totalLine(evaluation))
        return [Sheet.table(try evaluation.executionTable(), title: "项目支出绩效自评：\(template.title)", subtitle: "资金执行（万元）"),
                Sheet.table(evaluation.indicatorTable(), title: "绩效指标", notes: notes)]
    }

    static func totalLine(_ evaluation: Evaluation) throws -> String {
        let template = evaluation.template
        return "总分 \(try evaluation.total().description) = 执行 \(evaluation.executionScore.description) + 指标 \(try evaluation.indicatorScore().description)"
            + "（满分 \(template.fullMarks.description)，以现有执行率至多 \(try evaluation.ceiling().description)），等级：\(try evaluation.grade().rawValue)"
    }

    /// The two tables and the 总分 line.
    static func report(_ evaluation: Evaluation, style: TableStyle) throws -> String {
        var style = style
        style.maxRows = Int.max
        let template = evaluation.template
        var lines = ["项目支出绩效自评：\(template.title)", "", "资金执行（万元）",
                     TableRenderer.render(try evaluation.executionTable(), style: style), "", "绩效指标",
                     TableRenderer.render(evaluation.indicatorTable(), style: style)]
        if evaluation.indicators.contains(where: \.indicator.isExampleTarget) { lines.append("* 示例目标：不是批复的年度指标值。") }
        lines.append("")
        lines.append(try totalLine(evaluation))
        return lines.joined(separator: "\n")
    }
}
