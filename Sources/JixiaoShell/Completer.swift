import Foundation
import JixiaoSession
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage

/// What Tab offers at a cursor: the word before it and the names that could stand there.
package struct Completion: Sendable, Equatable {
    /// What a candidate names; it decides what follows the candidate when it is the only one.
    package enum Kind: Sendable, Equatable {
        case command, dataset, column, function, cell, topic, file, directory
        /// `key=`: its value follows with no space.
        case option
        /// A `--flag` (the word after `--`).
        case flag
    }

    package struct Candidate: Sendable, Equatable {
        /// The text that replaces the word, quoted as it must be typed (`` `金额（万元）` ``).
        package var text: String
        package var kind: Kind
        /// What the listing shows: the name itself, a file without its folder.
        package var label: String

        package init(_ text: String, _ kind: Kind, label: String? = nil) {
            self.text = text
            self.kind = kind
            self.label = label ?? text
        }
    }

    /// The word being completed, as typed; it ends at the cursor.
    package var word: String
    package var candidates: [Candidate]

    /// The text that replaces the word: the only candidate and what follows it (a space; `(` after a function;
    /// nothing after a folder's `/`), else the candidates' longest common beginning when that adds to the word;
    /// nil when Tab can add nothing.
    package var replacement: String? {
        if candidates.count == 1, let only = candidates.first {
            switch only.kind {
            case .function: return only.text + "("
            case .directory, .option: return only.text
            default: return only.text + " "
            }
        }
        guard let first = candidates.first?.text else { return nil }
        var common = Substring(first)
        for candidate in candidates.dropFirst() {
            common = common.commonPrefix(with: candidate.text)
            if common.isEmpty { return nil }
        }
        let prefix = String(common)
        if prefix.count > word.count || (prefix.count == word.count && prefix != word) { return prefix }
        return nil
    }

    /// The word's length in Unicode scalars: the characters libedit must delete before inserting the replacement.
    package var wordScalarCount: Int { word.unicodeScalars.count }
}

extension Substring {
    fileprivate func commonPrefix(with other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            end = index(after: end)
            otherIndex = other.index(after: otherIndex)
        }
        return self[startIndex..<end]
    }
}

