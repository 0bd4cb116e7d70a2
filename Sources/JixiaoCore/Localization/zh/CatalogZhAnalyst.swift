// Chinese texts of the analyst's verbs (issue 17: pivot, describe, rename, drop, union, load of a pattern, undo
// and redo, window and text functions, pinyin order); see Catalog.swift for the format, English in
// en/CatalogEnAnalyst.swift. Their commands' help is in `zhHelpAnalyst`, merged into the Help tables.

extension Catalog {
    static let zhAnalyst: [String: String] = [
        // Diagnostics
        "name.window_outside_derive": "{1}() 要看其他行，只能用在 derive 里",
        "rename.column_taken": "已有名为“{1}”的列",
        "rename.dataset_taken": "已有名为“{1}”的数据集",
        "drop.every_column": "drop 之后一列也不剩",
        "union.column_mismatch": "列“{1}”在{2}中有，在{3}中没有",
        "load.pattern_in_folder": "* 和 ? 只能用在文件名里，不能用在文件夹名里",
        "load.pattern_needs_name": "通配符会读入多个文件：请用 as 名称 给数据集命名",
        "load.pattern_no_match": "{1} 中没有与 {2} 匹配的文件",
        "load.pattern_columns": "列“{1}”在 {2} 中有，在 {3} 中没有",
        "describe.dataset_after_pipe": "| 之后的 describe 不接数据集名",
        "describe.needs_dataset": "describe 需要一个数据集：describe 名称",
        "pivot.column_key": "by 后面接一列，或“列 in [值, …]”",
        "pivot.key_twice": "“{1}”已经用作行",
        "pivot.needs_aggregate": "透视表的每个格子要放这些行的汇总值",
        "history.nothing_to_undo": "没有可以撤销的操作",
        "history.nothing_to_redo": "没有可以恢复的操作",

        // Hints, notices and the words errors are made of
        "hint.window_in_derive": "例如 … | derive 序号 = {1}(…)",
        "hint.aggregate_in_derive": "derive 逐行计算：cumsum(x) 和 share(x) 可以看其他行；sum() 要放在 agg 里",
        "hint.join_text": "+ 只能连接两个文本：数字或日期请写 text(x)，或用 concat(a, b)",
        "hint.rename_as": "rename 写作 旧名 as 新名，例如 rename 金额 as 元",
        "expected.new_name": "as 之后的新名字",
        "hint.rename_first": "请先给它改名，或用 drop 去掉它",
        "hint.choose_another_name": "请换一个名字",
        "hint.not_a_cell_name": "请换一个不是“_ 加数字”的名字",
        "hint.datasets_lists_them": "datasets 列出所有数据集",
        "hint.select_keeps": "select 只保留你列出的列",
        "union.the_input": "输入的表",
        "hint.union_by_name": "union 按列名对齐：请用 rename、drop 或 select 让两边的列相同",
        "hint.load_pattern_name": "例如 load {1} as 台账",
        "hint.pattern_syntax": "* 代表任意多个字符，? 代表一个字符",
        "hint.same_columns": "各文件按列名上下拼接：每个文件的列必须相同",
        "hint.describe_stage": "… | describe",
        "hint.pivot_column_key": "例如 pivot 乡镇 by 层级，或 by 层级 in [\"市级\", \"镇级\", \"村级\"]",
        "hint.pivot_other_rows": "请用其他列作行",
        "hint.pivot_aggregate": "例如 agg count()，或 agg wan(sum(金额))",
        "hint.undo_what": "undo 撤销 load、let、rename 等改动数据集的命令",
        "hint.redo_when": "redo 只能紧跟在 undo 之后，中间不能有新的计算或改动",
        "notice.undid": "已撤销：{1}",
        "notice.redid": "已恢复：{1}",
        "notice.renamed": "已将 {1} 改名为 {2}",
        "notice.loaded_files": "已读入 {1}：{2} 行，{3} 列，来自 {4} 个文件：{5}",
        "help_page.windows_title": "窗口函数（用在 derive 里；group 之后在每组内计算），按行的当前顺序：",
        "help_page.text_order": "+ 连接两个文本（\"第\" + 村）；文本默认按拼音排序（sort x codepoint 按码位），< 和 > 按码位比较。",
        "reference.windows_title": "## 窗口函数",
        "reference.windows_intro": "用在 `derive` 里，按行的当前顺序计算（先 sort 决定顺序）；`group` 之后在每组的行内计算。",

        // Functions: their lines of help
        "function.concat.summary": "concat(a, b, …)：把各值连成文本；空值当作没有（a + b 连接两个文本，任一为空则结果为空）。",
        "function.substr.summary": "substr(s, start, n)：从第 start 个字（从 1 数起）起取 n 个字；不给 n 则取到末尾。",
        "function.left.summary": "left(s, n)：前 n 个字。",
        "function.right.summary": "right(s, n)：后 n 个字。",
        "function.replace.summary": "replace(s, old, new)：把 s 中所有的 old 换成 new。",
        "function.trim.summary": "trim(s)：去掉两端的空格（全角空格也去掉）。",
        "function.upper.summary": "upper(s)：拉丁字母转为大写（ａ 也转为 Ａ）。",
        "function.lower.summary": "lower(s)：拉丁字母转为小写。",
        "function.matches.summary": "matches(s, \"模式\")：正则表达式是否在 s 中某处匹配（^ 和 $ 锚定首尾）。",
        "window.row_number.summary": "row_number()：按行的当前顺序编号 1、2、3……（group 之后在每组内编号）。",
        "window.rank.summary": "rank(x)：x 最大的为 1，并列名次相同、其后跳号（1、2、2、4），与 Excel 的 RANK 相同；rank(x, \"asc\") 从最小的数起。",
        "window.dense_rank.summary": "dense_rank(x)：同 rank，但并列之后不跳号（1、2、2、3）。",
        "window.cumsum.summary": "cumsum(x)：x 自上而下的累计值，精确计算（空值不计入）。",
        "window.lag.summary": "lag(x)：上一行的 x（lag(x, n)：上 n 行）；第一行为空。",
        "window.lead.summary": "lead(x)：下一行的 x（lead(x, n)：下 n 行）；最后一行为空。",
        "window.share.summary": "share(x)：x 占 x 合计（group 之后为本组合计）的百分比，精确计算，保留两位小数。",

        // Functions: why they do not take their arguments
        "function_error.text_first": "{1} 的第一个参数应为文本",
        "function_error.start_and_length": "{1} 的起始位置和长度应为整数",
        "function_error.count": "{1} 的字数应为整数",
        "function_error.takes_text": "{1} 的参数应为文本",
        "function_error.pattern_literal": "matches 的模式要写成带引号的文本",
        "function_error.pattern_invalid": "模式 {1} 不是有效的正则表达式：{2}",
        "function_error.pattern_too_long": "模式超过 {1} 个字",
        "function_error.rank_order": "{1} 的第二个参数为 \"asc\"（从最小的数起）或 \"desc\"（从最大的数起，默认）",
        "function_error.ranks": "{1} 只能给数字、日期或文本排名",
        "function_error.takes_numbers": "{1} 的参数应为数字；这里是 {2}",
        "function_error.row_offset": "{1} 的第二个参数为行数，应为 0 或更大的整数",
    ]

