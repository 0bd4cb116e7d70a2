import Foundation
import JixiaoCommands
import JixiaoCore
import JixiaoDatabase
import TestSupport
import XCTest

/// Pipelines over a database table give what the same pipelines give on the whole table loaded into jixiao:
/// each is run both ways, on the same server's rows.
final class PushDownTests: XCTestCase {
    /// `o` is orders_small pushed down; `w` the same rows read whole (`let` reads every row).
    private func interpreter(_ table: String = "orders_small") throws -> Interpreter {
        _ = try PostgresServer.require()
        let interpreter = try TestSupport.interpreter()
        for line in ["load pg:\(table) as o", "let w = o"] {
            if let error = interpreter.run(line).error { throw error }
        }
        return interpreter
    }

    static let pipelines = [
        " | where 渠道 == \"直播\" and 金额 > 100 | group 乡镇 | agg n = count(), total = sum(金额), mean = mean(金额) | sort total desc",
        " | where 数量 >= 5 | select 订单号, 金额, 数量 | top 7",
        " | derive 小计 = 金额 * 数量, 次日 = 日期 + 1 | sort 小计 desc | top 5",
        " | group 品类, 渠道 | agg 件数 = sum(数量), 最大 = max(金额), 最早 = min(日期), 站点 = count_distinct(站点编号), 均 = mean(数量)",
        " | where 乡镇 in [\"保安镇\", \"殷祖镇\"] and not (渠道 == \"直播\") | group 月份 = month(日期) | count",
        " | agg mean = mean(金额), n = count(), 万元 = wan(sum(金额)), 差 = max(金额) - min(金额)",
        " | sort 金额 desc, 数量 | top 10",
        " | where 金额 > 1000 | sort 乡镇 | top 20",
        " | where 金额 - 100 <= 50 or 数量 == 20 | count",
        " | select 订单号, 贵 = 金额 >= 500 | where 贵 | top 3",
        " | group 乡镇 | agg 总 = sum(金额) | sort 总 | top 4 | derive 两倍 = 总 * 2",
        " | where 品类 == \"没有的品类\" | agg n = count(), total = sum(金额), mean = mean(金额)",
        " | where 品类 == \"没有的品类\" | group 乡镇 | count",
        " | where 金额 / 2 > 300 | count",
        " | top 3",
    ]

    func testEveryPipelineGivesWhatTheWholeTableGives() throws {
        let interpreter = try interpreter()
        for pipeline in Self.pipelines {
            let pushed = interpreter.run("o" + pipeline)
            let local = interpreter.run("w" + pipeline)
            XCTAssertNil(pushed.error, pipeline)
            XCTAssertNil(local.error, pipeline)
            XCTAssertEqual(pushed.value.map(OutputRenderer.compact), local.value.map(OutputRenderer.compact), pipeline)
        }
    }

    func testAViewPushesOnlyRowsAndColumns() throws {
        let interpreter = try interpreter("live_orders")
        for pipeline in Self.pipelines {
            XCTAssertEqual(interpreter.run("o" + pipeline).value.map(OutputRenderer.compact), interpreter.run("w" + pipeline).value.map(OutputRenderer.compact), pipeline)
        }
        let explained = try TestSupport.compact("explain o | where 金额 > 100 | group 乡镇 | count", interpreter: interpreter)
        XCTAssertTrue(explained.contains("WHERE"), explained)
        XCTAssertFalse(explained.contains("GROUP BY"), explained)
    }

    func testExplainShowsTheStagesSentAndTheSQLWithParameters() throws {
        let interpreter = try interpreter()
        let explained = try TestSupport.compact("explain o" + Self.pipelines[0], interpreter: interpreter)
        XCTAssertTrue(explained.contains("SELECT \"乡镇\" AS \"c1\", count(*) AS \"c2\", sum(\"金额\") AS \"c3\""), explained)
        XCTAssertTrue(explained.contains("WHERE ((\"渠道\" = $1::text) AND (\"金额\" > $2::bigint))"), explained)
        XCTAssertTrue(explained.contains("GROUP BY 1 ORDER BY sum(\"金额\") DESC NULLS LAST, min(ctid)"), explained)
        XCTAssertTrue(explained.contains("$1 = \"直播\", $2 = \"100\""), explained)
        // Values are bound, never pasted: a quote in a value cannot end the SQL's string.
        let hostile = try TestSupport.compact("explain o | where 乡镇 == \"x'); DROP TABLE orders; --\" | count", interpreter: interpreter)
        XCTAssertFalse(hostile.contains("DROP TABLE orders; --')"), hostile)
        XCTAssertEqual(try TestSupport.compact("o | where 乡镇 == \"x'); DROP TABLE orders; --\" | count", interpreter: interpreter), "0")
        // A text sort stays in jixiao (pinyin order), after the rows come back.
        let sorted = try TestSupport.compact("explain o | where 金额 > 1000 | sort 乡镇", interpreter: interpreter)
        XCTAssertTrue(sorted.contains("ORDER BY ctid"), sorted)
        XCTAssertFalse(sorted.contains("ORDER BY \"乡镇\""), sorted)
    }

    /// The bench query on the million-row orders table gives the same exact sums as the CSV it was loaded from
    /// (when `make test` loaded the million rows; a process that started its own server has fewer).
    func testTheMillionRowBenchQueryMatchesTheCSV() throws {
        let settings = try PostgresServer.require()
        let rows = try PostgresServer.psql("SELECT count(*) FROM orders", settings)
        let csv = TestSupport.repositoryRoot + "/datasets/large/\(rows)/orders.csv"
        guard FileManager.default.fileExists(atPath: csv) else { throw XCTSkip("no \(csv) beside the server's orders table") }
        let interpreter = try TestSupport.interpreter()
        let query = " | where 渠道 == \"直播\" and 金额 > 100 | group 乡镇 | agg n = count(), total = sum(金额), mean = mean(金额) | sort total desc"
        XCTAssertEqual(try TestSupport.compact("load pg:orders as o", "o" + query, interpreter: interpreter),
                       try TestSupport.compact("load \(csv) as c", "c" + query, interpreter: interpreter))
    }
}
