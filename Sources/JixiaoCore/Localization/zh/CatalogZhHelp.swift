// Chinese texts of the help area (see Catalog.swift for the format; English in en/CatalogEnHelp.swift).
// A command's texts are under keys derived from its name (see the doc comment of `Command` in JixiaoCommands).
// Terms follow docs/glossary.md.

extension Catalog {
    package static let zhHelp: [String: String] = merged([zhHelpPages, zhHelpFilters, zhHelpHelp, zhHelpAnalyst])

    static let zhHelpPages: [String: String] = [
        "category.data": "数据",
        "category.filters": "筛选与整理",
        "category.aggregation": "分组汇总",
        "category.output": "输出",
        "category.session": "会话",
        "category.evaluation": "绩效评价",
        "category.help": "帮助",
        "help_page.optional_part": "（可选）{1}",
        "help_page.overview_title": "jixiao 命令（help 命令名 查看详细说明，help functions 查看函数）：",
        "help_page.category_heading": "{1}：",
        "help_page.overview_pipeline": "每一行是一条管道：数据集 | 命令 … | 命令 …   例如 stations | where 层级 == \"村级\" | count",
        "help_page.overview_shell_escape": "在交互提示符下，!命令 运行一条系统命令（脚本中从不运行，也不会保存）。",
        "help_page.aliases": "也可写作：{1}",
        "help_page.examples": "示例：",
        "help_page.hint_lists_commands": "help 列出所有命令",
        "help_page.functions_title": "函数（可用于任何表达式）：",
        "help_page.aggregates_title": "汇总函数（用于 agg）：",
        "help_page.operators": "运算符：+ - * / %  == != < <= > >=  and or not  in [...]  contains  between … and …  is null",
        "help_page.limits": "x / 0 和 x % 0 的结果为空；结果超过 18 位数字，或日期超出 1–9999 年，都会报错。",
        "help_page.quoting": "文本写在 \"英文双引号\" 或 “中文引号” 中；含空格或标点的名称写在 `反引号` 中。",
    ]

    static let zhHelpFilters: [String: String] = [
        // where（筛选）
        "help.where.summary": "保留满足条件的行。",
        "help.where.discussion": """
            条件可以比较列与值（== != < <= > >=），用 and、or、not 组合，也可以判断是否属于列表（in [...]）、\
            是否包含文本（contains）、是否在区间内（between … and …）以及是否为空（is null、is not null）。\
            条件结果为空的行不保留。
            """,
        "help.where.part.condition": "要保留哪些行，例如 层级 != \"市级\"。",
        "help.where.part.condition.expected": "条件",
        "help.where.example.1": "镇级和村级站点。",
        "help.where.example.2": "服务繁忙的镇级和村级站点。",
        "help.where.example.3": "销售白茶的直播活动。",
        "help.where.example.4": "6 月的助农直播。",
    ]

    static let zhHelpHelp: [String: String] = [
        // help（帮助）
        "help.help.summary": "列出所有命令，或显示某个命令的写法和示例；help functions 列出函数。",
        "help.help.part.topic": "要查看的命令，或 functions。",
        "help.help.part.topic.expected": "命令名",
        "help.help.example.1": "如何筛选行。",
        "help.help.example.2": "函数和汇总函数。",
    ]
}
