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

    /// An interpreter with the bundled datasets whose working folder is a new temporary folder holding a link
    /// to `datasets/`, so lines that write files (export) leave the repository alone. The caller removes it.
    public static func sandboxInterpreter() throws -> (interpreter: Interpreter, folder: String) {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/datasets", withDestinationPath: datasetsFolder)
        // Scripts are copied, not linked: `save` writes into sessions/.
        try FileManager.default.copyItem(atPath: repositoryRoot + "/sessions", toPath: folder + "/sessions")
        let workspace = Workspace(directory: folder)
        try workspace.loadFolder(datasetsFolder)
        return (Interpreter(workspace: workspace), folder)
    }

    /// A fixture file under Tests/Fixtures.
    public static func fixture(_ name: String) -> String {
        repositoryRoot + "/Tests/Fixtures/" + name
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

/// python3, for checking files with independent readers (openpyxl) when they are installed.
public enum Python {
    /// Whether `python3 -c 'import openpyxl'` works; `make test` installs openpyxl when it is missing.
    public static let hasOpenpyxl: Bool = (try? run(["-c", "import openpyxl"])) != nil

    /// Runs python3 with arguments; returns standard output, or throws when it exits non-zero.
    public static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Diagnostic(.run, code: DiagnosticCode("test.python_failed"), "python3 \(arguments.first ?? "") exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A small, fast random generator with a fixed sequence per seed (the standard SplitMix64), for generated
/// tests whose failures name the seed that reproduces them.
public struct SplitMix64 {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
