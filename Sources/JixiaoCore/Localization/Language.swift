import Foundation
import Synchronization

/// The language jixiao speaks to its user: Simplified Chinese by default, English on request.
///
/// It changes only what is said (help, errors, hints, notices), never results, the canonical text of a
/// command, journals or saved files.
package enum Language: String, Sendable, CaseIterable {
    /// Simplified Chinese, the default.
    case zh
    /// English.
    case en

    private static let chosen = Mutex<Language>(.en)

    /// The language of this process's interface. The program sets it once at start from `resolve`, which
    /// gives Chinese unless English is asked for; a library used without the program (the tests) speaks
    /// English, the language code and tests compare, until it is set.
    package static var current: Language {
        get { scoped ?? chosen.withLock { $0 } }
        set { chosen.withLock { $0 = newValue } }
    }

    /// The language `speaking(_:_:)` sets for the work it runs, on that thread of work only.
    @TaskLocal private static var scoped: Language?

    /// Runs `body` with `current` saying `language`, for the work `body` does and nothing beside it: a record
    /// (recorded outputs, a notebook) is written in one fixed language whatever the interface speaks, while other
    /// threads (the tests run in parallel) keep theirs.
    package static func speaking<Result>(_ language: Language, _ body: () throws -> Result) rethrows -> Result {
        try $scoped.withValue(language, operation: body)
    }

    /// A language from its name as a user writes it: `zh`, `zh_CN`, `zh-Hans`, `chinese`, `中文`, `en`,
    /// `en_US.UTF-8`, `english`. Nil when the name is neither.
    package init?(named name: String) {
        let word = name.lowercased().prefix { $0 != "." && $0 != "@" }
        switch word {
        case "zh", "chinese", "中文", "cn", "zh-hans", "zh_hans": self = .zh
        case "en", "english", "英文": self = .en
        default:
            if word.hasPrefix("zh_") || word.hasPrefix("zh-") { self = .zh }
            else if word.hasPrefix("en_") || word.hasPrefix("en-") { self = .en }
            else { return nil }
        }
    }

    /// The language chosen by, in order: the `--lang` option, `JIXIAO_LANG`, and the locale's language
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set and not empty). A locale that is unset, `C` or
    /// `POSIX`, or names another language, gets Chinese; `en_*` gets English.
    package static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(named: option) { return language }
        if let chosen = environment["JIXIAO_LANG"], let language = Language(named: chosen) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return Language(named: value) ?? .zh
        }
        return .zh
    }
}
