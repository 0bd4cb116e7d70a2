#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a file read by `RegularFile` is to the user, for its messages: a file, or a script.
package enum FileKind: Sendable {
    case file
    case script

    /// "file", "script" (文件, 脚本).
    var noun: Message { Message(self == .file ? .nounFile : .nounScript) }
}

/// Reads whole files, refusing what is not a plain file: a path from a script or a header may name a device
/// (`/dev/zero`), a pipe or a folder, and reading those would never end or would fill memory.
package enum RegularFile {
    /// The bytes of the regular file at `path` (symbolic links followed), at most `limit` bytes (the budget of a
    /// file read whole unless told).
    /// `what` names the file in messages (a file, a script).
    package static func read(_ path: String, limit: Int = Budgets.current.fileBytes, what: FileKind = .file) throws -> Data {
        _ = try size(of: path, limit: limit, what: what)
        guard let data = FileManager.default.contents(atPath: path) else {  // file-gate: primitive: RegularFile, sized against its limit first
            throw Diagnostic(.io, .fileUnreadable, [path], location: SourceLocation(file: path))
        }
        // The file may have grown between stat and read.
        guard data.count <= limit else {
            throw Diagnostic(.io, .fileTooLarge, [path, String(limit)], location: SourceLocation(file: path))
        }
        return data
    }

    /// The size of the regular file at `path`, or a file error saying it is missing, a folder, a device or
    /// larger than `limit`.
    package static func size(of path: String, limit: Int, what: FileKind = .file) throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT {
                throw Diagnostic(.io, .fileNotFound, arguments: [.message(what.noun), .verbatim(path)], location: SourceLocation(file: path))
            }
            throw Diagnostic(.io, .fileReadFailed, [path, String(cString: strerror(errno))], location: SourceLocation(file: path))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let kind = Message(status.st_mode & S_IFMT == S_IFDIR ? .nounAFolder : .nounADeviceOrPipe)
            throw Diagnostic(.io, .fileNotRegular, arguments: [.verbatim(path), .message(kind), .message(what.noun)], location: SourceLocation(file: path))
        }
        guard Int(status.st_size) <= limit else {
            throw Diagnostic(.io, .fileOverLimit, [path, String(status.st_size), String(limit)], location: SourceLocation(file: path))
        }
        return Int(status.st_size)
    }

    /// Whether `path` names a regular file (symbolic links followed).
    package static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
