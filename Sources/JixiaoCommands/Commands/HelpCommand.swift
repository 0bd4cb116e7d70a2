import JixiaoCore
import JixiaoLanguage
import JixiaoRender

/// Help generated from the commands' own declarations.
package struct HelpCommand: DeclaredCommand {
    package static let name = "help"
    package static let summary = "List the commands, or show one command's syntax and examples; help functions lists functions."
    package static let category = CommandCategory.help
    package static let position = StagePosition.source
    package static let effect = CommandEffect.display
    package static let examples = [
        CommandExample("help where", "How to filter rows."),
        CommandExample("help functions", "Functions and aggregates."),
    ]

    package var topic: Token?

    package static let signature = Signature([
        .part(Part("topic", "COMMAND", .name(.command), optional: true, expected: "a command name", help: "A command, or functions, to read about."))
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
            let hint = Suggestion.nearest(to: topic.text, among: registry.allNames).map { "did you mean \($0)?" } ?? "help lists the commands"
            throw Diagnostic(.bind, code: .nameUnknownHelpTopic, "no command named \(topic.text)", hint: hint, source: context.source, range: topic.range)
        }
        return .text(Self.page(command))
    }

    /// All commands, by category, one line each.
    package static func overview(_ registry: CommandRegistry) -> String {
        var lines = ["jixiao commands (help COMMAND for details, help functions for functions):"]
        let width = registry.commands.map { DisplayWidth.of($0.name) }.max() ?? 8
        for category in CommandCategory.allCases {
            let members = registry.commands.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            lines.append("")
            lines.append(category.rawValue + ":")
            for command in members {
                lines.append("  " + DisplayWidth.pad(command.name, to: width) + "  " + command.summary)
            }
        }
        lines.append("")
        lines.append("A line is a pipeline: DATASET | COMMAND … | COMMAND …   e.g. stations | where 层级 == \"村级\" | count")
        lines.append("!COMMAND runs a shell command at the interactive prompt (never from a script, never saved).")
        return lines.joined(separator: "\n")
    }

    /// One command's page: syntax, summary, discussion, aliases, examples.
    package static func page(_ command: any Command.Type) -> String {
        var lines = ["\(command.name) — \(command.summary)", "", "  " + command.syntax]
        if let arguments = CommandRegistry.signature(of: command)?.argumentLines, !arguments.isEmpty {
            let width = arguments.map { DisplayWidth.of($0.written) }.max() ?? 0
            lines += [""] + arguments.map { "  " + DisplayWidth.pad($0.written, to: width) + "  " + $0.help }
        }
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        if !command.aliases.isEmpty { lines += ["", "Also: " + command.aliases.joined(separator: ", ")] }
        if !command.examples.isEmpty {
            lines += ["", "Examples:"]
            for example in command.examples {
                lines.append("  # " + example.description)
                lines += example.setup.map { "  " + $0 }
                lines.append("  " + example.line)
                if let result = example.result, !result.contains("\n") { lines.append("  → " + result) }
            }
        }
        return lines.joined(separator: "\n")
    }

    package static func functions(in language: Language = .current) -> String {
        var lines = [Message(.functionsHeading).text(in: language)]
        for function in ScalarFunction.allCases { lines.append("  " + function.summary.text(in: language)) }
        lines += ["", Message(.functionsAggregatesHeading).text(in: language)]
        for aggregate in AggregateFunction.allCases { lines.append("  " + aggregate.summary.text(in: language)) }
        lines += ["", Message(.functionsOperators).text(in: language), Message(.functionsLimits).text(in: language),
                  Message(.functionsQuoting).text(in: language)]
        return lines.joined(separator: "\n")
    }
}
