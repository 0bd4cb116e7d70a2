import Foundation
import JixiaoCore
import JixiaoDatabase

/// Which files commands may read.
///
/// The person at the prompt reads whatever they ask for. A replayed script came from someone else, and what it
/// reads it can show or export: it reads only inside the working folder (by a relative path without `..`),
/// the datasets folder the shell was started with, and folders the user named with `--allow-read DIR` or
/// `--allow-write DIR`. Every command that reads a file by name asks `RunContext.checkRead(_:range:)` first.
package enum ReadPolicy: Sendable, Equatable {
    /// The interactive user: no restriction.
    case trusted
    /// A replayed script: the working folder, and anything inside `allowed` (absolute folders).
    case restricted(allowed: [String])
}

extension Workspace {
    /// The absolute path to read `path` from, or a `.security` error saying why the current policy refuses
    /// it. Symbolic links and `..` are resolved before the check, so a link to `/etc` inside the working
    /// folder is outside it.
    package func checkRead(_ path: String) throws -> String {
        try checkRead(path, policy: readPolicy)
    }

    /// `checkRead(_:)` under `policy` instead of the workspace's own: a script's header is read before the
    /// script runs, with the rules it will run under.
    package func checkRead(_ path: String, policy: ReadPolicy) throws -> String {
        let target = resolve(path)
        guard case .restricted(let allowed) = policy else { return target }
        let physical = Self.physicalPath(target)
        if allowed.contains(where: { Self.path(physical, isInside: Self.physicalPath($0)) }) { return target }
        let hint = safeModeHint ?? Message(.hintReadOnlyInside)
        if path.hasPrefix("/") || path.hasPrefix("~") {
            throw Diagnostic(.security, .securityReadAbsolute, [path], hint: hint)
        }
        if path.split(separator: "/").contains("..") {
            throw Diagnostic(.security, .securityReadOutside, [path], hint: hint)
        }
        guard Self.path(physical, isInside: Self.physicalPath(directory)) else {
            throw Diagnostic(.security, .securityReadLinkOutside, [path], hint: hint)
        }
        return target
    }
}

extension Workspace {
    /// Refuses, while a script replays, a database the person did not allow with `--allow-db NAME` (the
    /// database's name, or its URL without a password). Every read from a database asks this first; the reads
    /// themselves are read-only transactions, so no script ever writes to a database.
    package func checkDatabase(_ settings: ConnectionSettings) throws {
        guard restrictsDatabases else { return }
        if allowedDatabases.contains(where: { $0 == settings.database || $0 == settings.url }) { return }
        throw Diagnostic(.security, .securityDatabaseNotAllowed, [settings.url], hint: Message(.hintDatabaseAllow, settings.database))
    }
}
