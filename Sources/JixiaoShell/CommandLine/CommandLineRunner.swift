import Foundation
import JixiaoCore
import JixiaoCommands
import JixiaoRender
import JixiaoSession

/// Runs one invocation of the command line: sets up the workspace (the project folder, the folders a script may
/// use, the output width, the datasets) and runs its mode.
struct CommandLineRunner {
    var invocation: Invocation

    /// An `--allow-read` or `--allow-write` folder that does not exist.
    struct FolderError: Error {
        var text: String
    }

    func run() -> Int32 {
        // The reference needs no workspace (nor a datasets folder that loads).
        if invocation.mode == .reference {
            Terminal.write(CommandReference.markdown(CommandRegistry.standard))
            return 0
        }
        let version = CommandLineTool.version
        let environment = ProcessInfo.processInfo.environment
        // The budgets: the machine's defaults, then JIXIAO_BUDGET_NAME, then --budget NAME=VALUE.
        var (budgets, rejected) = Budgets.fromEnvironment(environment)
        for given in invocation.budgets { _ = SharedOptions.apply(given, to: &budgets) }
        if let first = rejected.first {
            Terminal.writeError(Message(.cliBudgetRejected, first, Budgets.names.joined(separator: ", ")).text + "\n")
            return 2
        }
        Budgets.current = budgets
        // A script runs in its project, wherever it is run from: the folder that holds its sessions/.
        let workspace = Workspace(directory: Self.projectFolder(for: invocation.mode) ?? FileManager.default.currentDirectoryPath)
        do {
            for given in invocation.allowWrite { workspace.allowedWriteFolders.append(try Self.allowedFolder(given, flag: "--allow-write")) }
            workspace.allowedDatabases += invocation.allowDB
            for given in invocation.allowRead { workspace.allowedReadFolders.append(try Self.allowedFolder(given, flag: "--allow-read")) }
        } catch {
            Terminal.writeError(error.text + "\n")
            return 2
        }
        workspace.style.width = Terminal.outputWidth()
        // Box lines, blocks and Braille only where the locale writes UTF-8; elsewhere tables and charts use ASCII.
        workspace.style.ascii = !TableStyle.localeIsUTF8(ProcessInfo.processInfo.environment)
        let color = Terminal.colorEnabled()
        if invocation.loadDatasets, let folder = Self.datasetsFolder(invocation.datasets, project: workspace.directory) {
            // Scripts may read a datasets folder the user named (--datasets, JIXIAO_DATASETS), wherever it is (a
            // script loading datasets/x.csv again). The folder as given is relative to the working folder, which
            // need not be the project's. The project's own `datasets` is not added: it is read as part of the
            // working folder, so a `datasets` link a received folder carries to elsewhere is elsewhere.
            if invocation.datasets != nil || !(environment["JIXIAO_DATASETS"] ?? "").isEmpty {
                workspace.allowedReadFolders.append(folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder)
            }
            do {
                try workspace.loadFolder(folder)
            } catch let diagnostic as Diagnostic {
                Terminal.writeError(DiagnosticRenderer.render(diagnostic, color: color) + "\n")
                return 1
            } catch {
                Terminal.writeError(Message(.cliCannotLoadDatasets, folder, String(describing: error)).text + "\n")
                return 1
            }
        } else if let explicit = invocation.datasets {
            Terminal.writeError(Message(.cliNoDatasetsFolder, explicit).text + "\n")
            return 1
        }
        // --safe (or JIXIAO_SAFE=1): the person's own commands run under the script rules, for a reviewer opening
        // something received.
        if invocation.safe || environment["JIXIAO_SAFE"] == "1" {
            switch invocation.mode {
            case .shell, .commands: workspace.enterSafeMode()
            default: break
            }
        }
        let interpreter = Interpreter(workspace: workspace)
        switch invocation.mode {
        case .reference:
            return 0  // printed above, before the workspace
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
            var tool = ReplayTool(interpreter: interpreter, color: color)
            if mode == .step {
                // A walkthrough's commands are journaled as the shell's are.
                do {
                    tool.journal = try Journal.startNew(version: version, folder: workspace.directory)
                } catch {
                    Terminal.writeError(Message(.shellNotJournaled, (error as? Diagnostic).map { DiagnosticRenderer.render($0) } ?? String(describing: error)).text + "\n")
                }
            }
            return tool.run(path: path, mode: mode, reader: reader)
        case .lessonCheck(let path):
            return LessonCheck(interpreter: interpreter, color: color).run(path: path)
        case .notebook(let path, let destination):
            do {
                if let error = try NotebookTool(interpreter: interpreter).write(scriptPath: path, to: destination) {
                    Terminal.writeError(DiagnosticRenderer.render(error, color: color) + "\n")
                    Terminal.writeError(Message(.cliWroteUpToError, destination).text + "\n")
                    return 1
                }
                Terminal.write(Message(.cliWrote, destination).text + "\n")
                return 0
            } catch let error as Diagnostic {
                Terminal.writeError(DiagnosticRenderer.render(error, color: color) + "\n")
                return 1
            } catch {
                Terminal.writeError(Message(.noticeCannotWrite, destination, String(describing: error)).text + "\n")
                return 1
            }
        case .report(let path, let destination):
            do {
                try ReportTool(interpreter: interpreter).write(templatePath: path, to: destination)
                Terminal.write(Message(.cliWrote, destination).text + "\n")
                return 0
            } catch let error as Diagnostic {
                Terminal.writeError(DiagnosticRenderer.render(error, color: color) + "\n")
                Terminal.writeError(Message(.reportNothingWritten, destination).text + "\n")
                return 1
            } catch {
                Terminal.writeError(Message(.noticeCannotWrite, destination, String(describing: error)).text + "\n")
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
                Terminal.writeError(Message(.shellNotJournaled, (error as? Diagnostic).map { DiagnosticRenderer.render($0) } ?? String(describing: error)).text + "\n")
            }
            if interactive {
                let banner = Message(key: MessageID.shellBanner.rawValue, arguments: [.verbatim(version), .verbatim(String(workspace.order.count)), .list(workspace.order)],
                                     count: workspace.order.count)
                Terminal.write(banner.text + "\n")
            }
            let shell = Shell(interpreter: interpreter, reader: reader, interactive: interactive, color: color, journal: journal)
            // A window resized between commands: the next table fits the new width.
            if Terminal.stdoutIsTerminal { shell.measureWidth = { Terminal.width() } }
            return shell.run()
        }
    }