/// Decides what Tab completes, from the text before the cursor: command names where a command stands, dataset
/// names where a pipeline starts, the columns of the pipeline's head dataset and function names in a command's
/// arguments, and file paths after `load`. Pure: it reads the registry and the workspace and touches no terminal.
package struct Completer {
    package let registry: CommandRegistry
    package let workspace: Workspace
    /// Where `~/` points (the home folder).
    package var home: String

    package init(registry: CommandRegistry = .standard, workspace: Workspace,
                home: String = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) {
        self.registry = registry
        self.workspace = workspace
        self.home = home
    }

    /// The completion at `cursor` (a UTF-8 offset into `line`). `pending` holds the earlier lines of a command
    /// still being continued, so a continuation line completes in its pipeline's context.
    package func complete(line: String, cursor: Int, pending: String? = nil) -> Completion? {
        let bytes = Array(line.utf8)
        let before = String(decoding: bytes[..<min(max(0, cursor), bytes.count)], as: UTF8.self)
        let text = pending.map { $0 + "\n" + before } ?? before
        return complete(before: text)
    }

    /// The completion for the text that ends at the cursor.
    package func complete(before text: String) -> Completion? {
        guard let cursor = Self.wordAtCursor(text) else { return nil }
        if cursor.inBackticks {
            // Inside backticks: a name of any kind, closed with a backtick.
            guard let context = context(of: cursor.before) else { return nil }
            let typed = String(cursor.word.unicodeScalars.dropFirst())
            let names = nameCandidates(for: context).filter { $0.kind != .function }
            let matches = names.filter { Self.matches($0.label, typed) }.map { Completion.Candidate("`\($0.label)`", $0.kind, label: $0.label) }
            return Completion(word: cursor.word, candidates: matches)
        }
        // A path after load takes every character up to white space or `|`; anything else is a name.
        let path = Self.trailingWord(of: text, where: { !LexicalVocabulary.isSpace($0) && LexicalVocabulary.asciiForm($0) != "|" })
        // `key=` of one of the command's options is no path, even where an optional path may stand (load's query).
        let optionKey = path.word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if let pathContext = context(of: path.before), pathContext.part?.kind == .path,
           !(path.word.contains("=") && pathContext.signature?.option(optionKey) != nil) {
            return Completion(word: path.word, candidates: pathCandidates(path.word))
        }
        if cursor.before.hasSuffix("--") {
            // A flag, or an option written --key value.
            guard let context = context(of: String(cursor.before.dropLast(2))) else { return nil }
            return Completion(word: cursor.word, candidates: flagCandidates(context).filter { Self.matches($0.label, cursor.word) })
        }
        guard let context = context(of: cursor.before) else { return nil }
        // A command's Chinese name once a word is begun (an empty word lists the canonical names only).
        let chinese = cursor.word.isEmpty ? [] : chineseNameCandidates(for: context)
        let candidates = (nameCandidates(for: context) + chinese).filter { Self.matches($0.label, cursor.word) }
        return Completion(word: cursor.word, candidates: candidates)
    }

    /// The word being completed at the end of `text`, with the text before it, as the lexer reads it: `` `typed ``
    /// inside a backtick name still open; the last token when it is a name or a number that reaches the end (a
    /// flag's name after `--`); else nothing (""). Nil inside a string or a comment.
    static func wordAtCursor(_ text: String) -> (word: String, before: String, inBackticks: Bool)? {
        let scan = Lexer(text).scan()
        if scan.endsInComment { return nil }
        let bytes = Array(text.utf8)
        func split(at start: Int) -> (String, String) {
            (String(decoding: bytes[start...], as: UTF8.self), String(decoding: bytes[..<start], as: UTF8.self))
        }
        if let open = scan.open {
            guard open.pair.isName, let start = open.start else { return nil }
            let (word, before) = split(at: start)
            return (word, before, true)
        }
        guard let last = scan.tokens.last, last.range.upperBound == bytes.count else { return ("", text, false) }
        let start: Int
        switch last.kind {
        case .identifier, .integer: start = last.range.lowerBound
        case .flag: start = last.range.lowerBound + 2
        default: return ("", text, false)
        }
        let (word, before) = split(at: start)
        return (word, before, false)
    }

    // MARK: - Where the cursor stands

    /// The place in a command line where the word being completed begins.
    struct Context {
        enum Slot {
            /// The first word of a line: a source command or a dataset.
            case pipelineHead
            /// The first word after `|`: a command that takes a table.
            case stageCommand
            /// An argument of this command.
            case argument(any Command.Type)
            /// A name typed after a dataset without `|`, after `as`, or after `let`: nothing to offer.
            case none
        }

        var slot: Slot
        /// The tokens of the current stage before the word.
        var stage: [Token]
        /// Every stage of the pipeline before the current one.
        var earlierStages: [[Token]]
        /// The first stage, with `let NAME =` removed.
        var head: [Token]

        /// The command's signature, when the word is one of its arguments.
        var signature: Signature? {
            if case .argument(let command) = slot { return CommandRegistry.signature(of: command) }
            return nil
        }

        /// What stands where the word begins, read from the signature and the words typed before it.
        var position: ArgumentPosition? { signature.map { ArgumentPosition.after(Array(stage.dropFirst()), in: $0) } }

        /// The part the word belongs to, if not an option's value.
        var part: Part? {
            if case .part(let part)? = position { return part }
            return nil
        }
    }

    /// Reads the text before the word as tokens and finds the stage and argument the word belongs to; nil when
    /// the text does not lex (an unexpected character).
    func context(of text: String) -> Context? {
        guard var tokens = try? Lexer(text).tokens() else { return nil }
        // `explain` before a line plans it: the line completes as it would alone.
        if let first = tokens.first, PipelineSyntax.explainWords.contains(where: first.isWord), tokens.count > 1 { tokens.removeFirst() }
        if let first = tokens.first, PipelineSyntax.bindingWords.contains(where: first.isWord) {
            guard tokens.count >= 3, tokens[2].isSymbol("=") else {
                return Context(slot: .none, stage: tokens, earlierStages: [], head: [])
            }
            tokens.removeFirst(3)
        }
        var stages: [[Token]] = [[]]
        var depth = 0
        for token in tokens {
            if token.isSymbol("(") || token.isSymbol("[") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") { depth = max(0, depth - 1) }
            if token.isSymbol("|") && depth == 0 { stages.append([]) } else { stages[stages.count - 1].append(token) }
        }
        let stage = stages[stages.count - 1]
        let earlier = Array(stages.dropLast())
        let head = stages[0]
        guard let first = stage.first else {
            return Context(slot: stages.count == 1 ? .pipelineHead : .stageCommand, stage: stage, earlierStages: earlier, head: head)
        }
        guard first.kind == .identifier, let command = registry.command(named: first.text) else {
            return Context(slot: .none, stage: stage, earlierStages: earlier, head: head)
        }
        return Context(slot: .argument(command), stage: stage, earlierStages: earlier, head: head)
    }

    // MARK: - Candidates

    func nameCandidates(for context: Context) -> [Completion.Candidate] {
        switch context.slot {
        case .none:
            return []
        case .pipelineHead:
            let commands = registry.commands.filter { $0.position != .stage }.map { Completion.Candidate($0.name, .command) }
            return commands + datasetCandidates() + cellCandidates()
        case .stageCommand:
            return registry.stageNames.map { Completion.Candidate($0, .command) }
        case .argument(let command):
            let options = (context.signature?.options ?? []).filter { !$0.isDashed }.map { Completion.Candidate($0.key + "=", .option) }
            switch context.position {
            case nil: return []
            case .optionValue(let option)?: return optionValueCandidates(option, context)
            case .optionsOnly?: return options
            case .part(let part)?:
                // Right after a part's keyword (`as`) the word is that part's value, never an option.
                if let keyword = part.keyword, let last = context.stage.last, last.isWord(keyword) {
                    return partCandidates(part, command: command, context)
                }
                // Before a part the command requires (chart's kind), only that part.
                return partCandidates(part, command: command, context) + (part.isOptional || context.stage.count > 1 ? options : [])
            }
        }
    }

    /// The Chinese names of the commands that may stand where a command's name does (筛选 after `|`).
    func chineseNameCandidates(for context: Context) -> [Completion.Candidate] {
        switch context.slot {
        case .pipelineHead: return registry.chineseNames(where: .source).map { Completion.Candidate($0, .command) }
        case .stageCommand: return registry.chineseNames(where: .stage).map { Completion.Candidate($0, .command) }
        case .argument:
            guard context.part?.kind == .name(.command) else { return [] }
            return registry.chineseNames(where: .either).map { Completion.Candidate($0, .command) }
        case .none: return []
        }
    }

    /// What may stand in a part, by its kind.
    func partCandidates(_ part: Part, command: any Command.Type, _ context: Context) -> [Completion.Candidate] {
        let scalars = ScalarFunction.allCases.map { Completion.Candidate($0.rawValue, .function) }
        switch part.kind {
        case .expression, .namedExpressions, .sortKeys:
            let aggregates = part.takesAggregates ? AggregateFunction.allCases.map { Completion.Candidate($0.rawValue, .function) } : []
            let windows = part.takesWindows ? WindowFunction.allCases.map { Completion.Candidate($0.rawValue, .function) } : []
            return columnCandidates(context) + aggregates + windows + scalars
        case .columns, .keyPairs, .name(.column):
            return columnCandidates(context)
        case .renames:
            // Before `|` there is nothing to rename but datasets.
            return context.earlierStages.isEmpty ? datasetCandidates() : columnCandidates(context)
        case .name(.dataset):
            // After |, a command that may also start a pipeline (show, schema) shows its input, not a dataset.
            return context.earlierStages.isEmpty || command.position == .stage ? datasetCandidates() + cellCandidates() : []
        case .name(.command):
            return registry.allNames.map { Completion.Candidate($0, .command) } + [Completion.Candidate("functions", .topic)]
        case .name(.lesson):
            return TutorialCommand.lessons(in: workspace).map { Completion.Candidate(Expression.name($0.name), .topic, label: $0.name) }
        case .name(.new), .integer, .path:
            return []
        case .cell:
            return workspace.cells.keys.sorted().map { Completion.Candidate(String($0), .cell) }
        case .choice(let words, _, _):
            return words.map { Completion.Candidate($0, .topic) }
        }
    }

    /// The values an option takes, by its kind.
    func optionValueCandidates(_ option: OptionSpec, _ context: Context) -> [Completion.Candidate] {
        switch option.kind {
        case .choice(let words, _): return words.map { Completion.Candidate($0, .topic) }
        case .raw(let suggestions): return suggestions.map { Completion.Candidate($0, .topic) }
        case .column: return columnCandidates(context)
        case .integer, .text: return []
        }
    }

    /// The flags and dashed options a command takes, for a word after `--`.
    func flagCandidates(_ context: Context) -> [Completion.Candidate] {
        guard let signature = context.signature else { return [] }
        return signature.options.filter(\.isDashed).map { Completion.Candidate($0.key, .flag) }
            + signature.flags.map { Completion.Candidate($0.name, .flag) }
    }

    func datasetCandidates() -> [Completion.Candidate] {
        workspace.order.map { Completion.Candidate(Expression.name($0), .dataset, label: $0) }
    }

    func cellCandidates() -> [Completion.Candidate] {
        workspace.cells.keys.sorted().map { Completion.Candidate("_\($0)", .cell) }
    }

    /// The columns of the pipeline's head dataset (or cell), of datasets joined so far, and the names that
    /// earlier stages define (`agg 合计 = …`, `count as 个数`), in that order, each once.
    func columnCandidates(_ context: Context) -> [Completion.Candidate] {
        var names: [String] = headColumns(context.head)
        for stage in context.earlierStages.dropFirst() + [context.stage] {
            // A stage that names another dataset (join) brings its columns.
            if let first = stage.first, first.kind == .identifier, stage.count > 1,
               let command = registry.command(named: first.text), command.position == .stage,
               CommandRegistry.signature(of: command)?.parts.first?.kind == .name(.dataset), let table = table(named: stage[1]) {
                names += table.names
            }
            for index in stage.indices.dropFirst() {
                if stage[index].isSymbol("="), stage[index - 1].isName { names.append(stage[index - 1].text) }
                if stage[index - 1].isWord("as"), stage[index].isName { names.append(stage[index].text) }
            }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }.map { Completion.Candidate(Expression.name($0), .column, label: $0) }
    }

    /// The columns of the table a pipeline starts from: `stations`, `_3`, `out 3`, `show stations`.
    func headColumns(_ head: [Token]) -> [String] {
        guard let first = head.first else { return [] }
        if first.kind == .identifier, let command = registry.command(named: first.text) {
            // A source command whose first part names a table: `out 3`, `show stations`.
            guard head.count > 1, let part = CommandRegistry.signature(of: command)?.parts.first else { return [] }
            switch part.kind {
            case .cell: return Int(head[1].text).flatMap { workspace.cells[$0]?.table?.names } ?? []
            case .name(.dataset): return table(named: head[1])?.names ?? []
            default: return []
            }
        }
        return table(named: first)?.names ?? []
    }

    /// The table a name stands for: a dataset, or a cell written `_N`.
    func table(named token: Token) -> Table? {
        guard token.isName else { return nil }
        // As a pipeline reads it: `_3` is always cell 3.
        if let number = Workspace.cellNumber(named: token.text) { return workspace.cells[number]?.table }
        if let dataset = workspace.dataset(named: token.text) { return dataset.table }
        return nil
    }

    /// Files and folders whose names continue the typed path; folders end in `/`. Relative paths start from the
    /// workspace's folder, `~/` from home. Hidden entries show only when the typed name starts with a dot.
    func pathCandidates(_ typed: String) -> [Completion.Candidate] {
        let folderPart = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
        let namePart = String(typed.dropFirst(folderPart.count))
        let folder: String
        if folderPart.isEmpty {
            folder = workspace.directory
        } else if folderPart.hasPrefix("/") {
            folder = folderPart
        } else if folderPart.hasPrefix("~/") {
            folder = home + "/" + folderPart.dropFirst(2)
        } else {
            folder = workspace.resolve(folderPart)
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }  // file-gate: trusted: file names completed for the person typing at the prompt
        return entries.sorted().compactMap { entry in
            guard entry.hasPrefix(namePart), !entry.hasPrefix(".") || namePart.hasPrefix(".") else { return nil }
            var isDirectory: ObjCBool = false
            let full = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if isDirectory.boolValue { return Completion.Candidate(folderPart + entry + "/", .directory, label: entry + "/") }
            let path = folderPart + entry
            // A path holding white space or `|` must be quoted to stay one argument.
            let text = path.contains(where: { $0.isWhitespace || $0 == "|" }) ? Expression.quote(path) : path
            return Completion.Candidate(text, .file, label: entry)
        }
    }

    // MARK: - Words

    /// The scalars at the end of `text` that `belongs` accepts, and the text before them. Scalar by scalar, as the
    /// lexer reads: a name character followed by a combining mark is one `Character`.
    static func trailingWord(of text: String, where belongs: (Unicode.Scalar) -> Bool) -> (word: String, before: String) {
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            guard belongs(scalars[previous]) else { break }
            start = previous
        }
        return (String(scalars[start...]), String(scalars[..<start]))
    }

    /// Prefix match, ignoring the case of Latin letters.
    static func matches(_ name: String, _ typed: String) -> Bool {
        typed.isEmpty || name.hasPrefix(typed) || name.lowercased().hasPrefix(typed.lowercased())
    }
}
