/// The dataset names, column names and values the evaluation reads.
///
/// They are conventions of the datasets folder, documented in datasets/README.md, and name no county: any
/// folder whose files follow them (funds.csv, budgets.csv, indicators.csv, project.csv, claims.csv) gives its
/// own tables and scores.
package enum Conventions {
    // MARK: - Datasets

    package static let fundsDataset = "funds"
    package static let budgetsDataset = "budgets"
    package static let indicatorsDataset = "indicators"
    package static let projectDataset = "project"
    package static let claimsDataset = "claims"

    // MARK: - funds: one row per receipt or payment

    package enum Funds {
        package static let fund = "资金名称"
        package static let direction = "方向"
        package static let amount = "金额"
        /// Optional: when present, execution is split by source from it rather than from the budget rows.
        package static let source = "资金来源"
        /// 方向 of a receipt (到位) and of a payment (支出, counted as execution).
        package static let received = "到位"
        package static let spent = "支出"
    }

    // MARK: - budgets: one row per fund and source

    package enum Budgets {
        package static let fund = "资金名称"
        package static let source = "资金来源"
        package static let initial = "年初预算数"
        package static let annual = "全年预算数"
    }

    /// The sources the Ministry of Finance form lists under 年度资金总额; any other source counts as 其他资金.
    package enum Sources {
        package static let currentYear = "当年财政拨款"
        package static let carriedOver = "上年结转资金"
        package static let other = "其他资金"
        package static let all = [currentYear, carriedOver, other]
    }

    // MARK: - indicators: one row per 三级指标

    package enum Indicators {
        package static let level1 = "一级指标"
        package static let level2 = "二级指标"
        package static let level3 = "三级指标"
        package static let direction = "方向"
        package static let target = "年度指标值"
        package static let unit = "单位"
        package static let method = "取值方式"
        package static let value = "取值"
        package static let source = "来源"
        package static let note = "备注"
        /// Optional: the form's 偏差原因分析及改进措施 for this indicator.
        package static let deviation = "偏差原因分析及改进措施"
        /// 取值方式: run 取值 as a pipeline, or read it as a recorded figure.
        package static let query = "查询"
        package static let recorded = "记录"
        /// A 备注 that marks the 年度指标值 as an example target, not an approved one.
        package static let exampleTarget = "示例目标"
    }

    /// The standard 一级指标 and the 二级指标 each may hold, in the order the form lists them (DOMAIN.md §2).
    package static let standardLevels: [(level1: String, level2: [String])] = [
        ("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
        ("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
        ("满意度指标", ["服务对象满意度指标"]),
    ]

    /// An indicator level as the form names it: the datasets may leave off the trailing 指标 (`数量` is 数量指标).
    package static func fullLevelName(_ name: String) -> String {
        name.isEmpty || name.hasSuffix(levelSuffix) ? name : name + levelSuffix
    }

    static let levelSuffix = "指标"

    /// Where an indicator stands in the form: its 一级 and, within it, its 二级, by the standard order (a name
    /// outside it sorts last).
    package static func formPosition(level1: String, level2: String) -> (Int, Int) {
        guard let first = standardLevels.firstIndex(where: { $0.level1 == level1 }) else { return (standardLevels.count, 0) }
        let seconds = standardLevels[first].level2
        return (first, seconds.firstIndex(of: level2) ?? seconds.count)
    }

    // MARK: - project: the header block, one row per item

    package enum Project {
        package static let item = "项目"
        package static let content = "内容"
        package static let source = "来源"
        package static let name = "项目名称"
        package static let department = "主管部门"
        package static let implementer = "实施单位"
        package static let year = "年度"
        package static let expectedGoal = "预期目标"
        package static let actualResult = "实际完成情况"
        package static let deviation = "偏差原因分析"
        package static let improvement = "改进措施"
    }

    // MARK: - claims: what a report states, and how to check it

    package enum Claims {
        package static let statement = "声明"
        package static let claimed = "报告所称"
        package static let unit = "单位"
        package static let location = "出处"
        package static let quote = "原文"
        package static let method = "核对方式"
        package static let check = "核对"
        /// 核对方式: run 核对 as a pipeline, or compare with a figure of the evaluation.
        package static let query = "查询"
        package static let evaluation = "评价"
    }
}
