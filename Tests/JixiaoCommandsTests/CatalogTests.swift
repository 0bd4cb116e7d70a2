import Foundation
import JixiaoCore
import Testing
import TestSupport

/// The interface's texts live in one catalog per language: every key in both, with the same placeholders,
/// every diagnostic code and message identifier in them, and no user-facing English written outside them.
@Suite struct CatalogTests {
    @Test func everyKeyIsInBothLanguages() {
        let zh = Set(Catalog.zh.keys), en = Set(Catalog.en.keys)
        // An English `.one` form is the singular of a key both languages have.
        let singulars = en.filter { $0.hasSuffix(".one") }
        for key in singulars { #expect(zh.contains(String(key.dropLast(4))), "\(key) is the singular of a key Chinese lacks") }
        #expect(zh.subtracting(en).sorted() == [], "keys with no English text")
        #expect(en.subtracting(singulars).subtracting(zh).sorted() == [], "keys with no Chinese text")
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        for (key, chinese) in Catalog.zh {
            guard let english = Catalog.en[key] else { continue }
            #expect(Catalog.placeholders(in: chinese) == Catalog.placeholders(in: english), "\(key): 中文 \(chinese) / English \(english)")
            if let singular = Catalog.en[key + ".one"] {
                #expect(Catalog.placeholders(in: singular).isSubset(of: Catalog.placeholders(in: english)), "\(key).one")
            }
        }
    }

    @Test func noKeyIsDefinedTwice() {
        #expect(Catalog.duplicateKeys(in: Catalog.zhTables) == [])
        #expect(Catalog.duplicateKeys(in: Catalog.enTables) == [])
    }

    @Test func templatesFillAndFallBack() {
        #expect(Catalog.fill("没有名为“{1}”的列", with: ["乡镇"]) == "没有名为“乡镇”的列")
        #expect(Catalog.fill("{2} before {1}, {{literal}}, {3} stays", with: ["a", "b"]) == "b before a, {literal}}, {3} stays")
        #expect(Message(.nameUnknownColumn, "乡镗").text(in: .zh) == "没有名为“乡镗”的列")
        #expect(Message(.nameUnknownColumn, "乡镗").text(in: .en) == "no column named 乡镗")
        #expect(Message.list(["a", "b", "c"], limit: 2).text(in: .zh) == "a、b……（另有 1 个）")
        #expect(Message.list(["a", "b", "c"], limit: 2).text(in: .en) == "a, b, … (1 more)")
        #expect(Message(key: "no.such.key", arguments: []).text(in: .zh) == "no.such.key")
    }

    @Test func languageFollowsOptionEnvironmentAndLocale() {
        #expect(Language.resolve(option: nil, environment: [:]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "C"]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "POSIX"]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.resolve(option: nil, environment: ["LANG": "zh_CN.UTF-8", "JIXIAO_LANG": "en"]) == .en)
        #expect(Language.resolve(option: "zh", environment: ["JIXIAO_LANG": "en"]) == .zh)
        #expect(Language.resolve(option: "en", environment: [:]) == .en)
    }

    // MARK: - Every code has its texts

    @Test func everyDiagnosticCodeHasItsMessage() throws {
        let pending = try Self.pendingCodes()
        for constant in try DiagnosticCodeTests.constants() where !pending.contains(constant.rawValue) {
            #expect(Catalog.zh[constant.rawValue] != nil && Catalog.en[constant.rawValue] != nil,
                    "\(constant.rawValue) has no message in the catalogs (add it, or it stays listed in \(Self.pendingFile))")
        }
    }

    @Test func everyMessageIdentifierHasItsText() throws {
        // MessageIDs.swift, and the files of the areas that declare their own (`…MessageIDs.swift`).
        let root = TestSupport.repositoryRoot + "/Sources"
        let files = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix("MessageIDs.swift") }
        let pattern = try NSRegularExpression(pattern: #"MessageID\("([^"]+)"\)"#)
        var keys: [String] = []
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            keys += pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
        }
        #expect(!keys.isEmpty)
        for key in keys { #expect(Catalog.zh[key] != nil && Catalog.en[key] != nil, "\(key) is declared but has no text") }
    }

    // MARK: - No user-facing English outside the catalogs

    /// Until every text is in the catalogs, `localization-pending.txt` lists what is left: a diagnostic code
    /// per line (`code name.x`), or a source file with the number of English literals it still holds
    /// (`file JixiaoCore/IO/CSVReader.swift 14`). A file may only go down; one not listed must hold none.
    static let pendingFile = TestSupport.repositoryRoot + "/Tests/Fixtures/localization-pending.txt"

