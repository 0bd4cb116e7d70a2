import Foundation
import JixiaoCore
import JixiaoRender

/// ArgumentParser's help and errors said in Chinese. ArgumentParser writes its own words (`USAGE:`,
/// `OPTIONS:`, `Show help information.`, `Error: Unknown option '--x'` …) in English; the English catalog holds
/// each of them word for word (`cli.parser.*`), so a line that reads as one of them is said again with the
/// Chinese template, its `{N}` parts carried over. A line that matches none (ArgumentParser's rarer errors)
/// stays as ArgumentParser wrote it. Then lines wider than the screen are wrapped by display width, as
/// ArgumentParser, counting characters, cannot wrap Chinese: it is asked for unwrapped text (`unwrapped`).
enum ArgumentParserText {
    /// The width to ask ArgumentParser for when the text is to be wrapped here instead.
    static let unwrapped = 100_000

    /// Whether `text` is what this reads: a help page or an error (never a completion script or the version).
    static func isHelpOrError(_ text: String) -> Bool {
        [MessageID.cliParserOverview, .cliParserUsageHeading, .cliParserError].contains { key in
            text.hasPrefix(Catalog.template(for: key.rawValue, in: .en).replacingOccurrences(of: "{1}", with: ""))
        }
    }

    /// `text`, written by ArgumentParser in English, said in `language` and wrapped to `width` columns.
    static func translated(_ text: String, to language: Language, width: Int) -> String {
        guard language != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(line(String($0), in: language), width: width) }
            .joined(separator: "\n")
    }

    /// The lines of ArgumentParser's help and errors this says again, in the order they are tried.
    static let lines: [MessageID] = [
        .cliParserOverview, .cliParserUsageHeading, .cliParserUsage, .cliParserArguments, .cliParserOptions,
        .cliParserSubcommands, .cliParserHelpFlag, .cliParserVersionFlag, .cliParserSeeHelp, .cliParserSeeMore,
        .cliParserHelpLine, .cliParserError, .cliParserDefaultSubcommand,
    ]

    /// The messages of ArgumentParser's errors, after `Error: `.
    static let messages: [MessageID] = [
        .cliParserUnknownOptionSuggestion, .cliParserUnknownOption, .cliParserMissingValue, .cliParserMissingArgument,
        .cliParserMissingOneOf, .cliParserUnexpectedArgument, .cliParserUnexpectedArguments, .cliParserValueNotTaken,
        .cliParserInvalidValue, .cliParserMissingSubcommand, .cliParserInvalidOption, .cliParserDuplicate,
    ]

    static func line(_ line: String, in language: Language) -> String {
        for key in lines {
            guard var parts = match(line, key) else { continue }
            switch key {
            case .cliParserError: parts = parts.map { message($0, in: language) }
            case .cliParserUsageHeading, .cliParserUsage: parts = parts.map { placeholders($0, in: language) }
            default: break
            }
            return Catalog.fill(Catalog.template(for: key.rawValue, in: language), with: parts)
        }
        return line
    }

    static func message(_ text: String, in language: Language) -> String {
        for key in messages {
            if let parts = match(text, key) { return Catalog.fill(Catalog.template(for: key.rawValue, in: language), with: parts) }
        }
        return text
    }

    /// `<subcommand>` in a usage line.
    static func placeholders(_ usage: String, in language: Language) -> String {
        let key = MessageID.cliParserSubcommandPlaceholder.rawValue
        return usage.replacingOccurrences(of: Catalog.template(for: key, in: .en), with: Catalog.template(for: key, in: language))
    }

    /// The parts of `text` that fill the `{N}` of the English template of `key`, when `text` reads as it.
    static func match(_ text: String, _ key: MessageID) -> [String]? {
        guard let pattern = patterns[key] else { return nil }
        let whole = NSRange(text.startIndex..., in: text)
        guard let found = pattern.expression.firstMatch(in: text, range: whole) else { return nil }
        var parts = [String](repeating: "", count: pattern.order.max() ?? 0)
        for (group, number) in pattern.order.enumerated() {
            if let range = Range(found.range(at: group + 1), in: text) { parts[number - 1] = String(text[range]) }
        }
        return parts
    }

    /// Each English template as an anchored expression, a group for each `{N}` (and which N it is).
    static let patterns: [MessageID: (expression: NSRegularExpression, order: [Int])] = {
        var patterns: [MessageID: (NSRegularExpression, [Int])] = [:]
        for key in lines + messages {
            let template = Catalog.template(for: key.rawValue, in: .en)
            var expression = "^"
            var order: [Int] = []
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
                  let number = Int(rest[rest.index(after: open)..<close]) {
                expression += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.*?)"
                order.append(number)
                rest = rest[rest.index(after: close)...]
            }
            expression += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
            if let compiled = try? NSRegularExpression(pattern: expression) { patterns[key] = (compiled, order) }
        }
        return patterns
    }()

    // MARK: - Wrapping by display width

    /// Where ArgumentParser starts the help of an option or subcommand, after its label.
    static let labelColumn = 26

    /// `line` in lines of at most `width` columns: a help row goes on under its help column, an indented line
    /// under its indent; the lines of an error (its message, usage and help) are left whole, as ArgumentParser
    /// leaves them.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width, !isWhole(line) else { return [line] }
        let (head, body) = split(line)
        let indent = DisplayWidth.of(head)
        guard width - indent >= 10 else { return [line] }
        let wrapped = OutputNotes.wrapped(body, to: width - indent, in: .zh)
        return wrapped.enumerated().map { ($0.offset == 0 ? head : String(repeating: " ", count: indent)) + $0.element }
    }

    static func isWhole(_ line: String) -> Bool {
        [MessageID.cliParserUsageHeading, .cliParserUsage, .cliParserError, .cliParserHelpLine].contains { key in
            Language.allCases.contains { line.hasPrefix(Catalog.template(for: key.rawValue, in: $0).replacingOccurrences(of: "{1}", with: "")) }
        }
    }

    /// A line's label and indent, and the text after them.
    static func split(_ line: String) -> (head: String, body: String) {
        // A help row: two spaces, a label, spaces up to the help column, the help.
        var used = 0
        var index = line.startIndex
        while index < line.endIndex, used < labelColumn {
            used += DisplayWidth.of(line[index])
            index = line.index(after: index)
        }
        if used == labelColumn, line.hasPrefix("  "), index < line.endIndex, line[line.index(before: index)] == " ", line[index] != " " {
            return (String(line[..<index]), String(line[index...]))
        }
        let spaces = line.prefix { $0 == " " }
        return (String(spaces), String(line.dropFirst(spaces.count)))
    }
}
