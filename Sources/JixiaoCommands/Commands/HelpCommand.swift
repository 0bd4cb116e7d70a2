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

    package static func functions() -> String {
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
        var lines = ["Functions (in any expression):"]
        for function in ScalarFunction.allCases { lines += entry(function.summary, function.examples) }
        lines += ["", "Aggregates (in agg):"]
        for aggregate in AggregateFunction.allCases { lines += entry(aggregate.summary, aggregate.examples) }
        lines += ["", "Window functions (in derive; after group, within each group), in the rows' current order:"]
        for window in WindowFunction.allCases { lines += entry(window.summary, window.examples) }
        lines += ["", "Operators: + - * / %  == != < <= > >=  and or not  in [...]  contains  between … and …  is null",
                  "+ joins two texts (\"第\" + 村); text compares by code point with < and >, and sorts in pinyin order (sort x codepoint: by code point).",
                  "x / 0 and x % 0 are null; a result beyond 18 digits, or a date outside the years 1–9999, is an error.",
                  "Text in \"double\" or “curly” quotes; names with spaces or punctuation in `backticks`."]
        return lines.joined(separator: "\n")
    }
}
