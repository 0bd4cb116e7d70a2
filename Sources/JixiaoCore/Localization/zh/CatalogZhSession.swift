// Chinese texts of the session area (see Catalog.swift for the format; English in en/CatalogEnSession.swift):
// diagnostics and notices of journals, scripts, replay, notebooks and lessons, the walkthrough's words, and
// the help of the session commands (save, replay, sessions, tutorial). Terms follow docs/glossary.md.

extension Catalog {
    static let zhSession: [String: String] = merged([zhSessionTexts, zhSessionReport, zhSessionHelp])

    static let zhSessionTexts: [String: String] = [
        // 错误
        "journal.open_failed": "无法打开会话日志：{1}",
        "journal.write_failed": "无法写入会话日志：{1}",
        "journal.flush_failed": "无法把会话日志写到磁盘：{1}",
        "script.not_utf8": "脚本不是 UTF-8 文本",
        "security.shell_in_script": "脚本中的 shell 命令不会运行",
        "security.replay_depth": "脚本互相重放超过了 {1} 层",
        "save.name_is_path": "脚本名只能是一个名字，不能是路径",
        "save.exists": "“{1}”已存在",
        "save.stale_expected": "已保存“{1}”，但无法删除过时的“{1}.expected”：{2}",
        "notebook.unknown_format": "笔记本只能写成 .md、.html 或 .docx，不能是“{1}”",
        "lesson.unreadable": "无法读取教程：{1}",
        "lesson.no_steps": "这个教程没有步骤",
        "lesson.step_without_result": "第 {1} 步{2}",
        "name.unknown_walkthrough": "没有名为“{1}”的教程",
        // save
        "session.saved": "已把 {1} 条命令保存到“{2}”",
        "session.relocated": "  重放脚本时，“{1}”写成“{2}”（重放的脚本只写入 exports/ 和 sessions/）",
        "session.removed_expected": "  已删除为被替换的脚本记录的“{1}.expected”；运行 jixiao replay --update {1} 可重新记录",
        "session.hint_force": "用 save {1} --force 替换它，或换一个名字",
        // replay
        "session.warning": "注意：{1}",
        "session.file_warning": "{1}: 注意：{2}",
        "session.dataset_missing": "数据集“{1}”：文件“{2}”不存在或不是普通文件（保存脚本时它的 sha256 为 {3}…）",
        "session.dataset_changed": "数据集“{1}”在保存脚本后有改动：sha256 当时为 {2}…，现在为 {3}…（{4}）",
        "session.stacked_file_changed": "数据集“{1}”的文件 {2} 在保存脚本后有改动：sha256 当时为 {3}…，现在为 {4}…",
        "session.still_rows": "仍是 {1} 行",
        "session.rows_then_now": "当时 {1} 行，现在 {2} 行",
        "session.shell_in_script_nothing_ran": "脚本中的 shell 命令不会运行；这个脚本的命令一条也没有运行",
        "session.hint_replays_itself": "是不是有脚本在重放它自己？",
        "session.recorded": "已把 {1} 条命令的输出记录到“{2}”",
        "session.no_recorded_output": "{1}: 没有预期输出“{2}”；请先运行 jixiao replay --update {1}",
        "session.all_match": "{1}: 全部 {2} 条输出与预期输出一致",
        // 与预期输出核对
        "session.run_stopped": "{1}:{2}: 运行在这条命令之前就停止了：{3}",
        "session.command_changed": "{1}:{2}: 第 {3} 条命令现在是 `{4}`，记录的却是 `{5}`；改动脚本后请运行 --update",
        "session.no_output_recorded": "{1}:{2}: 这条命令没有记录预期输出：{3}；请运行 --update",
        "session.output_differs": "{1}:{2}: 输出在{3}与预期不同：{4}",
        "session.output_line": "第 {1} 行",
        "session.output_table_row": "第 {1} 行（表格第 {2} 行）",
        "session.nothing": "（无）",
        // 笔记本
        "notebook.error_heading": "错误",
        // 教程与教程检查
        "tutorial.no_lessons": "sessions/ 中没有教程：教程是名为 sessions/tutorial-教程名.jx 的脚本",
        "tutorial.hint_list": "只输入 tutorial 即可列出所有教程（sessions/tutorial-*.jx）",
        "tutorial.in_shell": "“{1}”是交互式 shell 中的演练；在命令行中请用：jixiao replay --step {2}",
        "lesson.hint_step": "每一步是一行命令，前面可以有以 # 开头的说明行",
        "lesson.hint_result": "每一步需要一条结果为表或文本的查询，或一条留下数据集的 let 或 load；解释请写在 # 说明行里",
        "lesson.reason_no_result": "没有结果",
        "lesson.reason_only_displays": "只是显示（help、列表、save、replay、tutorial）：学员的答案没有可比对的结果",
        "lesson.reason_leaves_no_dataset": "应当留下名为“{1}”的数据集，却没有留下",
        "lesson.reason_only_a_note": "没有可比对的表或文本（只有一条通知，例如写出了文件）",
        "lesson.check_failed": "{1}: 教程共 {3}，发现 {2}",
        "lesson.problems": "{1} 个问题",
        "lesson.steps": "{1} 步",
        "lesson.check_passed": "{1}: 通过，共 {2}，每一步都能运行并有结果可比对",
        // 演练
        "walkthrough.introduction": "教程 {1}：共 {2} 步。输入命令运行；回车或 Tab 使用示例命令（next），skip 跳过，back 返回，quit 退出。",
        "walkthrough.prompt": "练习 [{1}/{2}]> ",
        "walkthrough.quit": "已退出教程，完成 {1}/{2} 步。",
        "walkthrough.skipped": "已跳过。示例命令是：{1}",
        "walkthrough.try_again": "再试一次，或直接回车使用示例命令。",
        "walkthrough.accepted": "✓ 结果与示例一致。",
        "walkthrough.rejected": "✗ 结果与示例不同：{1}\n再试一次，或回车查看示例命令。",
        "walkthrough.finished": "教程完成：{1}/{1} 步。",
        "walkthrough.missing_dataset": "这一步要留下名为“{1}”的数据集，你的工作区里还没有。",
        "walkthrough.kind": "示例的结果是{1}，你的结果是{2}。",
        "walkthrough.kind_table": "一张表",
        "walkthrough.kind_text": "一段文本",
        "walkthrough.kind_nothing": "空的（没有输出）",
        "walkthrough.text_line": "第 {1} 行文本不同。",
        "walkthrough.column_count": "示例 {1}（{2}），你的结果 {3}（{4}）。",
        "walkthrough.columns": "{1} 列",
        "walkthrough.no_columns": "无",
        "walkthrough.row_count": "示例 {1}，你的结果 {2}。",
        "walkthrough.rows": "{1} 行",
        "walkthrough.ordered_row": "第 {1} 行不同（这一步排序或取前几行，行的顺序也要一致）。",
        "walkthrough.unordered_row": "有一行不同（这一步不计行的顺序；两边的行按值排好后，第 {1} 行不同）。",
        "walkthrough.example_line": "    示例：{1}",
        "walkthrough.your_line": "    你的：{1}",
        "walkthrough.null": "（空）",
    ]

