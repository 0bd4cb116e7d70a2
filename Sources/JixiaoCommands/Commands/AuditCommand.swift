import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// Sets a report's claims against what its data give.
package struct AuditCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "audit"
    package static let summary = "Compare the report's recorded claims with what the data give, one row per gap with both figures."
    package static let discussion = """
        Reads the claims dataset: each claim (声明) with what the report states (报告所称), its unit, where it is stated \
        (出处) and how to check it (核对方式 查询: a pipeline whose single value it states; 评价: a figure of the evaluation, \
        总分, 执行率, 未执行数, 完成情况 or 等级). Numbers compare exactly (12.5 equals 12.50). Only the gaps are listed; \
        --all lists every claim with its verdict.
        """
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("audit", "Where the report's claims and its data disagree."),
        CommandExample("audit --template hubei --all", "Every claim with its verdict, scored in the Hubei template."),
    ]

    package var template: EvaluationTemplate?
    package var all = false

    package static let signature = Signature([
        .option(.template),
        .flag(FlagSpec("all", help: "List every claim with its verdict, not only those the data contradict.")),
    ])

    package init(arguments: Arguments) throws {
        template = arguments.template
        all = arguments.flags.contains("all")
    }

    package var arguments: Arguments {
        var arguments = Arguments(flags: all ? ["all"] : [])
        arguments.set(template: template)
        return arguments
    }

    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let inputs = EvaluationInputs(context: context)
        let evaluation = try inputs.evaluation(template ?? .mof)
        var findings: [AuditFinding] = []
        for claim in try inputs.claims() {
            try context.checkCancelled()
            var queried: Value?
            if case .query(let text) = claim.check {
                queried = try inputs.singleValue(of: text, for: "\(claim.statement) (\(claim.place), 核对)")
            }
            findings.append(try Audit.check(claim, queried: queried, evaluation: evaluation))
        }
        let sheet = Audit.sheet(findings, includeAgreeing: all)
        return .form(FormOutput(sheets: [sheet], text: SheetTextRenderer.render(sheet, ascii: context.workspace.style.ascii)))
    }
}
