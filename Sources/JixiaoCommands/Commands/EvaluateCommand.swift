import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage
import JixiaoRender

/// Scores the project: execution rate and indicators, 总分 and grade.
package struct EvaluateCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "evaluate"
    package static let chineseName: String? = "评分"
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("evaluate"),
        CommandExample("evaluate --template hubei"), // not user-facing: a command line
        CommandExample("evaluate part=indicators | where 得分 < 分值 | count", result: "0"), // not user-facing: a command line
        CommandExample("evaluate part=execution | where 执行率 < 100 | select 资金名称, 执行率"), // not user-facing: a command line
    ]

    package enum Part: String, Sendable, CaseIterable {
        case execution
        case indicators
    }

    package var template: EvaluationTemplate?
    package var part: Part?

    package static let signature = Signature([
        .option(.template),
        .option(OptionSpec("part", .choice(Part.allCases.map(\.rawValue)))),
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
