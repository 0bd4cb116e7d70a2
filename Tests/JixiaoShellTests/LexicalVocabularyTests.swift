import JixiaoCommands
import JixiaoCore
import JixiaoLanguage
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// One line of text and what every reader of the command language must make of it.
struct LexicalCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// Whether the command goes on to the next line.
    var open: Bool
    /// The lexer's tokens (their meaning: names without backticks, strings without quotes); nil when the lexer
    /// reports a problem (an unterminated quote, an empty name).
    var tokens: [String]?
    /// The word Tab completes with the cursor at the end; nil inside a string or a comment.
    var word: String?
    /// The command a shell escape runs; nil when the line is no shell escape.
    var shellEscape: String?

    init(_ text: String, open: Bool, tokens: [String]?, word: String?, shellEscape: String? = nil) {
        self.text = text
        self.open = open
        self.tokens = tokens
        self.word = word
        self.shellEscape = shellEscape
    }

    var testDescription: String { text.debugDescription }

    static let all: [LexicalCase] = [
        LexicalCase("stations | count", open: false, tokens: ["stations", "|", "count"], word: "count"),
        LexicalCase("", open: false, tokens: [], word: ""),
        LexicalCase("\u{3000} \t", open: false, tokens: [], word: ""),
        // A trailing bar, ASCII or full-width, perhaps followed by spaces or a comment.
        LexicalCase("stations |", open: true, tokens: ["stations", "|"], word: ""),
        LexicalCase("stations ｜", open: true, tokens: ["stations", "|"], word: ""),
        LexicalCase("stations ｜\u{3000}", open: true, tokens: ["stations", "|"], word: ""),
        LexicalCase("stations |  # 下一行", open: true, tokens: ["stations", "|"], word: nil),
        LexicalCase("stations # 注释 |", open: false, tokens: ["stations"], word: nil),
        LexicalCase("# 注释 |", open: false, tokens: [], word: nil),
        LexicalCase("stations | where 名称 == \"a|\"", open: false, tokens: ["stations", "|", "where", "名称", "==", "a|"], word: ""),
        // Brackets, ASCII or full-width.
        LexicalCase("funds | agg x = sum（金额", open: true, tokens: ["funds", "|", "agg", "x", "=", "sum", "(", "金额"], word: "金额"),
        LexicalCase("funds | agg x = sum（金额）", open: false, tokens: ["funds", "|", "agg", "x", "=", "sum", "(", "金额", ")"], word: ""),
        LexicalCase("x in [1，2", open: true, tokens: ["x", "in", "[", "1", ",", "2"], word: "2"),
        LexicalCase("x in [1，2]", open: false, tokens: ["x", "in", "[", "1", ",", "2", "]"], word: ""),
        // Quotes: straight ones escape with a backslash, curly ones have no escapes.
        LexicalCase("x == “a\\”b", open: false, tokens: ["x", "==", "a\\", "b"], word: "b"),
        LexicalCase("x == “保安", open: true, tokens: nil, word: nil),
        LexicalCase("x == ‘保安镇’", open: false, tokens: ["x", "==", "保安镇"], word: ""),
        LexicalCase("x == \"a\\\"b", open: true, tokens: nil, word: nil),
        LexicalCase("x == \"a\\\"b\"", open: false, tokens: ["x", "==", "a\"b"], word: ""),
        LexicalCase("x == 'it\\'s'", open: false, tokens: ["x", "==", "it's"], word: ""),
        // A backslash ending a line inside straight quotes escapes the line break.
        LexicalCase("x == \"a\\", open: true, tokens: nil, word: nil),
        LexicalCase("x == \"a\\\n\"", open: false, tokens: ["x", "==", "a\n"], word: ""),
        LexicalCase("x == “a\n|b”", open: false, tokens: ["x", "==", "a\n|b"], word: ""),
        // A combining mark after a quote: one Character, but the quote still opens (and closes) a string.
        LexicalCase("x == \"\u{301}|", open: true, tokens: nil, word: nil),
        LexicalCase("x == \"\u{301}\"", open: false, tokens: ["x", "==", "\u{301}"], word: ""),
        LexicalCase("x == “\u{301}", open: true, tokens: nil, word: nil),
        // Backtick names, with spaces, a doubled backtick, left open, empty.
        LexicalCase("stations | select `站点 名称`", open: false, tokens: ["stations", "|", "select", "站点 名称"], word: ""),
        LexicalCase("stations | select `站点 名", open: true, tokens: nil, word: "`站点 名"),
        LexicalCase("select `a``b`", open: false, tokens: ["select", "a`b"], word: ""),
        LexicalCase("select ``", open: false, tokens: nil, word: ""),
        // Unicode spaces separate tokens.
        LexicalCase("stations\u{A0}|", open: true, tokens: ["stations", "|"], word: ""),
        LexicalCase("stations\u{3000}|\u{3000}count", open: false, tokens: ["stations", "|", "count"], word: "count"),
        // Several lines, CRLF, and a comment that ends with its line.
        LexicalCase("stations |\r\n  count", open: false, tokens: ["stations", "|", "count"], word: "count"),
        LexicalCase("stations |\r", open: true, tokens: ["stations", "|"], word: ""),
        LexicalCase("stations | # 注释\n  gro", open: false, tokens: ["stations", "|", "gro"], word: "gro"),
        // Shell escapes: after any leading spaces, U+3000 too; a combining mark does not hide the `!`; full-width
        // `！` is no escape; what follows `!` is for /bin/sh, so a trailing bar continues nothing.
        LexicalCase("!ls", open: false, tokens: ["!", "ls"], word: "ls", shellEscape: "ls"),
        LexicalCase(" \t!  echo 你好 ", open: false, tokens: ["!", "echo", "你好"], word: "", shellEscape: "echo 你好"),
        LexicalCase("\u{3000}!ls", open: false, tokens: ["!", "ls"], word: "ls", shellEscape: "ls"),
        LexicalCase("\u{3000}!ls |", open: false, tokens: ["!", "ls", "|"], word: "", shellEscape: "ls |"),
        LexicalCase("!echo \"a", open: false, tokens: nil, word: nil, shellEscape: "echo \"a"),
        LexicalCase("!\u{301}ls", open: false, tokens: ["!", "\u{301}ls"], word: "\u{301}ls", shellEscape: "\u{301}ls"),
        LexicalCase("！ls", open: false, tokens: ["！ls"], word: "！ls"),
        LexicalCase("x != 1", open: false, tokens: ["x", "!=", "1"], word: "1"),
        // Comparisons as a Chinese input method types them, full-width, alone or mixed with ASCII, with or without
        // spaces: the same operators. `！` is `!` only before an equals sign; elsewhere it stays in the name.
        LexicalCase("x ＝＝ 1", open: false, tokens: ["x", "==", "1"], word: "1"),
        LexicalCase("层级！＝“村级”", open: false, tokens: ["层级", "!=", "村级"], word: ""),
        LexicalCase("层级 ！= 1", open: false, tokens: ["层级", "!=", "1"], word: "1"),
        LexicalCase("金额＞＝100", open: false, tokens: ["金额", ">=", "100"], word: "100"),
        LexicalCase("金额 ＜＝ 100", open: false, tokens: ["金额", "<=", "100"], word: "100"),
        LexicalCase("金额＞100 and 金额＜200", open: false, tokens: ["金额", ">", "100", "and", "金额", "<", "200"], word: "200"),
        LexicalCase("x ＜＞ 1", open: false, tokens: ["x", "!=", "1"], word: "1"),
        LexicalCase("x ＝= 1", open: false, tokens: ["x", "==", "1"], word: "1"),
        LexicalCase("注意！", open: false, tokens: ["注意！"], word: "注意！"),
        LexicalCase("！＝ls", open: false, tokens: ["!=", "ls"], word: "ls"),
    ]
}

