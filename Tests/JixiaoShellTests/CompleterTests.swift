import Foundation
import JixiaoCommands
import JixiaoCore
@testable import JixiaoSession
@testable import JixiaoShell
import Testing
import TestSupport

/// Tab completion decided without a terminal: what is offered for a line, and what replaces the word.
@Suite struct CompleterTests {
    let workspace: Workspace
    let completer: Completer

    init() throws {
        workspace = try TestSupport.workspace()
        completer = Completer(workspace: workspace)
    }

    func labels(_ text: String) -> [String]? {
        completer.complete(before: text)?.candidates.map(\.label)
    }

    func replacement(_ text: String) -> String? {
        completer.complete(before: text)?.replacement
    }

    // MARK: - Commands and datasets

    @Test func chineseColumnOfTheHeadDataset() throws {
        let completion = try #require(completer.complete(before: "stations | group 乡"))
        #expect(completion.word == "乡")
        #expect(completion.candidates == [Completion.Candidate("乡镇", .column)])
        #expect(completion.replacement == "乡镇 ")
        #expect(completion.wordScalarCount == 1)
    }

    @Test func severalColumnsAreAllOfferedAndTheCommonBeginningIsInserted() {
        #expect(labels("stations | where 站") == ["站点编号", "站点名称", "站长已培训"])
        #expect(replacement("stations | where 站") == nil)
        #expect(labels("stations | where 站点") == ["站点编号", "站点名称"])
        #expect(replacement("stations | where 站点") == nil)
        #expect(replacement("stations | where 站点名") == "站点名称 ")
        #expect(replacement("budgets | select 全") == "全年预算数 ")
        #expect(replacement("budgets | select 年") == "年初预算数 ")
    }

    @Test func commandNamesWhereACommandStands() {
        // Every command that can start a line, in registry order, then the datasets; never a stage-only command.
        #expect(labels("") == CommandRegistry.standard.sourceNames + ["activities", "budgets", "claims", "funds", "indicators", "project", "stations"])
        let offered = labels("") ?? []
        #expect(offered.contains("load") && offered.contains("out") && !offered.contains("where"))
        #expect(labels("s") == ["schema", "show", "save", "sessions", "stations"])
        #expect(replacement("st") == "stations ")
        #expect(labels("stations | s") == ["schema", "select", "sort", "show"])
        #expect(replacement("stations | gr") == "group ")
        // Latin letters match whatever their case.
        #expect(replacement("stations | WH") == "where ")
        #expect(replacement("help wh") == "where ")
        #expect(labels("help f") == ["functions"])
    }

    @Test func chineseCommandNamesOnceAWordIsBegun() {
        #expect(replacement("stations | 筛") == "筛选 ")
        #expect(replacement("stations | 分") == "分组 ")
        #expect(replacement("stations | 汇") == "汇总 ")
        #expect(labels("stations | 计") == ["计算", "计数"])
        // At the head, only commands that may stand first.
        #expect(replacement("载") == "载入 ")
        #expect(labels("筛") == [])
        #expect(replacement("帮助 筛") == "筛选 ")
        // What follows a Chinese name completes as after its command.
        #expect(replacement("stations | 分组 乡") == "乡镇 ")
        #expect(replacement("命名 繁忙 = stations | 筛选 月") == "月均服务人次 ")
        #expect(replacement("解释 stations | where 月") == "月均服务人次 ")
    }

    @Test func functionNamesAndAggregatesInAgg() {
        #expect(replacement("stations | where len") == "len(")
        #expect(labels("stations | where co") == ["coalesce", "contains", "concat"])
        #expect(labels("stations | agg n = co") == ["count", "count_distinct", "coalesce", "contains", "concat"])
        #expect(replacement("funds | agg 合计 = sum") == "sum(")
        #expect(labels("funds | agg 合计 = su") == ["sum", "substr"])
        // Window functions where they work: in derive, not in where.
        #expect(replacement("funds | derive 累计 = cums") == "cumsum(")
        #expect(labels("funds | where cums") == [])
        #expect(labels("funds | agg 万元 = wan(su") == ["sum", "substr"])
    }

    @Test func namesDefinedEarlierInThePipeline() {
        #expect(labels("funds | group 方向 | agg 合计 = sum(金额) | sort 合") == ["合计"])
        #expect(labels("stations | group 乡镇 | count as 个数 | where 个") == ["个数"])
        #expect(labels("stations | join budgets on 乡镇 | select 全") == ["全年预算数"])
    }

    @Test func letAndContinuationLinesCompleteInTheirPipeline() throws {
        #expect(replacement("let busy = stations | where 月") == "月均服务人次 ")
        #expect(labels("let bu") == [])
        let line = "  group 乡 | count"
        let cursor = "  group 乡".utf8.count
        let completion = try #require(completer.complete(line: line, cursor: cursor, pending: "stations |"))
        #expect(completion.replacement == "乡镇 ")
    }

    @Test func cellsCompleteLikeDatasets() throws {
        let interpreter = Interpreter(workspace: workspace)
        // Running it makes it cell 1, as at the prompt.
        #expect(interpreter.run("stations | where 层级 == \"村级\"").cell == 1)
        #expect(replacement("_1 | where 乡") == "乡镇 ")
        #expect(replacement("out 1 | select 乡") == "乡镇 ")
        #expect(labels("out ") == ["1"])
        #expect(labels("_") == ["_1"])
    }

