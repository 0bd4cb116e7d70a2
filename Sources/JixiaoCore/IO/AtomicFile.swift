import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees either the old content or the new, never a half-written file.
///
/// Every file jixiao writes (exports, saved sessions, scripts) goes through `write(_:to:)`: the bytes go to a
/// temporary file in the same folder (so the final rename never crosses file systems), are flushed to disk
/// with fsync, and the temporary file is then renamed over the target. A failure leaves the target as it was.
public enum AtomicFile {
    /// Writes `data` to `path` atomically; throws a file error naming the path when it cannot.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic(.io, "cannot write \(path): the folder \(folder) does not exist", location: SourceLocation(file: path))
        }
        var isTargetFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isTargetFolder), isTargetFolder.boolValue {
            throw Diagnostic(.io, "cannot write \(path): it is a folder", location: SourceLocation(file: path))
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic(.io, "cannot write \(path): \(String(cString: strerror(errno)))", location: SourceLocation(file: path))
        }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Diagnostic(.io, "cannot write \(path): \(failure)", location: SourceLocation(file: path))
        }
        // The rename is durable only once the folder itself is flushed.
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes text as UTF-8, atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
