import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// Help generated from the commands' own declarations.
package struct HelpCommand: DeclaredCommand {
    package static let name = "help"
    package static let chineseName: String? = "帮助"
    package static let category = CommandCategory.help
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("help where"), // not user-facing: a command line, the same in every language
        CommandExample("help functions"), // not user-facing: a command line
    ]

    package var topic: Token?

    package static let signature = Signature([
        .part(Part("topic", "COMMAND", .name(.command), optional: true))
    ])

    package init(arguments: Arguments) throws {
        topic = arguments.name("topic")
    }

    package var arguments: Arguments { Arguments(parts: topic.map { ["topic": .name($0)] } ?? [:]) }


    package func run(_ input: PipelineValue?, in context: RunContext) throws -> PipelineValue {
        let registry = context.registry
        guard let topic else { return .text(Self.overview(registry)) }
        if topic.text.lowercased() == "functions" { return .text(Self.functions()) }
        guard let command = registry.command(named: topic.text) else {
            let names = registry.commands.flatMap { [$0.name] + $0.otherNames }
            let hint = Suggestion.nearest(to: topic.text, among: names).map { Message(.hintDidYouMean, $0) } ?? Message(.helpHintListsCommands)
            throw Diagnostic(.bind, .nameUnknownHelpTopic, [topic.text], hint: hint, source: context.source, range: topic.range)
        }
        return .text(Self.page(command))
    }

    /// All commands, by category, one line each.
    package static func overview(_ registry: CommandRegistry, in language: Language = .current) -> String {
        var lines = [Message(.helpOverviewTitle).text(in: language)]
        let width = registry.commands.map { DisplayWidth.of($0.name) }.max() ?? 8
        let chineseWidth = registry.commands.map { DisplayWidth.of($0.chineseName ?? "") }.max() ?? 0
        for category in CommandCategory.allCases {
            let members = registry.commands.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(Message(.helpCategoryHeading, category.title(in: language)).text(in: language))
            for command in members {
                // In Chinese, each command's Chinese name stands beside it.
                let chinese = language == .zh ? DisplayWidth.pad(command.chineseName ?? "", to: chineseWidth) + "  " : ""
                lines.append("  " + DisplayWidth.pad(command.name, to: width) + "  " + chinese + command.help.summary(in: language))
            }
        }
        lines.append("")
        lines.append(Message(.helpOverviewPipeline).text(in: language))
        lines.append(Message(.helpOverviewShellEscape).text(in: language))
        return lines.joined(separator: "\n")
    }

    /// One command's page: syntax, summary, discussion, aliases, examples.
    package static func page(_ command: any Command.Type, in language: Language = .current) -> String {
        let help = command.help
        var lines = ["\(command.name) — \(help.summary(in: language))", "", "  " + command.syntax]
        if let arguments = CommandRegistry.signature(of: command)?.argumentLines(command: command.name, in: language), !arguments.isEmpty {
            let width = arguments.map { DisplayWidth.of($0.written) }.max() ?? 0
            lines += [""] + arguments.map { "  " + DisplayWidth.pad($0.written, to: width) + "  " + $0.help }
        }
        let discussion = help.discussion(in: language)
        if !discussion.isEmpty { lines += ["", discussion] }
        if !command.otherNames.isEmpty {
            lines += ["", Message(key: MessageID.helpAliases.rawValue, arguments: [.list(command.otherNames)]).text(in: language)]
        }
        if !command.examples.isEmpty {
            lines += ["", Message(.helpExamples).text(in: language)]
            for (index, example) in command.examples.enumerated() {
                lines.append("  # " + help.example(index, of: command.examples, in: language))
                lines += example.setup.map { "  " + $0 }
                lines.append("  " + example.line)
                if let result = help.result(index, of: command.examples, in: language), !result.contains("\n") { lines.append("  → " + result) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The functions, aggregates and window functions, each with its example and result, and how expressions
    /// are written.
    package static func functions(in language: Language = .current) -> String {
        var shown = Set<String>()
        /// A function's line of help, then its example (once, where functions share one) with its result.
        func entry(_ summary: String, _ examples: [FunctionExample]) -> [String] {
            var lines = ["  " + summary]
            for example in examples where shown.insert(example.line).inserted {
                lines.append("      " + example.line)
                lines.append("      → " + example.result.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / "))
            }
            return lines
        }
        var lines = [Message(.helpFunctionsTitle).text(in: language)]
        for function in ScalarFunction.allCases { lines += entry(function.summary.text(in: language), function.examples) }
        lines += ["", Message(.helpAggregatesTitle).text(in: language)]
        for aggregate in AggregateFunction.allCases { lines += entry(aggregate.summary.text(in: language), aggregate.examples) }
        lines += ["", Message(.helpWindowsTitle).text(in: language)]
        for window in WindowFunction.allCases { lines += entry(window.summary.text(in: language), window.examples) }
        lines += ["", Message(.helpOperators).text(in: language), Message(.helpTextOrder).text(in: language),
                  Message(.helpLimits).text(in: language), Message(.helpQuoting).text(in: language)]
        return lines.joined(separator: "\n")
    }
}
