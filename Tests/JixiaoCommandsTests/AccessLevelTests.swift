import Foundation
import Testing
import TestSupport

/// jixiao ships one program and no library: what one target offers another is `package`, never `public`.
@Suite struct AccessLevelTests {
    @Test func noSourceDeclaresPublicAPI() throws {
        let sources = URL(fileURLWithPath: TestSupport.repositoryRoot + "/Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        let modifier = try NSRegularExpression(pattern: #"^\s*(@\w+(\([^)]*\))?\s+)*(public|open)(\(set\))?\s+[a-z@]"#)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if modifier.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found == [])
    }
}
