import JixiaoCore

/// The texts of one command's help, said in a language from the catalog, under keys derived from the
/// command's name (the table of keys is in the doc comment of `Command`).
package struct CommandHelp: Sendable {
    /// The command's canonical name, the middle of its keys.
    package let name: String
    /// The command itself, when known: its transitional English texts stand in for missing keys.
    private let command: (any Command.Type)?

    package init(_ command: any Command.Type) {
        self.name = command.name
        self.command = command
    }

    /// The texts of a command known only by name (a signature parsed in a test).
    package init(_ name: String) {
        self.name = name
        self.command = nil
    }

    // MARK: - Keys

    package var summaryKey: String { key("summary") }
    package var discussionKey: String { key("discussion") }
    package func key(of part: Part) -> String { key("part." + part.id) }
    package func expectedKey(of part: Part) -> String { key("part." + part.id + ".expected") }
    package func key(of option: OptionSpec) -> String { key("option." + option.key) }
    package func key(of flag: FlagSpec) -> String { key("flag." + flag.name) }
    /// The key of the description of the example at `index` (from 0) of the command's examples.
    package func exampleKey(_ index: Int) -> String { key("example.\(index + 1)") }

    private func key(_ facet: String) -> String { "help.\(name).\(facet)" }

    /// Every key the help of `command` needs in each language: its summary, each part's help and expected
    /// text, each option's and flag's help, and each example's description. (A discussion is optional.)
    package static func requiredKeys(of command: any Command.Type) -> [String] {
        let help = CommandHelp(command)
        var keys = [help.summaryKey]
        if let signature = CommandRegistry.signature(of: command) {
            for element in signature.elements {
                switch element {
                case .part(let part): keys += [help.key(of: part), help.expectedKey(of: part)]
                case .option(let option): keys.append(help.key(of: option))
                case .flag(let flag): keys.append(help.key(of: flag))
                }
            }
        }
        keys += command.examples.indices.map(help.exampleKey)
        return keys
    }

    // MARK: - Texts

    package func summary(in language: Language = .current) -> String {
        text(summaryKey, legacy: command?.summary, in: language)
    }

    /// The paragraph below the arguments, or "" when the command has none.
    package func discussion(in language: Language = .current) -> String {
        text(discussionKey, legacy: command?.discussion ?? "", in: language)
    }

    package func help(of part: Part, in language: Language = .current) -> String {
        text(key(of: part), legacy: part.legacyHelp, in: language)
    }

    /// What an error says was expected where the part is missing (`expected a condition`).
    package func expected(of part: Part, in language: Language = .current) -> String {
        text(expectedKey(of: part), legacy: part.legacyExpected, in: language)
    }

    package func help(of option: OptionSpec, in language: Language = .current) -> String {
        text(key(of: option), legacy: option.legacyHelp, in: language)
    }

    package func help(of flag: FlagSpec, in language: Language = .current) -> String {
        text(key(of: flag), legacy: flag.legacyHelp, in: language)
    }

    /// The description of the example at `index` (from 0) of `examples`.
    package func example(_ index: Int, of examples: [CommandExample], in language: Language = .current) -> String {
        text(exampleKey(index), legacy: examples.indices.contains(index) ? examples[index].legacyDescription : nil, in: language)
    }

    /// The catalog's text when it has the key, else the transitional English text, else the key itself (which
    /// the tests catch).
    private func text(_ key: String, legacy: String?, in language: Language) -> String {
        if Catalog.contains(key) { return Catalog.template(for: key, in: language) }
        return legacy ?? key
    }
}