    static func pendingLines() throws -> [[Substring]] {
        guard FileManager.default.fileExists(atPath: pendingFile) else { return [] }
        return try String(contentsOfFile: pendingFile, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ") }
    }

    static func pendingCodes() throws -> Set<String> {
        Set(try pendingLines().filter { $0.count == 2 && $0[0] == "code" }.map { String($0[1]) })
    }

    static func pendingFiles() throws -> [String: Int] {
        var files: [String: Int] = [:]
        for line in try pendingLines() where line.count == 3 && line[0] == "file" { files[String(line[1])] = Int(line[2]) ?? 0 }
        return files
    }

    @Test func noEnglishLiteralOutsideTheCatalogs() throws {
        let allowed = try Self.pendingFiles()
        let root = TestSupport.repositoryRoot + "/Sources"
        let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        for path in paths.sorted() where path.hasSuffix(".swift") && !path.hasPrefix("JixiaoCore/Localization/") {
            let source = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            let found = UserFacingLiterals.find(in: source)
            let limit = allowed[path] ?? 0
            #expect(found.count <= limit, "\(path) has \(found.count) English literals outside the catalogs (at most \(limit)): lines \(found.prefix(8).map { String($0.line) }.joined(separator: ", "))")
        }
    }

    @Test func theLiteralFinderSeesWhatAUserReads() {
        let source = """
            let a = "no column named \\(name)" // a message
            let b = "<sheetView workbookViewId=\\"0\\"/>" // not user-facing: markup
            let c = "乡镇"
            // "a comment that says many words"
            let d = "single"
            let e = \"\"\"
                Two words
                \"\"\"
            // not user-facing: markup
            let f = \"\"\"
                <a href="x">two words</a>
                \"\"\"
            let g = \"\"\"
                joined \\
                lines
                \"\"\"
            let h = "counted after the joined lines"
            """
        #expect(UserFacingLiterals.find(in: source).map(\.line) == [1, 6, 13, 17])
    }
}

/// String literals that read as English prose: two words of letters in a row, outside comments, with
/// interpolations left out. A line that says `// not user-facing: …` (markup, a format, a key) is passed over, and
/// so is a multi-line literal whose line above says it.
enum UserFacingLiterals {
    struct Literal { var line: Int; var text: String }

    static func find(in source: String) -> [Literal] {
        let scalars = Array(source.unicodeScalars)
        let lines = source.components(separatedBy: "\n")
        var found: [Literal] = []
        var index = 0, line = 1
        func at(_ i: Int, _ text: String) -> Bool {
            let wanted = Array(text.unicodeScalars)
            guard i + wanted.count <= scalars.count else { return false }
            return Array(scalars[i..<(i + wanted.count)]) == wanted
        }
        while index < scalars.count {
            let character = scalars[index]
            if at(index, "//") {
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
                continue
            }
            if at(index, "/*") {
                index += 2
                while index < scalars.count && !at(index, "*/") { if scalars[index] == "\n" { line += 1 }; index += 1 }
                index += 2
                continue
            }
            if character == "\"" {
                let startLine = line
                let multiLine = at(index, "\"\"\"")
                index += multiLine ? 3 : 1
                var text = ""
                var depth = 0
                while index < scalars.count {
                    let c = scalars[index]
                    if c == "\n" { line += 1; if !multiLine && depth == 0 { break } }
                    if depth > 0 {
                        if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                        index += 1
                        continue
                    }
                    if c == "\\" {
                        if index + 1 < scalars.count && scalars[index + 1] == "(" { depth = 1; index += 2; text += " " ; continue }
                        // A backslash at the end of a line in a multi-line string joins the lines: the line still counts.
                        if index + 1 < scalars.count && scalars[index + 1] == "\n" { line += 1 }
                        index += 2
                        continue
                    }
                    if multiLine ? at(index, "\"\"\"") : c == "\"" { index += multiLine ? 3 : 1; break }
                    text.unicodeScalars.append(c)
                    index += 1
                }
                let lineText = startLine <= lines.count ? lines[startLine - 1] : ""
                // A multi-line literal cannot share its opening line with a comment: it says so on the line above.
                let lineAbove = multiLine && startLine >= 2 && startLine - 2 < lines.count ? lines[startLine - 2] : ""
                if readsAsProse(text) && !lineText.contains("// not user-facing") && !lineAbove.contains("// not user-facing") {
                    found.append(Literal(line: startLine, text: text))
                }
                continue
            }
            if character == "\n" { line += 1 }
            index += 1
        }
        return found
    }

    /// Two runs of two or more ASCII letters separated by spaces (and an optional , ; :).
    static func readsAsProse(_ text: String) -> Bool {
        text.range(of: #"[A-Za-z]{2,}[,;:]? +[A-Za-z]{2,}"#, options: .regularExpression) != nil
    }
}
