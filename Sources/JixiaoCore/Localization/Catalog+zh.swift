// The Chinese catalog: every text of the interface in Simplified Chinese, keyed as in `Catalog+en.swift`.
// Terms follow docs/glossary.md.

extension Catalog {
    /// Simplified Chinese, merged from the tables of each area.
    package static let zh: [String: String] = merged(zhTables)

    /// The tables of each area, in the order they merge.
    package static let zhTables: [[String: String]] = [zhInterface, zhCore, zhLanguage, zhCommands, zhHelp, zhSession, zhShell, zhRender, zhEvaluation, zhAnalyst, zhGate, zhTemporal, zhReliability, zhForeign, zhXLSXPackage, zhDatabase]

    static let zhInterface: [String: String] = [
        "phase.parse": "语法错误",
        "phase.bind": "名称错误",
        "phase.run": "错误",
        "phase.io": "文件错误",
        "phase.input": "输入无效",
        "phase.security": "已拒绝",
        "phase.interrupted": "已中断",
        "phase.internal": "内部错误",
        "diagnostic.hint": "提示",
        "diagnostic.line": "第 {1} 行",
        "diagnostic.line_column": "第 {1} 行第 {2} 列",
        "run.interrupted": "已按 Ctrl-C 停止，未做任何改动",
        "hint.columns": "可用的列：{1}",
        "hint.no_columns": "该表没有列",
        "list.cut": "{1}……（另有 {2} 个）",
        "list.all": "{1}",
        "hint.did_you_mean": "是不是要找“{1}”？",
        "name.unknown_column": "没有名为“{1}”的列",
        "diagnostic.separator": "：",
        "list.separator": "、",
    ]
}
