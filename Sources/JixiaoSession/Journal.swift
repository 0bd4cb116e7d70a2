#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JixiaoCore
import JixiaoDatabase

/// A session's journal: every command the shell runs, appended and flushed to disk (fsync) before its output
/// is shown, so a killed terminal loses nothing. The journal is itself a `.jx` script: commands that succeeded
/// are written in canonical form, failed ones as comments, narration as `#` lines.
package final class Journal {
    package let path: String
    private let descriptor: Int32

    /// Opens (creating) a journal file for appending.
    package init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            throw Diagnostic(.io, .journalOpenFailed, [String(cString: strerror(errno))], location: SourceLocation(file: path))
        }
    }

    deinit {
        close(descriptor)
    }

    /// The folder journals live in: $XDG_STATE_HOME/jixiao/journals, else ~/.local/state/jixiao/journals.
    package static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return state + "/jixiao/journals"
    }

    /// A new journal named after the time and process: 20261129-071502-4242.jx. Its header records the working
    /// folder (`#! folder …`), so that replayed from anywhere it reads and writes where the session did.
    package static func startNew(environment: [String: String] = ProcessInfo.processInfo.environment, version: String,
                                folder workingFolder: String? = nil) throws -> Journal {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let name = "\(formatter.string(from: Date()))-\(getpid()).jx"
        let journal = try Journal(path: folder(environment: environment) + "/" + name)
        let folderLine = workingFolder.map { "#! folder \($0)\n" } ?? ""
        // The header lines, a format replay reads, the same in every language.
        try journal.append("#! jixiao \(version) journal\n#! started \(ISO8601DateFormatter().string(from: Date()))\n" + folderLine) // not user-facing: format
        return journal
    }

    /// Appends text and waits until it is on disk.
    package func append(_ text: String) throws {
        // A database password typed into a URL by mistake is never written (the command itself refuses it).
        let bytes = Array(ConnectionSettings.redactingPasswords(text).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(.io, .journalWriteFailed, [String(cString: strerror(errno))], location: SourceLocation(file: path))
            }
            offset += written
        }
        // The promise is that a command is on disk before its output is shown: a failed fsync breaks it.
        guard fsync(descriptor) == 0 else {
            throw Diagnostic(.io, .journalFlushFailed, [String(cString: strerror(errno))], location: SourceLocation(file: path))
        }
    }

    /// A command that succeeded, in canonical form.
    package func recordCommand(_ canonical: String) throws {
        try append(canonical + "\n")
    }

    /// A command that failed, kept as a comment with its error.
    package func recordFailure(_ text: String, error: String) throws {
        let commented = text.split(separator: "\n", omittingEmptySubsequences: false).map { "#! failed: " + $0 }.joined(separator: "\n")
        let firstLine = error.split(separator: "\n").first.map(String.init) ?? error
        try append(commented + "\n#! error: " + firstLine + "\n")
    }

    /// A command that only displays (help, a listing, `save`): kept as a `#!` line, which replay skips, as a
    /// saved script leaves it out.
    package func recordDisplay(_ text: String) throws {
        let oneLine = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        try append("#! shown: " + oneLine + "\n")
    }

    /// A shell command the user ran with `!`: kept as a `#!` line, which replay skips.
    package func recordShellEscape(_ command: String) throws {
        let oneLine = command.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
        try append("#! shell: " + oneLine + "\n")
    }

    /// Narration the user typed.
    package func recordNarration(_ text: String) throws {
        try append("# " + text + "\n")
    }

    /// Recent journals, newest first.
    package static func recent(environment: [String: String] = ProcessInfo.processInfo.environment, limit: Int = 20) -> [String] {
        let folder = folder(environment: environment)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jx") }.sorted(by: >).prefix(limit).map { folder + "/" + $0 }
    }
}
