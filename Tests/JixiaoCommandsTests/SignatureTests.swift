import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoEvaluation
import JixiaoLanguage
import Testing
import TestSupport

/// Commands declared once: every signature documents itself, and what it writes it reads back the same.
@Suite struct SignatureLintTests {
    /// Commands with a grammar of their own, and why: `let NAME = PIPELINE` and `explain PIPELINE` hold a whole
    /// pipeline, `|` and all.
    static let ownGrammar: Set<String> = ["let", "explain"]

    @Test func everyCommandIsDeclaredBySignatureButTheDocumentedOnes() {
        for command in CommandRegistry.standard.commands {
            let declared = CommandRegistry.signature(of: command) != nil
            #expect(declared != Self.ownGrammar.contains(command.name), "\(command.name)")
        }
    }

    @Test func everyPartOptionAndFlagIsDocumented() throws {
        let pending = try CommandHelpTests.pending()
        for command in CommandRegistry.standard.commands {
            guard let signature = CommandRegistry.signature(of: command) else { continue }
            // A command whose help is not yet in the catalog says it in English whatever the language.
            for language in pending.contains(command.name) ? [.en] : Language.allCases {
                for (written, help) in signature.argumentLines(command: command.name, in: language) {
                    #expect(!help.isEmpty && help.hasSuffix(language == .zh ? "。" : "."), "\(command.name): \(written) needs a sentence of help in \(language)")
                }
            }
            let ids = signature.parts.map(\.id)
            #expect(Set(ids).count == ids.count, "\(command.name): two parts share an id")
            let keys = signature.options.map(\.key) + signature.flags.map(\.name)
            #expect(Set(keys).count == keys.count, "\(command.name): two options or flags share a name")
            // The usage line is the signature's, not a hand-kept string.
            #expect(command.syntax == signature.usage(command.name), "\(command.name)")
        }
    }

    @Test func closedValuesComeFromTheCodeThatOwnsThem() throws {
        let chart = try #require(CommandRegistry.signature(of: ChartCommand.self))
        #expect(chart.parts.first?.kind == .choice(ChartCommand.Kind.allCases.map(\.rawValue), aliases: ["bars": "bar", "columns": "column", "histogram": "hist", "sparkline": "spark", "stack": "stacked"], noun: "chart_kind"))
        let evaluate = try #require(CommandRegistry.signature(of: EvaluateCommand.self))
        #expect(evaluate.option("template")?.kind == .choice(EvaluationTemplate.all.map(\.id.rawValue), noun: "template"))
        let load = try #require(CommandRegistry.signature(of: LoadCommand.self))
        #expect(load.option("encoding")?.kind == .raw(suggestions: TextEncoding.acceptedNameList))
    }

    @Test func usageLinesReadAsBefore() {
        #expect(SortCommand.syntax == "sort KEY [asc|desc] [codepoint] [, …]")
        #expect(ExportCommand.syntax == "export [NAME to] FILE [--excel]")
        #expect(AppendixCommand.syntax == "appendix [--template mof|hubei] [to FILE.xlsx|FILE.docx|FILE.html|FILE.md|FILE.csv|FILE.txt]")
        #expect(JoinCommand.syntax == "join DATASET on KEY [= OTHER_KEY] [, …] [--left]")
        #expect(ChartCommand.syntax == "chart bar|column|hist|line|spark|stacked [COLUMN] [x=LABEL] [y=VALUE] [by=SERIES] [title=\"…\"] [width=N] [bins=N] [--ascii]")
    }
}

/// Round trip by construction: random valid arguments for every signature, written as canonical text, read
/// back to the same arguments; the canonical text is a fixed point, for the signature and for the command.
@Suite struct SignatureRoundTripTests {
    static let declared: [(String, Signature, any DeclaredCommand.Type)] = CommandRegistry.standard.commands.compactMap { command in
        guard let declared = command as? any DeclaredCommand.Type else { return nil }
        return (command.name, declared.signature, declared)
    }

    @Test(arguments: declared.indices)
    func canonicalTextReadsBackToTheSameArguments(_ index: Int) throws {
        let (name, signature, command) = Self.declared[index]
        var random = SplitMix64(seed: UInt64(index) &* 7919 &+ 17)
        var commandsChecked = 0
        for round in 0..<300 {
            let arguments = try ArgumentGenerator.arguments(for: signature, random: &random)
            let text = signature.canonical(name, arguments)
            let reread: Arguments
            do {
                reread = try Self.parse(text, with: signature, command: command)
            } catch {
                Issue.record("\(name), round \(round): \(text) does not parse: \(error)")
                return
            }
            #expect(reread.sameAs(arguments), "\(name), round \(round): \(text) read back as \(signature.canonical(name, reread))")
            #expect(signature.canonical(name, reread) == text, "\(name), round \(round)")
            // The command itself, when these arguments make one (some combinations it refuses, e.g. bins= on a bar chart).
            guard let made = try? command.init(arguments: arguments) else { continue }
            commandsChecked += 1
            let canonical = made.canonical
            let again = try command.init(arguments: try Self.parse(canonical, with: signature, command: command))
            #expect(again.canonical == canonical, "\(name), round \(round): \(canonical) → \(again.canonical)")
        }
        #expect(commandsChecked > 0, "\(name): no generated arguments made a command")
    }

