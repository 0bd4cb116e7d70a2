#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
import JixiaoDatabase

/// A session's journal: every command the shell runs, appended and flushed to disk (fsync) before its output
/// is shown, so a killed terminal loses nothing. The journal is itself a `.jx` script: commands that succeeded
/// are written in canonical form, failed ones as comments, narration as `#` lines.
///
/// A journal cannot tear. Each record is whole lines, and its final line break marks it complete. A write that
/// fails partway (a full disk) is cut off at once, back to the end of the last complete record, so the next
/// record starts on a fresh line and is never glued onto a torn one; while that cannot be done, nothing more is
/// written. What a killed process left half-written is the journal's tail: a last line with no line break, or a
/// command whose continuation never ends (each line break inside a command comes where the command goes on).
/// Opening a journal cuts that tail off, and replay leaves it out and says so (`JournalRecords`).
package final class Journal {
    package let path: String
    private let descriptor: Int32
    /// The length of the journal's complete records: where the next record starts.
    private var committed: off_t
    /// A write failed and the partial record after `committed` could not be cut off yet.
    private var torn = false

    /// Opens (creating) a journal file for appending; a torn record at its end is cut off.
    package init(path: String) throws {
        self.path = path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)  // file-gate: own: the journals folder in the state folder
        descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)  // file-gate: own: the journal file
        guard descriptor >= 0 else {
            throw Diagnostic(.io, .journalOpenFailed, [String(cString: strerror(errno))], location: SourceLocation(file: path))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Diagnostic(.io, .journalOpenFailed, [reason], location: SourceLocation(file: path))
        }
        committed = status.st_size
        if committed > 0, let data = FileManager.default.contents(atPath: path) {  // file-gate: own: the journal file, read back to cut a torn tail
            let complete = off_t(JournalRecords.completeLength(Array(data)))
            if complete < committed {
                committed = complete
                torn = true
                try? repair()
            }
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

    /// Appends one record (whole lines, ending in a line break) and waits until it is on disk. When the write
    /// or the flush fails, the partial record is cut off before the error is thrown, so the journal ends with its
    /// last complete record.
    package func append(_ text: String) throws {
        if torn { try repair() }
        // A database password typed into a URL by mistake is never written (the command itself refuses it).
        let redacted = ConnectionSettings.redactingPasswords(text)
        let bytes = Array((redacted.hasSuffix("\n") ? redacted : redacted + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw failed(.journalWriteFailed)
            }
            offset += written
        }
        // The promise is that a command is on disk before its output is shown: a failed fsync breaks it, and the
        // record, which may or may not have reached the disk, is taken back.
        guard fsync(descriptor) == 0 else { throw failed(.journalFlushFailed) }
        committed += off_t(bytes.count)
    }

    /// The error of a failed write, after cutting off what it wrote (or noting that it must be cut off first).
    private func failed(_ code: DiagnosticCode) -> Diagnostic {
        let reason = String(cString: strerror(errno))
        torn = true
        try? repair()
        return Diagnostic(.io, code, [reason], location: SourceLocation(file: path))
    }

    /// Cuts the journal back to its complete records. Truncating frees space, so it works on a full disk; when it
    /// does not, the journal refuses every write rather than append after a torn record.
    private func repair() throws {
        guard ftruncate(descriptor, committed) == 0, fsync(descriptor) == 0 || errno == EINVAL else {
            throw Diagnostic(.io, .journalTorn, [String(cString: strerror(errno))], location: SourceLocation(file: path))
        }
        torn = false
    }

    /// One entry of the session log, as a script that replays to the same cells records it: saved commands as
    /// the saved script writes them, failed and display-only ones as `#!` comments (a replay skips them, as it
    /// takes no cell number for them).
    package func record(_ entry: LogEntry) throws {
        switch entry {
        case .narration(let text):
            try recordNarration(text)
        case .command(let command):
            if let error = command.error {
                try recordFailure(command.text, error: error)
            } else if command.isSaved || command.isHistoryStep, let canonical = command.canonical {
                try recordCommand(canonical)
            } else {
                try recordDisplay(command.canonical ?? command.text)
            }
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

    /// Whether a script is a journal (its first line says so).
    package static func isJournal(_ script: String) -> Bool {
        guard let first = script.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first else { return false }
        return first.hasPrefix("#! jixiao ") && first.hasSuffix(" journal")
    }

    /// Recent journals, newest first.
    package static func recent(environment: [String: String] = ProcessInfo.processInfo.environment, limit: Int = 20) -> [String] {
        let folder = folder(environment: environment)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []  // file-gate: own: listing the journals folder
        return names.filter { $0.hasSuffix(".jx") }.sorted(by: >).prefix(limit).map { folder + "/" + $0 }
    }
}

/// Where a journal's complete records end. Records are whole lines, each ending in a line break, so whatever
/// follows the last line break was cut off while it was written; and a command whose continuation is still open
/// at the end was cut off too, since a journal writes each command whole and every line break inside one comes
/// where the command goes on.
package enum JournalRecords {
    /// The journal's complete records, and the line where the torn record after them starts (nil when the
    /// journal ends with a complete record).
    package static func complete(_ script: String) -> (text: String, tornLine: Int?) {
        let bytes = Array(script.utf8)
        let length = completeLength(bytes)
        guard length < bytes.count else { return (script, nil) }
        let line = bytes[..<length].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        return (String(decoding: bytes[..<length], as: UTF8.self), line)
    }

    /// The length in bytes of the complete records at the start of `bytes`.
    package static func completeLength(_ bytes: [UInt8]) -> Int {
        guard let lastBreak = bytes.lastIndex(of: 10) else { return 0 }
        let length = lastBreak + 1
        let text = String(decoding: bytes[..<length], as: UTF8.self)
        guard case .command(let last)? = ScriptReader.items(text).last, LineContinuation.needsMore(last.text) else { return length }
        // The unfinished command starts after the line break that ends line `last.line - 1`.
        var breaks = 0
        for (index, byte) in bytes[..<length].enumerated() where byte == 10 {
            breaks += 1
            if breaks == last.line - 1 { return index + 1 }
        }
        return 0
    }
}