/// The table above, run against every reader of the vocabulary: the lexer, line continuation and script
/// reading, the completer's word at the cursor, and shell-escape detection in the shell and the interpreter.
@Suite struct LexicalVocabularyTests {
    @Test(arguments: LexicalCase.all) func lexer(_ item: LexicalCase) {
        let tokens = try? Lexer(item.text).tokens()
        #expect(tokens?.map(\.text) == item.tokens)
        let scan = Lexer(item.text).scan()
        #expect((scan.problem == nil) == (item.tokens != nil))
    }

    @Test(arguments: LexicalCase.all) func lineContinuation(_ item: LexicalCase) {
        #expect(LineContinuation.needsMore(item.text) == item.open)
        // Fed line by line, as the shell does.
        var continuation = LineContinuation()
        var needsMore = false
        for line in LexicalVocabulary.lines(item.text) { needsMore = continuation.feed(line) }
        #expect(needsMore == item.open)
    }

    @Test(arguments: LexicalCase.all) func scriptReader(_ item: LexicalCase) {
        let commands = ScriptReader.commands(item.text + "\nstations").map(\.text)
        if item.open {
            #expect(commands.last?.hasSuffix("\nstations") == true)
        } else {
            #expect(commands.last == "stations")
        }
    }

    @Test(arguments: LexicalCase.all) func completerWordAtCursor(_ item: LexicalCase) {
        #expect(Completer.wordAtCursor(item.text)?.word == item.word)
    }

    @Test(arguments: LexicalCase.all) func shellEscape(_ item: LexicalCase) throws {
        #expect(ShellEscape.command(in: item.text) == item.shellEscape)
        // The shell trims a typed line before it asks.
        #expect(ShellEscape.command(in: LexicalVocabulary.trimmingSpaces(item.text)) == item.shellEscape)
        #expect((Interpreter.shellEscapeRange(item.text) != nil) == (item.shellEscape != nil))
        // A script refuses the same lines.
        let refused = ScriptReader.commands(item.text).first.map { ScriptReplay.shellRefusal($0, file: "t.jx", wholeScript: false) != nil } ?? false
        #expect(refused == (item.shellEscape != nil))
    }

    @Test(arguments: LexicalCase.all) func interpreterRefusal(_ item: LexicalCase) throws {
        let interpreter = Interpreter(workspace: try TestSupport.workspace())
        let error = interpreter.run(item.text).error
        #expect((error?.phase == .security) == (item.shellEscape != nil), "\(String(describing: error))")
    }
}
