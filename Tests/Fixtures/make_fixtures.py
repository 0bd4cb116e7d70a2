#!/usr/bin/env python3
"""Makes the committed fixture files: Tests/Fixtures/* and datasets/excel/*.

Run from the repository root: python3 Tests/Fixtures/make_fixtures.py   (needs openpyxl)
The outputs are committed, so tests do not need Python; rerun this only to change them.
The rows are illustrative (see datasets/README.md); amounts are chosen so totals are exact.
"""
import datetime
import json
import os
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")
SAMPLES = os.path.join(ROOT, "datasets", "excel")

# 日期, 乡镇, 金额 (元): station construction payments by town. Sum: 50,800.00.
TOWN_ROWS = [
    ("2022/6/8", datetime.date(2022, 6, 8), "保安镇", "1234.50"),
    ("2022年6月9日", datetime.date(2022, 6, 9), "殷祖镇", "12000.00"),
    ("2022-06-15", datetime.date(2022, 6, 15), "金山店镇", "3456.78"),
    ("2022/7/1", datetime.date(2022, 7, 1), "茗山乡", "980.00"),
    ("2022/7/20", datetime.date(2022, 7, 20), "保安镇", "20500.25"),
    ("2022/8/3", datetime.date(2022, 8, 3), "还地桥镇", "7020.10"),
    ("2022/8/30", datetime.date(2022, 8, 30), "陈贵镇", "5608.37"),
]
TOWN_TITLE = "大冶市2022年镇村电商服务站点建设支出明细表"

# 电子商务工作经费 payments (from datasets/funds.csv): 日期, 对象, 用途, 金额. Sum: 73,100.00.
WORK_FUND_ROWS = [
    (datetime.date(2022, 3, 9), "大冶市新华印刷厂", "商品和服务支出", "4286.50"),
    (datetime.date(2022, 4, 14), "大冶市文峰办公用品商行", "商品和服务支出", "1873.40"),
    (datetime.date(2022, 5, 20), "大冶市雨润大酒店", "商品和服务支出", "5620.80"),
    (datetime.date(2022, 6, 17), "大冶市鑫源广告传媒有限公司", "商品和服务支出", "3158.25"),
    (datetime.date(2022, 6, 24), "大冶市星光文化传媒有限公司", "商潮夜经济活动经费", "18000.00"),
    (datetime.date(2022, 8, 5), "中国邮政集团有限公司大冶市分公司", "商品和服务支出", "412.60"),
    (datetime.date(2022, 8, 19), "大冶市星光文化传媒有限公司", "商潮夜经济活动经费", "17500.00"),
    (datetime.date(2022, 9, 22), "大冶市惠民办公用品店", "商品和服务支出", "2347.15"),
    (datetime.date(2022, 10, 14), "大冶市天虹演艺服务有限公司", "商潮夜经济活动经费", "14500.00"),
    (datetime.date(2022, 10, 28), "大冶市东岳路图文快印店", "商品和服务支出", "1965.37"),
    (datetime.date(2022, 12, 9), "大冶市宏达会议服务有限公司", "商品和服务支出", "3435.93"),
]
WORK_FUND_TITLE = "大冶市2022年电子商务工作经费支出明细表"


def grouped(amount):
    """1234.50 -> 1,234.50"""
    whole, fraction = amount.split(".")
    return f"{int(whole):,}.{fraction}"


def cents(amount):
    whole, fraction = amount.split(".")
    return int(whole) * 100 + int(fraction)


def money(total_cents):
    return f"{total_cents // 100}.{total_cents % 100:02d}"


def write_gb18030_csv(path, lines):
    # Excel on Chinese Windows: GB18030 (GBK) bytes, CRLF line ends.
    with open(path, "wb") as f:
        f.write("\r\n".join(lines).encode("gb18030") + b"\r\n")


def town_csv():
    total = money(sum(cents(r[3]) for r in TOWN_ROWS))
    lines = [TOWN_TITLE, "", "日期,乡镇,金额"]
    lines += [f'{text},{town},"{grouped(amount)}"' for text, _, town, amount in TOWN_ROWS]
    lines.append(f'合计,,"{grouped(total)}"')
    write_gb18030_csv(os.path.join(FIXTURES, "乡镇支出-gb18030.csv"), lines)


