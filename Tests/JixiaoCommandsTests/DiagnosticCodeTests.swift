import Foundation
import JixiaoCommands
import JixiaoCore
import Testing
import TestSupport

/// Every diagnostic has a stable code: the constants are well formed, distinct and used, and representative
/// failures carry the code that names them.
@Suite struct DiagnosticCodeTests {
    /// One `static let` of `DiagnosticCodes.swift`.
    struct Constant {
        var name: String
        var rawValue: String
        var documented: Bool
    }

    static let codesFile = TestSupport.repositoryRoot + "/Sources/JixiaoCore/DiagnosticCodes.swift"

    static func constants() throws -> [Constant] {
        let lines = try String(contentsOfFile: codesFile, encoding: .utf8).components(separatedBy: "\n")
        let pattern = try NSRegularExpression(pattern: #"^\s*package static let (\w+) = DiagnosticCode\("([^"]*)"\)$"#)
        var found: [Constant] = []
        for (index, line) in lines.enumerated() {
            let whole = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: whole),
                  let name = Range(match.range(at: 1), in: line), let raw = Range(match.range(at: 2), in: line) else { continue }
            let documented = index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("/// ")
            found.append(Constant(name: String(line[name]), rawValue: String(line[raw]), documented: documented))
        }
        return found
    }

    /// The text of every Swift file under `Sources/` but the codes file itself.
    static func sources() throws -> [(path: String, text: String)] {
        let root = TestSupport.repositoryRoot + "/Sources"
        let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return try paths.filter { $0.hasSuffix(".swift") && !$0.hasSuffix("DiagnosticCodes.swift") }.sorted().map {
            ($0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8))
        }
    }

    /// `csv.ragged_row` → `csvRaggedRow`.
    static func identifier(_ raw: String) -> String {
        let words = raw.split(whereSeparator: { $0 == "." || $0 == "_" }).map(String.init)
        return (words.first ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    // MARK: - Lint

    @Test func codesAreDottedSnakeCaseDistinctAndDocumented() throws {
        let constants = try Self.constants()
        #expect(constants.count > 150)
        let shape = try NSRegularExpression(pattern: #"^[a-z][a-z0-9]*\.[a-z][a-z0-9]*(_[a-z0-9]+)*$"#)
        for constant in constants {
            let raw = constant.rawValue
            #expect(shape.firstMatch(in: raw, range: NSRange(raw.startIndex..., in: raw)) != nil, "\(raw) is not area.snake_case")
            #expect(constant.name == Self.identifier(raw), "\(constant.name) should be spelled \(Self.identifier(raw)) after \(raw)")
            #expect(constant.documented, "\(constant.name) has no /// summary")
        }
        let raws = Dictionary(grouping: constants, by: \.rawValue).filter { $0.value.count > 1 }.keys.sorted()
        #expect(raws.isEmpty, "raw values shared by more than one constant: \(raws)")
    }

    @Test func everyCodeIsUsedInTheSources() throws {
        let text = try Self.sources().map(\.text).joined(separator: "\n")
        let member = try NSRegularExpression(pattern: #"\.([A-Za-z_][A-Za-z0-9_]*)"#)
        var used = Set<String>()
        for match in member.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let name = Range(match.range(at: 1), in: text) { used.insert(String(text[name])) }
        }
        let unused = try Self.constants().map(\.name).filter { !used.contains($0) }
        #expect(unused.isEmpty, "codes no source uses: \(unused)")
    }

    @Test func noSourceDecidesByMessageText() throws {
        let patterns = [".message ==", "message == ", ".message.hasPrefix", ".message.hasSuffix", ".message.contains", ".message !="]
        for (path, text) in try Self.sources() {
            for pattern in patterns {
                #expect(!text.contains(pattern), "\(path) compares a message (\(pattern)); compare the code")
            }
        }
    }

    // MARK: - Representative failures

    @Test func representativeFailuresCarryTheirCodes() throws {
        let ragged = TestSupport.sandboxFolder + "/codes-ragged.csv"
        try "乡镇,站点数\n保安镇,3,多余\n".write(toFile: ragged, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: ragged) }
        let cases: [(line: String, code: DiagnosticCode)] = [
            ("stations | where 乡镗 == 1", .nameUnknownColumn),
            ("stations | frobnicate", .syntaxUnknownCommand),
            ("load datasets/excel/工作经费.xlsx sheet=不存在 as x", .xlsxNoSheet),
            ("appendix --template beijing", .syntaxUnknownChoice),
            ("load codes-ragged.csv as r", .csvRaggedRow),
            ("stations | where 月均服务人次 >", .syntaxExpected),
            ("stations | sort --bogus", .syntaxUnknownFlag),
        ]
        for (line, code) in cases {
            let interpreter = try TestSupport.interpreter()
            let error = interpreter.run(line).error
            #expect(error?.code == code, "\(line): \(error.map(String.init(describing:)) ?? "no error")")
        }
    }

    @Test func aMissingSheetIsPlacedAtSheetByItsCode() throws {
        let interpreter = try TestSupport.interpreter()
        let line = "load datasets/excel/工作经费.xlsx sheet=不存在 as x"
        let error = try #require(interpreter.run(line).error)
        #expect(error.code == .xlsxNoSheet)
        #expect(error.source == line)
        let start = try #require(line.components(separatedBy: "sheet=").first).utf8.count
        #expect(error.range.map { $0.lowerBound >= start } == true)
    }

    @Test func aSecurityRefusalCarriesItsCode() throws {
        let interpreter = try TestSupport.interpreter()
        interpreter.workspace.readPolicy = .restricted(allowed: [])
        #expect(interpreter.run("load /etc/passwd as p").error?.code == .securityReadAbsolute)
        #expect(interpreter.run("load ../secret.csv as p").error?.code == .securityReadOutside)
    }

    @Test func anInterruptedCommandCarriesItsCode() throws {
        let interpreter = try TestSupport.interpreter()
        interpreter.isCancelled = { true }
        let error = interpreter.run("let busy = stations | where 月均服务人次 >= 150").error
        #expect(error?.code == .runInterrupted)
        #expect(error?.phase == .interrupted)
    }

    @Test func placingKeepsAnEarlierPlaceOnlyWhenAsked() {
        let placed = Diagnostic(.parse, code: .syntaxExpected, "expected x", source: "a b", range: 0..<1)
        #expect(placed.placed(in: "c d", at: 2..<3, onlyIfUnplaced: true) == placed)
        let moved = placed.placed(in: "c d", at: 2..<3)
        #expect(moved.source == "c d" && moved.range == 2..<3)
        let bare = Diagnostic(.io, code: .fileUnreadable, "cannot read x")
        let filled = bare.placed(in: "load x", at: 5..<6, onlyIfUnplaced: true)
        #expect(filled.source == "load x" && filled.range == 5..<6)
    }
}
