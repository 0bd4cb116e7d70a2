// 各种软件生成的工作簿包的中文文字（英文见 en/CatalogEnXLSXPackage.swift）。

extension Catalog {
    static let zhXLSXPackage: [String: String] = [
        "xlsx.password_protected": "{1} 是设置了打开密码的工作簿：jixiao 无法读取加密的工作簿",
        "hint.xlsx.remove_password": "请用 Excel 或 WPS 输入密码打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后重新保存",
        "xlsx.legacy_xls": "{1} 是旧版 .xls 工作簿（Excel 97–2003 格式），不是 .xlsx 工作簿",
        "hint.xlsx.save_as_xlsx": "请用 Excel 或 WPS 另存为 .xlsx（另存为 → Excel 工作簿）",
        "hint.xlsx.ole_file": "它是 OLE 复合文件（旧版 Office 文档），不是工作簿",
        "hint.xlsx.no_workbook_part": "包的关系（_rels/.rels）、[Content_Types].xml 和 xl/workbook.xml 都没有指出工作簿部件",
        "xlsx.not_a_worksheet": "工作表“{1}”是图表工作表：其中没有单元格",
        "xlsx.sheet_without_part": "工作簿列出了工作表“{1}”，但其中没有这张表（关系 {2} 没有指向任何部件）",
        "xlsx.shared_string_out_of_range": "工作表“{1}”单元格 {2}：共享字符串 {3} 不存在（工作簿只有 {4} 个）",
        "xlsx.shared_strings_missing": "工作表“{1}”单元格 {2}：引用共享字符串 {3}，但工作簿缺少共享字符串部件 {4}",
        "note.xlsx.sheets_without_part": "工作簿列出了 {1} 张其中没有的工作表：{2}",
        "note.xlsx.styles_missing": "工作簿缺少样式部件 {1}：数字按无格式读取（日期显示为序号）",
        "note.xlsx.numbers_rounded_to_zero": "{1} 个非零数字小于 10 位小数所能表示的范围，按 0 读取（首个：单元格 {2}，{3}）",
        "note.xlsx.numbers_beyond_range": "{1} 个数字超出精确小数的范围，按文字保留，所在列为文字（首个：单元格 {2}，{3}）",
    ]
}
