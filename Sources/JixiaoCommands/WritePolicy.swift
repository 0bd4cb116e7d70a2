import Foundation
import JixiaoCore

/// Where commands may write files.
///
/// The person at the prompt (or on the command line) is trusted and writes wherever they ask. A replayed
/// script came from someone else: it writes only into the working folder's `sessions/` and `exports/`, and
/// into folders the user named with `--allow-write DIR`. Every command that writes a file asks
/// `RunContext.checkWrite(_:range:)` first, and writes to the path it returns.
public enum WritePolicy: Sendable, Equatable {
    /// The interactive user: no restriction.
    case trusted
    /// A replayed script: only `sessions/` and `exports/` under the working folder, reached by a plain
    /// relative path, and anything inside `allowed` (absolute folders from `--allow-write`).
    case restricted(allowed: [String])

    /// The folders of the working folder a replayed script may always write into.
    public static let scriptFolders = ["sessions", "exports"]
}

extension Workspace {
    /// The absolute path to write `path` to, or a `.security` error saying why the current policy refuses it.
    /// Symbolic links and `..` are resolved before the check, so `exports/link-to-etc/x` is outside too.
    public func checkWrite(_ path: String) throws -> String {
        let target = resolve(path)
        guard case .restricted(let allowed) = writePolicy else { return target }
        let physical = Self.physicalPath(target)
        if allowed.contains(where: { Self.path(physical, isInside: Self.physicalPath($0)) }) { return target }
        let folders = WritePolicy.scriptFolders.map { $0 + "/" }.joined(separator: " and ")
        let hint = "a replayed script writes only into \(folders) of the working folder; to allow another folder, replay with --allow-write DIR"
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw Diagnostic(.security, "a replayed script may not write to an absolute path: \(path)", hint: hint)
        }
        if path.split(separator: "/").contains("..") {
            throw Diagnostic(.security, "a replayed script may not write outside the working folder: \(path)", hint: hint)
        }
        // Each folder as the file system sees it: `sessions` may itself be a link the user made.
        guard WritePolicy.scriptFolders.contains(where: { Self.path(physical, isInside: Self.physicalPath(resolve($0))) }) else {
            throw Diagnostic(.security, "a replayed script may not write to \(path): it is outside \(folders)", hint: hint)
        }
        return target
    }
}
