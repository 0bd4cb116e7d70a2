#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads whole files, refusing what is not a plain file: a path from a script or a header may name a device
/// (`/dev/zero`), a pipe or a folder, and reading those would never end or would fill memory.
package enum RegularFile {
    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit` bytes.
    /// `what` names the file in messages ("file", "script").
    package static func read(_ path: String, limit: Int = Int(Int32.max), what: String = "file") throws -> Data {
        _ = try size(of: path, limit: limit, what: what)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.io, code: .fileUnreadable, "cannot read \(path)", location: SourceLocation(file: path))
        }
        // The file may have grown between stat and read.
        guard data.count <= limit else {
            throw Diagnostic(.io, code: .fileTooLarge, "\(path) is too large (over \(limit) bytes)", location: SourceLocation(file: path))
        }
        return data
    }

    /// The size of the regular file at `path`, or a file error saying it is missing, a folder, a device or
    /// larger than `limit`.
    package static func size(of path: String, limit: Int, what: String = "file") throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let missing = errno == ENOENT
            let reason = missing ? "no such \(what): \(path)" : "cannot read \(path): \(String(cString: strerror(errno)))"
            throw Diagnostic(.io, code: missing ? .fileNotFound : .fileReadFailed, reason, location: SourceLocation(file: path))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let kind = status.st_mode & S_IFMT == S_IFDIR ? "a folder" : "a device or pipe"
            throw Diagnostic(.io, code: .fileNotRegular, "\(path) is \(kind), not a \(what)", location: SourceLocation(file: path))
        }
        guard Int(status.st_size) <= limit else {
            throw Diagnostic(.io, code: .fileOverLimit, "\(path) is too large (\(status.st_size) bytes; at most \(limit))", location: SourceLocation(file: path))
        }
        return Int(status.st_size)
    }

    /// Whether `path` names a regular file (symbolic links followed).
    package static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
