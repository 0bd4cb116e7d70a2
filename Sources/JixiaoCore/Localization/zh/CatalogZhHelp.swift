// Chinese texts of the help area (see Catalog.swift for the format; English in en/CatalogEnHelp.swift).
// A command's texts are under keys derived from its name (see the doc comment of `Command` in JixiaoCommands),
// one table per category of `help`. Terms follow docs/glossary.md.

extension Catalog {
    package static let zhHelp: [String: String] = merged([zhHelpPages, zhHelpData, zhHelpFilters, zhHelpAggregation, zhHelpOutput,
                                                          zhHelpEvaluation, zhHelpReview, zhHelpSession, zhHelpHelp, zhHelpAnalyst])

    static let zhHelpPages: [String: String] = [
        "category.data": "数据",
        "category.filters": "筛选与整理",
        "category.aggregation": "分组汇总",
        "category.output": "输出",
        "category.session": "会话",
        "category.evaluation": "绩效评价",
        "category.help": "帮助",
        // the command reference
        "reference.title": "jixiao 命令参考",
        "reference.generated": "由 `make reference` 根据每个命令的声明生成；此文件过时时，测试会失败。",
        "reference.argument": "`{1}`：{2}",
        "reference.aliases": "也可写作：{1}",
        "reference.gives": "结果：",
        "reference.functions": "函数",
        "reference.aggregates": "汇总函数",
        "reference.limits": "限制",
        "reference.limit_division": "`x / 0` 和 `x % 0` 的结果为空值，与 DuckDB、SQLite 相同；`pct(a, 0)` 也为空值。",
        "reference.limit_digits": "超过 18 位数字的结果（合计、乘积）会报错，绝不会回绕或四舍五入；CSV 文件中超过 64 位的整数按文本读入。",
        "reference.limit_dates": "日期的范围是 0001-01-01 到 9999-12-31：超出范围的日期运算会报错；CSV 中超出范围的单元格不算日期（这一列保持为文本）。",
        "reference.limit_sizes": "表达式最多嵌套 {1} 层（括号最多 {2} 层）；CSV 文件最多 {3} 列，且小于 2 GiB；一张表最多 {4} 行。",
        "reference.limit_scripts": "`!命令` 只在交互提示符下运行系统命令；重放的脚本从不运行系统命令，只读取工作文件夹和数据集文件夹中的文件（给出 `--allow-read DIR` 时还可读取该文件夹），只写入 `sessions/` 和 `exports/`（给出 `--allow-write DIR` 时还可写入该文件夹）。",
        // help pages
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

    static let zhHelpData: [String: String] = [
        // load（载入）
        "help.load.summary": "把 CSV、TSV、Excel（.xlsx）或 JSON 文件载入为数据集。",
        "help.load.discussion": """
            格式由扩展名决定：.csv（逗号分隔）、.txt（逗号或制表符分隔，按文件内容判断）、.tsv、.xlsx、.json（对象数组，\
            或 JSON Lines；也可用 .jsonl）。数据集名默认为去掉扩展名的文件名。
            中文版 Windows 上 Excel 保存的文件无需任何选项即可打开：编码自动识别（UTF-8、带字节顺序标记的 UTF-8 或 \
            UTF-16、GB18030/GBK），也可以用 encoding=utf-8|gbk|gb18030|utf-16 指定。表头上方的标题行和空行会被跳过\
            （header=N 指定表头所在的行，在工作表中为第 N 行）。“1,234.50”这样的金额、全角数字、¥ 符号和末尾的“元”\
            都按精确小数读入；“12.50%”读作百分比；2022/6/8 和 2022年6月8日 读作日期。一列数字若都以“万元”结尾，\
            则按原样保留，列名改为“列（万元）”：单位从不悄悄换算。末尾的合计/总计行会被跳过并报告；--keep-totals \
            保留它。sheet= 选择工作簿中的工作表（默认为第一个）。列的类型自动推断（整数、小数、日期、逻辑值、文本）；\
            types= 可以改写，例如 types="站点编号:text,金额:decimal"。识别到或跳过的内容列在通知下方。
            文件名带 * 或 ?（load datasets/quarters/2022-*.csv as f）时，按文件名顺序、用同样的选项读入所有匹配的\
            文件并上下拼接：各文件的列按列名对应（只有部分文件才有的列会报错，并指出该列和相关文件），“文件”列注明每\
            一行来自哪个文件。保存的脚本记下每个文件的指纹。
            """,
        "help.load.part.file": "要读取的文件：.csv、.txt、.tsv、.xlsx、.json 或 .jsonl；文件名中的 * 和 ? 读入所有匹配的文件。",
        "help.load.part.file.expected": "文件路径",
        "help.load.part.name": "数据集的名称（默认为去掉扩展名的文件名）。",
        "help.load.part.name.expected": "as 后面的数据集名",
        "help.load.option.encoding": "文本编码，自动识别有误时指定：{1}。",
        "help.load.option.header": "列名所在的行，从 1 数起；文件没有表头时写 header=0（不指定则自动判断）。",
        "help.load.option.sheet": "要读取的工作表（默认为第一个有数据的工作表）。",
        "help.load.option.types": "指定列的类型，代替自动识别的类型。",
        "help.load.flag.keep-totals": "保留末尾的合计行，不去掉。",
        "help.load.example.1": "以自己取的名称载入 CSV 文件。",
        "help.load.example.1.result": "已载入“站点”：141 行，9 列",
        "help.load.example.2": "把一列保留为文本，不推断类型。",
        "help.load.example.2.result": "已载入“f”：23 行，6 列",
        "help.load.example.3": "Excel 保存的 GB18030 编码 CSV，带标题行和合计行。",
        "help.load.example.4": "Excel 工作簿中的一张工作表。",
        "help.load.example.5.result": "已读入 季度：23 行，7 列，来自 4 个文件：2022-Q1.csv, 2022-Q2.csv, 2022-Q3.csv, 2022-Q4.csv",
        // datasets（数据集）
        "help.datasets.summary": "列出已载入的和由命令得到的数据集，以及各自的行数和列数。",
        "help.datasets.example.1": "stations 数据集的行数。",
        // schema（结构）
        "help.schema.summary": "列出数据集的各列：类型、空值个数、不同值个数和示例值。",
        "help.schema.part.dataset": "要查看的数据集（默认为前一步的表）。",
        "help.schema.part.dataset.expected": "数据集",
        "help.schema.example.1": "budgets 的各列及其类型。",
        // let（命名）
        "help.let.summary": "把一条管道的结果以一个名称保存为新数据集。",
        "help.let.example.1": "给服务繁忙的站点命名。",
        "help.let.example.1.result": "“busy”：79 行，9 列",
        // join（关联）
        "help.join.summary": "按相同的键把另一个数据集的列接到每一行（内关联；加 --left 为左关联）。",
        "help.join.discussion": """
            内关联只保留匹配上的行；--left 保留输入的每一行，匹配不上的地方为空值。另一个数据集的键列不再重复；\
            同名的列加后缀（名称_2）。
            """,
        "help.join.part.dataset": "要匹配其行的数据集。",
        "help.join.part.dataset.expected": "要关联的数据集",
        "help.join.part.keys": "键列；另一个数据集中的列名不同时写 KEY = OTHER_KEY。",
        "help.join.part.keys.expected": "键列",
        "help.join.flag.left": "保留输入的每一行，匹配不上的地方为空值。",
        "help.join.example.1": "支出少于预算的资金。",
        // a dataset's name at the head of a pipeline
        "help.dataset.summary": "以一个数据集的行开始一条管道，或用 _N 以某个单元的结果开始。",
        "help.dataset.example.1": "统计 stations 数据集的行数。",
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
        // select（选列）
        "help.select.summary": "只保留列出的列，按所列的顺序；NAME = 表达式 增加计算出的列。",
        "help.select.part.columns": "要保留的列，按顺序；NAME = EXPRESSION 计算出一列。",
        "help.select.part.columns.expected": "要保留的列，例如 select 乡镇, 村",
        "help.select.example.1": "前两行的方向和以万元计的金额。",
        // derive（计算）
        "help.derive.summary": "增加由每一行计算出的列；后面的列可以用前面的列。",
        "help.derive.part.columns": "新列，每个写作 NAME = EXPRESSION，逐行计算。",
        "help.derive.part.columns.expected": "derive 万元 = wan(金额)",
        "help.derive.example.1": "以万元计的金额，以及月份。",
        // sort（排序）
        "help.sort.summary": "按一个或多个键排序（默认升序，desc 为降序）；排序稳定，空值排在最后。",
        "help.sort.part.keys": "排序依据的列或表达式，每个可加 asc（默认）或 desc。",
        "help.sort.part.keys.expected": "排序键",
        "help.sort.example.1": "服务最繁忙的站点在前；相同时按编号排。",
        // distinct（去重）
        "help.distinct.summary": "列出的列每种不同的组合保留一行（不列出列时按所有列）。",
        "help.distinct.part.columns": "按哪些列的组合去重（不写则为所有列）。",
        "help.distinct.part.columns.expected": "列",
        "help.distinct.example.1": "站点有哪些层级。",
        "help.distinct.example.2": "有站点的乡镇（街道）个数。",
        // top（取前）
        "help.top.summary": "保留前 N 行（在 sort 之后即为前 N 名）。",
        "help.top.part.count": "保留多少行。",
        "help.top.part.count.expected": "行数",
        "help.top.example.1": "前三行。",
    ]

    static let zhHelpAggregation: [String: String] = [
        // group（分组）
        "help.group.summary": "按键列或命名的表达式分组；后接 agg 或 count。",
        "help.group.discussion": "各组按其第一行出现的顺序排列。单独使用时，group 显示每组的行数。",
        "help.group.part.keys": "分组依据的列；NAME = EXPRESSION 按计算出的键分组。",
        "help.group.part.keys.expected": "分组依据的列，例如 group 乡镇",
        "help.group.example.1": "各层级的站点数。",
        "help.group.example.2": "按月份统计的直播场次。",
        // agg（汇总）
        "help.agg.summary": "计算汇总值（count、sum、mean、min、max、median、count_distinct、share），按组或对整张表。",
        "help.agg.discussion": """
            汇总函数可以与算术运算和函数组合：agg 万元 = wan(sum(金额))。在 group 之后，每一行是一个组，以它的键开头。\
            求和是精确的。
            """,
        "help.agg.part.aggregates": "要计算什么，每项写作 NAME = 由汇总函数组成的表达式：sum(金额)、wan(sum(金额))、count()。",
        "help.agg.part.aggregates.expected": "汇总表达式，例如 agg 合计 = sum(金额)",
        "help.agg.example.1": "支出合计，精确到分。",
        "help.agg.example.2": "年内预算的调整额，精确到分。",
        "help.agg.example.3": "到位和支出的金额，以万元计。",
        "help.agg.example.4": "到位和支出各有多少笔。",
        "help.agg.example.5": "直播带货培训的期数。",
        // count（计数）
        "help.count.summary": "统计行数；在 group 之后统计每组的行数。",
        "help.count.part.name": "计数列的名称（不写则为 count）。",
        "help.count.part.name.expected": "as 后面的列名",
        "help.count.example.1": "免费爱心助农直播带货的场次。",
        "help.count.example.2": "给计数列命名。",
    ]

    static let zhHelpOutput: [String: String] = [
        // show（显示）
        "help.show.summary": "显示一个数据集或输入的表：显示多少行，加 --total 增加合计行。",
        "help.show.part.dataset": "要显示的数据集（默认为前一步的表）。",
        "help.show.part.dataset.expected": "数据集",
        "help.show.option.rows": "显示多少行。",
        "help.show.flag.all": "显示所有行。",
        "help.show.flag.total": "增加一行精确求和的合计行。",
        "help.show.example.1": "显示整个数据集。",
        "help.show.example.2": "增加一行精确求和的合计行。",
        "help.show.example.3": "屏幕上只显示前五行。",
        // chart（图表）
        "help.chart.summary": "把输入画成文本图表：bar、column、hist、line、spark 或 stacked。",
        "help.chart.discussion": """
            bar 画横向条形图，以八分之一格为单位，每个条形末尾标出数值，标签按显示宽度补齐，所有条形从同一列开始；\
            column 画纵向柱形图；hist 把一列（写在 hist 之后）按 bins=N 分成等宽的组并计数，组的边界是精确的；\
            line 用盲文点阵画出随 x 变化的折线，两条坐标轴都标出名称；spark 在一行内画出迷你图；stacked 按第二个\
            文本列（by=，默认为下一个文本列）把每个条形分段，没有文本列时按每个数值列分段，并附图例。标签（x）是\
            第一个文本列，数值（y）是第一个数值列；line 和 spark 以第一列为 x、其后的第一个数值列为 y；title="" \
            不画标题。负值画在零轴左侧（下方）；零不画条形，只标出 0。标出的数值是精确的。宽度由 width=N 指定，\
            否则为终端的宽度；加 --ascii，或区域设置不是 UTF-8 时，用 ASCII 字符画。在 group 之后，chart 画出每组的行数。
            """,
        "help.chart.part.kind": "bar（条形图）、column（柱形图）、hist（直方图）、line（折线图）、spark（迷你图）或 stacked（堆积条形图）。",
        "help.chart.part.kind.expected": "图表类型",
        "help.chart.part.column": "数值列（hist：要计数的列）。",
        "help.chart.part.column.expected": "列",
        "help.chart.option.x": "标签列（默认为第一个文本列）。",
        "help.chart.option.y": "数值列（默认为第一个数值列）。",
        "help.chart.option.by": "stacked：把每个条形分段的列。",
        "help.chart.option.title": "标题（\"\" 表示不要标题）。",
        "help.chart.option.width": "图表宽多少列（默认为终端的宽度）。",
        "help.chart.option.bins": "hist：分成多少个等宽的组。",
        "help.chart.flag.ascii": "只用 ASCII 字符画图。",
        "help.chart.example.1": "各乡镇的站点数，最长的条形在前。",
        "help.chart.example.2": "同上，画成柱形图。",
        "help.chart.example.3": "站点的繁忙程度，分五组。",
        "help.chart.example.4": "每月活动场次的折线图。",
        "help.chart.example.5": "各乡镇的镇级和村级站点数，附图例。",
        "help.chart.example.6": "每月活动场次，画在一行内。",
        "help.chart.example.6.result": "场次 ▁▁▂▃▄▄█▅▃▃▂▂ 最小 10，最大 21（月份 1 至 12）",
        "help.chart.example.7": "按类型统计的活动，宽 50 列：所有条形从同一列开始。",
        "help.chart.example.7.result": "按类型统计的场次\n平台活动   │██████████████████████████████████ 104\n站长培训   │█▎ 4\n直播培训   │████▉ 15\n助农直播   │██████████▌ 32\n夜经济活动 │█▋ 5",
        "help.chart.example.8": "各层级的站点数，用 ASCII 字符画。",
        "help.chart.example.8.result": "按层级统计的n\n市级 |# 2\n镇级 |#### 16\n村级 |############################## 123",
        // export（导出）
        "help.export.summary": "把一个数据集或前一步的表导出为 CSV、TSV、Markdown、HTML、JSON、Excel 或 Word 文件。",
        "help.export.discussion": """
            格式由扩展名决定：.csv、.tsv、.md、.html、.json、.xlsx、.docx。CSV、TSV、JSON 和 XLSX 保存精确的原始值\
            （1234.50、2022-06-08），供其他程序使用；.xlsx 的单元格是真正的数字和日期，带千位分隔符格式。Markdown、\
            HTML 和 Word 按屏幕上的样子保存单元格，对齐并转义，供写报告使用；.docx 是一页 A4，表名下面是一张 Word \
            表格，每页重复表头行。--excel 在 CSV 开头写入 UTF-8 字节顺序标记，让中文版 Windows 上的 Excel 正确读出\
            中文。文件以原子方式写入：要么完整写好，要么保持原样。不带文件夹的文件名（或不在 exports/、sessions/ \
            中的文件夹）写入工作文件夹的 exports/（不存在时自动创建），这样保存的会话会再次写出它。
            """,
        "help.export.part.dataset": "要导出的数据集（默认为前一步的表）。",
        "help.export.part.dataset.expected": "数据集",
        "help.export.part.file": "文件；扩展名决定格式。不带文件夹时写入 exports/。",
        "help.export.part.file.expected": "要写入的文件，例如 结果.xlsx",
        "help.export.flag.excel": "在 .csv 或 .tsv 开头写入字节顺序标记，供中文版 Windows 上的 Excel 使用。",
        "help.export.example.1": "把分组结果导出为 Excel 工作簿。",
        "help.export.example.1.result": "已导出 6 行到 exports/用途.xlsx",
        "help.export.example.2": "把数据集导出为 Markdown 表格，用于报告。",
        "help.export.example.2.result": "已导出 2 行到 exports/budgets.md",
        "help.export.example.3": "把数据集导出为 Word 表格，可粘贴到报告中。",
        "help.export.example.3.result": "已导出 2 行到 exports/budgets.docx",
        "help.export.example.4": "带字节顺序标记的 CSV，供 Excel 用户使用。",
        "help.export.example.4.result": "已导出 141 行到 exports/站点.csv",
    ]

    static let zhHelpEvaluation: [String: String] = [
        // execution（预算执行）
        "help.execution.summary": "以万元显示每项资金的预算、到位、支出、未执行数和执行率，附精确的合计行。",
        "help.execution.discussion": """
            读取 budgets（资金名称、资金来源、年初预算数、全年预算数）和 funds（资金名称、方向 到位|支出、金额），\
            单位为元。每个数字以万元显示，保留两位小数；合计行由以元计的精确合计算出，从不把四舍五入后的各项相加。\
            执行率 = 全年执行数 / 全年预算数。“提示”列标出须向审核人说明的情况：超出全年预算数的支出（超预算执行，\
            并写明超出多少）、无预算支出（funds 中有而 budgets 中没有的资金，或预算为零）、有预算未到位。结果是一张表：\
            可以继续筛选或排序。
            """,
        "help.execution.example.1": "各项资金及合计的资金到位及执行情况。",
        "help.execution.example.2": "还有资金未执行的行（含合计行）。",
        // evaluate（评分）
        "help.evaluate.summary": "按官方规则给项目评分：每项资金及合计的执行率、每个指标、总分和等级。",
        "help.evaluate.discussion": """
            读取 indicators 数据集（每个三级指标一行），对每个“查询”指标在数据集上运行它的管道，读取每个“记录”指标\
            记下的数值，然后评分：正向指标达到或超过目标值得满分，否则得 实际值 / 目标值 × 分值；反向指标达到或低于\
            目标值得满分，到目标值的两倍时降为 0；定性指标按等级评分。执行率 = 全年执行数 / 全年预算数，取自 budgets \
            和 funds 中的“支出”行；其得分为 执行率 × 分值。得分是精确的，四舍五入保留两位小数，从不超过分值；得分由\
            未经四舍五入的执行率算出，所以按打印出的百分比重算可能相差 0.01。超预算执行的资金得满分，并在“提示”中标出\
            （超预算执行及超出多少），无预算支出、有预算未到位的资金同样标出。指标按表样顺序列出（一级：产出、效益、\
            满意度；二级按标准顺序，“数量”等简称显示为“数量指标”），不论 indicators 数据集中的顺序；未得满分又没有\
            填写偏差原因分析及改进措施的指标，会得到一行按其数字草拟的说明，标为【草拟】。mof 模板\
            （默认）中执行率占 10 分、产出 50 分、效益 30 分、满意度 10 分，读取“分值”列；hubei 模板中执行率占 20 分、\
            指标占 80 分，读取“湖北分值”列。part= 只给出两张表中的一张，作为表继续筛选或排序。
            """,
        "help.evaluate.option.part": "只给出一张表：execution（资金）或 indicators（指标）。",
        "help.evaluate.option.template": "评分模板：mof（财政部模板，默认）或 hubei（湖北省的表样，预算执行 20 分）。",
        "help.evaluate.example.1": "按财政部模板给项目评分。",
        "help.evaluate.example.2": "按湖北模板评分（执行率 20 分）。",
        "help.evaluate.example.3": "未得满分的指标。",
        "help.evaluate.example.4": "未全部执行的资金，以及合计。",
        // appendix（自评表）
        "help.appendix.summary": "按模板的版式显示完整的项目支出绩效自评表，或导出为 Excel、Word、HTML、Markdown、CSV 或文本文件。",
        "help.appendix.discussion": """
            即部门上报的那张表：表头部分取自 project 数据集（项目名称、主管部门、实施单位、年度总体目标），资金部分和\
            指标部分按 evaluate 的方式评分，附总分和等级，合并单元格在文本表格中画出；mof 表样与 hubei 表样一样，\
            以项目的偏差原因分析和改进措施结尾。指标行按表样顺序排列。未得满分又没有原因的指标显示一条标为【草拟】\
            的说明（mof：在“偏差原因分析及改进措施”一栏；hubei：在说明中）。说明写明执行得分的算法（由未经四舍五入\
            的执行率算出），并标出每项超预算执行、无预算支出或有预算未到位的资金。to FILE 改为写入文件，格式由\
            扩展名决定：.xlsx（一张按表样排好的工作表：合并单元格、细边框、加粗表头、自动换行，万元和得分是格式为 \
            0.00 的数字，执行率格式为 0.00%，说明在表下方；按 A4 打印，表宽时横向，宽度缩为一页，每页重复标题）、\
            .docx（Word 文档：标题，合并单元格的 Word 表格，宋体和仿宋，说明）、.html（用 colspan/rowspan 的网页）、\
            .md（每部分一个 Markdown 表格）、.csv（带字节顺序标记的 UTF-8，合并单元格除第一格外留空）或 .txt。\
            文件要么完整写好，要么不写（先在同一文件夹写临时文件，再改名）。不带文件夹的文件名写入工作文件夹的 \
            exports/（不存在时自动创建），这样保存的会话会再次写出它。
            """,
        "help.appendix.part.file": "把自评表写入这个文件（扩展名决定格式），而不是显示出来。",
        "help.appendix.part.file.expected": "要写入的文件，例如 自评表.html",
        "help.appendix.option.template": "评分模板：mof（财政部模板，默认）或 hubei（湖北省的表样，预算执行 20 分）。",
        "help.appendix.example.1": "财政部版式的自评表。",
        "help.appendix.example.2": "湖北版式的自评表（预算执行 20 分）。",
        "help.appendix.example.3": "导出为带合并单元格的 HTML 网页（exports/自评表.html）。",
        "help.appendix.example.3.result": "已写入 exports/自评表.html：项目支出绩效自评表（hubei，html）",
        "help.appendix.example.4": "导出为 Excel 工作表，可直接按 A4 打印（exports/自评表.xlsx）。",
        "help.appendix.example.4.result": "已写入 exports/自评表.xlsx：项目支出绩效自评表（mof，xlsx）",
        "help.appendix.example.5": "导出为 Word 表格，可粘贴到报告中（exports/自评表.docx）。",
        "help.appendix.example.5.result": "已写入 exports/自评表.docx：项目支出绩效自评表（hubei，docx）",
        // audit（核对）
        "help.audit.summary": "把报告中记下的说法与数据算出的结果核对，每处出入一行，列出两边的数字。",
        "help.audit.discussion": """
            读取 claims 数据集：每条说法（声明）及报告中的表述（报告所称）、单位、出处和核对方式（查询：一条给出单个值\
            的管道；评价：评价结果中的一个数字，即总分、执行率、未执行数、完成情况或等级）。数字按精确值比较（12.5 \
            等于 12.50）。只列出有出入的说法；--all 列出每条说法及其核对结论。其下列出无论报告怎么说、自评表都还须\
            说明的事项（自评表待说明事项）：每项超预算执行（超出多少）、无预算支出或有预算未到位的资金，以及每个得分\
            低于分值而偏差原因分析及改进措施为空的指标（得分未满未写原因），附文件、行号和用数字表示的差距。
            """,
        "help.audit.option.template": "评分模板：mof（财政部模板，默认）或 hubei（湖北省的表样，预算执行 20 分）。",
        "help.audit.flag.all": "列出每条说法及其核对结论，而不只是与数据不符的。",
        "help.audit.example.1": "报告中的说法与数据不一致的地方。",
        "help.audit.example.2": "每条说法及其结论，按湖北模板评分。",
    ]

    static let zhHelpSession: [String: String] = [
        // timer（计时）
        "help.timer.summary": "显示（timer on）或隐藏（timer off）每条命令所用的时间。",
        "help.timer.part.state": "是否显示每条命令所用的时间。",
        "help.timer.part.state.expected": "on 或 off",
        "help.timer.example.1": "在每条命令的结果后显示所用的时间。",
        "help.timer.example.1.result": "已开启计时",
        // out（单元）
        "help.out.summary": "以某个编号单元的结果开始一条管道，与 _N 相同。",
        "help.out.discussion": """
            shell 运行的每条命令都是一个编号的单元（提示符显示下一个编号：jixiao [3]>），其结果会保留下来。out 3 和 \
            _3 都给出第 3 个单元的结果，可以像数据集一样筛选、分组或关联；history 列出所有单元。
            """,
        "help.out.part.cell": "要取其结果的单元编号。",
        "help.out.part.cell.expected": "单元编号",
        "help.out.example.1": "统计第 1 个单元的繁忙站点中的村级站点。",
        // history（历史）
        "help.history.summary": "列出本次会话中编号的单元，以及各自的命令和结果。",
        "help.history.discussion": """
            每个单元的结果都可以用 _N 或 out N 取用。上、下方向键调出先前的命令，Ctrl-R 搜索它们；这些历史记录跨会话\
            保存在 $XDG_STATE_HOME/jixiao/history 中。
            """,
        "help.history.example.1": "到目前为止的单元：编号、命令、结果。",
        "help.history.example.1.result": "单元,命令,结果\n1,stations | where 层级 == \"村级\",123 行 × 9 列\n2,funds | count,23",
    ]

    static let zhHelpHelp: [String: String] = [
        // help（帮助）
        "help.help.summary": "列出所有命令，或显示某个命令的写法和示例；help functions 列出函数。",
        "help.help.part.topic": "要查看的命令，或 functions。",
        "help.help.part.topic.expected": "命令名",
        "help.help.example.1": "如何筛选行。",
        "help.help.example.2": "函数和汇总函数。",
        // explain（解释）
        "help.explain.summary": "显示一行命令的执行计划：每一步交给下一步的列和类型，不运行任何命令。",
        "help.explain.discussion": """
            一行中的每一步都在运行之前绑定：它的名称和类型按前一步给出的列检查，所以最后一步中拼错的列名会在第一步\
            读取任何一行之前就报告出来。explain 显示这个计划。列取决于数据的步骤（evaluate、audit）要到运行时才知道，\
            其后的步骤也一样。
            """,
        "help.explain.example.1": "分组计数是如何一步步计划的。",
        "help.explain.example.2": "命名的管道作为整体计划。",
    ]

    static let zhHelpReview: [String: String] = [
        // execution（其余说明尚未移入目录）
        "help.execution.example.3": "超预算执行、无预算支出或有预算未到位的资金。",
        // review（评审）
        "help.review.summary": "逐个评估目录下的每个项目文件夹，列成一张表：资金、执行率、总分、等级、报告自称的得分和待核对的问题。",
        "help.review.discussion": """
            主管部门或评审它们的财政局按项目分文件夹存放材料，每个文件夹里是同一套数据集（project.csv、budgets.csv、\
            funds.csv、indicators.csv、claims.csv，以及指标要查询的台账）。review 读取 DIR 下每个存放 .csv 文件的文件夹\
            （按名称排序；没有这样的文件夹而 DIR 本身存放 .csv 时，读 DIR 本身），按所选模板像 evaluate 一样评分，每个项目\
            一行：文件夹、项目名称、主管部门、全年预算数和全年执行数（万元）、执行率、总分、等级、自评得分（claims.csv \
            中报告自称的得分）、核对问题（数据与声明不符之处，加上 audit 列出的待说明事项）和错误。出错的文件夹占一行，\
            写明错误（文件:行号和原因，出错前读到的内容保留），其他文件夹照常评估。结果是一张表：可以排序、筛选、作图或\
            导出。每个文件夹的文件都像 load 一样经过读取权限检查，所以重放的脚本只能评审允许它读取的文件夹。
            """,
        "help.review.part.folder": "存放各项目文件夹的目录。",
        "help.review.part.folder.expected": "一个存放项目文件夹的目录，如 datasets/projects",
        "help.review.option.template": "评分模板：mof（财政部模板，默认）或 hubei（湖北省的表样，预算执行 20 分）。",
        "help.review.example.1": "内置的虚构示例项目，每个一行。",
        "help.review.example.2": "按湖北模板评分，分高的在前。",
        "help.review.example.3": "报告自称的得分高于数据所得的项目。",
        "help.review.example.4": "把评审结果导出为工作簿（exports/评审.xlsx）。",
    ]
}
