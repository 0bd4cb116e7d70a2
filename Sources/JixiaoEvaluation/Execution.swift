import JixiaoCore

/// Budget and execution of one fund, or of several added up, in yuan.
package struct FundFigures: Sendable, Equatable {
    package var name: String
    package var initialBudget: ExactDecimal
    package var annualBudget: ExactDecimal
    package var received: ExactDecimal
    /// 全年执行数: the fund's payments (方向 支出), or nil when it cannot be told apart (see `ExecutionBlock.bySource`).
    package var executed: ExactDecimal?

    /// 执行率 in %, two decimals: 全年执行数 / 全年预算数 (never 年初预算数).
    package func rate() throws -> ExactDecimal? {
        guard let executed else { return nil }
        return try ScoringRules.executionRate(executed: executed, budget: annualBudget)
    }

    /// 执行率 × 分值 from the exact ratio.
    package func score(weight: ExactDecimal) throws -> ExactDecimal? {
        guard let executed else { return nil }
        return try ScoringRules.executionScore(executed: executed, budget: annualBudget, weight: weight)
    }

    /// 全年预算数 − 全年执行数.
    package func unspent() throws -> ExactDecimal? {
        guard let executed else { return nil }
        return try Exact.subtract(annualBudget, executed, "未执行数")
    }

    /// What a reviewer must be told about this fund beyond its rate: spending above its budget or without one,
    /// a budget with nothing received. The score stops at 分值; these are findings in themselves (DOMAIN.md §3).
    package func flags() throws -> [FundFlag] {
        var flags: [FundFlag] = []
        let spent = executed ?? .zero
        if annualBudget.units > 0 {
            if spent > annualBudget { flags.append(.overspent(by: try Exact.subtract(spent, annualBudget, "超预算执行数"), rate: try rate())) }
            if received.units == 0 { flags.append(.budgetWithoutReceipts(annualBudget)) }
        } else if spent.units > 0 {
            flags.append(.spentWithoutBudget(spent))
        }
        return flags
    }

    /// The flags as one line: `超预算执行 1.00 万元（执行率 120.00%）`; empty when there are none.
    package func flagText() throws -> String {
        try flags().map(\.message.formText).joined(separator: "；")
    }
}

/// A finding about a fund's money (see `FundFigures.flags()`), amounts in yuan.
package enum FundFlag: Sendable, Equatable {
    /// 全年执行数 above 全年预算数, by this much, at this 执行率.
    case overspent(by: ExactDecimal, rate: ExactDecimal?)
    /// Payments of this much with no 全年预算数 (no budgets row, or a zero one).
    case spentWithoutBudget(ExactDecimal)
    /// A 全年预算数 of this much and nothing received.
    case budgetWithoutReceipts(ExactDecimal)

    /// The finding with its figure, in 万元.
    package var message: Message {
        switch self {
        case .overspent(let by, let rate): return FindingText.overspent(Exact.wan(by), rate: rate)
        case .spentWithoutBudget(let spent): return FindingText.spentWithoutBudget(Exact.wan(spent))
        case .budgetWithoutReceipts(let budget): return FindingText.budgetWithoutReceipts(Exact.wan(budget))
        }
    }

    /// Its kind alone: 超预算执行, 无预算支出, 有预算未到位.
    package var label: Message {
        switch self {
        case .overspent: return FindingText.overspentLabel
        case .spentWithoutBudget: return FindingText.spentWithoutBudgetLabel
        case .budgetWithoutReceipts: return FindingText.budgetWithoutReceiptsLabel
        }
    }

    /// What the form's author has to do about it.
    package var action: Message {
        switch self {
        case .overspent: return FindingText.overspentAction
        case .spentWithoutBudget: return FindingText.spentWithoutBudgetAction
        case .budgetWithoutReceipts: return FindingText.receiptsAction
        }
    }
}