    @Test func namesThatNeedBackticksGetThem() throws {
        workspace.store(Dataset(name: "绩效", table: Table(names: ["金额（万元）", "金额"], columns: [
            Column.from([.integer(1)], type: .integer), Column.from([.integer(2)], type: .integer),
        ]), origin: .derived(pipeline: "test")))
        #expect(labels("绩效 | where 金") == ["金额（万元）", "金额"])
        #expect(completer.complete(before: "绩效 | where 金")?.candidates.map(\.text) == ["`金额（万元）`", "金额"])
        #expect(replacement("绩效 | where `金额（") == "`金额（万元）` ")
    }

    @Test func nothingInsideStringsCommentsOrNewNames() {
        #expect(completer.complete(before: "stations | where 乡镇 == \"保") == nil)
        #expect(completer.complete(before: "stations # gr") == nil)
        #expect(labels("load datasets/stations.csv as st") == [])
        #expect(labels("stations gr") == [])
    }

    // MARK: - Paths after load

    @Test func filePathsAfterLoad() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/数据", withIntermediateDirectories: true)
        for file in ["数据/乡镇站点.csv", "数据/说明.txt", "data.csv", ".hidden"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + file, contents: Data("a\n1\n".utf8)))
        }
        let workspace = Workspace(directory: folder)
        let completer = Completer(workspace: workspace, home: folder)
        func complete(_ text: String) -> Completion? { completer.complete(before: text) }
        #expect(complete("load ")?.candidates.map(\.label) == ["data.csv", "数据/"])
        #expect(complete("load 数")?.replacement == "数据/")
        #expect(complete("load 数据/")?.candidates.map(\.label) == ["乡镇站点.csv", "说明.txt"])
        #expect(complete("load 数据/乡")?.replacement == "数据/乡镇站点.csv ")
        #expect(complete("load 数据/乡")?.wordScalarCount == 4)
        #expect(complete("load .")?.candidates.map(\.label) == [".hidden"])
        #expect(complete("load \(folder)/da")?.replacement == "\(folder)/data.csv ")
        #expect(complete("load ~/da")?.replacement == "~/data.csv ")
        #expect(complete("load data.csv as d")?.candidates == [])
    }
}

/// The candidates Tab lists, in columns measured in display width.
@Suite struct CompletionListingTests {
    @Test func chineseCandidatesLineUpInColumns() {
        let listing = CompletionListing.render(["乡镇", "站点编号", "a", "层级"], width: 20)
        #expect(listing == "乡镇      a\n站点编号  层级\n")
    }

    @Test func oneColumnWhenNarrowAndACountBeyondTheLimit() {
        #expect(CompletionListing.render(["站点编号", "站点名称"], width: 5) == "站点编号\n站点名称\n")
        #expect(CompletionListing.render(["a", "b", "c"], width: 80, limit: 2) == "a  b\n… 1 more\n")
        #expect(Language.speaking(.zh) { CompletionListing.render(["a", "b", "c"], width: 80, limit: 2) } == "a  b\n……还有 1 个\n")
        #expect(CompletionListing.render([], width: 80) == "")
    }
}

/// Options, flags and their values come from the commands' signatures: the completer reads argument kinds.
@Suite struct SignatureCompletionTests {
    let completer: Completer

    init() throws {
        completer = Completer(workspace: try TestSupport.workspace())
    }

    func labels(_ text: String) -> [String] {
        completer.complete(before: text)?.candidates.map(\.label) ?? []
    }

    func replacement(_ text: String) -> String? {
        completer.complete(before: text)?.replacement
    }

    @Test func flagsAfterTwoDashes() {
        #expect(labels("stations | show --") == ["all", "total"])
        #expect(replacement("stations | show --to") == "total ")
        #expect(labels("audit --") == ["template", "all"])
        #expect(labels("stations | where 乡镇 == \"a\" --") == [])
    }

    @Test func optionValuesByKind() {
        // A closed set, from the code that owns it.
        #expect(labels("evaluate --template ") == ["mof", "hubei"])
        #expect(labels("evaluate part=") == ["execution", "indicators"])
        #expect(labels("load datasets/funds.csv encoding=") == TextEncoding.acceptedNameList)
        // A column option offers the columns.
        #expect(replacement("stations | group 层级 | count | chart bar x=层") == "层级 ")
        #expect(labels("stations | chart bar width=") == [])
    }

    @Test func partsByKind() {
        #expect(labels("stations | chart ") == ChartCommand.Kind.allCases.map(\.rawValue))
        #expect(labels("timer ") == ["on", "off"])
        // After the kind, the value column or an option.
        #expect(labels("stations | chart hist 月").contains("月均服务人次"))
        #expect(labels("stations | chart bar ").contains("width="))
        // join's dataset, then its keys from both sides.
        #expect(labels("funds | join bud") == ["budgets"])
        #expect(labels("funds | join budgets on 资金").contains("资金名称"))
        // export: a dataset before `to`, nothing to offer for a new name after `as`.
        #expect(labels("export bud") == ["budgets"])
        #expect(labels("stations | count as ") == [])
        #expect(replacement("stations | show ro") == "rows=")
    }
}
