import JixiaoCore

/// The texts of one command's help, said in a language from the catalog, under keys derived from the
/// command's name (the table of keys is in the doc comment of `Command`).
package struct CommandHelp: Sendable {
    /// The command's canonical name, the middle of its keys.
    package let name: String

    package init(_ command: any Command.Type) {
        self.name = command.name
    }

    /// The texts of a command known by name (its signature's parts).
    package init(_ name: String) {
        self.name = name
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
    /// The key of the result of the example at `index` when the result is something the interface says (a
    /// notice such as `loaded 站点: 141 rows, 9 columns`), in each language.
    package func exampleResultKey(_ index: Int) -> String { key("example.\(index + 1).result") }

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

    /// The result the example at `index` (from 0) of `examples` gives in `language`: the catalog's when the
    /// result is a notice, else the one it declares (data is the same in every language); nil when none is shown.
    package func result(_ index: Int, of examples: [CommandExample], in language: Language = .current) -> String? {
        let key = exampleResultKey(index)
        if Catalog.contains(key) { return Catalog.template(for: key, in: language) }
        return examples.indices.contains(index) ? examples[index].result : nil
    }

    package func summary(in language: Language = .current) -> String {
        Catalog.template(for: summaryKey, in: language)
    }

    /// The paragraph below the arguments, or "" when the command has none.
    package func discussion(in language: Language = .current) -> String {
        Catalog.contains(discussionKey) ? Catalog.template(for: discussionKey, in: language) : ""
    }

    package func help(of part: Part, in language: Language = .current) -> String {
        Catalog.template(for: key(of: part), in: language)
    }

    /// What an error says was expected where the part is missing (`expected a condition`).
    package func expected(of part: Part, in language: Language = .current) -> String {
        expectedMessage(of: part).text(in: language)
    }

    /// The same, as a message said in the language of whoever shows the error.
    package func expectedMessage(of part: Part) -> Message {
        Message(key: expectedKey(of: part), arguments: [])
    }

    package func help(of option: OptionSpec, in language: Language = .current) -> String {
        Catalog.fill(Catalog.template(for: key(of: option), in: language), with: option.helpArguments)
    }

    package func help(of flag: FlagSpec, in language: Language = .current) -> String {
        Catalog.template(for: key(of: flag), in: language)
    }

    /// The description of the example at `index` (from 0) of `examples`. (A key missing from the catalog is
    /// shown as itself, never as nothing, and `CommandHelpTests` fails.)
    package func example(_ index: Int, of examples: [CommandExample], in language: Language = .current) -> String {
        Catalog.template(for: exampleKey(index), in: language)
    }
}
