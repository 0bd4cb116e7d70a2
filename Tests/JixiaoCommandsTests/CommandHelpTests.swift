import Foundation
import JixiaoCommands
import JixiaoCore
import Testing
import TestSupport

/// Every command's help comes from the catalog, under keys derived from its name (see `Command`): each
/// registered command has every key in both languages, and the Help tables hold no key that no command uses.
@Suite struct CommandHelpTests {
    /// Every registered command, and the dataset name that heads a pipeline.
    static let commands: [any Command.Type] = CommandRegistry.standard.commands + [DatasetSource.self]

    /// Commands listed `help NAME` in localization-pending.txt: their help is not yet in the catalog.
    static func pending() throws -> Set<String> {
        Set(try CatalogTests.pendingLines().filter { $0.count == 2 && $0[0] == "help" }.map { String($0[1]) })
    }

    @Test func everyRegisteredCommandHasEveryHelpKeyInBothLanguages() throws {
        let pending = try Self.pending()
        for command in Self.commands where !pending.contains(command.name) {
            for key in CommandHelp.requiredKeys(of: command) {
                #expect(Catalog.zh[key] != nil, "\(command.name): no Chinese text for \(key) (zh/CatalogZhHelp.swift)")
                #expect(Catalog.en[key] != nil, "\(command.name): no English text for \(key) (en/CatalogEnHelp.swift)")
            }
        }
        for category in CommandCategory.allCases {
            #expect(Catalog.zh[category.key] != nil && Catalog.en[category.key] != nil, "\(category.key)")
        }
    }

    @Test func aPendingCommandIsOneWhoseHelpIsMissing() throws {
        for command in Self.commands where try Self.pending().contains(command.name) {
            let keys = CommandHelp.requiredKeys(of: command)
            #expect(!keys.allSatisfy { Catalog.zh[$0] != nil && Catalog.en[$0] != nil },
                    "\(command.name)'s help is in the catalog: remove `help \(command.name)` from localization-pending.txt")
        }
    }

    @Test func theHelpTablesHoldOnlyKeysACommandUses() {
        var used: Set<String> = []
        for command in Self.commands {
            used.formUnion(CommandHelp.requiredKeys(of: command))
            used.insert(CommandHelp(command).discussionKey)
        }
        for (language, table) in [("zh", Catalog.zhHelp), ("en", Catalog.enHelp)] {
            for key in table.keys.sorted() where key.hasPrefix("help.") {
                #expect(used.contains(key), "\(language): \(key) belongs to no command's help (a renamed part, option, or a removed example?)")
            }
        }
    }

    @Test func summariesArgumentsAndExamplesAreSentencesInBothLanguages() throws {
        let pending = try Self.pending()
        for command in Self.commands where !pending.contains(command.name) {
            let help = command.help
            #expect(help.summary(in: .zh).hasSuffix("。"), "\(command.name)")
            #expect(help.summary(in: .en).hasSuffix("."), "\(command.name)")
            for index in command.examples.indices {
                #expect(help.example(index, of: command.examples, in: .zh).hasSuffix("。"), "\(command.name) example \(index + 1)")
                #expect(help.example(index, of: command.examples, in: .en).hasSuffix("."), "\(command.name) example \(index + 1)")
            }
        }
    }
}

/// Help pages asserted whole, in both languages.
@Suite struct HelpPageTests {
    @Test func whereHelpInChinese() {
        #expect(HelpCommand.page(WhereCommand.self, in: .zh) == """
            where — 保留满足条件的行。

              where CONDITION

              CONDITION  要保留哪些行，例如 层级 != "市级"。

            条件可以比较列与值（== != < <= > >=），用 and、or、not 组合，也可以判断是否属于列表（in [...]）、是否包含文本（contains）、是否在区间内（between … and …）以及是否为空（is null、is not null）。条件结果为空的行不保留。

            也可写作：筛选

            示例：
              # 镇级和村级站点。
              stations | where 层级 != "市级" | count
              → 139
              # 服务繁忙的镇级和村级站点。
              stations | where 层级 in ["镇级", "村级"] and 月均服务人次 >= 150 | count
              → 77
              # 销售白茶的直播活动。
              activities | where 名称 contains "白茶" and 类型 == "助农直播" | count
              → 6
              # 6 月的助农直播。
              activities | where 日期 between "2022-06-01" and "2022-06-30" and 类型 == "助农直播" | count
              → 3
            """)
    }

    @Test func whereHelpInEnglish() {
        #expect(HelpCommand.page(WhereCommand.self, in: .en) == """
            where — Keep the rows where a condition holds.

              where CONDITION

              CONDITION  Which rows to keep, e.g. 层级 != "市级".

            Conditions compare columns and values (== != < <= > >=), combine with and, or, not, and test membership (in [...]), text (contains), ranges (between … and …) and nulls (is null, is not null). Rows where the condition is null are dropped.

            Also: 筛选

            Examples:
              # Town and village stations.
              stations | where 层级 != "市级" | count
              → 139
              # Busy town and village stations.
              stations | where 层级 in ["镇级", "村级"] and 月均服务人次 >= 150 | count
              → 77
              # Live streams selling white tea.
              activities | where 名称 contains "白茶" and 类型 == "助农直播" | count
              → 6
              # Live streams in June.
              activities | where 日期 between "2022-06-01" and "2022-06-30" and 类型 == "助农直播" | count
              → 3
            """)
    }

    @Test func anUnknownTopicInBothLanguages() throws {
        let error = try #require(try TestSupport.error("help wher"))
        #expect(error.text.text(in: .zh) == "没有名为“wher”的命令")
        #expect(error.hintText?.text(in: .zh) == "是不是要找“where”？")
        #expect(error.message == "no command named wher")
        #expect(error.hint == "did you mean where?")
        let far = try #require(try TestSupport.error("help zzzzzzzz"))
        #expect(far.hintText?.text(in: .zh) == "help 列出所有命令")
        #expect(far.hint == "help lists the commands")
    }

    @Test func aChineseAliasRunsAndIsWrittenCanonically() throws {
        #expect(try TestSupport.compact("stations | 筛选 层级 != \"市级\" | count") == "139")
        #expect(try Pipeline.parse("stations | 筛选 层级 != \"市级\" | count").canonical == "stations | where 层级 != \"市级\" | count")
        #expect(try TestSupport.compact("help 筛选") == HelpCommand.page(WhereCommand.self))
    }
}
