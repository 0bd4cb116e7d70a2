import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender

/// `jixiao [--datasets DIR] [-c COMMAND]… [FILE.jx]`: parses the process arguments and runs the chosen mode.
public struct CommandLineTool {
    public static let version = "0.1.0"

    public static let usage = """
        usage: jixiao [--datasets DIR] [--no-datasets]             start the shell
               jixiao [--datasets DIR] -c COMMAND [-c COMMAND …]   run commands and exit
               jixiao [--datasets DIR] FILE.jx                     run a script and exit
               jixiao --help | --version

        The bundled datasets load from --datasets DIR, else $JIXIAO_DATASETS, else ./datasets.
        """

    struct Arguments {
        var datasets: String?
        var loadDatasets = true
        var commands: [String] = []
        var script: String?
    }

    public static func main(_ argv: [String] = CommandLine.arguments) -> Int32 {
        Terminal.prepareLocale()
        let arguments: Arguments
        do {
            arguments = try parse(Array(argv.dropFirst()))
        } catch let message as UsageError {
            Terminal.writeError("jixiao: \(message.text)\n\(usage)\n")
            return 2
        } catch {
            return 2
        }
        let workspace = Workspace()
        workspace.style.width = Terminal.stdoutIsTerminal ? Terminal.width() : (Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 120)
        let color = Terminal.colorEnabled()
        if arguments.loadDatasets, let folder = datasetsFolder(arguments.datasets) {
            do {
                try workspace.loadFolder(folder)
            } catch let diagnostic as Diagnostic {
                Terminal.writeError(DiagnosticRenderer.render(diagnostic, color: color) + "\n")
                return 1
            } catch {
                return 1
            }
        } else if let explicit = arguments.datasets {
            Terminal.writeError("jixiao: no datasets folder at \(explicit)\n")
            return 1
        }
        let interpreter = Interpreter(workspace: workspace)
        if !arguments.commands.isEmpty {
            let shell = Shell(interpreter: interpreter, reader: ScriptedLineReader([]), interactive: false, color: color)
            for (index, command) in arguments.commands.enumerated() {
                let outcome = interpreter.run(command)
                if let error = outcome.error {
                    let located = error.located(file: "-c", line: index + 1)
                    Terminal.writeError(DiagnosticRenderer.render(located, color: color) + "\n")
                    return 1
                }
                if let value = outcome.value, let text = interpreter.render(value), !text.isEmpty { shell.output(text + "\n") }
            }
            return 0
        }
        if let script = arguments.script {
            return ScriptRunner(interpreter: interpreter, color: color).run(path: script)
        }
        let interactive = Terminal.stdinIsTerminal
        let reader: LineReader
        if interactive {
            // Ctrl-C stops a running command instead of the shell.
            InterruptFlag.install()
            interpreter.isCancelled = { InterruptFlag.isSet }
            reader = EditLineReader(name: "jixiao", completer: Completer(workspace: workspace),
                                    history: HistoryFile.defaultPath().map { HistoryFile(path: $0) })
            Terminal.write("jixiao \(version): \(workspace.order.count) datasets loaded (\(workspace.order.joined(separator: ", "))). help lists the commands; Tab completes; Ctrl-D exits.\n")
        } else {
            reader = StreamLineReader()
        }
        let shell = Shell(interpreter: interpreter, reader: reader, interactive: interactive, color: color)
        return shell.run()
    }

    struct UsageError: Error {
        var text: String
    }

    static func parse(_ args: [String]) throws -> Arguments {
        var result = Arguments()
        var index = 0
        func value(_ flag: String) throws -> String {
            index += 1
            guard index < args.count else { throw UsageError(text: "\(flag) needs a value") }
            return args[index]
        }
        while index < args.count {
            let arg = args[index]
            switch arg {
            case "-c", "--command": result.commands.append(try value(arg))
            case "--datasets": result.datasets = try value(arg)
            case "--no-datasets": result.loadDatasets = false
            case "-h", "--help":
                Terminal.write(usage + "\n")
                exit(0)
            case "--version":
                Terminal.write("jixiao \(version)\n")
                exit(0)
            case "--reference":
                Terminal.write(CommandReference.markdown(CommandRegistry.standard))
                exit(0)
            default:
                if arg.hasPrefix("-") { throw UsageError(text: "unknown option \(arg)") }
                guard result.script == nil else { throw UsageError(text: "one script at a time") }
                result.script = arg
            }
            index += 1
        }
        return result
    }

    /// The datasets folder: as given, else $JIXIAO_DATASETS, else ./datasets when it exists.
    static func datasetsFolder(_ given: String?) -> String? {
        var isDirectory: ObjCBool = false
        if let given { return FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory) && isDirectory.boolValue ? given : nil }
        if let env = ProcessInfo.processInfo.environment["JIXIAO_DATASETS"], !env.isEmpty { return env }
        if FileManager.default.fileExists(atPath: "datasets", isDirectory: &isDirectory), isDirectory.boolValue { return "datasets" }
        return nil
    }
}
