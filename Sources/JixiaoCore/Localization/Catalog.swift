/// How to add a text:
/// - A diagnostic: declare its code in `DiagnosticCodes.swift`, write `Diagnostic(.bind, .nameUnknownColumn,
///   [name], hint: Message(.hintDidYouMean, nearest), source:, range:)`, and add the code's template to the
///   Chinese and English tables of its area (`zh/CatalogZhCore.swift`, `en/CatalogEnCore.swift`, …).
/// - Any other text (a hint, a notice, a label, help): declare a `MessageID` in `MessageIDs.swift` (or use a
///   key the code derives, such as `help.where.summary`), build `Message(.noticeLoaded, name, rows)`, and say
///   it with `.text` (the interface's language) or `.text(in:)`.
/// - The user's own words (names, paths, values) are arguments, never part of a template; `{1}` … mark them.
///
/// The texts of the interface, one catalog per language (`Catalog+zh.swift`, `Catalog+en.swift`), keyed by
/// diagnostic codes and message identifiers.
///
/// A template writes `{1}`, `{2}` … where its arguments go, in whatever order the language needs; both
/// languages of one key use the same placeholders (a test checks it, and that every key is in both). An
/// English key may have a `KEY.one` form, used when the message's count is one.
///
/// Why Swift tables rather than SwiftPM's localized resources (`.lproj` in a resource bundle): on Linux a
/// resource bundle is a folder beside the executable that `Bundle.module` looks up at run time and traps
/// when it is missing, so a `jixiao` binary copied elsewhere would crash on its first message; Foundation's
/// bundle picks the language from the process's preferred languages, not from `--lang`; and reading a
/// strings file at start costs time the start-up budget does not have. Tables compiled into the binary
/// always travel with it, are chosen per process, and are checked by the tests like any code.
package enum Catalog {
    /// The template of `key` in `language`; a key missing from that language falls back to the other (a test
    /// fails on any such key), and an unknown key is shown as itself, never as nothing.
    package static func template(for key: String, count: Int? = nil, in language: Language) -> String {
        let table = entries(language)
        if count == 1, let singular = table[key + ".one"] { return singular }
        if let template = table[key] { return template }
        let other = entries(language == .zh ? .en : .zh)
        return other[key] ?? key
    }

    /// Every key and template of `language`.
    package static func entries(_ language: Language) -> [String: String] {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }

    /// Whether the catalogs hold `key`.
    package static func contains(_ key: String) -> Bool {
        zh[key] != nil || en[key] != nil
    }

    /// `template` with `{N}` replaced by the N-th argument (1-based). A placeholder past the arguments stays
    /// as written; `{{` is a literal brace.
    package static func fill(_ template: String, with arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{" {
                let next = template.index(after: index)
                if next < template.endIndex, template[next] == "{" {
                    result.append("{")
                    index = template.index(after: next)
                    continue
                }
                if let close = template[next...].firstIndex(of: "}"), let number = Int(template[next..<close]),
                   number >= 1, number <= arguments.count {
                    result += arguments[number - 1]
                    index = template.index(after: close)
                    continue
                }
            }
            result.append(character)
            index = template.index(after: index)
        }
        return result
    }

    /// The placeholder numbers a template uses, for the test that both languages agree.
    package static func placeholders(in template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let number = Int(after[after.startIndex..<close]) { found.insert(number) }
            rest = after[after.index(after: close)...]
        }
        return found
    }
}

extension Catalog {
    /// The tables of one language's areas as one; a key in two tables is a defect the catalog test reports
    /// (`duplicateKeys`), and here the first table's text wins.
    static func merged(_ tables: [[String: String]]) -> [String: String] {
        var all: [String: String] = [:]
        for table in tables {
            all.merge(table) { first, _ in first }
        }
        return all
    }

    /// Keys that more than one area's table of a language defines.
    package static func duplicateKeys(in tables: [[String: String]]) -> [String] {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for table in tables {
            for key in table.keys.sorted() where !seen.insert(key).inserted { duplicates.append(key) }
        }
        return duplicates
    }
}