/// 项目资金: each fund's budget, receipts and payments, the total, and the split by source.
///
/// Every total is an exact sum of yuan; rounding to 万元 happens only when a figure is shown.
package struct ExecutionBlock: Sendable, Equatable {
    /// In the order the budgets list them.
    package var funds: [FundFigures]
    package var total: FundFigures
    /// 当年财政拨款, 上年结转资金, 其他资金, in that order.
    package var bySource: [FundFigures]

    package static let totalLabel = "合计"

    /// Builds the block from the budgets and funds datasets (columns in `Conventions`).
    package static func build(budgets: Table, budgetsOrigin: DatasetOrigin, funds: Table, fundsOrigin: DatasetOrigin) throws -> ExecutionBlock {
        typealias B = Conventions.Budgets
        typealias F = Conventions.Funds
        let budgetReader = DatasetReader(budgets, origin: budgetsOrigin)
        let budgetFund = try budgetReader.column(B.fund), budgetSource = try budgetReader.column(B.source)
        let initial = try budgetReader.column(B.initial), annual = try budgetReader.column(B.annual)
        var order: [String] = []
        var figures: [String: FundFigures] = [:]
        var sourcesOfFund: [String: [String]] = [:]
        var sourceBudgets: [String: (initial: ExactDecimal, annual: ExactDecimal)] = [:]
        for row in 0..<budgetReader.rowCount {
            let name = budgetReader.text(row, budgetFund)
            guard !name.isEmpty else { throw budgetsOrigin.error(code: .executionFundNameEmpty, row: row, []) }
            let source = standardSource(budgetReader.text(row, budgetSource))
            let initialBudget = try budgetReader.number(row, initial, what: B.initial) ?? .zero
            let annualBudget = try budgetReader.number(row, annual, what: B.annual) ?? .zero
            if figures[name] == nil { order.append(name) }
            var entry = figures[name] ?? FundFigures(name: name, initialBudget: .zero, annualBudget: .zero, received: .zero, executed: .zero)
            entry.initialBudget = try Exact.add(entry.initialBudget, initialBudget, B.initial)
            entry.annualBudget = try Exact.add(entry.annualBudget, annualBudget, B.annual)
            figures[name] = entry
            if !(sourcesOfFund[name] ?? []).contains(source) { sourcesOfFund[name, default: []].append(source) }
            let before = sourceBudgets[source] ?? (.zero, .zero)
            sourceBudgets[source] = (try Exact.add(before.initial, initialBudget, B.initial), try Exact.add(before.annual, annualBudget, B.annual))
        }
        guard !order.isEmpty else { throw budgetsOrigin.error(code: .executionNoBudgets, []) }

        let fundReader = DatasetReader(funds, origin: fundsOrigin)
        let fundName = try fundReader.column(F.fund), direction = try fundReader.column(F.direction), amount = try fundReader.column(F.amount)
        let fundSource = fundReader.optionalColumn(F.source)
        var executedBySource: [String: ExactDecimal] = [:]
        for row in 0..<fundReader.rowCount {
            let name = fundReader.text(row, fundName)
            let way = fundReader.text(row, direction)
            guard way == F.received || way == F.spent else { continue }
            guard !name.isEmpty else { throw fundsOrigin.error(code: .executionFundNameEmpty, row: row, []) }
            // A fund the budgets do not list is money spent without a budget: shown with a zero 全年预算数 and
            // flagged (FundFigures.flags), never left out of the totals.
            if figures[name] == nil { order.append(name) }
            var entry = figures[name] ?? FundFigures(name: name, initialBudget: .zero, annualBudget: .zero, received: .zero, executed: .zero)
            let money = try fundReader.number(row, amount, what: F.amount) ?? .zero
            if way == F.received {
                entry.received = try Exact.add(entry.received, money, "到位数")
            } else {
                entry.executed = try Exact.add(entry.executed ?? .zero, money, "全年执行数")
                if let fundSource {
                    let source = standardSource(fundReader.text(row, fundSource))
                    executedBySource[source] = try Exact.add(executedBySource[source] ?? .zero, money, "全年执行数")
                }
            }
            figures[name] = entry
        }
        let fundList = order.compactMap { figures[$0] }
        var total = FundFigures(name: totalLabel, initialBudget: .zero, annualBudget: .zero, received: .zero, executed: .zero)
        total.initialBudget = try Exact.sum(fundList.map(\.initialBudget), B.initial)
        total.annualBudget = try Exact.sum(fundList.map(\.annualBudget), B.annual)
        total.received = try Exact.sum(fundList.map(\.received), "到位数")
        total.executed = try Exact.sum(fundList.compactMap(\.executed), "全年执行数")

        // Execution by source: from the funds' own 资金来源 column when there is one; otherwise a fund's payments
        // belong to its source when its budget has only one. A fund budgeted from several sources leaves the
        // split unknown (shown as —) rather than guessed.
        // A fund without a budget has no source of its own, so it leaves the split unknown too.
        var splitKnown = fundSource != nil
        if fundSource == nil {
            splitKnown = order.allSatisfy { (sourcesOfFund[$0] ?? []).count == 1 }
            if splitKnown {
                for fund in fundList {
                    guard let source = sourcesOfFund[fund.name]?.first else { continue }
                    executedBySource[source] = try Exact.add(executedBySource[source] ?? .zero, fund.executed ?? .zero, "全年执行数")
                }
            }
        }
        let bySource = Conventions.Sources.all.map { source in
            FundFigures(name: source, initialBudget: sourceBudgets[source]?.initial ?? .zero, annualBudget: sourceBudgets[source]?.annual ?? .zero,
                        received: .zero, executed: splitKnown ? (executedBySource[source] ?? .zero) : nil)
        }
        return ExecutionBlock(funds: fundList, total: total, bySource: bySource)
    }

    /// A source as the form names it; anything else is 其他资金.
    static func standardSource(_ text: String) -> String {
        Conventions.Sources.all.contains(text) ? text : Conventions.Sources.other
    }

    /// Each fund's flags (spent over or without a budget, budgeted and not received), with the fund's name:
    /// `电商培训经费 超预算执行 1.00 万元（执行率 120.00%）`. The 合计 row is flagged only when no fund explains it.
    package func flaggedFunds() throws -> [(fund: FundFigures, flags: [FundFlag])] {
        var result: [(FundFigures, [FundFlag])] = []
        for fund in funds {
            let flags = try fund.flags()
            if !flags.isEmpty { result.append((fund, flags)) }
        }
        if result.isEmpty {
            let flags = try total.flags()
            if !flags.isEmpty { result.append((total, flags)) }
        }
        return result
    }

    /// The 提示 column: a row's flags, the 合计 row's when it has its own.
    package static let flagColumn = "提示"

    /// 资金到位及执行情况: per fund and 合计, in 万元 (two decimals, 合计 from exact yuan), with 执行率 and what
    /// a reviewer must be told (提示: 超预算执行, 无预算支出, 有预算未到位).
    package func fundingTable() throws -> Table {
        var names: [Value] = [], initial: [Value] = [], annual: [Value] = [], received: [Value] = []
        var executed: [Value] = [], unspent: [Value] = [], rates: [Value] = [], flags: [Value] = []
        for fund in funds + [total] {
            flags.append(.text(try fund.flagText()))
            names.append(.text(fund.name))
            initial.append(.decimal(Exact.wan(fund.initialBudget)))
            annual.append(.decimal(Exact.wan(fund.annualBudget)))
            received.append(.decimal(Exact.wan(fund.received)))
            executed.append(fund.executed.map { .decimal(Exact.wan($0)) } ?? .null)
            unspent.append(try fund.unspent().map { .decimal(Exact.wan($0)) } ?? .null)
            rates.append(try fund.rate().map { .decimal($0) } ?? .null)
        }
        let money = DataType.decimal(scale: 2)
        return Table(names: ["资金名称", "年初预算数", "全年预算数", "到位数", "全年执行数", "未执行数", "执行率", Self.flagColumn],
                     columns: [Column.from(names, type: .text), Column.from(initial, type: money), Column.from(annual, type: money),
                               Column.from(received, type: money), Column.from(executed, type: money), Column.from(unspent, type: money),
                               Column.from(rates, type: money, hint: .percent), Column.from(flags, type: .text)])
    }
}
