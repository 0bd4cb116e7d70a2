#!/usr/bin/env python3
"""Verify the bundled jixiao datasets against the figures published in the
Daye City 2022 e-commerce self-evaluation report (see README.md).
Stdlib only. Exits non-zero on any failure.  Usage: python3 verify.py [dir]"""
import csv, os, re, sys, datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal as D

BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
failures = []

def check(cond, msg):
    print(("PASS  " if cond else "FAIL  ") + msg)
    if not cond:
        failures.append(msg)

def load(name, header):
    path = os.path.join(BASE, name)
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{name}: no UTF-8 BOM")
    check(b"\r" not in raw, f"{name}: LF line endings only")
    check(raw.endswith(b"\n"), f"{name}: ends with a newline")
    text = raw.decode("utf-8")
    rows = list(csv.reader(text.splitlines(keepends=True)))
    check(rows[0] == header, f"{name}: header is {','.join(header)}")
    body = rows[1:]
    check(all(len(r) == len(header) for r in body), f"{name}: every row has {len(header)} fields")
    check(all(c.strip() == c and c.upper() != "NULL" for r in body for c in r),
          f"{name}: no padded or NULL cells")
    return [dict(zip(header, r)) for r in body]

MONEY = re.compile(r"^-?\d+\.\d{2}$")
def is_date(s, lo="2022-01-01", hi="2022-12-31"):
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and lo <= s <= hi

DEMO = "国家级电子商务进农村综合示范项目资金"
WORK = "电子商务工作经费"
HY = "海优农品（海南）供应链管理有限公司大冶分公司"
STX = "食天下（海南）供应链管理有限公司大冶分公司"
CQ = "重庆特登信息技术咨询有限公司"
DIVISIONS = ["东岳路街道", "东风路街道", "金湖街道", "罗家桥街道", "金山街道", "金牛镇", "保安镇",
             "灵乡镇", "金山店镇", "还地桥镇", "殷祖镇", "汪仁镇", "刘仁八镇", "陈贵镇", "大箕铺镇", "茗山乡"]
VILLAGE_LIMITS = {"保安镇": 28, "金山店镇": 22, "殷祖镇": 20, "金牛镇": 32, "茗山乡": 29, "大箕铺镇": 24}

# ---------------------------------------------------------------- funds
print("== funds.csv")
funds = load("funds.csv", ["日期", "资金名称", "方向", "对象", "用途", "金额"])
check(all(is_date(r["日期"]) for r in funds), "funds: 日期 ISO within 2022")
check({r["资金名称"] for r in funds} == {DEMO, WORK}, "funds: 资金名称 in the two allowed values")
check({r["方向"] for r in funds} == {"到位", "支出"}, "funds: 方向 in {到位, 支出}")
check(all(MONEY.match(r["金额"]) and D(r["金额"]) > 0 for r in funds), "funds: 金额 positive with exactly two decimals")
check(all(r["对象"] and r["用途"] for r in funds), "funds: 对象 and 用途 non-empty")

def fsum(pred):
    return sum((D(r["金额"]) for r in funds if pred(r)), D("0.00"))
def fcount(pred):
    return sum(1 for r in funds if pred(r))