    static func parse(_ text: String, with signature: Signature, command: any Command.Type) throws -> Arguments {
        let syntax = try PipelineSyntax.parse(text)
        guard syntax.stages.count == 1, let stage = syntax.stages.first, stage.name.text == command.name else {
            throw Diagnostic(.parse, code: DiagnosticCode("test.not_one_stage"), "not one \(command.name) stage: \(text)")
        }
        var parser = stage.parser(source: text)
        return try signature.parse(&parser, usage: command.syntax, command: command.name)
    }
}

/// Random arguments a signature accepts, from pools that hold the awkward cases: names that need backticks
/// (full-width brackets, spaces, keywords, a word that is a keyword of the command), quotes and backslashes
/// in text, paths with spaces and bars.
enum ArgumentGenerator {
    static let names = ["乡镇", "金额", "金额（万元）", "a b", "where", "as", "to", "on", "_x", "x1", "站点编号", "`", "desc"]
    static let expressions = ["乡镇 == \"保安镇\"", "金额 > 100", "wan(金额)", "`金额（万元）` + 1", "not (a or b)", "x in [1, 2]",
                              "日期 between \"2022-01-01\" and \"2022-12-31\"", "-x", "sum(金额) - sum(年初预算数)", "a is not null",
                              "名称 contains \"白\\\"茶\"", "1.50 * 2", "count()"]
    static let paths = ["a.csv", "数据/站点.xlsx", "with space.csv", "x|y.md", "sessions/例子.jx", "#1.csv", "a\"b.csv", "exports/自评表.html"]
    static let texts = ["标题", "", "a \"quoted\" b", "back\\slash", "多 行"]
    static let raws = ["utf-8", "2022年", "gbk", "a b", "Sheet1"]

    static func arguments(for signature: Signature, random: inout SplitMix64) throws -> Arguments {
        var arguments = Arguments()
        for part in signature.parts where !part.isOptional || random.next() % 2 == 0 {
            arguments.set(part.id, try value(for: part, random: &random))
        }
        for option in signature.options where random.next() % 3 == 0 {
            arguments.set(option: option.key, value(for: option.kind, random: &random))
        }
        for flag in signature.flags where random.next() % 2 == 0 {
            arguments.set(flag: flag.name, true)
        }
        return arguments
    }

    static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T {
        items[Int(random.next() % UInt64(items.count))]
    }

    static func token(_ random: inout SplitMix64) -> Token {
        Token(.identifier, pick(names, &random), 0..<0)
    }

    static func expression(_ random: inout SplitMix64) throws -> JixiaoLanguage.Expression {
        let text = pick(expressions, &random)
        var parser = Parser(source: text, tokens: try Lexer(text).tokens())
        return try parser.expression()
    }

    static func list<T>(_ random: inout SplitMix64, _ make: (inout SplitMix64) throws -> T) rethrows -> [T] {
        try (0...(random.next() % 3)).map { _ in try make(&random) }
    }

    static func value(for part: Part, random: inout SplitMix64) throws -> ArgumentValue {
        switch part.kind {
        case .expression:
            return .expression(try expression(&random))
        case .namedExpressions(let requireNames):
            return .namedExpressions(try list(&random) { random in
                NamedExpression(name: requireNames || random.next() % 2 == 0 ? pick(names, &random) : nil, expression: try expression(&random))
            })
        case .columns:
            return .names(list(&random) { token(&$0) })
        case .sortKeys:
            return .sortKeys(try list(&random) { random in
                SortItem(expression: try expression(&random), descending: random.next() % 2 == 0, collation: random.next() % 3 == 0 ? .codepoint : .pinyin)
            })
        case .keyPairs:
            return .keyPairs(list(&random) { random in
                let left = token(&random)
                return KeyPair(left: left, right: random.next() % 2 == 0 ? left : token(&random))
            })
        case .renames:
            return .renames(list(&random) { random in RenamePair(old: token(&random), new: token(&random)) })
        case .name:
            return .name(token(&random))
        case .path:
            return .path(pick(paths, &random), range: 0..<0)
        case .integer:
            return .integer(Int(random.next() % 1000), range: 0..<0)
        case .cell:
            return .integer(1 + Int(random.next() % 50), range: 0..<0)
        case .choice(let words, _, _):
            return .choice(Token(.identifier, pick(words, &random), 0..<0))
        }
    }

    static func value(for kind: OptionKind, random: inout SplitMix64) -> OptionValue.Value {
        switch kind {
        case .integer(let range, _):
            let bounds = range ?? 0...10_000
            return .integer(bounds.lowerBound + Int(random.next() % UInt64(bounds.count)))
        case .text: return .text(pick(texts, &random))
        case .raw: return .raw(pick(raws, &random))
        case .column: return .column(token(&random))
        case .choice(let words, _): return .choice(pick(words, &random))
        }
    }
}
