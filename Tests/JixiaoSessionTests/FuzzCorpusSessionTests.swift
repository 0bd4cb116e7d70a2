import Foundation
import JixiaoCore
@testable import JixiaoSession
import Testing
import TestSupport

/// The committed seeds of the `json` and `header` fuzz targets keep those targets' properties in the ordinary
/// test run (the other targets' corpora are replayed by `FuzzCorpusTests`).
@Suite struct FuzzCorpusSessionTests {
    static func files(_ target: String) -> [String] {
        let folder = TestSupport.repositoryRoot + "/Fuzz/corpus/" + target
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    @Test func jsonCorpus() throws {
        let files = Self.files("json")
        #expect(files.count >= 15)
        var tables = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            do {
                let table = try JSONReader.load(bytes: Array(bytes.dropFirst()), file: "fuzz.json").table
                #expect(table.columns.allSatisfy { $0.count == table.rowCount }, "\(file)")
                #expect(Set(table.names).count == table.names.count, "\(file)")
                tables += 1
            } catch let diagnostic as Diagnostic {
                #expect(diagnostic.location.line.map { $0 >= 1 } ?? true, "\(file)")
            }
        }
        #expect(tables >= 10, "the good seeds read as tables")
    }

    @Test func headerCorpus() throws {
        let files = Self.files("header")
        #expect(files.count >= 10)
        var torn = 0
        for file in files {
            let script = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            _ = ScriptHeader.parse(script)
            let lines = ScriptReader.items(script).map { item -> Int in
                switch item {
                case .narration(_, let line): return line
                case .command(let command): return command.line
                }
            }
            #expect(lines == lines.sorted() && Set(lines).count == lines.count, "\(file)")
            let complete = JournalRecords.complete(script)
            if complete.tornLine != nil {
                torn += 1
                #expect(script.hasPrefix(complete.text) && complete.text.count < script.count, "\(file)")
                #expect(JournalRecords.complete(complete.text).tornLine == nil, "\(file)")
            }
        }
        #expect(torn >= 3, "the torn journals are found torn")
    }
}
