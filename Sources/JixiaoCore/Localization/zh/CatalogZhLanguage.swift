// Chinese texts of the language area (see Catalog.swift for the format; English in en/CatalogEnLanguage.swift).

extension Catalog {
    static let zhLanguage: [String: String] = [
        // MARK: binding: names
        "name.unknown_operator": "未知的运算符 {1}",
        "name.aggregate_outside_agg": "{1}() 用来汇总多行，应写在 agg 中",
        "hint.bind.aggregate_in_agg": "例如：agg 合计 = {1}(…)",
        "name.unknown_function": "没有名为“{1}”的函数",
        "hint.bind.help_functions": "输入 help functions 可列出所有函数",
        "name.nested_aggregate": "{1}() 不能嵌套在另一个汇总函数里",
        "name.aggregate_arity": "{1} 只接受一列",
        // MARK: binding: types
        "type.negate_non_number": "负号只能用于数字；这是{1}",
        "type.list_not_plain": "in 后面的列表只能写具体的值",
        "type.expected_condition": "此处应为条件，实际是{1}值",
        "hint.bind.compare_it": "请写成比较，例如 x == 1",
        "type.incomparable": "无法比较{1}与{2}",
        "hint.bind.quote_the_value": "请给这个值加上引号",
        "hint.bind.numbers_without_quotes": "数字不加引号",
        "hint.bind.same_kind": "请比较同一类型的值",
        "type.not_a_date": "“{1}”不是日期",
        "hint.bind.write_dates": "日期请写成 \"2022-06-08\"",
        "type.operator_mismatch": "{1} 不能用于{2}和{3}",
        "type.arity": "{1} 需要 {2} 个参数",
        "count.range": "{1} 到 {2}",
        "type.function_argument": "{1}",
        "internal.aggregate_result": "第 {1} 个汇总没有可以绑定的结果",
    ]
}
