import Foundation
import JixiaoCore
import JixiaoDatabase
import JixiaoSession

/// The shell's command history on disk: one command per line, newest last, at most `limit` entries, no entry
/// equal to the one before it. A multi-line command is one entry, its line breaks written as `\n` (and a
/// backslash as `\\`), so the file stays readable and each line is one command.
///
/// Every change re-reads the file, merges its entry in and replaces the file atomically (a temporary file in the
/// same folder, then a rename), all under an exclusive lock (`flock` on `history.lock` beside it), so shells
/// typing at once keep every one of each other's commands: without the lock, two that read the file at the same
/// moment would each write it back without the other's newest entry.
package struct HistoryFile: Sendable {
    package let path: String
    package let limit: Int

    package init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    // MARK: - Where it lives

    /// `$XDG_STATE_HOME/jixiao/history`, else `~/.local/state/jixiao/history`; `~/.jixiao_history` when that
    /// file already exists and the XDG one does not. Nil when there is no home folder to put it in.
    package static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let state: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            // The XDG spec ignores relative paths.
            state = xdg
        } else if let home {
            state = home + "/.local/state"
        } else {
            return nil
        }
        let xdgPath = state + "/jixiao/history"
        if let home, !FileManager.default.fileExists(atPath: xdgPath), FileManager.default.fileExists(atPath: home + "/.jixiao_history") {
            return home + "/.jixiao_history"
        }
        return xdgPath
    }

    // MARK: - Reading and writing

    /// The entries on disk, oldest first (none when the file does not exist yet or cannot be read).
    package func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }  // file-gate: own: the history file
        let text = String(decoding: data, as: UTF8.self)
        let entries = text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.decode(String($0)) }
        return Self.bounded(Self.withoutRepeats(entries), limit: limit)
    }

    /// Appends one command to the file, dropping it when it repeats the last entry and the oldest entries
    /// beyond the limit. Returns the entries now on disk.
    @discardableResult
    package func append(_ typed: String) throws -> [String] {
        // A database password typed into a URL by mistake is never kept in the history.
        let entry = ConnectionSettings.redactingPasswords(typed)
        return try locked {
            var entries = load()
            if entries.last != entry { entries.append(entry) }
            entries = Self.bounded(entries, limit: limit)
            try write(entries)
            return entries
        }
    }

    /// The lock file that serialises read-merge-write (the history file itself is replaced by each write, so a
    /// lock held on it would be a lock on a file no longer there).
    package var lockPath: String { path + ".lock" }

    /// Runs `body` holding an exclusive lock on `lockPath`, released when it returns or throws (and by the
    /// system if the process dies).
    private func locked<T>(_ body: () throws -> T) throws -> T {
        try createFolder()
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)  // file-gate: own: the history file's lock
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func createFolder() throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])  // file-gate: own: the history file's folder
        }
    }

    /// Replaces the file's contents with these entries, atomically (`AtomicFile`: flushed to disk before the
    /// rename, and a temporary file left by a shell killed mid-write is removed by the next write). The file is
    /// private to its owner (0600).
    package func write(_ entries: [String]) throws {
        try createFolder()
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)  // file-gate: own: the history file
            if descriptor >= 0 { close(descriptor) }
        }
        try AtomicFile.write(entries.map { Self.encode($0) + "\n" }.joined(), to: path)  // file-gate: own: the history file
    }

    // MARK: - The line format

    /// One entry as one line: `\` becomes `\\`, a line break `\n`.
    package static func encode(_ entry: String) -> String {
        var line = ""
        for character in entry {
            switch character {
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r\n", "\r": line += "\\n"
            default: line.append(character)
            }
        }
        return line
    }

    /// The entry a line holds; an unknown escape is kept as written.
    package static func decode(_ line: String) -> String {
        var entry = ""
        var escaped = false
        for character in line {
            if escaped {
                switch character {
                case "n": entry.append("\n")
                case "\\": entry.append("\\")
                default: entry.append("\\"); entry.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                entry.append(character)
            }
        }
        if escaped { entry.append("\\") }
        return entry
    }

    static func withoutRepeats(_ entries: [String]) -> [String] {
        var result: [String] = []
        for entry in entries where result.last != entry { result.append(entry) }
        return result
    }

    static func bounded(_ entries: [String], limit: Int) -> [String] {
        entries.count > limit ? Array(entries.suffix(limit)) : entries
    }
}
