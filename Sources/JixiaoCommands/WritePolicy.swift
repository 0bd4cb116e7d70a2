import Foundation
import JixiaoCore

/// Where commands may write files.
///
/// The person at the prompt (or on the command line) is trusted and writes wherever they ask. A replayed
/// script came from someone else: it writes only into the working folder's `sessions/` and `exports/`, and
/// into folders the user named with `--allow-write DIR`. Every command that writes a file asks
/// `RunContext.checkWrite(_:range:)` first, and writes to the path it returns.
package enum WritePolicy: Sendable, Equatable {
    /// The interactive user: no restriction.
    case trusted
    /// A replayed script: only `sessions/` and `exports/` under the working folder, reached by a plain
    /// relative path, and anything inside `allowed` (absolute folders from `--allow-write`).
    case restricted(allowed: [String])
    /// A data file's pipelines (indicators, claims) and a report template's placeholders: data, not a script, so
    /// they write nothing at all.
    case denied

    /// The folders of the working folder a replayed script may always write into.
    package static let scriptFolders = ["sessions", "exports"]

    /// Where a file named in a command is written, relative to the working folder. A plain relative path
    /// outside `sessions/` and `exports/` goes into `exports/` (`方向.xlsx` is `exports/方向.xlsx`), typed or
    /// replayed alike, so what a person writes at the prompt a saved script may write again. An absolute path,
    /// `~/…` or a path with `..` stays as given: the person at the prompt writes there; a script may not.
    package static func placed(_ path: String) -> String {
        if path.hasPrefix("/") || path.hasPrefix("~") { return path }
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if components.contains("..") { return path }
        while components.count > 1, components[0] == "." || components[0].isEmpty { components.removeFirst() }
        let relative = components.joined(separator: "/")
        if let first = components.first, scriptFolders.contains(first), components.count > 1 { return relative }
        return "exports/" + relative
    }

    /// Where a saved script writes what `path` wrote live: `path` itself when a replayed script may write it,
    /// else the file's name inside `exports/` (a script may not write `/tmp/x.csv`, but `exports/x.csv`).
    package static func portable(_ path: String) -> String {
        let placed = placed(path)
        guard placed.hasPrefix("/") || placed.hasPrefix("~") || placed.split(separator: "/").contains("..") else { return placed }
        let name = placed.split(separator: "/").last.map(String.init) ?? placed
        return "exports/" + (name == ".." || name == "~" ? "file" : name)
    }
}

extension Workspace {
    /// The absolute path to write `path` to, or a `.security` error saying why the current policy refuses it.
    /// Symbolic links and `..` are resolved before the check, so `exports/link-to-etc/x` is outside too.
    package func checkWrite(_ path: String) throws -> String {
        let target = resolve(path)
        let allowed: [String]
        switch writePolicy {
        case .trusted: return target
        case .denied: throw Diagnostic(.security, .securityDataFileWrite, [path], hint: Message(.hintDataFileWrites))
        case .restricted(let folders): allowed = folders
        }
        let physical = Self.physicalPath(target)
        if allowed.contains(where: { Self.path(physical, isInside: Self.physicalPath($0)) }) { return target }
        let folders = Message.joined(WritePolicy.scriptFolders.map { $0 + "/" }, by: .securityFolderPair)
        let hint = safeModeHint ?? Message(.hintWriteOnlyInto, folders)
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw Diagnostic(.security, .securityWriteAbsolute, [path], hint: hint)
        }
        if path.split(separator: "/").contains("..") {
            throw Diagnostic(.security, .securityWriteOutside, [path], hint: hint)
        }
        // Each folder as the file system sees it, and only while it lies inside the working folder as the file
        // system sees that: an `exports` link (in a received folder, say) pointing elsewhere is elsewhere.
        let workingFolder = Self.physicalPath(directory)
        let folderInside = { (folder: String) -> Bool in
            let physicalFolder = Self.physicalPath(self.resolve(folder))
            return physicalFolder != workingFolder && Self.path(physicalFolder, isInside: workingFolder) && Self.path(physical, isInside: physicalFolder)
        }
        guard WritePolicy.scriptFolders.contains(where: folderInside) else {
            throw Diagnostic(.security, code: .securityWriteOutsideFolders,
                             text: Message(key: DiagnosticCode.securityWriteOutsideFolders.rawValue, arguments: [.verbatim(path), .message(folders)]), hint: hint)
        }
        return target
    }
}

extension Workspace {
    /// Creates `sessions/` or `exports/` of the working folder when a file goes into it and it is missing (a
    /// fresh folder has neither). A missing folder inside them is not created: a typo is an error, not a folder.
    func createScriptFolder(for path: String) throws {
        let components = path.split(separator: "/").map(String.init)
        guard components.count > 1, let first = components.first, WritePolicy.scriptFolders.contains(first) else { return }
        var isDirectory: ObjCBool = false
        let folder = resolve(first)
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)  // file-gate: checked: sessions/ or exports/ after checkWrite passed
        } catch {
            throw Diagnostic(.io, .writeCreateFolderFailed, [first, error.localizedDescription])
        }
    }
}
