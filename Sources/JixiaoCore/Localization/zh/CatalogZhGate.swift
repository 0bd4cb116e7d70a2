// 闸门与预算（issue 20：每个文件同一读写规则、不可信工作的上限、--safe）的中文文本；格式见 Catalog.swift，
// 英文在 en/CatalogEnGate.swift。

extension Catalog {
    static let zhGate: [String: String] = [
        // Diagnostics
        "security.data_file_write": "数据文件不能写文件：{1}",
        "security.safe_shell": "使用 --safe 时不能运行系统命令（!…）",
        "budget.replay_commands": "重放已达到 {1} 条命令的预算（含其中嵌套的重放）",
        "budget.join_rows": "连接的结果会有 {1} 行，超过了 {2} 行的预算",
        "budget.join_memory": "连接的结果会有 {1} 行，约 {2} 字节，超过了 {3} 字节的内存预算",
        "budget.pivot_cells": "透视的结果会有 {1} 行 × {2} 列，超过了 {3} 个单元格的预算",
        // Hints and notices
        "hint.budget.commands": "一次重放（含其中嵌套的重放）最多运行 --budget commands=N 允许的命令数",
        "hint.budget.memory": "先筛选行，或用 --budget memory=大小（K、M、G）调高预算",
        "hint.budget.pivot": "按取值更少的列透视，或用 --budget rows=N 调高预算",
        "hint.security.data_file_writes": "指标、声明和报告模板只计算数值；请在提示符下或脚本中导出",
        "hint.security.safe_mode": "本会话以 --safe 运行：适用重放脚本的规则",
        "session.dataset_not_readable": "数据集“{1}”：{2} 不在脚本可读取的文件夹内，未核对",
        "session.dataset_too_large_to_hash": "数据集“{1}”：{2} 超过了标题行可计算摘要的 {3} 字节，未核对",
        // Command line
        "cli.option.safe": "按脚本规则运行：只读取工作文件夹和允许的文件夹，只写入 sessions/ 和 exports/，不能运行 !命令（也可设 JIXIAO_SAFE=1）。",
        "cli.option.budget": "修改预算：commands、rows、memory、hash 或 file，例如 rows=1000000 或 memory=2G（可重复；也可设 JIXIAO_BUDGET_名称）。",
        "cli.budget_rejected": "{1} 不是预算：请写 名称=数值，名称为 {2} 之一，数值为正整数（字节可用 K、M、G）",
    ]
}
