import JixiaoCommands
import JixiaoLanguage
import Testing

/// When a typed or scripted line goes on to the next: a trailing pipe, an open quote or bracket, in ASCII or
/// in the full-width forms a Chinese input method types.
@Suite struct LineContinuationTests {
    @Test func unfinishedLines() {
        #expect(LineContinuation.needsMore("stations |"))
        #expect(LineContinuation.needsMore("stations ｜"))
        #expect(LineContinuation.needsMore("stations |  # 下一行"))
        #expect(LineContinuation.needsMore("funds | agg x = sum(金额"))
        #expect(LineContinuation.needsMore("funds | agg x = sum（金额"))
        #expect(LineContinuation.needsMore("stations | where 乡镇 in [\"保安镇\","))
        #expect(LineContinuation.needsMore("stations | where 乡镇 == \"保安"))
        #expect(LineContinuation.needsMore("stations | where 乡镇 == “保安"))
        #expect(LineContinuation.needsMore("stations | where 乡镇 == ‘保安"))
        #expect(LineContinuation.needsMore("stations | select `站点"))
    }

    @Test func finishedLines() {
        #expect(!LineContinuation.needsMore("stations | count"))
        #expect(!LineContinuation.needsMore("funds | agg x = sum（金额）"))
        #expect(!LineContinuation.needsMore("stations | where 乡镇 == ‘保安镇’"))
        #expect(!LineContinuation.needsMore("stations | where 名称 == \"a|\""))
        #expect(!LineContinuation.needsMore("stations # 注释 |"))
    }
}
