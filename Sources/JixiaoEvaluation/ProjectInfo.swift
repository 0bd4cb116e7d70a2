import JixiaoCore

/// The form's header block and narrative cells (项目名称, 主管部门, 实施单位, 年度总体目标 …), read from the
/// project dataset: one row per item (项目), its text (内容) and where it comes from (来源).
package struct ProjectInfo: Sendable, Equatable {
    package var items: [String: String]

    package init(items: [String: String] = [:]) {
        self.items = items
    }

    package subscript(_ item: String) -> String { items[item] ?? "" }

    /// The items a form cannot do without.
    package static let required = [Conventions.Project.name]

    package static func read(_ table: Table, origin: DatasetOrigin) throws -> ProjectInfo {
        let reader = DatasetReader(table, origin: origin)
        let item = try reader.column(Conventions.Project.item), content = try reader.column(Conventions.Project.content)
        var items: [String: String] = [:]
        for row in 0..<reader.rowCount {
            let key = reader.text(row, item)
            guard !key.isEmpty else { continue }
            guard items[key] == nil else { throw origin.error(code: .projectDuplicateItem, row: row, [.verbatim(key)]) }
            items[key] = reader.text(row, content)
        }
        for key in required where (items[key] ?? "").isEmpty {
            throw origin.error(code: .projectMissingItem, [.verbatim(key)], hint: Message(.evaluationHintAddRow, key))
        }
        return ProjectInfo(items: items)
    }
}
