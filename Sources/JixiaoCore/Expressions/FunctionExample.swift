/// An example of a function, shown by `help functions` and the command reference and run by the tests: a line
/// and its result in compact form (one value as its text, a table as comma-separated lines, header first).
package struct FunctionExample: Sendable {
    package var line: String
    package var result: String

    package init(_ line: String, _ result: String) {
        self.line = line
        self.result = result
    }
}

extension ScalarFunction {
    package var examples: [FunctionExample] {
        switch self {
        case .round: return [FunctionExample("budgets | agg x = round(2.345, 2), y = round(-2.5), z = round(1234.5)", "x,y,z\n2.35,-3,1235")]
        case .abs: return [FunctionExample("budgets | agg x = abs(-3.50)", "3.50")]
        case .year, .month, .day:
            return [FunctionExample("funds | agg 年 = year(min(日期)), 月 = month(min(日期)), 日 = day(min(日期))", "年,月,日\n2022,2,25")]
        case .wan: return [FunctionExample("activities | agg 万元 = wan(sum(销售额))", "195.87")]
        case .pct: return [FunctionExample("stations | agg 已培训 = pct(sum(if(站长已培训 == \"是\", 1, 0)), count())", "98.58")]
        case .coalesce: return [FunctionExample("stations | where 层级 != \"村级\" | derive 村名 = coalesce(村, \"（无）\") | select 村名 | top 1", "（无）")]
        case .len: return [FunctionExample("stations | where 层级 == \"市级\" | derive 字数 = len(站点名称) | select 字数", "字数\n22\n13")]
        case .contains: return [FunctionExample("stations | where 站点名称 contains \"快递\" | count", "1")]
        case .startswith: return [FunctionExample("stations | where startswith(站点编号, \"ZJ\") | count", "16")] // not user-facing: a command line
        case .date: return [FunctionExample("funds | where 日期 >= date(\"2022-07-01\") | count", "14")]
        case .text: return [FunctionExample("stations | derive 人次 = text(月均服务人次) + \"人次\" | select 人次 | top 1", "1860人次")]
        case .if: return [FunctionExample("stations | agg 已培训 = sum(if(站长已培训 == \"是\", 1, 0))", "139")]
        case .concat: return [FunctionExample("stations | where 层级 == \"镇级\" | derive 名 = concat(站点编号, \"-\", 层级) | select 名 | top 1", "ZJ01-镇级")]
        case .substr: return [FunctionExample("stations | derive 前缀 = substr(站点编号, 1, 2) | distinct 前缀", "前缀\nSJ\nZJ\nCJ")]
        case .left, .right: return [FunctionExample("stations | derive 类 = left(站点编号, 2), 号 = right(站点编号, 2) | select 类, 号 | top 1", "类,号\nSJ,01")]
        case .replace: return [FunctionExample("stations | derive 名 = replace(层级, \"级\", \"\") | distinct 名", "名\n市\n镇\n村")]
        case .trim: return [FunctionExample("budgets | agg t = trim(\"　当年财政拨款 \")", "当年财政拨款")]
        case .upper, .lower: return [FunctionExample("budgets | agg u = upper(\"ａb\"), l = lower(\"ABC\")", "u,l\nＡB,abc")]
        case .matches: return [FunctionExample("stations | where matches(站点编号, \"^CJ0[0-4]\") | count", "49")] // not user-facing: a command line
        case .hour, .minute, .second:
            return [FunctionExample("budgets | agg 时 = hour(timestamp(\"2024-03-01 08:30:15\")), 分 = minute(time(\"11:05\")), 秒 = second(duration(\"36:15:20\")), 总时 = hour(duration(\"36:15:00\"))",
                                    "时,分,秒,总时\n8,5,20,36")]
        case .time: return [FunctionExample("budgets | agg t = time(timestamp(\"2024-03-01T08:30:00+08:00\"))", "08:30:00")]
        case .timestamp:
            return [FunctionExample("budgets | agg 早 = timestamp(\"2024-03-01T08:30:00+08:00\") < timestamp(\"2024-03-01T01:00:00Z\"), t = timestamp(\"2024-03-01T08:30:00+08:00\")",
                                    "早,t\ntrue,2024-03-01 08:30:00+08:00")]
        case .duration: return [FunctionExample("budgets | agg 历时 = timestamp(\"2024-03-02 20:15:00\") - timestamp(\"2024-03-01 08:00:00\"), 合计 = duration(\"1:30\") + duration(\"PT45M\")", "历时,合计\n36:15:00,02:15:00")]
        }
    }
}

extension AggregateFunction {
    package var examples: [FunctionExample] {
        switch self {
        case .count: return [FunctionExample("stations | agg n = count(), 有村名 = count(村)", "n,有村名\n141,123")]
        case .sum: return [FunctionExample("stations | agg 人次 = sum(月均服务人次)", "28215")]
        case .mean: return [FunctionExample("stations | agg 平均 = mean(月均服务人次)", "200.11")]
        case .min, .max:
            return [FunctionExample("stations | agg 最早 = min(开业日期), 最晚 = max(开业日期), 首 = min(层级)", "最早,最晚,首\n2021-10-15,2022-12-16,村级")]
        case .median: return [FunctionExample("activities | agg 销售额 = median(销售额), 人次 = median(人次)", "销售额,人次\n33093.32,1039.5")]
        case .countDistinct: return [FunctionExample("stations | agg n = count_distinct(乡镇)", "16")]
        case .share: return [FunctionExample("stations | group 层级 | agg 占比 = share(月均服务人次)", "层级,占比\n市级,18.71\n镇级,11.50\n村级,69.79")]
        }
    }
}

extension WindowFunction {
    package var examples: [FunctionExample] {
        switch self {
        case .rowNumber:
            return [FunctionExample("stations | group 含快递物流 | derive 序号 = row_number() | where 序号 == 1 | select 含快递物流, 站点编号",
                                    "含快递物流,站点编号\n否,SJ01\n是,SJ02")]
        case .rank, .denseRank:
            return [FunctionExample("stations | where 层级 == \"村级\" and 月均服务人次 between 233 and 236 | sort 月均服务人次 desc | derive 名次 = rank(月均服务人次), 密排 = dense_rank(月均服务人次) | select 月均服务人次, 名次, 密排",
                                    "月均服务人次,名次,密排\n236,1,1\n235,2,2\n235,2,2\n233,4,3")]
        case .cumsum:
            return [FunctionExample("activities | where 类型 == \"夜经济活动\" | sort 日期 | derive 累计 = cumsum(销售额) | select 日期, 累计",
                                    "日期,累计\n2022-06-24,286450.00\n2022-07-22,460270.50\n2022-08-19,612630.50\n2022-09-09,827566.30\n2022-10-14,946236.30")]
        case .lag, .lead:
            return [FunctionExample("activities | where 类型 == \"夜经济活动\" | sort 日期 | derive 上次 = lag(销售额), 下次 = lead(销售额) | select 销售额, 上次, 下次 | top 2",
                                    "销售额,上次,下次\n286450.00,,173820.50\n173820.50,286450.00,152360.00")]
        case .share:
            return [FunctionExample("stations | where 层级 == \"市级\" | derive 占比 = share(月均服务人次) | select 站点编号, 占比", "站点编号,占比\nSJ01,35.23\nSJ02,64.77")]
        }
    }
}
