import Foundation
import Testing
import TestSupport

/// Issue 20, one gate: every place in Sources/ that opens, creates, lists or removes a file says how it is routed
/// through the read/write policy, with a `// file-gate: KIND, reason` comment on its line or the line before:
///
/// - `checked`: the path came from `checkRead`/`checkWrite` (the file must call one, or run its pipelines
///   `readingDataFile`/`replaying`);
/// - `trusted`: the person named it on the command line or typed it at the interactive prompt;
/// - `own`: jixiao's own file (journal, history, temporaries);
/// - `primitive`: a reader or writer every caller reaches with a path of one of the kinds above.
///
/// A new call that opens a file fails this test until someone routes it through the gate and says so.
@Suite struct FileGateTests {
    /// Calls that open, create, list or remove a file by path.
    static let opening = #"FileManager\.default\.(contents\(|createFile|createDirectory|removeItem|copyItem|moveItem|contentsOfDirectory|enumerator)|manager\.contentsOfDirectory|FileHandle\(for|\bfopen\(|(?<![\w.])(?<!case )(?<!func )(open|rename|unlink)\(|Data\(contentsOf:|String\(contentsOf|contentsOfFile:|\.write\(to:|\.write\(toFile:|AtomicFile\.write\(|RegularFile\.read\(|FileBytes\.read\(|CSVReader\.read\(path:|CSVReader\.load\(path:|TableLoader\.load\(path:|XLSXReader\.load\(path:|JSONReader\.load\(path:|ScriptReplay\.read\(|DatasetFingerprint\.sha256\(ofFile:|\bmmap\("#

    static let kinds = ["checked", "trusted", "own", "primitive"]

    struct Site: CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var marker: String?
        var description: String { "\(file):\(line): \(text)" }
    }

    static func sites() throws -> [Site] {
        let sources = URL(fileURLWithPath: TestSupport.repositoryRoot + "/Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let pattern = try NSRegularExpression(pattern: opening)
        var sites: [Site] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") { continue }
                // The code of the line, without its comment.
                let code = line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? line
                guard pattern.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil else { continue }
                let marked = [line, index > 0 ? lines[index - 1] : ""].compactMap { text -> String? in
                    text.range(of: "// file-gate: ").map { String(text[$0.upperBound...]) }
                }.first
                sites.append(Site(file: file.path.replacingOccurrences(of: TestSupport.repositoryRoot + "/", with: ""), line: index + 1, text: trimmed, marker: marked))
            }
        }
        return sites
    }

    @Test func everyCallThatOpensAFileIsRoutedThroughTheGate() throws {
        let sites = try Self.sites()
        // The scan finds what it is meant to: the readers, the writers, the journal, the history.
        #expect(sites.count > 40)
        #expect(sites.contains { $0.file.hasSuffix("LoadCommand.swift") && $0.text.contains("TableLoader.load(path: resolved") })
        let unmarked = sites.filter { $0.marker == nil }.map(\.description)
        #expect(unmarked == [], "each needs checkRead/checkWrite, or a // file-gate: KIND, reason comment")
        let unknownKind = sites.filter { site in
            guard let marker = site.marker else { return false }
            return !Self.kinds.contains { marker.hasPrefix($0 + ":") || marker.hasPrefix($0 + ",") }
        }.map(\.description)
        #expect(unknownKind == [])
    }

    @Test func aCheckedCallLivesWhereThePolicyIsAsked() throws {
        var unchecked: [String] = []
        for site in try Self.sites() where site.marker?.hasPrefix("checked") == true {
            let text = try String(contentsOfFile: TestSupport.repositoryRoot + "/" + site.file, encoding: .utf8)
            let asks = ["checkRead(", "checkWrite(", "readingDataFile", "replaying", "scriptPath(in:"].contains { text.contains($0) }
            // A loaded dataset's own file (its origin) was checked when it was loaded.
            let ownDataset = site.marker?.contains("loaded dataset") == true || site.marker?.contains("ExportCommand passes") == true
            if !asks && !ownDataset { unchecked.append(site.description) }
        }
        #expect(unchecked == [])
    }
}
