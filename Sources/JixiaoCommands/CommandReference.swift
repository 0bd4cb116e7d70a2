import JixiaoCore
import JixiaoLanguage

/// The command reference, generated from the commands' own declarations: docs/commands.md in Chinese and
/// docs/commands.en.md in English (`make reference` writes both).
package enum CommandReference {
    /// The reference in `language` (the interface's, unless told).
    package static func markdown(_ registry: CommandRegistry, in language: Language = .current) -> String {
        func say(_ id: MessageID, _ arguments: String...) -> String {
            Message(key: id.rawValue, arguments: arguments.map(Message.Argument.verbatim)).text(in: language)
        }
        var lines = ["# " + say(.referenceTitle), "", say(.referenceGenerated), ""]
        for category in CommandCategory.allCases {
            let members = registry.commands.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            lines += ["## \(category.title(in: language))", ""]
            for command in members {
                let help = command.help
                lines += ["### `\(command.name)`", "", help.summary(in: language), "", "```", command.syntax, "```", ""]
                if let arguments = CommandRegistry.signature(of: command)?.argumentLines(command: command.name, in: language), !arguments.isEmpty {
                    lines += arguments.map { "- " + say(.referenceArgument, $0.written, $0.help) } + [""]
                }
                let discussion = help.discussion(in: language)
                if !discussion.isEmpty { lines += [discussion, ""] }
                if !command.otherNames.isEmpty {
                    lines += [Message(key: MessageID.referenceAliases.rawValue, arguments: [.list(command.otherNames.map { "`\($0)`" })]).text(in: language), ""]
                }
                if !command.examples.isEmpty {
                    lines.append(say(.helpExamples))
                    lines.append("")
                    for (index, example) in command.examples.enumerated() {
                        lines += ["- \(help.example(index, of: command.examples, in: language))", "  ```"] + example.setup.map { "  " + $0 } + ["  \(example.line)", "  ```"]
                        if let result = help.result(index, of: command.examples, in: language) {
                            lines.append("  " + say(.referenceGives))
                            lines.append("  ```")
                            lines += result.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                            lines.append("  ```")
                        }
                    }
                    lines.append("")
                }
            }
        }
        var shown = Set<String>()
        /// A function's bullet, then its example (once, where functions share one) with its result.
        func entry(_ summary: Message, _ examples: [FunctionExample]) -> [String] {
            var lines = [reference(summary, in: language)]
            for example in examples where shown.insert(example.line).inserted {
                lines += ["  ```", "  \(example.line)", "  ```", "  " + say(.referenceGives), "  ```"]
                lines += example.result.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
                lines.append("  ```")
            }
            return lines
        }
        lines += ["## " + say(.referenceFunctions), ""]
        lines += ScalarFunction.allCases.flatMap { entry($0.summary, $0.examples) }
        lines += ["", "## " + say(.referenceAggregates), ""]
        lines += AggregateFunction.allCases.flatMap { entry($0.summary, $0.examples) }
        lines += ["", say(.referenceWindowsTitle), "", say(.referenceWindowsIntro), ""]
        lines += WindowFunction.allCases.flatMap { entry($0.summary, $0.examples) }
        lines += ["", "## " + say(.referenceLimits), "",
                  "- " + say(.referenceLimitDivision),
                  "- " + say(.referenceLimitDigits),
                  "- " + say(.referenceLimitDates),
                  "- " + say(.referenceLimitSizes, String(Parser.maxHeight), String(Parser.maxDepth), String(CSVReader.maxColumns), String(Table.maxRows)),
                  "- " + say(.referenceLimitScripts)]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A function's line: its call in code, then what it gives (the summary in `language`, split at its first
    /// colon, `:` in English and `：` in Chinese).
    private static func reference(_ summary: Message, in language: Language) -> String {
        let text = summary.text(in: language)
        let isColon: (Character) -> Bool = { $0 == ":" || $0 == "：" }
        let call = text.prefix { !isColon($0) }
        let rest = text.dropFirst(call.count).drop(while: isColon).drop { $0 == " " }
        return "- " + Message(.referenceArgument, String(call), String(rest)).text(in: language)
    }
}