expect = [
    ("到位 demonstration funds", lambda r: r["方向"] == "到位" and r["资金名称"] == DEMO, "4149000.00", (2, 3)),
    ("到位 work funds", lambda r: r["方向"] == "到位" and r["资金名称"] == WORK, "180000.00", (1, 2)),
    ("到位 total", lambda r: r["方向"] == "到位", "4329000.00", None),
    ("支出 to 海优农品 (三级物流配送体系)", lambda r: r["方向"] == "支出" and r["对象"] == HY and r["用途"] == "三级物流配送体系", "2079000.00", (2, 3)),
    ("支出 to 食天下 (公共服务体系)", lambda r: r["方向"] == "支出" and r["对象"] == STX and r["用途"] == "公共服务体系", "2000000.00", (2, 3)),
    ("支出 to 重庆特登 (咨询费)", lambda r: r["方向"] == "支出" and r["对象"] == CQ and r["用途"] == "咨询费", "70000.00", (1, 1)),
    ("支出 demonstration funds", lambda r: r["方向"] == "支出" and r["资金名称"] == DEMO, "4149000.00", None),
    ("支出 商品和服务支出 (work funds)", lambda r: r["方向"] == "支出" and r["资金名称"] == WORK and r["用途"] == "商品和服务支出", "23100.00", (6, 10)),
    ("支出 商潮夜经济活动经费 (work funds)", lambda r: r["方向"] == "支出" and r["资金名称"] == WORK and r["用途"] == "商潮夜经济活动经费", "50000.00", (2, 3)),
    ("支出 work funds", lambda r: r["方向"] == "支出" and r["资金名称"] == WORK, "73100.00", None),
    ("支出 total", lambda r: r["方向"] == "支出", "4222100.00", None),
]
for label, pred, want, rng in expect:
    got = fsum(pred)
    check(got == D(want), f"funds: {label} = {got} (want {want})")
    if rng:
        n = fcount(pred)
        check(rng[0] <= n <= rng[1], f"funds: {label} rows = {n} (want {rng[0]}..{rng[1]})")
demo_out = {(r["对象"], r["用途"]) for r in funds if r["方向"] == "支出" and r["资金名称"] == DEMO}
check(demo_out == {(HY, "三级物流配送体系"), (STX, "公共服务体系"), (CQ, "咨询费")},
      "funds: demonstration 支出 only to the three published payees")
check({r["用途"] for r in funds if r["方向"] == "支出" and r["资金名称"] == WORK} == {"商品和服务支出", "商潮夜经济活动经费"},
      "funds: work-fund 支出 only on the two published purposes")
check(all(r["用途"] == "资金到位" for r in funds if r["方向"] == "到位"), "funds: 到位 rows have 用途 资金到位")
goods = [D(r["金额"]) for r in funds if r["用途"] == "商品和服务支出"]
check(all(g != g.to_integral_value() for g in goods), "funds: 商品和服务支出 amounts carry fen (non-round)")
# cash never goes negative per fund when replayed in date order
ok = True
for fund in (DEMO, WORK):
    bal = D(0)
    for r in sorted((r for r in funds if r["资金名称"] == fund), key=lambda r: (r["日期"], r["方向"] != "到位")):
        bal += D(r["金额"]) if r["方向"] == "到位" else -D(r["金额"])
        ok &= bal >= 0
check(ok, "funds: per-fund balance never negative in date order")
print(f"      unspent: {fsum(lambda r: r['方向'] == '到位') - fsum(lambda r: r['方向'] == '支出')}")

# ---------------------------------------------------------------- budgets
print("== budgets.csv")
budgets = load("budgets.csv", ["资金名称", "资金来源", "年初预算数", "全年预算数"])
check(len(budgets) == 2, "budgets: 2 rows")
b = {r["资金名称"]: r for r in budgets}
check(set(b) == {DEMO, WORK}, "budgets: one row per fund")
check(all(r["资金来源"] == "当年财政拨款" for r in budgets), "budgets: 资金来源 当年财政拨款")
check(all(MONEY.match(r["年初预算数"]) and MONEY.match(r["全年预算数"]) for r in budgets), "budgets: two-decimal money")
check(b[DEMO]["年初预算数"] == b[DEMO]["全年预算数"] == "4149000.00", "budgets: demonstration 4149000.00 / 4149000.00")
check(b[WORK]["年初预算数"] == b[WORK]["全年预算数"] == "180000.00", "budgets: work funds 180000.00 / 180000.00")
for fund in (DEMO, WORK):
    got_in = fsum(lambda r: r["方向"] == "到位" and r["资金名称"] == fund)
    check(got_in == D(b[fund]["全年预算数"]), f"budgets: {fund} 全年预算数 equals funds 到位 ({got_in})")
    out = fsum(lambda r: r["方向"] == "支出" and r["资金名称"] == fund)
    rate = (out / D(b[fund]["全年预算数"]) * 100).quantize(D("0.01"))
    print(f"      执行率 {fund}: {out} / {b[fund]['全年预算数']} = {rate}%")

