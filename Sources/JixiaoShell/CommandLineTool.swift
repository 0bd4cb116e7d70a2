import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender
import JixiaoSession

/// `jixiao [--datasets DIR] [-c COMMAND]… [FILE.jx]`: parses the process arguments and runs the chosen mode.
public struct CommandLineTool {
    public static let version = JixiaoVersion.current

    public static let usage = """
        usage: jixiao [--datasets DIR] [--no-datasets]              start the shell
               jixiao [--datasets DIR] -c COMMAND [-c COMMAND …]    run commands and exit
               jixiao [--datasets DIR] [--allow-read DIR]… [--allow-write DIR]… FILE.jx  run a script and exit
               jixiao [--datasets DIR] [--allow-read DIR]… [--allow-write DIR]… replay [--update | --check | --step] FILE.jx
               jixiao [--datasets DIR] [--allow-read DIR]… [--allow-write DIR]… notebook FILE.jx -o OUT.md|OUT.html
               jixiao [--datasets DIR] [--allow-read DIR]… [--allow-write DIR]… tutorial --check FILE.jx
               jixiao --help | --version | --reference

        The bundled datasets load from --datasets DIR, else $JIXIAO_DATASETS, else datasets/ of the project: the
        working folder, or for a script in a sessions/ folder the folder that holds it (where the script then runs).
        replay --update records each command's output in FILE.jx.expected; --check compares a new run with it;
        --step walks through the script as a lesson; tutorial --check checks that every step of a lesson runs
        and has a result to compare a learner's answer with. Sessions are journaled in $XDG_STATE_HOME/jixiao/journals.
        A replayed script runs no shell command (!…), reads only inside the working folder and the datasets
        folder, and writes only into sessions/ and exports/ of the working folder; --allow-read DIR and
        --allow-write DIR (each repeatable) let it read, or read and write, in DIR as well.
        """

    enum Mode: Equatable {
        case shell
        case commands([String])
        case replay(String, ReplayTool.Mode)
        case notebook(String, output: String)
        case lessonCheck(String)
    }

    struct Arguments {
        var datasets: String?
        var loadDatasets = true
        /// Folders replayed scripts may write into, as given.
        var allowWrite: [String] = []
        /// Folders outside the working folder replayed scripts may read, as given.
        var allowRead: [String] = []
        var mode = Mode.shell
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
        // A script runs in its project, wherever it is run from: the folder that holds its sessions/.
        let workspace = Workspace(directory: projectFolder(for: arguments.mode) ?? FileManager.default.currentDirectoryPath)
        do {
            workspace.allowedWriteFolders = try arguments.allowWrite.map { try allowedFolder($0, flag: "--allow-write") }
            workspace.allowedReadFolders = try arguments.allowRead.map { try allowedFolder($0, flag: "--allow-read") }
        } catch let message as UsageError {
            Terminal.writeError("jixiao: \(message.text)\n")
            return 2
        } catch {
            return 2
        }
        workspace.style.width = Terminal.outputWidth()
        // Box lines, blocks and Braille only where the locale writes UTF-8; elsewhere tables and charts use ASCII.
        workspace.style.ascii = !TableStyle.localeIsUTF8(ProcessInfo.processInfo.environment)
        let color = Terminal.colorEnabled()
        if arguments.loadDatasets, let folder = datasetsFolder(arguments.datasets, project: workspace.directory) {
            // Scripts may read the datasets folder, wherever it is (a script loading datasets/x.csv again).
            // The folder as given is relative to the working folder, which need not be the project's.
            workspace.allowedReadFolders.append(folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder)
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
        switch arguments.mode {
        case .commands(let commands):
            for (index, command) in commands.enumerated() {
                let outcome = interpreter.run(command)
                if let error = outcome.error {
                    Terminal.writeError(DiagnosticRenderer.render(error.located(file: "-c", line: index + 1), color: color) + "\n")
                    return 1
                }
                if let text = interpreter.display(outcome) { Terminal.write(text + "\n") }
            }
            return 0
        case .replay(let path, let mode):
            var reader: LineReader?
            if mode == .step {
                reader = Terminal.stdinIsTerminal ? EditLineReader(name: "jixiao", completer: Completer(workspace: workspace), history: nil) as LineReader
                    : StreamLineReader()
            }
            return ReplayTool(interpreter: interpreter, color: color).run(path: path, mode: mode, reader: reader)
        case .lessonCheck(let path):
            return LessonCheck(interpreter: interpreter, color: color).run(path: path)
        case .notebook(let path, let destination):
            do {
                if let error = try NotebookTool(interpreter: interpreter).write(scriptPath: path, to: destination) {
                    Terminal.writeError(DiagnosticRenderer.render(error, color: color) + "\n")
                    Terminal.writeError("wrote \(destination) up to the error\n")
                    return 1
                }
                Terminal.write("wrote \(destination)\n")
                return 0
            } catch let error as Diagnostic {
                Terminal.writeError(DiagnosticRenderer.render(error, color: color) + "\n")
                return 1
            } catch {
                return 1
            }
        case .shell:
            let interactive = Terminal.stdinIsTerminal
            let reader: LineReader
            if interactive {
                // Ctrl-C stops a running command instead of the shell.
                InterruptFlag.install()
                interpreter.isCancelled = { InterruptFlag.isSet }
                reader = EditLineReader(name: "jixiao", completer: Completer(workspace: workspace),
                                        history: HistoryFile.defaultPath().map { HistoryFile(path: $0) })
            } else {
                reader = StreamLineReader()
            }
            var journal: Journal?
            do {
                journal = try Journal.startNew(version: version, folder: workspace.directory)
            } catch {
                Terminal.writeError("warning: this session is not journaled: \(error)\n")
            }
            if interactive {
                Terminal.write("jixiao \(version): \(workspace.order.count) datasets loaded (\(workspace.order.joined(separator: ", "))). help lists the commands; Tab completes; Ctrl-D exits.\n")
            }
            let shell = Shell(interpreter: interpreter, reader: reader, interactive: interactive, color: color, journal: journal)
            // A window resized between commands: the next table fits the new width.
            if Terminal.stdoutIsTerminal { shell.measureWidth = { Terminal.width() } }
            return shell.run()
        }
    }

