import Foundation
import JixiaoCore

/// A dataset as a saved script expects it: its name, row count and the SHA-256 of its file.
package struct DatasetFingerprint: Sendable, Equatable {
    package var name: String
    package var rows: Int
    package var sha256: String
    /// The file, relative to the folder the script was saved from when it lies inside it.
    package var file: String

    package init(name: String, rows: Int, sha256: String, file: String) {
        self.name = name
        self.rows = rows
        self.sha256 = sha256
        self.file = file
    }

    /// `#! dataset stations rows=141 sha256=… file=datasets/stations.csv`
    package var line: String { "#! dataset \(name) rows=\(rows) sha256=\(sha256) file=\(file)" } // not user-facing: header format

    /// The fingerprint of a file as it is now (nil when it cannot be read). The path may come from a script's
    /// header, so only a regular file is read: `file=/dev/zero` must not hang a replay.
    package static func sha256(ofFile path: String) -> String? {
        if case .digest(let digest) = sha256(ofFile: path, limit: Budgets.current.hashBytes) { return digest }
        return nil
    }

    /// What hashing a file gave.
    package enum Hashed: Sendable, Equatable {
        case digest(String)
        /// Missing, not a regular file, or unreadable.
        case unreadable
        /// Larger than the limit: not read at all.
        case tooLarge
    }

    /// The SHA-256 of the regular file at `path`, read in pieces of 1 MiB (never whole), when it holds at most
    /// `limit` bytes.
    package static func sha256(ofFile path: String, limit: Int) -> Hashed {
        guard let size = try? RegularFile.size(of: path, limit: Int.max) else { return .unreadable }
        guard size <= limit else { return .tooLarge }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unreadable }  // file-gate: primitive, its callers check the path (replay: checkRead of the header's file; save, report: the datasets' own files)
        defer { try? handle.close() }
        var hasher = SHA256()
        var total = 0
        while true {
            let piece: Data?
            do { piece = try handle.read(upToCount: 1 << 20) } catch { return .unreadable }
            // Nil or empty at the end of the file.
            guard let chunk = piece, !chunk.isEmpty else { break }
            total += chunk.count
            // The file may have grown since it was measured.
            if total > limit { return .tooLarge }
            hasher.update([UInt8](chunk))
        }
        let digits = Array("0123456789abcdef")
        return .digest(hasher.finalize().map { String([digits[Int($0 >> 4)], digits[Int($0 & 15)]]) }.joined())
    }
}

/// The `#!` lines at the top of a saved script: tool version, date, and the datasets it was saved against.
package struct ScriptHeader: Sendable, Equatable {
    package var version: String
    package var saved: String
    package var datasets: [DatasetFingerprint]
    /// The database sources it read (`#! database …`).
    package var databases: [DatabaseFingerprint] = []
    /// The working folder the script was recorded in (`#! folder /path`, written by journals), if it says.
    package var folder: String?

    package init(version: String, saved: String, datasets: [DatasetFingerprint]) {
        self.version = version
        self.saved = saved
        self.datasets = datasets
    }

    package var text: String {
        (["#! jixiao \(version) script", "#! saved \(saved)"] + datasets.map(\.line) + databases.map(\.line)).joined(separator: "\n") + "\n" // not user-facing: header format
    }

    /// Reads the header lines of a script; lines it does not know are ignored.
    package static func parse(_ script: String) -> ScriptHeader {
        var header = ScriptHeader(version: "", saved: "", datasets: [])
        for line in script.split(separator: "\n") where line.hasPrefix("#!") {
            let words = line.dropFirst(2).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            switch first {
            case "jixiao" where words.count >= 2: header.version = words[1]
            case "saved" where words.count >= 2: header.saved = words[1]
            case "folder" where words.count >= 2:
                // A folder's name may hold spaces: everything after the word.
                header.folder = line.dropFirst(2).drop { $0 == " " }.dropFirst("folder".count).trimmingCharacters(in: .whitespaces)
            case "dataset" where words.count >= 2:
                var fields: [String: String] = [:]
                for word in words.dropFirst(2) {
                    let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                    if parts.count == 2 { fields[parts[0]] = parts[1] }
                }
                header.datasets.append(DatasetFingerprint(name: words[1], rows: Int(fields["rows"] ?? "") ?? -1,
                                                          sha256: fields["sha256"] ?? "", file: fields["file"] ?? ""))
            case "database":
                if let fingerprint = DatabaseFingerprint.parse(line.dropFirst(2).drop { $0 == " " }) { header.databases.append(fingerprint) }
            default: continue
            }
        }
        return header
    }
}
