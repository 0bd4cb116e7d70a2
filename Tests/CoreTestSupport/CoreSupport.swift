import Foundation
import JixiaoCore

/// Helpers every test target shares that need nothing above the engine: the repository's folders, fixtures,
/// temporary folders, built products, python3 as an independent reader, a seeded random generator. The
/// commands-level helpers (workspaces, interpreters) extend this in TestSupport.
package enum TestSupport {
    /// The repository's root folder.
    package static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    package static var datasetsFolder: String { repositoryRoot + "/datasets" }

    /// A fixture file under Tests/Fixtures.
    package static func fixture(_ name: String) -> String {
        repositoryRoot + "/Tests/Fixtures/" + name
    }

    /// An executable built with the tests (`jixiao`, `AtomicWriteProbe`): beside the running test binary, so a
    /// sanitizer build in its own scratch folder runs its own, else in .build/debug.
    package static func productPath(_ name: String) -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = executable.deletingLastPathComponent().appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repositoryRoot + "/.build/debug/" + name
    }

    /// A temporary folder, removed by the caller.
    package static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "jixiao-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// python3, for checking files with independent readers (openpyxl) when they are installed.
package enum Python {
    /// Whether `python3 -c 'import openpyxl'` works; `make test` installs openpyxl when it is missing.
    package static let hasOpenpyxl: Bool = (try? run(["-c", "import openpyxl"])) != nil
    /// Whether `python3 -c 'import docx'` works (python-docx); `make test` installs it when it is missing.
    package static let hasPythonDocx: Bool = (try? run(["-c", "import docx"])) != nil

    /// Runs python3 with arguments; returns standard output, or throws when it exits non-zero.
    package static func run(_ arguments: [String]) throws -> String {
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

/// Programs outside Swift that some tests use when they are installed (each such test skips, saying why, when
/// its program is missing): LibreOffice renders .xlsx and .docx to PDF, poppler reads PDFs, Chromium renders pages.
package enum ExternalTool {
    /// The first of `names` found on PATH (or in /usr/bin), as a full path.
    package static func find(_ names: String...) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }

    package static let libreOffice = find("soffice", "libreoffice")
    package static let pdftotext = find("pdftotext")
    package static let pdfinfo = find("pdfinfo")
    package static let chromium = find("chromium", "chromium-browser", "google-chrome")

    /// Runs a program to its end; returns its standard output, or throws when it exits non-zero.
    @discardableResult
    package static func run(_ path: String, _ arguments: [String], in folder: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Diagnostic(.run, code: DiagnosticCode("test.tool_failed"), "\(path) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Converts office files to PDF with LibreOffice in `folder`, each in a profile of its own so that tests
    /// running at once do not share one; returns the PDFs' paths.
    package static func convertToPDF(_ files: [String], in folder: String) throws -> [String] {
        guard let libreOffice else { return [] }
        try run(libreOffice, ["-env:UserInstallation=file://\(folder)/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", folder + "/pdf"] + files)
        return files.map { folder + "/pdf/" + URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent + ".pdf" }
    }
}

/// A small, fast random generator with a fixed sequence per seed (the standard SplitMix64), for generated
/// tests whose failures name the seed that reproduces them.
package struct SplitMix64 {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
