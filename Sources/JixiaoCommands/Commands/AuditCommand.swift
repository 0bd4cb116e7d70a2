import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage

/// Sets a report's claims against what its data give.
package struct AuditCommand: DeclaredCommand, RunsEvaluationPipelines {
    package static let name = "audit"
    package static let chineseName: String? = "核对"
    package static let category = CommandCategory.evaluation
    package static let position = StagePosition.source
    package static let examples = [
        CommandExample("audit"),
        CommandExample("audit --template hubei --all"), // not user-facing: a command line
    ]

    package var template: EvaluationTemplate?
    package var all = false

    package static let signature = Signature([
        .option(.template),
        .flag(FlagSpec("all")),
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
                queried = try inputs.singleValue(of: text, for: Message(.inputsClaimOwner, claim.statement, claim.place))
            }
            findings.append(try Audit.check(claim, queried: queried, evaluation: evaluation))
        }
        let sheet = Audit.sheet(findings, includeAgreeing: all)
        return .form(FormOutput(sheets: [sheet], text: SheetTextRenderer.render(sheet, ascii: context.workspace.style.ascii)))
    }
}
