#!/usr/bin/env python3
"""Writes N made-up project folders for `review`, one folder per project, each with the bundled schema.

usage: gen_projects.py N OUT_DIR

Every folder holds project.csv, budgets.csv, funds.csv, indicators.csv, claims.csv and a sites.csv ledger that two
indicators query. The projects vary as a reviewer's pile does: indicators in scrambled order with short 二级
names, funds spent over their budget, shortfalls with and without a reason, and one folder in a hundred broken
(an unknown 二级指标), so that error rows are part of the workload. Deterministic (seeded); stdlib only.
"""
import os
import random
import sys

TOWNS = ["东城镇", "西城镇", "南山乡", "北河镇", "中心镇", "新桥乡", "石岭镇", "青河乡"]
KINDS = ["冷链物流", "电商培训", "寄递物流", "农贸市场", "直播基地"]

# (一级, 二级 full, 二级 short, 三级, 方向, unit, mof 分值, hubei 分值)
INDICATORS = [
    ("产出指标", "数量指标", "数量", "建成站点", "正向", "个", 15, 12),
    ("产出指标", "数量指标", "数量", "服务人次", "正向", "人次", 10, 8),
    ("产出指标", "质量指标", "质量", "验收合格率", "正向", "%", 10, 8),
    ("产出指标", "时效指标", "时效", "按期完工", "定性", "", 5, 4),
    ("产出指标", "成本指标", "成本", "项目总成本", "反向", "万元", 10, 8),
    ("效益指标", "经济效益指标", "经济效益", "带动销售额", "正向", "万元", 10, 8),
    ("效益指标", "社会效益指标", "社会效益", "带动就业", "正向", "人", 10, 8),
    ("效益指标", "可持续影响指标", "可持续影响", "持续运营", "定性", "", 10, 8),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "满意度", "正向", "%", 10, 16),
]


def money(yuan):
    return f"{yuan // 100}.{yuan % 100:02d}"


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(",".join(str(cell) for cell in row) for row in rows) + "\n")


def project(folder, index, rng):
    os.makedirs(folder, exist_ok=True)
    county = f"样本{index:04d}县"
    kind = KINDS[index % len(KINDS)]
    write(os.path.join(folder, "project.csv"), [
        ["项目", "内容", "来源"],
        ["项目名称", f"{county}2023年{kind}项目", "生成的基准数据"],
        ["年度", "2023", "生成"],
        ["主管部门", f"{county}商务局", "生成"],
        ["实施单位", f"{county}电子商务服务中心", "生成"],
        ["预期目标", f"完成{kind}建设任务。", "生成"],
        ["实际完成情况", f"基本完成{kind}建设任务。", "生成"],
        ["偏差原因分析", "部分站点延期。", "生成"],
        ["改进措施", "次年补建。", "生成"],
    ])

    # Funds: two or three, amounts in fen so that every sum is exact.
    funds = [("建设资金", "当年财政拨款"), ("运营补贴", "其他资金"), ("培训经费", "上年结转资金")][: rng.choice([2, 3])]
    budget_rows = [["资金名称", "资金来源", "年初预算数", "全年预算数"]]
    fund_rows = [["日期", "资金名称", "方向", "对象", "用途", "金额"]]
    total_spent = 0
    for name, source in funds:
        budget = rng.randrange(20, 400) * 1_000_000  # 20–400 万元, in fen
        budget_rows.append([name, source, money(budget), money(budget)])
        fund_rows.append([f"2023-0{rng.randrange(1, 4)}-1{rng.randrange(0, 9)}", name, "到位", f"{county}财政局", "资金到位", money(budget)])
        share = rng.choice([0.82, 0.9, 0.95, 1.0, 1.0, 1.04]) if index % 7 else 1.08  # some overspend
        spent = int(budget * share)
        parts = rng.randrange(3, 9)
        paid = 0
        for part in range(parts):
            amount = spent - paid if part == parts - 1 else spent // parts + rng.randrange(-5000, 5000) * 100
            paid += amount
            fund_rows.append([f"2023-{rng.randrange(4, 13):02d}-{rng.randrange(10, 29)}", name, "支出", f"{county}供应商{part + 1}", "项目支出", money(amount)])
        total_spent += spent
    write(os.path.join(folder, "budgets.csv"), budget_rows)
    write(os.path.join(folder, "funds.csv"), fund_rows)

    sites = rng.randrange(24, 60)
    site_rows = [["站点编号", "站点名称", "乡镇", "月均服务人次"]]
    for site in range(sites):
        site_rows.append([f"Z{site + 1:03d}", f"{TOWNS[site % len(TOWNS)]}第{site + 1}服务站", TOWNS[site % len(TOWNS)], rng.randrange(60, 400)])
    write(os.path.join(folder, "sites.csv"), site_rows)

    rows = []
    for level1, full, short, name, direction, unit, weight, hubei in INDICATORS:
        reason = ""
        if name == "建成站点":
            target, method, value, source = rng.randrange(30, 50), "查询", "sites | count", ""
            reason = "部分站点选址调整" if rng.random() < 0.5 else ""
        elif name == "服务人次":
            target, method, value, source = rng.randrange(3000, 9000), "查询", "sites | agg 人次 = sum(月均服务人次)", ""
        elif name == "项目总成本":
            target, method, value, source = round(total_spent / 1_000_000 * rng.choice([0.95, 1.0, 1.1])), "查询", "funds | where 方向 == '支出' | agg 万元 = wan(sum(金额))", ""
        elif direction == "定性":
            target, method, value, source = "按计划完成", "记录", rng.choice(["达成", "达成", "部分达成 70%", "部分达成"]), "检查记录（生成）"
        else:
            target = rng.randrange(50, 200) if unit != "%" else 90
            value = int(target * rng.choice([0.8, 0.9, 1.0, 1.0, 1.1]))
            method, source = "记录", "统计（生成）"
        second = short if index % 2 else full
        if index % 100 == 99 and name == "验收合格率":
            second = "品质"  # one folder in a hundred fails: an unknown 二级
        rows.append([level1, second, name, direction, target, unit, weight, hubei, method, value, source, "", reason])
    if index % 3:
        rng.shuffle(rows)  # scrambled order: the form still lists them in the standard one
    write(os.path.join(folder, "indicators.csv"),
          [["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "单位", "分值", "湖北分值", "取值方式", "取值", "来源", "备注", "偏差原因分析及改进措施"]] + rows)

    write(os.path.join(folder, "claims.csv"), [
        ["声明", "报告所称", "单位", "出处", "原文", "核对方式", "核对"],
        ["自评得分", rng.choice([95, 98, 100]), "分", "三", "自评得分", "评价", "总分"],
        ["执行率", "100", "%", "四（一）", "执行率100%", "评价", "执行率"],
        ["建成站点", sites, "个", "四（二）", "建成站点", "查询", "sites | count"],
    ])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(18)
    width = len(str(count))
    for index in range(count):
        project(os.path.join(out, f"项目{index:0{width}d}"), index, rng)
    print(f"wrote {count} project folders to {out}")


if __name__ == "__main__":
    main()
