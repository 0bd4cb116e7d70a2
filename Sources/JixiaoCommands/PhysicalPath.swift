#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Paths as the file system sees them, for the read and write policies: a link inside the working folder that
/// points elsewhere is elsewhere.
extension Workspace {
    /// `path` (absolute) with symbolic links of its existing part resolved and `.`/`..` of the rest removed.
    static func physicalPath(_ path: String) -> String {
        var existing = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            let candidate = "/" + existing.joined(separator: "/")
            if let resolved = realPath(candidate) {
                return normalized(resolved.split(separator: "/").map(String.init) + missing)
            }
            guard let last = existing.popLast() else { return normalized(missing) }
            missing.insert(last, at: 0)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// An absolute path from components, with `.` dropped and `..` taking away the component before it.
    private static func normalized(_ components: [String]) -> String {
        var kept: [String] = []
        for component in components {
            switch component {
            case "", ".": continue
            case "..": _ = kept.popLast()
            default: kept.append(component)
            }
        }
        return "/" + kept.joined(separator: "/")
    }

    static func path(_ path: String, isInside folder: String) -> Bool {
        let folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return path == folder || path.hasPrefix(folder + "/")
    }
}
