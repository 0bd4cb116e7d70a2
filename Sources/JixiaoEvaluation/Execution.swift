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
            guard var entry = figures[name] else {
                throw fundsOrigin.error(code: .executionFundWithoutBudget, row: row, [name.isEmpty ? .message(Message(.evaluationEmptyName)) : .verbatim(name), .verbatim(budgetsOrigin.name)],
                                        hint: Message(key: MessageID.evaluationHintFundBudgets.rawValue, arguments: [.list(order)]))
            }
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

    /// 资金到位及执行情况: per fund and 合计, in 万元 (two decimals, 合计 from exact yuan), with 执行率.
    package func fundingTable() throws -> Table {
        var names: [Value] = [], initial: [Value] = [], annual: [Value] = [], received: [Value] = []
        var executed: [Value] = [], unspent: [Value] = [], rates: [Value] = []
        for fund in funds + [total] {
            names.append(.text(fund.name))
            initial.append(.decimal(Exact.wan(fund.initialBudget)))
            annual.append(.decimal(Exact.wan(fund.annualBudget)))
            received.append(.decimal(Exact.wan(fund.received)))
            executed.append(fund.executed.map { .decimal(Exact.wan($0)) } ?? .null)
            unspent.append(try fund.unspent().map { .decimal(Exact.wan($0)) } ?? .null)
            rates.append(try fund.rate().map { .decimal($0) } ?? .null)
        }
        let money = DataType.decimal(scale: 2)
        return Table(names: ["资金名称", "年初预算数", "全年预算数", "到位数", "全年执行数", "未执行数", "执行率"],
                     columns: [Column.from(names, type: .text), Column.from(initial, type: money), Column.from(annual, type: money),
                               Column.from(received, type: money), Column.from(executed, type: money), Column.from(unspent, type: money),
                               Column.from(rates, type: money, hint: .percent)])
    }
}
