import JixiaoCommands
import Testing
import TestSupport

/// Every figure of DOMAIN.md §1 comes out of the bundled datasets through the language.
@Suite struct DomainFiguresTests {
    func value(_ line: String) throws -> String {
        try TestSupport.compact(line)
    }

    @Test func fundsReceivedAndSpent() throws {
        #expect(try value("funds | where 方向 == \"到位\" and 资金名称 == \"国家级电子商务进农村综合示范项目资金\" | agg 万元 = wan(sum(金额))") == "414.90")
        #expect(try value("funds | where 方向 == \"到位\" and 资金名称 == \"电子商务工作经费\" | agg 万元 = wan(sum(金额))") == "18.00")
        #expect(try value("funds | where 方向 == \"到位\" | agg 合计 = sum(金额)") == "4329000.00")
        #expect(try value("funds | where 方向 == \"支出\" | agg 合计 = sum(金额)") == "4222100.00")
        #expect(try value("funds | where 方向 == \"支出\" | agg 万元 = wan(sum(金额))") == "422.21")
    }

    @Test func payees() throws {
        let payees = try value("funds | where 方向 == \"支出\" and 资金名称 == \"国家级电子商务进农村综合示范项目资金\" | group 对象, 用途 | agg 万元 = wan(sum(金额))")
        #expect(payees == """
            对象,用途,万元
            海优农品（海南）供应链管理有限公司大冶分公司,三级物流配送体系,207.90
            食天下（海南）供应链管理有限公司大冶分公司,公共服务体系,200.00
            重庆特登信息技术咨询有限公司,咨询费,7.00
            """)
        let work = try value("funds | where 方向 == \"支出\" and 资金名称 == \"电子商务工作经费\" | group 用途 | agg 万元 = wan(sum(金额))")
        #expect(work == "用途,万元\n商品和服务支出,2.31\n商潮夜经济活动经费,5.00")
    }

    @Test func stations() throws {
        #expect(try value("stations | where 层级 == \"市级\" | count") == "2")
        #expect(try value("stations | where 层级 == \"市级\" and 站点名称 contains \"公共服务中心\" | count") == "1")
        #expect(try value("stations | where 层级 == \"市级\" and 站点名称 contains \"分拨\" | count") == "1")
        #expect(try value("stations | where 层级 != \"市级\" | count") == "139")
        #expect(try value("stations | where 层级 != \"市级\" and 站长已培训 == \"是\" | count") == "139")
        #expect(try value("stations | where 层级 != \"市级\" | agg 最少 = min(月均服务人次)") == "100")
        #expect(try value("stations | distinct 乡镇 | count") == "16")
    }

    @Test func noTownHasMoreVillageStationsThanVillages() throws {
        let villages = ["保安镇": 28, "金山店镇": 22, "殷祖镇": 20, "金牛镇": 32, "茗山乡": 29, "大箕铺镇": 24]
        for (town, limit) in villages {
            let count = try value("stations | where 层级 == \"村级\" and 乡镇 == \"\(town)\" | count")
            #expect((Int(count) ?? Int.max) <= limit, "\(town)")
        }
    }

    @Test func activities() throws {
        #expect(try value("activities | where 类型 == \"助农直播\" | count") == "32")
        #expect(try value("activities | where 类型 == \"直播培训\" | agg 人次 = sum(人次)") == "859")
        #expect(try value("activities | where 类型 == \"站长培训\" | agg 人次 = sum(人次)") == "139")
        let leaders = try value("activities | where 类型 == \"助农直播\" | group 产品 | count as 场次 | sort 场次 desc | top 3 | select 产品")
        #expect(Set(leaders.split(separator: "\n").dropFirst()) == ["狗血桃", "白茶", "翠冠梨"])
        #expect(try value("activities | where 类型 == \"平台活动\" | count | where count >= 100 | count") == "1")
        #expect(try value("activities | where 类型 == \"平台活动\" | agg n = sum(人次) | where n >= 100000 | count") == "1")
    }

    @Test func executionRates() throws {
        let rates = try value("""
            funds | where 方向 == "支出" | group 资金名称 | agg 执行数 = sum(金额) | join budgets on 资金名称 | select 资金名称, 执行率 = pct(执行数, 全年预算数) | sort 执行率 desc
            """)
        #expect(rates == "资金名称,执行率\n国家级电子商务进农村综合示范项目资金,100.00\n电子商务工作经费,40.61")
        #expect(try value("funds | agg 率 = pct(sum(if(方向 == \"支出\", 金额, 0)), sum(if(方向 == \"到位\", 金额, 0)))") == "97.53")
    }
}
