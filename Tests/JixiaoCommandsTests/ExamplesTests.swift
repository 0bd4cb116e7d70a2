import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import Testing
import TestSupport

/// Every example in every command's help runs, and gives the result it shows, in each language: the result a
/// help page shows in Chinese is what the example gives when the interface speaks Chinese, and so in English.
@Suite struct ExamplesTests {
    static let examples: [(String, CommandExample)] = CommandRegistry.standard.commands.flatMap { command in
        command.examples.map { (command.name, $0) }
    } + DatasetSource.examples.map { ("dataset", $0) }

    /// The result the help of the example at `index` shows in `language` (its position among its command's examples).
    static func shownResult(_ index: Int, in language: Language) -> String? {
        let (name, example) = examples[index]
        let command: any Command.Type = CommandRegistry.standard.command(named: name) ?? DatasetSource.self
        guard let position = command.examples.firstIndex(where: { $0.line == example.line && $0.setup == example.setup }) else { return example.result }
        return command.help.result(position, of: command.examples, in: language)
    }

    @Test(arguments: examples.indices, Language.allCases)
    func exampleRuns(_ index: Int, _ language: Language) throws {
        try Language.speaking(language) { try run(index, language) }
    }

    private func run(_ index: Int, _ language: Language) throws {
        let (command, example) = Self.examples[index]
        // A folder of its own, so examples that write files (export) leave the repository alone.
        let (interpreter, folder) = try TestSupport.sandboxInterpreter()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Setup lines run as the shell runs them: numbered cells whose results later lines can use (an undo
        // succeeds and takes no number).
        var cells = 0
        for line in example.setup {
            let outcome = interpreter.run(line)
            if outcome.isCell { cells += 1 }
            guard outcome.succeeded, outcome.cell == (outcome.isCell ? cells : nil) else {
                Issue.record("\(command): setup \(line) is not cell \(cells)\n\(outcome.error.map(String.init(describing:)) ?? "")")
                return
            }
        }
        let outcome = interpreter.run(example.line)
        if let error = outcome.error { Issue.record("\(command): \(example.line)\n\(error)") }
        if let expected = Self.shownResult(index, in: language) {
            #expect(outcome.value.map(OutputRenderer.compact) == expected, "\(command): \(example.line) in \(language)")
        }
    }

    /// Every function's examples, as `help functions` and the reference show them.
    static let functionExamples: [(String, FunctionExample)] =
        ScalarFunction.allCases.flatMap { function in function.examples.map { (function.rawValue, $0) } }
        + AggregateFunction.allCases.flatMap { function in function.examples.map { (function.rawValue, $0) } }
        + WindowFunction.allCases.flatMap { function in function.examples.map { (function.rawValue, $0) } }

    @Test(arguments: functionExamples.indices)
    func functionExampleGivesItsResult(_ index: Int) throws {
        let (function, example) = Self.functionExamples[index]
        let outcome = try TestSupport.interpreter().run(example.line)
        if let error = outcome.error { Issue.record("\(function): \(example.line)\n\(error)") }
        #expect(outcome.value.map(OutputRenderer.compact) == example.result, "\(function): \(example.line)")
        // The example uses the function it illustrates, and its line is canonical.
        #expect(example.line.contains(function + "(") || example.line.contains(" " + function + " "), "\(function): \(example.line)")
        let pipeline = try Pipeline.parse(example.line)
        #expect(pipeline.canonical == example.line, "\(function)")
    }

    @Test func everyFunctionHasAnExample() {
        for function in ScalarFunction.allCases { #expect(!function.examples.isEmpty, "\(function.rawValue)") }
        for function in AggregateFunction.allCases { #expect(!function.examples.isEmpty, "\(function.rawValue)") }
        for function in WindowFunction.allCases { #expect(!function.examples.isEmpty, "\(function.rawValue)") }
        let page = HelpCommand.functions()
        for (name, example) in Self.functionExamples {
            #expect(page.contains(example.line), "\(name): help functions shows its example")
        }
    }

    @Test func everyExampleLineIsCanonical() throws {
        for (command, example) in Self.examples {
            let pipeline = try Pipeline.parse(example.line)
            // Canonical text parses back to the same canonical text.
            #expect(try Pipeline.parse(pipeline.canonical).canonical == pipeline.canonical, "\(command)")
        }
    }
}

/// The registry is consistent: unique names, summaries that are sentences, an example for each command.
@Suite struct RegistryLintTests {
    let commands = CommandRegistry.standard.commands

    @Test func namesAndAliasesAreUnique() {
        let names = commands.flatMap { [$0.name] + $0.otherNames }
        #expect(Set(names).count == names.count)
    }

    /// Each command's Chinese name is the one docs/glossary.md gives it, and `let` and `explain`, which the
    /// line's own grammar reads, answer to theirs there too.
    @Test func everyCommandHasTheChineseNameOfTheGlossary() throws {
        let glossary = try String(contentsOfFile: TestSupport.repositoryRoot + "/docs/glossary.md", encoding: .utf8)
        let section = glossary.components(separatedBy: "## 命令的中文名").last ?? ""
        var named: [String: String] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for index in stride(from: 1, to: cells.count - 1, by: 3) where cells[index].hasPrefix("`") {
                named[cells[index].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[index + 1]
            }
        }
        for command in commands {
            #expect(command.chineseName != nil && command.chineseName == named[command.name], "\(command.name): \(command.chineseName ?? "no Chinese name"), glossary \(named[command.name] ?? "none")")
        }
        #expect(PipelineSyntax.bindingWords == ["let", LetCommand.chineseName])
        #expect(PipelineSyntax.explainWords == ["explain", ExplainCommand.chineseName])
    }

    @Test func summariesAreSentences() {
        for command in commands {
            #expect(command.summary.hasSuffix("."), "\(command.name)")
            #expect(command.summary.first?.isUppercase == true, "\(command.name)")
            #expect(!command.syntax.isEmpty, "\(command.name)")
        }
    }

    @Test func everyCommandHasAnExample() {
        for command in commands { #expect(!command.examples.isEmpty, "\(command.name)") }
    }

    @Test func helpIsGeneratedFromTheDeclarations() throws {
        let page = try TestSupport.compact("help where")
        #expect(page.hasPrefix("where — Keep the rows where a condition holds.\n\n  where CONDITION\n"))
        for example in WhereCommand.examples { #expect(page.contains(example.line)) }
        let overview = try TestSupport.compact("help")
        for command in commands { #expect(overview.contains("  " + command.name), "\(command.name)") }
    }
}

/// docs/commands.md (Chinese) and docs/commands.en.md (English) are what the declarations generate.
@Suite struct ReferenceTests {
    @Test(arguments: [(Language.zh, "docs/commands.md"), (Language.en, "docs/commands.en.md")])
    func commandReferenceIsCurrent(_ language: Language, _ file: String) throws {
        let onDisk = try String(contentsOfFile: TestSupport.repositoryRoot + "/" + file, encoding: .utf8)
        #expect(onDisk == CommandReference.markdown(.standard, in: language), "run `make reference` to regenerate \(file)")
    }
}