def town_xlsx():
    book = openpyxl.Workbook()
    about = book.active
    about.title = "说明"
    about["A1"] = "本工作簿为测试用示意数据"
    sheet = book.create_sheet("支出")
    sheet["A1"] = TOWN_TITLE
    sheet.merge_cells("A1:C1")
    sheet.append([])
    sheet.append(["日期", "乡镇", "金额"])
    for _, day, town, amount in TOWN_ROWS:
        sheet.append([day, town, float(amount)])
        sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy/m/d"
        sheet.cell(row=sheet.max_row, column=3).number_format = "#,##0.00"
    sheet.append(["合计", None, f"=SUM(C4:C{sheet.max_row})"])
    path = os.path.join(FIXTURES, "乡镇支出.xlsx")
    book.save(path)
    use_shared_strings(path)


def merged_title_xlsx():
    """Merged title rows, dates (1900 system), booleans, percentages, float noise, an error cell,
    a vertically merged cell below the header, and inline strings (as openpyxl writes them)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "站点验收"
    sheet["A1"] = "大冶市镇村电商服务站点验收情况表"
    sheet.merge_cells("A1:F1")
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "填报单位：大冶市商务局"
    sheet.merge_cells("A2:F2")
    sheet.append(["验收日期", "乡镇", "建设费用", "已验收", "完成率", "备注"])
    rows = [
        (datetime.date(2022, 6, 8), "保安镇", 1234.5, True, 0.9753, "狗血桃"),
        (datetime.date(2022, 7, 1), None, 0.1 + 0.2, False, 1, "补记"),
        (datetime.date(1900, 1, 1), "殷祖镇", 20000, True, 0.5, "白茶"),
        (datetime.date(2022, 12, 31), "还地桥镇", 7020.1, None, 0.0825, "#N/A"),
    ]
    for day, town, cost, accepted, rate, note in rows:
        sheet.append([day, town, cost, accepted, rate, note])
        r = sheet.max_row
        sheet.cell(row=r, column=1).number_format = "yyyy-mm-dd"
        sheet.cell(row=r, column=5).number_format = "0.00%"
    # 保安镇 spans the first two data rows.
    sheet.merge_cells("B4:B5")
    sheet.append(["合计", None, "=SUM(C4:C7)", None, None, None])
    path = os.path.join(FIXTURES, "站点验收-合并标题.xlsx")
    book.save(path)
    # Excel's own float noise for 0.1 + 0.2 (openpyxl shortens it when writing).
    replace_in_part(path, "xl/worksheets/sheet1.xml", '<c r="C5" t="n"><v>0.3</v>', '<c r="C5" t="n"><v>0.30000000000000004</v>')


def use_shared_strings(path):
    """openpyxl writes text as inline strings; Excel writes a shared string table. Rewrites every inline
    string of every sheet into xl/sharedStrings.xml, so both forms have a fixture."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    strings = []

    def shared(match):
        ref, attributes, text = match.group(1), match.group(2), match.group(3)
        if text not in strings:
            strings.append(text)
        return f'<c r="{ref}"{attributes} t="s"><v>{strings.index(text)}</v></c>'

    for name in list(parts):
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            sheet = parts[name].decode("utf-8")
            sheet = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t>(.*?)</t></is></c>', shared, sheet)
            parts[name] = sheet.encode("utf-8")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + "".join(f"<si><t>{t}</t></si>" for t in strings) + "</sst>")
    parts["xl/sharedStrings.xml"] = sst.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def replace_in_part(path, part, old, new):
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    text = parts[part].decode("utf-8")
    assert old in text, (part, old)
    parts[part] = text.replace(old, new, 1).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def mac_dates_xlsx():
    """A workbook in the 1904 date system (old Mac Excel): serial 0 is 1904-01-01."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "活动"
    sheet.append(["日期", "场次"])
    for day, count in [(datetime.date(2022, 6, 8), 3), (datetime.date(1904, 1, 2), 1)]:
        sheet.append([day, count])
        sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy-mm-dd"
    book.save(os.path.join(FIXTURES, "活动-1904.xlsx"))


def utf16_csv():
    # Little-endian with a byte-order mark, as Windows programs write "Unicode" text.
    lines = ["乡镇,站点数,服务人次", "保安镇,28,3150", "殷祖镇,20,2200", "金牛镇,32,3310"]
    with open(os.path.join(FIXTURES, "站点-utf16.csv"), "wb") as f:
        f.write(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


def tsv():
    lines = ["乡镇\t站点名称\t月均服务人次\t开通日期", "保安镇\t保安镇沼山村服务站\t126\t2021-03-15",
             "殷祖镇\t殷祖镇古塘村服务站\t98\t2021-04-02", "茗山乡\t茗山乡\"华垅\"村服务站\t143\t2021-05-20"]
    with open(os.path.join(FIXTURES, "站点.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def json_files():
    records = [{"日期": day.isoformat(), "乡镇": town, "金额": amount} for _, day, town, amount in TOWN_ROWS]
    # Written by hand so amounts keep their written decimals (json.dumps would drop 1234.50's zero).
    def record_text(r, extra=""):
        return ('{"日期": "%s", "乡镇": %s, "金额": %s%s}' % (r["日期"], json.dumps(r["乡镇"], ensure_ascii=False), r["金额"], extra))
    body = ",\n".join("  " + record_text(r) for r in records)
    with open(os.path.join(FIXTURES, "乡镇支出.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + body + "\n]\n")
    lines = [record_text(r, ', "已验收": %s' % ("true" if i % 2 == 0 else "false")) for i, r in enumerate(records)]
    lines[1] = lines[1].replace("}", ', "备注": {"来源": "补录"}}')
    with open(os.path.join(FIXTURES, "乡镇支出.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def work_fund_samples():
    total = money(sum(cents(r[3]) for r in WORK_FUND_ROWS))
    lines = [WORK_FUND_TITLE + ",,,", ",,,", "日期,对象,用途,金额"]
    lines += [f'{d.year}/{d.month}/{d.day},{who},{use},"{grouped(amount)}"' for d, who, use, amount in WORK_FUND_ROWS]
    lines.append(f'合计,,,"{grouped(total)}"')
    write_gb18030_csv(os.path.join(SAMPLES, "工作经费支出.csv"), lines)

    book = openpyxl.Workbook()
    received = book.active
    received.title = "到位"
    received.append(["日期", "来源", "金额"])
    for day, amount in [(datetime.date(2022, 2, 25), 120000), (datetime.date(2022, 8, 16), 60000)]:
        received.append([day, "大冶市财政局", amount])
        received.cell(row=received.max_row, column=1).number_format = "yyyy-mm-dd"
        received.cell(row=received.max_row, column=3).number_format = "#,##0.00"
    spent = book.create_sheet("支出")
    spent["A1"] = WORK_FUND_TITLE
    spent.merge_cells("A1:D1")
    spent.append([])
    spent.append(["日期", "对象", "用途", "金额"])
    for day, who, use, amount in WORK_FUND_ROWS:
        spent.append([day, who, use, float(amount)])
        spent.cell(row=spent.max_row, column=1).number_format = "yyyy年m月d日"
        spent.cell(row=spent.max_row, column=4).number_format = "#,##0.00"
    spent.append(["合计", None, None, f"=SUM(D4:D{spent.max_row})"])
    path = os.path.join(SAMPLES, "工作经费.xlsx")
    book.save(path)
    use_shared_strings(path)


if __name__ == "__main__":
    os.makedirs(FIXTURES, exist_ok=True)
    os.makedirs(SAMPLES, exist_ok=True)
    town_csv()
    town_xlsx()
    merged_title_xlsx()
    mac_dates_xlsx()
    utf16_csv()
    tsv()
    json_files()
    work_fund_samples()
    print("fixtures written")
