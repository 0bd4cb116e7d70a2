// Chinese texts of the shell area (see Catalog.swift for the format; English in en/CatalogEnShell.swift): the
// shell's own words, and the command line's (`cli.*`).

extension Catalog {
    static let zhShell: [String: String] = [
        // shell
        "shell.banner": "jixiao {1}：已载入 {2} 个数据集（{3}）。help 列出命令，Tab 补全，Ctrl-D 退出。",
        "shell.replace_question": "“{1}”已存在，要替换吗？[y/N] ",
        "shell.not_replaced": "未保存：“{1}”保持原样",
        "shell.escape_usage": "!命令 运行一条 shell 命令，例如 !ls datasets",
        "shell.escape_cannot_start": "无法启动 /bin/sh",
        "shell.escape_status": "（退出状态 {1}）",
        "shell.warning": "注意：{1}",
        "shell.not_journaled": "注意：本次会话没有写入会话日志：{1}",
        "shell.history_not_saved": "jixiao：无法把历史记录保存到“{1}”：{2}",
        "shell.more_completions": "……还有 {1} 个",

        // 命令行：jixiao 与各模式共用的选项
        "cli.jixiao.abstract": "财政项目支出绩效自评的交互式分析 shell。",
        "cli.jixiao.discussion": """
            单独运行 jixiao 启动 shell；jixiao -c COMMAND [-c COMMAND …] 运行命令后退出；jixiao FILE.jx 运行脚本后退出。

            自带数据集从 --datasets DIR 载入，未给出时从 $JIXIAO_DATASETS，再没有时从项目的 datasets/ 载入。项目即工作\
            文件夹；脚本在某个 sessions/ 文件夹中时，项目是包含该 sessions/ 的文件夹，脚本也在那里运行。会话日志保存\
            在 $XDG_STATE_HOME/jixiao/journals。

            重放的脚本不运行 shell 命令（!…），只读取工作文件夹和数据集文件夹，只写入工作文件夹的 sessions/ 和 \
            exports/；--allow-read DIR 允许它也读取 DIR，--allow-write DIR 允许它也在 DIR 中读写（两者都可重复）。\
            --safe（或 JIXIAO_SAFE=1）让 shell 和 -c 也遵守这些规则，用于打开收到的文件。

            预算限制不可信的工作：每次重放的命令数、连接或透视的行数、一条命令的内存、脚本标题行计算摘要的字节数、\
            整体读入的文件大小；--budget 名称=数值（或 JIXIAO_BUDGET_名称）可以修改。
            """,
        "cli.jixiao.command": "运行 COMMAND 后退出；可重复，按顺序运行，遇到第一个错误即停止。",
        "cli.jixiao.reference": "输出命令参考（Markdown）后退出。",
        "cli.option.datasets": "载入 DIR 中的数据集（默认：$JIXIAO_DATASETS，否则为项目的 datasets/）。",
        "cli.option.lang": "界面语言：zh（中文，默认）或 en（英文）；未给出时看 $JIXIAO_LANG，再看系统的区域设置。",
        "cli.option.no_datasets": "不载入数据集。",
        "cli.option.allow_read": "重放的脚本也可以读取 DIR（可重复）。",
        "cli.option.allow_write": "重放的脚本也可以在 DIR 中读写（可重复）。",
        // run
        "cli.run.abstract": "启动 shell，或运行脚本后退出（默认子命令：jixiao FILE.jx 即 jixiao run FILE.jx）。",
        "cli.run.discussion": """
            没有终端时，从标准输入送入的命令全部运行，只要有一条失败，退出码就不为 0。脚本在第一个错误处停止，\
            以 文件:行:列 报告错误位置。
            """,
        "cli.run.script": "要运行的脚本，运行方式与 replay 相同。",
        // replay
        "cli.replay.abstract": "像手工输入一样运行脚本；记录或核对它的输出，或把它当作教程一步步练习。",
        "cli.replay.discussion": """
            不带选项时，脚本运行到第一个错误处停止。--update 把每条命令的输出记录到 FILE.jx.expected；--check \
            重新运行并与记录核对；--step 把脚本当作教程一步步练习。
            """,
        "cli.replay.update": "把每条命令的输出记录到 FILE.jx.expected。",
        "cli.replay.check": "重新运行，与 FILE.jx.expected 核对。",
        "cli.replay.step": "把脚本当作教程一步步练习。",
        "cli.replay.script": "要重放的脚本。",
        // notebook
        "cli.notebook.abstract": "把脚本重放成笔记本：说明写成正文，命令写成代码块，输出放在命令下面。",
        "cli.notebook.discussion": "输出文件的扩展名决定格式：.md 为 Markdown，.html 为网页，.docx 为 Word 文档。",
        "cli.notebook.output": "要写出的笔记本。",
        // report
        "cli.report.abstract": "用数据集填写 Markdown 报告模板：每个 {{{{ 管道 }} 给出一个值、一张表格、一张图表或一张表单。",
        "cli.report.discussion": """
            {{{{ PIPELINE }} 放一个值（数字按行文的写法：123.4、18、56.78%）、一张图表或一张表单（{{{{ appendix }}）；\
            {{{{ table: PIPELINE }} 放一张表格；表格、图表和表单要单独占一行。占位符按重放脚本中命令的方式运行（读写规则\
            相同）；第一个出错的占位符以模板的 行:列 报告，什么也不写出。报告末尾列出数据集的指纹。输出文件的扩展名决定\
            格式：.docx、.html 或 .md。
            """,
        "cli.report.template": "报告模板（带 {{{{ … }} 占位符的 Markdown）。",
        "cli.report.output": "要写出的报告。",
        // tutorial
        "cli.tutorial.abstract": "检查教程：每一步都能运行，并有结果可以和学员的答案比对。",
        "cli.tutorial.discussion": "学习教程：在 shell 中输入 tutorial 教程名，或运行 jixiao replay --step FILE.jx。",
        "cli.tutorial.check": "检查这个教程。",
        "cli.tutorial.script": "教程，即名为 sessions/tutorial-教程名.jx 的脚本。",
        // 用法错误与提示
        "cli.error.commands_with_script": "-c 用来运行命令，不能同时给出脚本",
        "cli.error.one_replay_mode": "{1} 只能选一个，不能同时用 {2}",
        "cli.and": "{1} 和 {2}",
        "cli.error.tutorial_needs_check": "tutorial 需要 --check FILE.jx（学习教程：在 shell 中输入 tutorial 教程名，或运行 jixiao replay --step FILE.jx）",
        "cli.error.unknown_language": "未知的语言“{1}”：可选 zh 或 en",
        "cli.error.no_such_folder": "jixiao：{1} 给出的文件夹“{2}”不存在",
        "cli.error.no_datasets_folder": "jixiao：找不到数据集文件夹“{1}”",
        "cli.error.cannot_load_datasets": "jixiao：无法载入“{1}”中的数据集：{2}",
        "cli.wrote": "已写出“{1}”",
        "cli.wrote_up_to_error": "已写出“{1}”（只写到出错处为止）",

        // ArgumentParser 自己的文字
        "cli.parser.overview": "概述：{1}",
        "cli.parser.usage_heading": "用法：{1}",
        "cli.parser.usage": "用法：{1}",
        "cli.parser.arguments": "参数：",
        "cli.parser.options": "选项：",
        "cli.parser.subcommands": "子命令：",
        "cli.parser.help_flag": "{1}显示帮助信息。",
        "cli.parser.version_flag": "{1}显示版本号。",
        "cli.parser.default_subcommand": "{1}（默认）  {2}",
        "cli.parser.see_help": "  用 '{1} help <子命令>' 查看子命令的详细帮助。",
        "cli.parser.see_more": "  用 '{1}' 查看更多信息。",
        "cli.parser.help_line": "帮助：{1}",
        "cli.parser.error": "错误：{1}",
        "cli.parser.subcommand_placeholder": "<子命令>",
        "cli.parser.unknown_option_suggestion": "未知的选项 '{1}'。是不是要用 '{2}'？",
        "cli.parser.unknown_option": "未知的选项 '{1}'",
        "cli.parser.missing_value": "'{1}' 缺少值",
        "cli.parser.missing_argument": "缺少参数 '{1}'",
        "cli.parser.missing_one_of": "缺少以下之一：'{1}'",
        "cli.parser.unexpected_argument": "多余的参数 '{1}'",
        "cli.parser.unexpected_arguments": "{1} 个多余的参数：{2}",
        "cli.parser.value_not_taken": "选项 '{1}' 不带值，却给了 '{2}'。",
        "cli.parser.invalid_value": "值 '{1}' 不适用于 '{2}'",
        "cli.parser.missing_subcommand": "缺少子命令。",
        "cli.parser.invalid_option": "无效的选项：{1}",
        "cli.parser.duplicate": "用 {1} 设置的值已经用 {2} 设置过",
    ]
}
