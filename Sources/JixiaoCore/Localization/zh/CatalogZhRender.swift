// Chinese texts of the render area (see Catalog.swift for the format; English in en/CatalogEnRender.swift).

extension Catalog {
    static let zhRender: [String: String] = [
        // 表格
        "render.columns_left_out": "（另有 {1} 列未显示：{2}；加宽窗口、用 select 选列，或导出到文件即可看到）",
        "render.rows_left_out": "……还有 {1} 行未显示（共 {2} 行；用 show rows=N 显示更多）",
        "render.no_rows": "（没有行）",
        "render.no_columns": "（没有列）",
        "render.form_wider_than_window": "（自评表宽 {1} 个字符，当前窗口只有 {2} 个：加宽窗口，或用 appendix to 文件.xlsx（或 .docx、.html、.md、.csv、.txt）查看完整的表）",
        // 图表
        "chart_note.bars_left_out": "……还有 {1} 条未画出（共 {2} 条；用 sort 和 top N 选出要画的）",
        "chart_note.columns_left_out": "……还有 {1} 根柱未画出（共 {2} 根；项目多时用 chart bar 画横条）",
        "chart_note.histogram_heading": "{1}：{2}，分为 {3}，组距 {4}",
        "chart_note.histogram_values": "{1} 个值",
        "chart_note.histogram_bins": "{1} 组",
        "chart_note.histogram_nulls": "，{1} 个空值未计入",
        "chart_note.no_values_to_draw": "（没有可画的值）",
        "chart_note.sparkline_empty": "{1}（没有值）",
        "chart_note.sparkline_extent": "最小 {1}，最大 {2}",
        "chart_note.sparkline_span": "{1}（{2}）",
        "chart_note.label_range": "{1} 至 {2}",
    ]
}
