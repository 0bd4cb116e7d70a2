// 关于其他来源文件的中文文本：探测到的 CSV 格式、宽松读取、非中文编码。

extension Catalog {
    static let zhForeign: [String: String] = [
        "text.invalid_in_encoding": "第 {2} 行不是有效的 {1} 编码（字节 {3}）",
        "load.unknown_delimiter": "delimiter= 应为 comma、semicolon、pipe 或 tab（或该字符本身），而不是 {1}",
        "load.csv_option_only": "{1}= 只用于 CSV 和文本文件",
        "note.read_as_not_chinese": "按 {1} 编码读取：按 GB18030 读会得到生僻字（{2}…）；encoding=gb18030 可仍按中文读取",
        "note.csv.delimiter_detected": "各列以{1}分隔（自动探测；delimiter= 可指定）",
        "note.csv.backslash_escape": "带引号字段中的引号以反斜杠转义（自动探测）",
        "note.csv.no_header_detected": "没有表头行：第一行就是数据；各列命名为 column1 … column{1}（自动探测；header=N 可指定表头所在行）",
        "note.csv.no_header": "没有表头行：各列命名为 column1 … column{1}",
        "note.csv.padded_rows": "strict=false：{1} 行列数不足，已用空单元格补齐（第 {2} 行）",
        "note.csv.cut_rows": "strict=false：{1} 行列数过多，已截为 {2} 列，多出的单元格被丢弃（第 {3} 行）",
        "note.csv.stray_quotes": "strict=false：{1} 行字段中的引号按普通文字读取（第 {2} 行）",
        "csv.delimiter.comma": "逗号",
        "csv.delimiter.semicolon": "分号",
        "csv.delimiter.tab": "制表符",
        "csv.delimiter.pipe": "竖线 |",
        "hint.csv.strict_false": "{1}；strict=false 可读取这样的行，并将其补齐或截断",
        "help.load.option.delimiter": "CSV 或文本文件的列分隔符：comma、semicolon、pipe 或 tab（不指定则自动探测）。",
        "help.load.option.strict": "strict=false 读取列数不齐的行（补齐或截断）和多余的引号，并说明在哪些行；strict=true（默认）则拒绝读取。",
    ]
}
