import JixiaoCore
import JixiaoLanguage

extension Signature {
    /// The canonical text of a command: its name, then each element present, in the declared order.
    package func canonical(_ name: String, _ arguments: Arguments) -> String {
        var words = [name]
        for element in elements {
            switch element {
            case .part(let part):
                guard let value = arguments.parts[part.id] else { continue }
                if let keyword = part.keyword { words.append(keyword) }
                words.append(value.canonical)
                if let suffix = part.suffix { words.append(suffix) }
            case .option(let option):
                guard let value = arguments.options[option.key] else { continue }
                words.append(option.isDashed ? "--\(option.key) \(value.canonical)" : "\(option.key)=\(value.canonical)")
            case .flag(let flag):
                if arguments.flags.contains(flag.name) { words.append("--\(flag.name)") }
            }
        }
        return words.joined(separator: " ")
    }

    /// The usage line: `sort KEY [asc|desc] [, …]`, `export [NAME to] FILE [--excel]`.
    package func usage(_ name: String) -> String {
        var words = [name]
        for element in elements {
            switch element {
            case .part(let part):
                var text = part.kind.usage(part.placeholder)
                if let keyword = part.keyword { text = keyword + " " + text }
                if let suffix = part.suffix { text += " " + suffix }
                words.append(part.isOptional ? "[\(text)]" : text)
            case .option(let option):
                let value = option.placeholder ?? option.kind.usage
                words.append(option.isDashed ? "[--\(option.key) \(value)]" : "[\(option.key)=\(value)]")
            case .flag(let flag):
                words.append("[--\(flag.name)]")
            }
        }
        return words.joined(separator: " ")
    }
}

extension PartKind {
    func usage(_ placeholder: String) -> String {
        switch self {
        case .expression, .name, .path, .integer, .cell: return placeholder
        case .namedExpressions(let requireNames):
            return requireNames ? "NAME = \(placeholder) [, …]" : "[NAME =] \(placeholder) [, …]"
        case .columns: return "\(placeholder) [, …]"
        case .sortKeys: return "\(placeholder) [asc|desc] [codepoint] [, …]"
        case .keyPairs: return "\(placeholder) [= OTHER_KEY] [, …]"
        case .renames: return "\(placeholder) as NEW [, …]" // not user-facing: usage syntax
        case .choice(let words, _, _): return words.joined(separator: "|")
        }
    }
}

extension OptionKind {
    var usage: String {
        switch self {
        case .integer: return "N"
        case .text: return "\"…\""
        case .raw: return "VALUE"
        case .column: return "COLUMN"
        case .choice(let words, _): return words.joined(separator: "|")
        }
    }
}

extension Signature {
    /// One line per part, option and flag: how it is written, and its help from the catalog (for `help COMMAND`
    /// and the reference); `command` is the name its help keys are under.
    package func argumentLines(command: String, in language: Language = .current) -> [(written: String, help: String)] {
        let help = CommandHelp(command)
        return elements.map { element in
            switch element {
            case .part(let part):
                let written = [part.keyword, part.kind.usage(part.placeholder), part.suffix].compactMap { $0 }.joined(separator: " ")
                let text = help.help(of: part, in: language)
                return (written, part.isOptional ? Message(.helpOptionalPart, text).text(in: language) : text)
            case .option(let option):
                let value = option.placeholder ?? option.kind.usage
                return (option.isDashed ? "--\(option.key) \(value)" : "\(option.key)=\(value)", help.help(of: option, in: language))
            case .flag(let flag):
                return ("--\(flag.name)", help.help(of: flag, in: language))
            }
        }
    }
}

extension CommandRegistry {
    /// A command's signature, when it has one (`let` and a pipeline's dataset name have grammars of their own).
    package static func signature(of command: any Command.Type) -> Signature? {
        (command as? any DeclaredCommand.Type)?.signature
    }
}
