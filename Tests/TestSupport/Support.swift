import Foundation
import JixiaoCommands
import JixiaoCore

/// Shared helpers for every test target.
public enum TestSupport {
    /// The repository's root folder.
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var datasetsFolder: String { repositoryRoot + "/datasets" }

    /// A copy of the repository's datasets and sessions folders, made once per test process, so that commands
    /// that write (save, export) never touch the repository.
    public static let sandboxFolder: String = {
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
    public static func workspace() throws -> Workspace {
        let workspace = Workspace(directory: sandboxFolder)
        try workspace.loadFolder(sandboxFolder + "/datasets")
        return workspace
    }

    /// An interpreter over a fresh workspace with the bundled datasets.
    public static func interpreter() throws -> Interpreter {
        Interpreter(workspace: try workspace())
    }

    /// Runs lines in order; returns the compact form of the last result, or throws the first error.
    public static func compact(_ lines: String..., interpreter: Interpreter? = nil) throws -> String {
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
    public static func error(_ line: String, interpreter: Interpreter? = nil) throws -> Diagnostic? {
        try (interpreter ?? Self.interpreter()).run(line).error
    }

    /// An executable built with the tests (`jixiao`, `AtomicWriteProbe`): beside the running test binary, so a
    /// sanitizer build in its own scratch folder runs its own, else in .build/debug.
    public static func productPath(_ name: String) -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repositoryRoot + "/.build/debug/" + name
    }

    /// A temporary folder, removed by the caller.
    public static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "jixiao-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
