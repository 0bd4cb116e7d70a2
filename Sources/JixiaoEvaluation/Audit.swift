import JixiaoCore

/// A figure of the evaluation a claim can be checked against.
package enum EvaluationFigure: String, Sendable, CaseIterable {
    /// 总分 in the chosen template.
    case total = "总分"
    /// The project's 执行率 (全年执行数 / 全年预算数), in %.
    case rate = "执行率"
    /// 全年预算数 − 全年执行数, in 万元.
    case unspent = "未执行数"
    /// 已完成 when every fund is fully executed and every indicator at full marks, else 未完成.
    case completion = "完成情况"
    /// 优, 良, 中 or 差.
    case grade = "等级"

    package static let completeText = "已完成"
    package static let incompleteText = "未完成"
}

/// One statement of a report, recorded with where it stands and how to check it against the data.
package struct Claim: Sendable, Equatable {
    package enum Check: Sendable, Equatable {
        /// A pipeline whose single value the claim states.
        case query(String)
        /// A figure of the evaluation.
        case figure(EvaluationFigure)
    }

    package var statement: String
    /// What the report says, as written: `100`, `已完成`, `12.5`.
    package var claimed: String
    package var unit: String
    /// Where the report says it: a section, a table.
    package var location: String
    package var quote: String
    package var check: Check
    package var row: Int
    package var origin: DatasetOrigin

    package var place: String { origin.place(row: row) }

    /// Reads the claims dataset.
    package static func read(_ table: Table, origin: DatasetOrigin) throws -> [Claim] {
        typealias C = Conventions.Claims
        let reader = DatasetReader(table, origin: origin)
        let statement = try reader.column(C.statement), claimed = try reader.column(C.claimed)
        let method = try reader.column(C.method), check = try reader.column(C.check)
        let unit = reader.optionalColumn(C.unit), location = reader.optionalColumn(C.location), quote = reader.optionalColumn(C.quote)
        var claims: [Claim] = []
        for row in 0..<reader.rowCount {
            let name = reader.text(row, statement)
            guard !name.isEmpty else { throw origin.error(code: .auditClaimEmpty, row: row, []) }
            let stated = reader.written(row, claimed)
            guard !stated.isEmpty else { throw origin.error(code: .auditStatedEmpty, row: row, [.verbatim(name)], hint: Message(.evaluationHintStated)) }
            let how = reader.text(row, method)
            let what = reader.text(row, check)
            let parsed: Check
            switch how {
            case C.query:
                guard !what.isEmpty else { throw origin.error(code: .auditQueryEmpty, row: row, [.verbatim(name)]) }
                parsed = .query(what)
            case C.evaluation:
                guard let figure = EvaluationFigure(rawValue: what) else {
                    throw origin.error(code: .auditUnknownFigure, row: row, [.verbatim(name), DatasetOrigin.found(what)],
                                       hint: Message(key: MessageID.evaluationHintOneOf.rawValue, arguments: [.list(EvaluationFigure.allCases.map(\.rawValue))]))
                }
                parsed = .figure(figure)
            default:
                throw origin.error(code: .auditMethod, row: row, [.verbatim(name), DatasetOrigin.found(how)])
            }
            claims.append(Claim(statement: name, claimed: stated, unit: reader.text(row, unit), location: reader.text(row, location),
                                quote: reader.text(row, quote), check: parsed, row: row, origin: origin))
        }
        return claims
    }
}

/// A claim set against what the data give.
package struct AuditFinding: Sendable, Equatable {
    package var claim: Claim
    /// What the data give, with the claim's unit.
    package var found: String
    /// Why the data give it, for a gap.
    package var explanation: String
    package var agrees: Bool
}

