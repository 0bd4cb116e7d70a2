// Chinese texts of the session area (see Catalog.swift for the format; English in en/CatalogEnSession.swift).

extension Catalog {
    static let zhSession: [String: String] = [
        "report.unterminated_placeholder": "以 {{{{ 开始的占位符在本行没有以 }} 结束",
        "report.empty_placeholder": "占位符是空的：{{{{ }} 里要写一条管道",
        "report.not_a_value": "正文里的占位符只能放一个值，这条管道给出 {1} 行 × {2} 列",
        "report.not_a_table": "table: 后面要写给出表格的管道",
        "report.nothing_to_place": "这条管道没有可放进报告的结果",
        "report.block_inline": "报告模板里的表格、图表或表单要单独占一行",
        "report.unknown_format": "报告可写成 .docx、.html 或 .md，不能写成 {1}",
        "report.shell_in_template": "报告模板里的 shell 命令不会运行；什么也没有写出",
        "hint.report_whole_placeholder": "把整条管道写在同一行：{{{{ funds | count }}",
        "hint.report_placeholder_example": "例如 {{{{ funds | where 方向 == \"支出\" | agg wan(sum(金额)) }}",
        "hint.report_table_or_agg": "要放表格，请把 {{{{ table: … }} 单独写一行；或用 agg 把各行汇总成一个值",
        "hint.report_leave_out_table": "去掉 table: 就可以放一个值、一张图表或一张表单",
        "hint.report_what_to_place": "占位符可放一个值、一张表格（table: …）、一张图表或一张表单",
        "hint.report_own_line": "把这个占位符单独写一行",
        "hint.type_it_yourself": "如果信任这条命令，请自己在 jixiao 提示符下输入",
        "report.generated": "本报告由 jixiao {1} 按模板 {2} 从下列数据集计算生成，数字均非手填；重新生成：jixiao report {2} -o {3}",
        "report.fingerprints": "数据集指纹：",
        "report.fingerprint": "{1}：{2} 行，sha256 {3}，{4}",
        "report.nothing_written": "没有写出 {1}",
        "notice.cannot_write": "jixiao：无法写出 {1}：{2}",
        "docx.rows_left_out": "（仅列前 {1} 行，共 {2} 行；完整数据请导出为 .csv 或 .xlsx。）",
    ]
}