    /// The texts of report templates (`jixiao report`) and of Word documents.
    static let zhSessionReport: [String: String] = [
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

    /// 会话命令的帮助，键由 `CommandHelp` 按命令名推出（见 `Command`）。
    static let zhSessionHelp: [String: String] = [
        // save（保存）
        "help.save.summary": "把本次会话的命令保存为脚本 sessions/NAME.jx，以便重放。",
        "help.save.discussion": """
            脚本以文件头开始（工具版本、日期、用到的每个数据集及其行数和文件的 SHA-256），接着是成功且产生或改变了\
            结果的命令，写成规范形式，你写的 # 注释作为说明。帮助、列表、浏览和失败的命令不保存，被 undo 撤销的命令及其后做的一切也不保存；保存的命令正是会话中\
            编号的单元，所以重放时 _3 和 out 3 指同一个单元。写到 exports/ 和 sessions/ 以外的文件，在脚本中改为写到 \
            exports/（重放的脚本只能写到那里），通知中会说明。已有同名脚本时，不加 --force 不会替换（在提示符下 jixiao \
            会先询问）；替换时会删除它的 NAME.jx.expected，那是为旧脚本记录的预期输出。文件以原子方式写出：出错时\
            绝不会留下半个脚本。
            """,
        "help.save.part.name": "脚本名：写到 sessions/NAME.jx。",
        "help.save.part.name.expected": "脚本名",
        "help.save.flag.force": "替换已有的同名脚本。",
        "help.save.example.1": "写出 sessions/站点分析.jx。",
        "help.save.example.2": "重新写出，替换之前的 sessions/站点分析.jx。",
        // replay（重放）
        "help.replay.summary": "在这里像手工输入一样运行保存的脚本中的命令，遇到第一个错误即停止。",
        "help.replay.discussion": """
            先报告保存脚本之后文件有改动的数据集。在命令行中，jixiao replay [--update | --check | --step] FILE 把输出\
            记录在脚本旁边、与记录核对，或一步步演练脚本。脚本可能来自任何人：它不运行 shell 命令（!…），只读取工作\
            文件夹和数据集文件夹（或 jixiao --allow-read DIR 给出的文件夹），只写入工作文件夹的 sessions/ 和 exports/\
            （或 jixiao --allow-write DIR 给出的文件夹）；含 .. 的路径和绝对路径都会被拒绝，并指出所在的行。
            """,
        "help.replay.part.file": "要运行的脚本，例如 sessions/example.jx。",
        "help.replay.part.file.expected": "脚本文件",
        "help.replay.example.1": "重新运行保存的会话。",
        // sessions（会话）
        "help.sessions.summary": "列出最近的会话日志，最新的在前；每个都可以像脚本一样重放或保存。",
        "help.sessions.example.1": "之前的会话记在哪里。",
        // tutorial（教程）
        "help.tutorial.summary": "在 shell 中开始一步步的演练（sessions/NAME.jx 或 sessions/tutorial-NAME.jx）；不带教程名时列出所有教程。",
        "help.tutorial.discussion": """
            每一步先显示说明；输入一条命令，只要结果与脚本中的命令相同就算通过（行的顺序不限，除非这一步排序或取前 N \
            行）。直接回车或按 Tab（next）运行脚本自己的命令；skip 跳过，back 回到上一步，quit 退出。只输入 tutorial \
            列出所有教程（sessions/tutorial-*.jx）及其第一行说明。在命令行中：jixiao replay --step FILE；jixiao \
            tutorial --check FILE 检查教程的每一步都能运行并有结果可比对。
            """,
        "help.tutorial.part.lesson": "要开始的教程（不给出时列出所有教程）。",
        "help.tutorial.part.lesson.expected": "教程名",
        "help.tutorial.example.1": "现有的教程及其标题。",
        "help.tutorial.example.2": "基础：load、where、group、sort。",
    ]
}
