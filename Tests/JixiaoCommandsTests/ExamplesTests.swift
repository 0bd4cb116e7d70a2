import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import Testing
import TestSupport

/// Every example in every command's help runs, and gives the result it shows.
@Suite struct ExamplesTests {
    static let examples: [(String, CommandExample)] = CommandRegistry.standard.commands.flatMap { command in
        command.examples.map { (command.name, $0) }
    } + DatasetSource.examples.map { ("dataset", $0) }

    @Test(arguments: examples.indices)
    func exampleRuns(_ index: Int) throws {
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
        if let expected = example.result {
            #expect(outcome.value.map(OutputRenderer.compact) == expected, "\(command): \(example.line)")
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
        let names = commands.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
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

/// docs/commands.md is what the declarations generate.
@Suite struct ReferenceTests {
    @Test func commandReferenceIsCurrent() throws {
        let path = TestSupport.repositoryRoot + "/docs/commands.md"
        let onDisk = try String(contentsOfFile: path, encoding: .utf8)
        #expect(onDisk == CommandReference.markdown(.standard), "run `make reference` to regenerate docs/commands.md")
    }
}