    /// An `--allow-read` or `--allow-write` folder as an absolute path; it must exist (a typo must not silently
    /// allow nothing).
    static func allowedFolder(_ given: String, flag: String) throws(FolderError) -> String {
        var isDirectory: ObjCBool = false
        let absolute = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FolderError(text: Message(.cliNoSuchFolder, flag, given).text)
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
    static func projectFolder(for mode: Invocation.Mode) -> String? {
        let script: String
        switch mode {
        case .replay(let path, _), .notebook(let path, _), .lessonCheck(let path), .report(let path, _): script = path
        case .shell, .commands, .reference: return nil
        }
        let absolute = URL(fileURLWithPath: script, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL
        let folder = absolute.deletingLastPathComponent()
        // A report template in reports/ runs in its project as a script in sessions/ does.
        if folder.lastPathComponent == "sessions" || folder.lastPathComponent == "reports" { return folder.deletingLastPathComponent().path }
        var isDirectory: ObjCBool = false
        let journals = URL(fileURLWithPath: Journal.folder()).standardizedFileURL.path
        if folder.path == journals, let text = try? ScriptReplay.read(absolute.path), let recorded = ScriptHeader.parse(text).folder,  // file-gate: own: one of this user's journals, in the journals folder
           FileManager.default.fileExists(atPath: recorded, isDirectory: &isDirectory), isDirectory.boolValue {
            return recorded
        }
        return nil
    }
}