# ---------------------------------------------------------------- stations
print("== stations.csv")
st = load("stations.csv", ["站点编号", "站点名称", "层级", "乡镇", "村", "含快递物流", "站长已培训", "月均服务人次", "开业日期"])
check(len(st) == 141, f"stations: {len(st)} rows (want 141)")
check(len({r["站点编号"] for r in st}) == len(st), "stations: 站点编号 unique")
check(len({r["站点名称"] for r in st}) == len(st), "stations: 站点名称 unique")
lv = Counter(r["层级"] for r in st)
check(set(lv) == {"市级", "镇级", "村级"}, "stations: 层级 in {市级, 镇级, 村级}")
check(lv["市级"] == 2, f"stations: 市级 = {lv['市级']} (want 2)")
city = [r for r in st if r["层级"] == "市级"]
check(sum("公共服务中心" in r["站点名称"] for r in city) == 1, "stations: 1 市级 电子商务公共服务中心 / 电商产业园")
check(sum("快递物流分拨配送中心" in r["站点名称"] for r in city) == 1, "stations: 1 市级 快递物流分拨配送中心")
check(all(r["村"] == "" and r["站长已培训"] == "否" for r in city), "stations: 市级 rows have empty 村 and 站长已培训 否")
local = [r for r in st if r["层级"] != "市级"]
check(len(local) == 139, f"stations: 镇级+村级 = {len(local)} (want 139)")
check(lv["镇级"] == 16, f"stations: 镇级 = {lv['镇级']} (want 16)")
check(lv["村级"] == 123, f"stations: 村级 = {lv['村级']} (want 123)")
town_rows = Counter(r["乡镇"] for r in st if r["层级"] == "镇级")
check(sorted(town_rows) == sorted(DIVISIONS) and set(town_rows.values()) == {1}, "stations: exactly one 镇级 station per division")
check(all(r["村"] == "" for r in st if r["层级"] == "镇级"), "stations: 镇级 rows have empty 村")
check(all(r["村"] for r in st if r["层级"] == "村级"), "stations: 村级 rows have a 村")
divs = {r["乡镇"] for r in st}
check(divs == set(DIVISIONS) and len(divs) == 16, f"stations: distinct 乡镇 are exactly the 16 divisions ({len(divs)})")
vill = defaultdict(list)
for r in st:
    if r["层级"] == "村级":
        vill[r["乡镇"]].append(r["村"])
check(all(len(v) == len(set(v)) for v in vill.values()), "stations: 村 unique within each 乡镇")
for t, lim in VILLAGE_LIMITS.items():
    check(len(vill[t]) <= lim, f"stations: {t} 村级 {len(vill[t])} <= {lim} villages")
others = {t: len(v) for t, v in vill.items() if t not in VILLAGE_LIMITS}
check(all(n <= 15 for n in others.values()), f"stations: other divisions 村级 <= 15 ({others})")
jd = [t for t in DIVISIONS if t.endswith("街道")]
check(max(len(vill[t]) for t in jd) < min(len(vill[t]) for t in DIVISIONS if not t.endswith("街道")),
      "stations: every 街道 has fewer 村级 stations than any 镇/乡")