    struct UsageError: Error {
        var text: String
    }

    static func parse(_ args: [String]) throws -> Arguments {
        var result = Arguments()
        var commands: [String] = []
        var positional: [String] = []
        var replayMode: ReplayTool.Mode?
        var notebookOutput: String?
        var index = 0
        func value(_ flag: String) throws -> String {
            index += 1
            guard index < args.count else { throw UsageError(text: "\(flag) needs a value") }
            return args[index]
        }
        func setReplay(_ mode: ReplayTool.Mode) throws {
            if let replayMode, replayMode != .run { throw UsageError(text: "choose one of --update, --check, --step") }
            replayMode = mode
        }
        while index < args.count {
            let arg = args[index]
            switch arg {
            case "-c", "--command": commands.append(try value(arg))
            case "--datasets": result.datasets = try value(arg)
            case "--allow-write": result.allowWrite.append(try value(arg))
            case "--allow-read": result.allowRead.append(try value(arg))
            case "--no-datasets": result.loadDatasets = false
            case "--update": try setReplay(.update)
            case "--check": try setReplay(.check)
            case "--step": try setReplay(.step)
            case "-o", "--output": notebookOutput = try value(arg)
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
                if arg.hasPrefix("-") && arg.count > 1 { throw UsageError(text: "unknown option \(arg)") }
                positional.append(arg)
            }
            index += 1
        }
        if !commands.isEmpty {
            guard positional.isEmpty, replayMode == nil, notebookOutput == nil else { throw UsageError(text: "-c runs commands; give no script with it") }
            result.mode = .commands(commands)
            return result
        }
        switch positional.first {
        case nil:
            guard replayMode == nil, notebookOutput == nil else { throw UsageError(text: "which script?") }
        case "replay":
            guard positional.count == 2 else { throw UsageError(text: "replay takes one script") }
            result.mode = .replay(positional[1], replayMode ?? .run)
        case "tutorial":
            guard positional.count == 2, replayMode == .check, notebookOutput == nil else {
                throw UsageError(text: "tutorial takes --check FILE (to follow a lesson: tutorial NAME in the shell, or jixiao replay --step FILE)")
            }
            result.mode = .lessonCheck(positional[1])
        case "notebook":
            guard positional.count == 2, let output = notebookOutput else { throw UsageError(text: "notebook takes a script and -o OUT.md or OUT.html") }
            result.mode = .notebook(positional[1], output: output)
        default:
            guard positional.count == 1, replayMode == nil else { throw UsageError(text: "one script at a time (or: jixiao replay --check FILE)") }
            result.mode = .replay(positional[0], .run)
        }
        return result
    }

    /// An `--allow-read` or `--allow-write` folder as an absolute path; it must exist (a typo must not silently
    /// allow nothing).
    static func allowedFolder(_ given: String, flag: String) throws -> String {
        var isDirectory: ObjCBool = false
        let absolute = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(text: "\(flag) \(given): no such folder")
        }
        return absolute
    }

    /// The datasets folder: as given, else $JIXIAO_DATASETS, else `datasets` of the project folder (the working
    /// folder, or the project of the script being run) when it exists; relative to the working folder.
    static func datasetsFolder(_ given: String?, project: String) -> String? {
        var isDirectory: ObjCBool = false
        if let given { return FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory) && isDirectory.boolValue ? given : nil }
        if let env = ProcessInfo.processInfo.environment["JIXIAO_DATASETS"], !env.isEmpty { return env }
        let current = FileManager.default.currentDirectoryPath
        let folder = project == current ? "datasets" : project + "/datasets"
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return folder }
        return nil
    }

    /// The project a script belongs to, for the modes that run one: the folder holding the `sessions/` folder
    /// the script lies in, else, for one of this user's journals, the folder its header records; nil for the
    /// shell and `-c`, and for any other script, which runs in the working folder. A header from elsewhere is
    /// not believed: a script must not choose the folder it may read.
    static func projectFolder(for mode: Mode) -> String? {
        let script: String
        switch mode {
        case .replay(let path, _), .notebook(let path, _), .lessonCheck(let path): script = path
        case .shell, .commands: return nil
        }
        let absolute = URL(fileURLWithPath: script, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL
        let folder = absolute.deletingLastPathComponent()
        if folder.lastPathComponent == "sessions" { return folder.deletingLastPathComponent().path }
        var isDirectory: ObjCBool = false
        let journals = URL(fileURLWithPath: Journal.folder()).standardizedFileURL.path
        if folder.path == journals, let text = try? ScriptReplay.read(absolute.path), let recorded = ScriptHeader.parse(text).folder,
           FileManager.default.fileExists(atPath: recorded, isDirectory: &isDirectory), isDirectory.boolValue {
            return recorded
        }
        return nil
    }
}
