import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender

/// Runs a `.jx` script through the interpreter, printing each result; stops at the first error, which is
/// reported as FILE:LINE:COL.
public struct ScriptRunner {
    public let interpreter: Interpreter
    public let color: Bool
    public var output: (String) -> Void = { Terminal.write($0) }
    public var errorOutput: (String) -> Void = { Terminal.writeError($0) }

    public init(interpreter: Interpreter, color: Bool) {
        self.interpreter = interpreter
        self.color = color
    }

    public func run(path: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            errorOutput("jixiao: cannot read \(path)\n")
            return 1
        }
        guard let text = String(data: data, encoding: .utf8) else {
            errorOutput(DiagnosticRenderer.render(Diagnostic(.io, "the script is not UTF-8 text", location: SourceLocation(file: path))) + "\n")
            return 1
        }
        return run(text: text, file: path)
    }

    public func run(text: String, file: String) -> Int32 {
        for command in ScriptReader.commands(text) {
            let outcome = interpreter.run(command.text)
            if let error = outcome.error {
                var located = error
                // Errors inside a multi-line command point at the line that holds them.
                let extraLines = error.range.map { range in
                    command.text.utf8.prefix(range.lowerBound).filter { $0 == 10 }.count
                } ?? 0
                if located.location.file == nil || located.location.line == nil || located.source != nil {
                    located.location.file = file
                    located.location.line = command.line + extraLines
                }
                errorOutput(DiagnosticRenderer.render(located, color: color) + "\n")
                return 1
            }
            if let value = outcome.value, let text = interpreter.render(value), !text.isEmpty { output(text + "\n") }
        }
        return 0
    }
}
