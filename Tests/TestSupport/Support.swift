@_exported import CoreTestSupport
@_exported import JixiaoSession
import Foundation
import JixiaoCommands
import JixiaoCore

/// Helpers for tests of the commands and the layers above them: workspaces on the bundled datasets,
/// interpreters, sandboxes that keep writes out of the repository.
extension TestSupport {
    /// A copy of the repository's datasets and sessions folders, made once per test process, so that commands
    /// that write (save, export) never touch the repository.
    package static let sandboxFolder: String = {
        let folder = NSTemporaryDirectory() + "jixiao-sandbox-\(getpid())"
        let manager = FileManager.default
        try? manager.removeItem(atPath: folder)
        try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["datasets", "sessions"] {
            try? manager.copyItem(atPath: repositoryRoot + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }()

    /// A workspace with the bundled datasets loaded, rooted at a sandbox copy of the repository's data.
    package static func workspace() throws -> Workspace {
        let workspace = Workspace(directory: sandboxFolder)
        try workspace.loadFolder(sandboxFolder + "/datasets")
        return workspace
    }

    /// An interpreter over a fresh workspace with the bundled datasets.
    package static func interpreter() throws -> Interpreter {
        Interpreter(workspace: try workspace())
    }

    /// Runs lines in order; returns the compact form of the last result, or throws the first error.
    package static func compact(_ lines: String..., interpreter: Interpreter? = nil) throws -> String {
        let interpreter = try interpreter ?? Self.interpreter()
        var last = ""
        for line in lines {
            let outcome = interpreter.run(line)
            if let error = outcome.error { throw error }
            last = outcome.value.map(OutputRenderer.compact) ?? ""
        }
        return last
    }

    /// The error a line gives (nil when it succeeds).
    package static func error(_ line: String, interpreter: Interpreter? = nil) throws -> Diagnostic? {
        try (interpreter ?? Self.interpreter()).run(line).error
    }

    /// An interpreter with the bundled datasets whose working folder is a new temporary folder holding a link
    /// to `datasets/`, so lines that write files (export) leave the repository alone. The caller removes it.
    package static func sandboxInterpreter() throws -> (interpreter: Interpreter, folder: String) {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/datasets", withDestinationPath: datasetsFolder)
        // Scripts are copied, not linked: `save` writes into sessions/.
        try FileManager.default.copyItem(atPath: repositoryRoot + "/sessions", toPath: folder + "/sessions")
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(datasetsFolder)
        return (Interpreter(workspace: workspace), folder)
    }
}