check(all(r["含快递物流"] in ("是", "否") and r["站长已培训"] in ("是", "否") for r in st), "stations: 是/否 flags")
kd = sum(r["含快递物流"] == "是" for r in local)
check(kd > len(local) / 2, f"stations: most 镇村 stations 含快递物流 ({kd}/{len(local)})")
trained = sum(r["站长已培训"] == "是" for r in local)
check(trained == 139, f"stations: trained managers = {trained} (want 139)")
check(all(re.fullmatch(r"\d+", r["月均服务人次"]) for r in st), "stations: 月均服务人次 integer")
svc = [int(r["月均服务人次"]) for r in local]
check(min(svc) >= 100, f"stations: min 镇村 月均服务人次 = {min(svc)} (>= 100, 百余人次)")
check(max(svc) <= 260, f"stations: max 镇村 月均服务人次 = {max(svc)} (<= 260)")
n150 = sum(s >= 150 for s in svc)
check(n150 >= 40, f"stations: 镇村 stations with >= 150 = {n150}")
check(all(int(r["月均服务人次"]) >= 800 for r in city), "stations: 市级 月均服务人次 >= 800")
check(all(is_date(r["开业日期"], "2021-10-15", "2022-12-20") for r in st), "stations: 开业日期 ISO within 2021-10-15..2022-12-20")
print(f"      sum 月均服务人次 (镇村) = {sum(svc)}, mean = {D(sum(svc)) / len(svc):.2f}")

# ---------------------------------------------------------------- activities
print("== activities.csv")
ac = load("activities.csv", ["日期", "类型", "名称", "乡镇", "产品", "人次", "销售额"])
TYPES = ["助农直播", "直播培训", "站长培训", "夜经济活动", "平台活动"]
check({r["类型"] for r in ac} <= set(TYPES), "activities: 类型 in the five allowed values")
check(all(is_date(r["日期"]) for r in ac), "activities: 日期 ISO within 2022")
check(all(r["名称"] for r in ac), "activities: 名称 non-empty")
check(all(r["乡镇"] in DIVISIONS for r in ac), "activities: 乡镇 is one of the 16 divisions")
check(all(re.fullmatch(r"\d+", r["人次"]) and int(r["人次"]) > 0 for r in ac), "activities: 人次 positive integer")
check(all(r["销售额"] == "" or MONEY.match(r["销售额"]) for r in ac), "activities: 销售额 empty or two-decimal money")
check(any("," in r["名称"] for r in ac), "activities: at least one 名称 with an ASCII comma (RFC 4180 quoted)")
by = defaultdict(list)
for r in ac:
    by[r["类型"]].append(r)
zn = by["助农直播"]
check(len(zn) == 32, f"activities: 助农直播 = {len(zn)} (want 32)")
check(all(r["产品"] and r["销售额"] for r in zn), "activities: 助农直播 rows have 产品 and 销售额")
lead = {("保安镇", "狗血桃"), ("殷祖镇", "白茶"), ("还地桥镇", "翠冠梨")}
prod = Counter((r["乡镇"], r["产品"]) for r in zn)
check(lead <= set(prod), "activities: 助农直播 include 保安狗血桃, 殷祖白茶, 三山湖翠冠梨")
top3 = {k for k, _ in prod.most_common(3)}
check(top3 == lead, f"activities: the three lead products are the three most frequent ({dict(prod)})")
check(len({r["日期"][:7] for r in zn}) >= 8, "activities: 助农直播 spread over >= 8 months")
zb = by["直播培训"]
zbn = sum(int(r["人次"]) for r in zb)
check(zbn == 859, f"activities: 直播培训 人次 = {zbn} over {len(zb)} sessions (want 859)")
check(all(r["产品"] == "" and r["销售额"] == "" for r in zb), "activities: 直播培训 产品/销售额 empty")
zz = by["站长培训"]
zzn = sum(int(r["人次"]) for r in zz)
check(zzn == 139, f"activities: 站长培训 人次 = {zzn} over {len(zz)} sessions (want 139)")
check(all(r["产品"] == "" and r["销售额"] == "" for r in zz), "activities: 站长培训 产品/销售额 empty")
ye = by["夜经济活动"]
check(3 <= len(ye) <= 8, f"activities: 夜经济活动 = {len(ye)} (a handful)")
pt = by["平台活动"]
ptn = sum(int(r["人次"]) for r in pt)
check(len(pt) >= 100, f"activities: 平台活动 = {len(pt)} rows (want >= 100, 百余场次)")
check(ptn >= 100000, f"activities: 平台活动 人次 = {ptn} (want >= 100000, 10万余人)")
check(len({r["日期"][:7] for r in pt}) == 12, "activities: 平台活动 in every month")
for t in TYPES:
    rows = by[t]
    sales = sum((D(r["销售额"]) for r in rows if r["销售额"]), D("0.00"))
    print(f"      {t}: rows={len(rows)} 人次={sum(int(r['人次']) for r in rows)} 销售额={sales}")