    static let zhHelpAnalyst: [String: String] = [
        // pivot
        "help.pivot.summary": "透视表：行按若干列的值，列按另一列的值，每格一个汇总值，并有合计。",
        "help.pivot.discussion": """
            每个格子是行键与列值都相同的那些行的汇总值；没有行落入的格子为空（null），不是 0。合计列与合计行是对该行、\
            该列以及整张表的全部行再做一次同样的汇总，由精确数值算出，绝不把四舍五入后的格子相加：wan(sum(金额)) 的合计\
            是精确的元数只舍入一次。行和列按值排序（文本按拼音），order=first 则按首次出现的顺序；by 层级 in ["市级", \
            "镇级", "村级"] 只给出这几列、按此顺序（其他值的行不计入，合计也不计入）。结果是普通的表：可以排序、作图、\
            导出（--no-totals 去掉合计行和合计列，便于作图）。
            """,
        "help.pivot.part.rows": "作为行的列。",
        "help.pivot.part.rows.expected": "作为行的列，例如 pivot 乡镇 by 层级 agg count()",
        "help.pivot.part.by": "其值作为列的那一列；列 in [\"a\", \"b\"] 只给出这几列，按此顺序。",
        "help.pivot.part.by.expected": "其值作为列的那一列",
        "help.pivot.part.agg": "每个格子里的汇总值：count()、sum(金额)、wan(sum(金额))、mean(x) 等。",
        "help.pivot.part.agg.expected": "每个格子的汇总值，例如 agg count()",
        "help.pivot.option.order": "sorted（默认）：行和列按值排序，文本按拼音；first：按首次出现的顺序。",
        "help.pivot.flag.no-totals": "不要合计行和合计列。",
        "help.pivot.example.1": "各层级站点数，分有无快递物流；镇级没有“否”。",
        "help.pivot.example.2": "按半年统计的销售额（万元）：每个合计由精确元数只舍入一次（94.62，而不是 28.65 + 65.98）。",
        "help.pivot.example.3": "列按给出的顺序排列。",

        // describe
        "help.describe.summary": "概览一个数据集或输入的表：每列的类型、行数、空值、不同值、范围、精确合计、平均值、中位数和最常见的值。",
        "help.describe.discussion": """
            每列一行，相当于 DuckDB 的 SUMMARIZE 和 pandas 的 describe。数字列给出最小值、最大值、精确合计、平均值和\
            中位数（与 mean、median 汇总的结果相同）；日期列给出最小值、最大值和中位数；文本和布尔列给出最常见的值及\
            其出现次数（每个值都只出现一次时不列）。不适用的格子留空。数值按表格的显示方式写出（1,234.50、12.50%、\
            2022-06-08），所以概览的各列都是文本。
            """,
        "help.describe.part.dataset": "要概览的数据集（不给则为前面的表）。",
        "help.describe.part.dataset.expected": "一个数据集",
        "help.describe.example.1": "一眼看清层级列和人次列。",
        "help.describe.example.2": "销售额：有多少场活动有销售额，以及精确合计、平均值和中位数。",

        // rename
        "help.rename.summary": "给列改名（放在 | 之后），或给数据集改名（rename 名称 as 新名）。",
        "help.rename.discussion": """
            放在 | 之后时给前面表格的列改名，其他列位置不变。放在行首时给会话中的数据集改名：数据不变，undo 可以改回原名。
            """,
        "help.rename.part.renames": "每个名字及其新名：旧名 as 新名，用逗号分隔。",
        "help.rename.part.renames.expected": "要改名的列或数据集，例如 rename 金额 as 元",
        "help.rename.example.1": "给两列改名。",
        "help.rename.example.2": "把 budgets 数据集改为中文名。",
        "help.rename.example.2.result": "已将 budgets 改名为 预算",

        // drop
        "help.drop.summary": "去掉指定的列，其他列顺序不变。",
        "help.drop.part.columns": "要去掉的列。",
        "help.drop.part.columns.expected": "要去掉的列",
        "help.drop.example.1": "除站点名称、乡镇和村以外的所有列。",

        // union
        "help.union.summary": "把另一个数据集的行接在输入的表下面，按列名对齐。",
        "help.union.discussion": """
            两张表的列必须相同，顺序可以不同：结果按输入表的列顺序；只有一边有的列会报错并指出列名。一边是整数、\
            另一边是小数的列合并为小数；其他混合合并为文本。所有行都保留，重复的行也保留。
            """,
        "help.union.part.dataset": "其行接在下面的数据集（或单元格结果 _N）。",
        "help.union.part.dataset.expected": "要接上的数据集",
        "help.union.example.1": "5 笔到位记录，再接上全部 23 行。",

        // undo, redo
        "help.undo.summary": "撤销上一次改动数据集的命令（load、let、给数据集改名等）。",
        "help.undo.discussion": """
            数据集恢复到那条命令之前的样子，此后做的一切也随之离开会话：save 既不写入被撤销的命令，也不写入它之后的查询，\
            它们的单元格被搁置（下一条命令沿用被撤销命令的编号）。redo 可以恢复它们，直到有新的命令进行计算或改动。\
            表是不可变的值，撤销不需要任何代价。日志会记下 undo 和 redo，重放日志得到同样的数据集。
            """,
        "help.undo.example.1": "“村级”数据集又没有了。",
        "help.undo.example.1.result": "已撤销：let 村级 = stations | where 层级 == \"村级\"",
        "help.redo.summary": "恢复上一次 undo 撤销的内容。",
        "help.redo.example.1": "“村级”数据集回来了。",
        "help.redo.example.1.result": "已恢复：let 村级 = stations | where 层级 == \"村级\"",

        // sort
        "help.sort.summary": "按一个或多个键排序（默认升序，desc 为降序）；文本按拼音排序；稳定排序，空值排在最后。",
        "help.sort.discussion": """
            文本按汉语词典（拼音）顺序排序，与 Excel、WPS 相同：数字和拉丁字母在前，汉字按拼音（保、陈、大、东……），\
            由平台的排序规则（ICU 的中文规则）给出。键后加 codepoint 则该键按 Unicode 码位排序。键相同的行保持原有顺序；\
            分组（group、distinct、order=first 的 pivot）按各组第一行出现的顺序排列。
            """,
        "help.sort.part.keys": "排序依据的列或表达式，每个可加 asc（默认）或 desc，文本可加 codepoint 按码位排序。",
        "help.sort.part.keys.expected": "排序键",
        "help.sort.example.1": "服务人次最多的站点在前；人次相同按编号。",
        "help.sort.example.2": "活动类型按拼音排序（ping、ye、zhan、zhi、zhu）。",
        "help.sort.example.3": "同样的类型按码位排序。",

        // derive
        "help.derive.summary": "添加由每行计算出的列；后面的列可以用前面新算出的列。",
        "help.derive.discussion": """
            窗口函数会看其他行，按行的当前顺序计算（先 sort 决定顺序）：row_number()、rank(x)、dense_rank(x)、\
            cumsum(x)、lag(x)、lead(x) 和 share(x)。group 之后在每组内计算，derive 给出各组的行（保持顺序）及新列，\
            分组到此结束。help functions 列出所有函数。
            """,
        "help.derive.part.columns": "新列，每个写作 名称 = 表达式，按行计算（用窗口函数时看多行）。",
        "help.derive.part.columns.expected": "derive 万元 = wan(金额)",
        "help.derive.example.1": "以万元计的金额和月份。",
        "help.derive.example.2": "每类活动按日期排序并编号，附销售额的累计值。",

        // load: the example of a pattern (the rest of load's help is still in LoadCommand.swift)
        "help.load.example.5": "把四个季度台账按文件名顺序上下拼接，并加上“文件”列。",
    ]
}
