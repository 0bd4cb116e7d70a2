import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoSession
import Testing
import TestSupport

/// Files from other projects' reader test suites (Tests/Fixtures/foreign, see its README.md): each loads to
/// the shape, names and values a reference reader gives, or is refused with the located error its .expect names.
@Suite struct ForeignCorpusTests {
    static let root = TestSupport.fixture("foreign")

    /// Every data file of every subfolder, as `folder/name` relative to the corpus root.
    static let files: [String] = {
        let manager = FileManager.default
        var found: [String] = []
        for folder in ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root + "/" + folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in ((try? manager.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
            where !name.hasSuffix(".expect") && !name.hasPrefix(".") && !name.hasSuffix(".md") {
                found.append(folder + "/" + name)
            }
        }
        return found
    }()

    static let hasDuckDB: Bool = (try? Python.run(["-c", "import duckdb"])) != nil

    /// The .expect files are what the reference readers give today (make_expect.py --check), so none was
    /// edited to agree with jixiao. Skipped without DuckDB's Python package (`make test` installs it).
    @Test(.enabled(if: hasDuckDB, "duckdb (Python) is not installed: pip install duckdb"))
    func theExpectationsComeFromTheReference() throws {
        let output = try Python.run([Self.root + "/make_expect.py", "--check"])
        #expect(output.isEmpty, "stale .expect files: \(output)")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 30, "found \(Self.files)")
    }

    @Test(arguments: files) func fileMatchesItsReference(_ file: String) throws {
        let expectPath = Self.root + "/" + file + ".expect"
        guard let text = try? String(contentsOfFile: expectPath, encoding: .utf8) else {
            Issue.record("\(file) has no .expect: run Tests/Fixtures/foreign/make_expect.py")
            return
        }
        let expect = Expectation(text)
        let interpreter = Interpreter(workspace: Workspace(directory: Self.root))
        let line = "load \(file) as t" + (expect.options.isEmpty ? "" : " " + expect.options) // not user-facing: a command line
        let outcome = interpreter.run(line)
        if let wanted = expect.error {
            guard let error = outcome.error else {
                let table = interpreter.workspace.dataset(named: "t")?.table
                Issue.record("\(file): expected \(wanted.code) but it loaded \(table?.rowCount ?? -1) rows \(table?.names ?? [])")
                return
            }
            #expect(error.code.rawValue == wanted.code, "\(file): \(error.code.rawValue) (\(error.message))")
            if let line = wanted.line {
                #expect(error.location.line == line, "\(file): error at line \(error.location.line.map(String.init) ?? "none")")
            }
            // A refusal of the whole file (encrypted, not a workbook) is placed at the path in the command line.
            #expect(error.location.file != nil || error.location.line != nil || error.range != nil, "\(file): the error names no place")
            return
        }
        if let error = outcome.error {
            Issue.record("\(file): refused with \(error.code.rawValue) at line \(error.location.line.map(String.init) ?? "?"): \(error.message)")
            return
        }
        guard let table = interpreter.workspace.dataset(named: "t")?.table else {
            Issue.record("\(file): nothing loaded")
            return
        }
        let canonical = Self.canonical(table)
        #expect(table.names == expect.names, "\(file): names")
        #expect(canonical.rows == expect.rows && table.names.count == expect.columns,
                "\(file): shape \(canonical.rows)×\(table.names.count), reference \(expect.rows)×\(expect.columns)")
        #expect(SHA256.hex(Array(canonical.text.utf8)) == expect.sha256, "\(file): values differ from the reference:\n\(canonical.text)")
    }

    // MARK: - The canonical form (README.md)

    static let null = "\u{2400}"

    /// The table's values as README.md's canonical text, and how many rows it holds after the clean-up.
    static func canonical(_ table: Table) -> (text: String, rows: Int) {
        var lines: [String] = []
        for row in 0..<table.rowCount {
            let cells = (0..<table.names.count).map { cell(table.value(row: row, column: $0)) }
            if cells.allSatisfy({ $0 == null }) { continue }
            lines.append(cells.joined(separator: "\u{1F}"))
        }
        return (lines.joined(separator: "\n"), lines.count)
    }

    static func cell(_ value: Value) -> String {
        if value.isNull { return null }
        let text = value.description
        if text.isEmpty { return null }
        return canonicalNumber(text) ?? text
    }

    /// Plain decimal notation for text that is a plain number, as make_expect.py's `canonical_number`.
    static func canonicalNumber(_ text: String) -> String? {
        var scalars = Array(text.unicodeScalars)
        var negative = false
        if let first = scalars.first, first == "+" || first == "-" {
            negative = first == "-"
            scalars.removeFirst()
        }
        var digits: [Character] = []
        var pointAt: Int?
        var index = 0
        while index < scalars.count, scalars[index] != "e", scalars[index] != "E" {
            let scalar = scalars[index]
            if scalar == "." {
                guard pointAt == nil else { return nil }
                pointAt = digits.count
            } else if ("0"..."9").contains(scalar) {
                digits.append(Character(scalar))
            } else {
                return nil
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if index < scalars.count {
            let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
            guard !rest.isEmpty, rest.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "+" || $0 == "-" }),
                  let value = Int(rest) else { return nil }
            exponent = value
        }
        // The value is 0.DIGITS × 10^point.
        let point = (pointAt ?? digits.count) + exponent
        guard let firstNonZero = digits.firstIndex(where: { $0 != "0" }) else { return "0" }
        let lastNonZero = digits.lastIndex(where: { $0 != "0" }) ?? firstNonZero
        var integer = ""
        var fraction = ""
        for position in min(firstNonZero, point)..<max(lastNonZero + 1, point) {
            let digit: Character = position >= 0 && position < digits.count ? digits[position] : "0"
            if position < point { integer.append(digit) } else { fraction.append(digit) }
        }
        while integer.hasPrefix("0") { integer.removeFirst() }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        var result = integer.isEmpty ? "0" : integer
        if !fraction.isEmpty { result += "." + fraction }
        return (negative ? "-" : "") + result
    }

    @Test func numbersAreCanonicalAsTheGeneratorWritesThem() {
        let cases = ["123.0": "123", "0123": "123", "1.23E2": "123", "-0.0": "0", "0.5": "0.5", ".5": "0.5", "1e-3": "0.001",
                     "-12.340": "-12.34", "1E+2": "100", "+7": "7", "12.": "12", "TEST": nil, "1,5": nil, "1.2.3": nil, "": nil]
        for (input, output) in cases {
            #expect(Self.canonicalNumber(input) == output, "\(input)")
        }
    }

    // MARK: - .expect files

    struct Expectation {
        var options = ""
        var error: (code: String, line: Int?)?
        var rows = -1
        var columns = -1
        var names: [String] = []
        var sha256 = ""

        init(_ text: String) {
            for raw in text.split(separator: "\n") where !raw.hasPrefix("#") {
                guard let colon = raw.firstIndex(of: ":") else { continue }
                let key = raw[..<colon].trimmingCharacters(in: .whitespaces)
                let value = raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "options": options = value
                case "error":
                    let parts = value.split(separator: " ")
                    error = (parts.first.map(String.init) ?? "", parts.count > 1 ? Int(parts[1]) : nil)
                case "rows": rows = Int(value) ?? -1
                case "columns": columns = Int(value) ?? -1
                case "names":
                    names = (try? JSONDecoder().decode([String].self, from: Data(value.utf8))) ?? []
                case "sha256": sha256 = value
                default: break
                }
            }
        }
    }
}