/// Compares a report's claims with the datasets and the evaluation.
package enum Audit {
    /// Checks one claim. `queried` is the single value of the claim's pipeline (for a 查询 claim).
    package static func check(_ claim: Claim, queried: Value?, evaluation: Evaluation) throws -> AuditFinding {
        switch claim.check {
        case .query:
            let value = queried ?? .null
            let found = value.isNull ? "（无）" : value.description
            return AuditFinding(claim: claim, found: found + (value.isNull ? "" : claim.unit),
                                explanation: "", agrees: same(claim.claimed, found))
        case .figure(let figure):
            return try check(claim, figure: figure, evaluation: evaluation)
        }
    }

    static func check(_ claim: Claim, figure: EvaluationFigure, evaluation: Evaluation) throws -> AuditFinding {
        let total = evaluation.execution.total
        let rate = try total.rate()
        let rateText = rate.map { "\($0.description)%" } ?? "—"
        switch figure {
        case .total:
            let score = try evaluation.total()
            let ceiling = try evaluation.ceiling()
            let explanation = "执行率 \(rateText) 得 \(evaluation.executionScore.description) 分（满分 \(evaluation.template.executionWeight.trimmed)），"
                + "指标得 \(try evaluation.indicatorScore().description) 分（满分 \(try evaluation.indicatorWeight().trimmed)）；总分至多 \(ceiling.description)"
            return AuditFinding(claim: claim, found: score.description + claim.unit, explanation: explanation,
                                agrees: same(claim.claimed, score.description))
        case .rate:
            let below = try evaluation.execution.funds.compactMap { fund -> String? in
                guard let own = try fund.rate(), own < ExactDecimal(100) else { return nil }
                return "\(fund.name) \(own.description)%"
            }
            return AuditFinding(claim: claim, found: rateText, explanation: below.joined(separator: "；"),
                                agrees: rate.map { same(claim.claimed, $0.description) } ?? false)
        case .unspent:
            let unspent = Exact.wan(try total.unspent() ?? .zero)
            let parts = try evaluation.execution.funds.compactMap { fund -> String? in
                guard let left = try fund.unspent(), left.units != 0 else { return nil }
                return "\(fund.name) 未执行 \(Exact.wan(left).description) 万元"
            }
            return AuditFinding(claim: claim, found: unspent.description + claim.unit, explanation: parts.joined(separator: "；"),
                                agrees: same(claim.claimed, unspent.description))
        case .completion:
            let shortfalls = try evaluation.shortfalls()
            let found = shortfalls.isEmpty ? EvaluationFigure.completeText : EvaluationFigure.incompleteText
            return AuditFinding(claim: claim, found: found, explanation: shortfalls.joined(separator: "；"), agrees: same(claim.claimed, found))
        case .grade:
            let grade = try evaluation.grade().rawValue
            return AuditFinding(claim: claim, found: grade, explanation: "总分 \(try evaluation.total().description)", agrees: same(claim.claimed, grade))
        }
    }

    /// Numbers compare exactly (12.5 is 12.50); anything else compares as text.
    static func same(_ claimed: String, _ found: String) -> Bool {
        let stated = claimed.trimmingSpaces().replacingAll(",", with: "")
        if let a = ExactDecimal(parsing: stated), let b = ExactDecimal(parsing: found.replacingAll(",", with: "")) { return a == b }
        return claimed.trimmingSpaces() == found.trimmingSpaces()
    }

    /// The findings as a table: the gaps only, or every claim with its verdict.
    package static func table(_ findings: [AuditFinding], includeAgreeing: Bool) -> Table {
        let shown = includeAgreeing ? findings : findings.filter { !$0.agrees }
        func text(_ values: [String]) -> Column { Column.from(values.map { .text($0) }, type: .text) }
        var names = ["声明", "出处", "报告所称", "数据所得", "说明"]
        var columns = [text(shown.map(\.claim.statement)), text(shown.map(\.claim.location)),
                       text(shown.map { $0.claim.claimed + $0.claim.unit }), text(shown.map(\.found)), text(shown.map(\.explanation))]
        if includeAgreeing {
            names.append("结论")
            columns.append(text(shown.map { $0.agrees ? "一致" : "不符" }))
        }
        return Table(names: names, columns: columns)
    }

    /// The findings as a form whose long cells wrap instead of being cut: the gaps only, or every claim.
    package static func sheet(_ findings: [AuditFinding], includeAgreeing: Bool) -> Sheet {
        let shown = includeAgreeing ? findings : findings.filter { !$0.agrees }
        var sheet = Sheet(title: "报告声明与数据核对", columnCount: includeAgreeing ? 6 : 5)
        var header = ["声明", "出处", "报告所称", "数据所得", "说明"].map { SheetCell($0, style: .header) }
        if includeAgreeing { header.append(SheetCell("结论", style: .header)) }
        sheet.addRow(header)
        for finding in shown {
            var row = [SheetCell(finding.claim.statement, style: .label, wrapWidth: 16),
                       SheetCell(finding.claim.location, wrapWidth: 16),
                       SheetCell(finding.claim.claimed + finding.claim.unit, style: .number),
                       SheetCell(finding.found, style: .number),
                       SheetCell(finding.explanation, wrapWidth: 36)]
            if includeAgreeing { row.append(SheetCell(finding.agrees ? "一致" : "不符")) }
            sheet.addRow(row)
        }
        sheet.notes = [summary(findings)]
        return sheet
    }

    /// One line under the table: how many claims agree, and which.
    package static func summary(_ findings: [AuditFinding]) -> String {
        let gaps = findings.filter { !$0.agrees }.count
        let agreeing = findings.filter(\.agrees).map { "\($0.claim.statement) \($0.claim.claimed)\($0.claim.unit)" }
        var line = "\(findings.count) 项声明：\(gaps) 项与数据不符，\(agreeing.count) 项一致"
        if !agreeing.isEmpty { line += "（" + agreeing.joined(separator: "、") + "）" }
        return line + "。"
    }
}
