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
        let findings = try inputs.claimFindings(try inputs.claims(), evaluation: evaluation)
        // The claims, then (when there is any) what the form still has to explain: two sheets of one form.
        let sheets = [Audit.sheet(findings, includeAgreeing: all)] + [Audit.dataSheet(try Audit.dataFindings(evaluation))].compactMap { $0 }
        let ascii = context.workspace.style.ascii
        return .form(FormOutput(sheets: sheets, text: sheets.map { SheetTextRenderer.render($0, ascii: ascii) }.joined(separator: "\n\n")))
    }
}
