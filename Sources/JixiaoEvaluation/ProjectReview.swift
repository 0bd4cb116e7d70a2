import JixiaoCore

/// One project folder's line in a review of many (`review DIR`): what its form gives, what its report claims,
/// how much is left to explain, or the error that stopped it.
///
/// A folder that fails keeps what was read before the error (its 项目名称, its funds), so a reviewer sees
/// which project it is.
package struct ProjectReview: Sendable, Equatable {
    /// The folder's name under the reviewed folder.
    package var folder: String
    package var name: String?
    package var department: String?
    /// 全年预算数 and 全年执行数 of the whole project, in yuan.
    package var budget: ExactDecimal?
    package var executed: ExactDecimal?
    /// 执行率 in %, two decimals.
    package var rate: ExactDecimal?
    package var total: ExactDecimal?
    package var grade: Grade?
    /// The 自评得分 the report claims (the claim checked against 总分), as written.
    package var claimedScore: String?
    /// Claims the data contradict plus what the form still has to explain (`Audit.dataFindings`).
    package var gaps: Int?
    /// `indicators.csv:5: 二级指标 under 产出指标 must be one of …`; the table shows an empty cell for none.
    package var error: String?

    package init(folder: String) {
        self.folder = folder
    }

    /// Fills in what the evaluation gives.
    package mutating func record(_ evaluation: Evaluation) throws {
        let total = evaluation.execution.total
        budget = total.annualBudget
        executed = total.executed
        rate = try total.rate()
        self.total = try evaluation.total()
        grade = try evaluation.grade()
    }

    /// Fills in the claims' findings (nil when the folder has no claims) and the data's own.
    package mutating func record(claims: [AuditFinding]?, data: [DataFinding]) {
        claimedScore = claims?.first { $0.claim.check == .figure(.total) }?.claim.claimed
        gaps = (claims?.filter { !$0.agrees }.count ?? 0) + data.count
    }

    /// An error as one cell: the file and line, then the message, paths written from the project's folder
    /// (`indicators.csv:5: …`), so that the table does not depend on where the folders sit. The table is a
    /// result, the same whatever the interface's language: its messages are said as the form's are, in Chinese
    /// where the catalogs have it.
    package static func describe(_ diagnostic: Diagnostic, within folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var message = diagnostic.text.formText.replacingAll(prefix, with: "")
        // A pipeline's error (an indicator's 取值, a claim's 核对) names the pipeline it lies in.
        if let source = diagnostic.source, !source.isEmpty { message += "（\(source)）" }
        message = message.replacingAll("\n", with: " ")
        guard let file = diagnostic.location.file else { return message }
        let relative = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        return (diagnostic.location.line.map { "\(relative):\($0)" } ?? relative) + ": " + message
    }

    // MARK: - The table

    package static let columns: [Field] = Field.of([
        ("文件夹", .text), ("项目名称", .text), ("主管部门", .text), ("全年预算数", .decimal(scale: 2)), ("全年执行数", .decimal(scale: 2)),
        ("执行率", .decimal(scale: 2)), ("总分", .decimal(scale: 2)), ("等级", .text), ("自评得分", .decimal(scale: 2)),
        ("核对问题", .integer), ("错误", .text),
    ])

    /// One row per folder; money in 万元 (two decimals, from the exact yuan), 执行率 as a percentage.
    package static func table(_ reviews: [ProjectReview]) -> Table {
        func text(_ values: [String?]) -> Column { Column.from(values.map { $0.map(Value.text) ?? .null }, type: .text) }
        func decimal(_ values: [ExactDecimal?], hint: DisplayHint = .number) -> Column {
            Column.from(values.map { $0.map(Value.decimal) ?? .null }, type: .decimal(scale: 2), hint: hint)
        }
        let claimed = reviews.map { review in review.claimedScore.flatMap { ExactDecimal(parsing: $0.trimmingSpaces().replacingAll(",", with: "")) } }
        let columns = [
            text(reviews.map(\.folder)), text(reviews.map(\.name)), text(reviews.map(\.department)),
            decimal(reviews.map { $0.budget.map(Exact.wan) }), decimal(reviews.map { $0.executed.map(Exact.wan) }),
            decimal(reviews.map(\.rate), hint: .percent), decimal(reviews.map(\.total)), text(reviews.map { $0.grade?.rawValue }),
            decimal(claimed), Column.from(reviews.map { $0.gaps.map { .integer(Int64($0)) } ?? .null }, type: .integer), text(reviews.map { $0.error ?? "" }),
        ]
        return Table(names: Self.columns.map(\.name), columns: columns)
    }
}

extension Field {
    /// Fields from names and types, in order.
    static func of(_ pairs: [(String, DataType)]) -> [Field] {
        pairs.map { Field(name: $0.0, type: $0.1) }
    }
}
