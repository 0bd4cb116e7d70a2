#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files so that a reader sees the old content or the new, never a half-written file: the bytes go to
/// a temporary file `.NAME.tmp-PID-RANDOM` in the same folder, are flushed to disk, and the temporary file is
/// renamed over the target. A failure (full disk, an error while producing the content, a killed process)
/// leaves the old file as it was.
///
/// Errors name the file in their message and carry no location: the file written is no place in the user's
/// text, and a `FILE:` prefix would read as if it were the script at fault.
///
/// A process killed mid-write cannot remove its temporary file; the next write to the same target removes
/// temporary files whose process is gone.
package enum AtomicFile {
    /// Streams the content into the temporary file, so that a large export need not be built in memory first.
    package struct Writer {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Appends bytes.
        package func write(_ buffer: UnsafeRawBufferPointer) throws {
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Diagnostic(.io, .writeFailed, [path, String(cString: strerror(errno))])
                }
                base += written
                remaining -= written
            }
        }

        package func write(_ data: Data) throws {
            try data.withUnsafeBytes { try write($0) }
        }

        package func write(_ text: String) throws {
            var text = text
            try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes what `produce` hands the writer to `path`, atomically. When `produce` throws, nothing changes
    /// and the error is rethrown.
    package static func write(to path: String, _ produce: (Writer) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(.io, .writeNoFolder, [path, folder])
        }
        var isTargetFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isTargetFolder), isTargetFolder.boolValue {
            throw Diagnostic(.io, .writeIsFolder, [path])
        }
        removeStaleTemporaries(of: name, in: folder)
        let temporary = folder + "/" + temporaryPrefix(of: name) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)  // file-gate: primitive: AtomicFile, called with a path from checkWrite or named by the person
        guard descriptor >= 0 else {
            throw Diagnostic(.io, .writeFolderNotWritable, [folder, String(cString: strerror(errno))])
        }
        // A replaced file keeps its permissions.
        var existing = stat()
        if stat(path, &existing) == 0 && existing.st_mode & S_IFMT == S_IFREG { fchmod(descriptor, existing.st_mode & 0o7777) }
        var failure: Error?
        do {
            try produce(Writer(descriptor: descriptor, path: path))
        } catch {
            failure = error
        }
        if failure == nil && fsync(descriptor) != 0 { failure = ioFailure(path) }
        close(descriptor)
        if failure == nil && rename(temporary, path) != 0 { failure = ioFailure(path) }  // file-gate: primitive: AtomicFile
        if let failure {
            unlink(temporary)  // file-gate: primitive: AtomicFile's own temporary
            throw failure
        }
        // Make the rename itself durable.
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)  // file-gate: primitive: AtomicFile syncs the folder it wrote into
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    package static func write(_ data: Data, to path: String) throws {
        try write(to: path) { try $0.write(data) }
    }

    package static func write(_ text: String, to path: String) throws {
        try write(to: path) { try $0.write(text) }
    }

    // MARK: - Temporary files

    /// `.NAME.tmp-`: every temporary file for `NAME` starts so, followed by the writer's process id.
    package static func temporaryPrefix(of name: String) -> String {
        "." + name + ".tmp-"
    }

    /// Removes temporary files for `name` left by processes that no longer exist (killed mid-write).
    static func removeStaleTemporaries(of name: String, in folder: String) {
        let prefix = temporaryPrefix(of: name)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }  // file-gate: primitive: AtomicFile sweeps its own stale temporaries
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                  UInt32(rest[rest.index(after: dash)...]) != nil else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + entry) }  // file-gate: primitive: AtomicFile removes its own stale temporaries
        }
    }

    private static func ioFailure(_ path: String) -> Diagnostic {
        Diagnostic(.io, .writeFailed, [path, String(cString: strerror(errno))])
    }
}