# ---------------------------------------------------------------- indicators, project, claims
from decimal import ROUND_HALF_UP
def half_up(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)

print("== indicators.csv")
IND = ["一级指标", "二级指标", "三级指标", "方向", "年度指标值", "单位", "分值", "湖北分值", "取值方式", "取值", "来源", "备注", "偏差原因分析及改进措施"]
ind = load("indicators.csv", IND)
LEVELS = {"产出指标": {"数量指标", "质量指标", "时效指标", "成本指标"},
          "效益指标": {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
          "满意度指标": {"服务对象满意度指标"}}
check(all(r["一级指标"] in LEVELS and r["二级指标"] in LEVELS[r["一级指标"]] for r in ind), "indicators: standard 一级/二级指标")
check(all(r["方向"] in {"正向", "反向", "定性"} for r in ind), "indicators: 方向 in {正向, 反向, 定性}")
check(all(r["年度指标值"] != "" for r in ind if r["方向"] != "定性"), "indicators: quantitative rows have a 年度指标值")
check(all(r["取值方式"] in {"查询", "记录"} and r["取值"] for r in ind), "indicators: 取值方式 查询|记录 with a 取值")
check(all(r["来源"] for r in ind if r["取值方式"] == "记录"), "indicators: every recorded figure has its 来源")
check(all(r["备注"] == "示例目标" for r in ind), "indicators: every target is labelled 示例目标 (the report publishes none)")
for level, want in [("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)]:
    got = sum(D(r["分值"]) for r in ind if r["一级指标"] == level)
    check(got == want, f"indicators: mof 分值 of {level} = {got} (want {want})")
hubei = sum(D(r["湖北分值"]) for r in ind)
check(hubei == 80, f"indicators: 湖北分值 total = {hubei} (want 80)")

print("== project.csv")
proj = {r["项目"]: r for r in load("project.csv", ["项目", "内容", "来源"])}
for key in ["项目名称", "年度", "主管部门", "实施单位", "预期目标", "实际完成情况", "偏差原因分析", "改进措施"]:
    check(key in proj and proj[key]["内容"] and proj[key]["来源"], f"project: {key} with its 来源")

print("== claims.csv")
cl = load("claims.csv", ["声明", "报告所称", "单位", "出处", "原文", "核对方式", "核对"])
check(all(r["核对方式"] in {"查询", "评价"} and r["核对"] and r["出处"] for r in cl), "claims: each has 出处, 核对方式 and 核对")
check(any(r["声明"] == "自评得分" and r["报告所称"] == "100" for r in cl), "claims: 自评得分 100")

# The execution scores of DOMAIN.md §4, from the exact ratio, rounded half up.
spent = sum(D(r["金额"]) for r in funds if r["方向"] == "支出")
budget = sum(D(r["全年预算数"]) for r in budgets)
for weight, want in [(10, "9.75"), (20, "19.51")]:
    got = half_up(spent * weight / budget)
    check(got == D(want), f"execution score x{weight}: {spent} / {budget} x {weight} = {got} (want {want})")

print()
if failures:
    print(f"{len(failures)} check(s) FAILED")
    sys.exit(1)
print("ALL CHECKS PASSED")
