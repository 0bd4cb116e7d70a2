import JixiaoCommands
import JixiaoCore
import Testing
import TestSupport

/// Tables are values shared across threads (their text dictionaries are shared objects): many workspaces on
/// many threads query the same columns at once and agree. Under `make test-tsan` this is where a data race in
/// shared storage would show, as it would for parallel CSV parsing.
@Suite struct ConcurrencyTests {
    @Test func oneSetOfTablesServesManyThreadsAtOnce() async throws {
        let bundled = try TestSupport.workspace()
        let tables: [(String, Table)] = bundled.order.compactMap { name in bundled.dataset(named: name).map { (name, $0.table) } }
        let lines = [
            "stations | where 层级 == \"村级\" and 月均服务人次 >= 100 | group 乡镇 | agg 站点数 = count(), 人次 = sum(月均服务人次) | sort 站点数 desc | top 5",
            "funds | group 方向 | agg 万元 = wan(sum(金额)), 笔数 = count()",
            "activities | where 类型 == \"直播培训\" | agg 人次 = sum(人次)",
            "stations | join stations on 站点编号 | distinct 乡镇 | count",
        ]
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let workspace = Workspace(directory: TestSupport.sandboxFolder)
                    for (name, table) in tables { workspace.store(Dataset(name: name, table: table, origin: .derived(pipeline: name))) }
                    let interpreter = Interpreter(workspace: workspace)
                    return lines.map { line in interpreter.run(line).value.map(OutputRenderer.compact) ?? "error" }
                }
            }
            var all: [[String]] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        #expect(Set(results).count == 1)
        #expect(results.first?[1] == "方向,万元,笔数\n到位,432.90,5\n支出,422.21,18")
        #expect(results.first?[2] == "859")
        #expect(results.first?[3] == "16")
    }
}
