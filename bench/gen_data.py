#!/usr/bin/env python3
"""Writes large synthetic datasets in jixiao's bundled schemas, plus an orders ledger, for benchmarks.

usage: gen_data.py ROWS OUT_DIR

orders.csv: 订单号,日期,乡镇,站点编号,品类,渠道,金额,数量 — ROWS rows across Daye's 16 divisions, amounts in 元
with two decimals. Also stations.csv, activities.csv and funds.csv with ROWS/10 rows each in the bundled
schemas. Deterministic (fixed seed), so every run writes the same bytes.
"""
import os
import random
import sys

TOWNS = ["东岳路街道", "东风路街道", "金湖街道", "罗家桥街道", "金山街道", "金牛镇", "保安镇", "灵乡镇",
         "金山店镇", "还地桥镇", "殷祖镇", "汪仁镇", "刘仁八镇", "陈贵镇", "大箕铺镇", "茗山乡"]
CATEGORIES = ["农特产品", "生鲜果蔬", "日用百货", "餐饮外卖", "家电数码", "农资农具", "服装鞋帽", "酒水饮料"]
CHANNELS = ["直播", "社区团购", "平台自营", "线下门店", "小程序"]
ACTIVITY_TYPES = ["助农直播", "直播培训", "站长培训", "夜经济活动", "平台活动"]


def amount(rng):
    # Mostly small orders with a long tail; exact two-decimal yuan.
    cents = int(rng.lognormvariate(4.2, 1.0) * 100)
    return f"{cents // 100}.{cents % 100:02d}"


def date(rng):
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"2022-{month:02d}-{day:02d}"


def write_orders(path, rows, rng):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("订单号,日期,乡镇,站点编号,品类,渠道,金额,数量\n")
        buffer = []
        for i in range(rows):
            town = rng.randrange(16)
            buffer.append(f"DY{i:010d},{date(rng)},{TOWNS[town]},CJ{town * 10 + rng.randrange(10):03d},"
                          f"{rng.choice(CATEGORIES)},{rng.choice(CHANNELS)},{amount(rng)},{rng.randint(1, 20)}\n")
            if len(buffer) >= 100_000:
                out.write("".join(buffer))
                buffer = []
        out.write("".join(buffer))


def write_stations(path, rows, rng):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("站点编号,站点名称,层级,乡镇,村,含快递物流,站长已培训,月均服务人次,开业日期\n")
        for i in range(rows):
            town = TOWNS[rng.randrange(16)]
            level = "镇级" if i % 9 == 0 else "村级"
            village = "" if level == "镇级" else f"第{i}村"
            out.write(f"S{i:08d},{town}{village}电商服务站,{level},{town},{village},{rng.choice('是否')},是,"
                      f"{rng.randint(100, 260)},{date(rng)}\n")


def write_activities(path, rows, rng):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("日期,类型,名称,乡镇,产品,人次,销售额\n")
        for i in range(rows):
            kind = rng.choice(ACTIVITY_TYPES)
            sales = amount(rng) if kind in ("助农直播", "夜经济活动") else ""
            out.write(f"{date(rng)},{kind},活动{i},{TOWNS[rng.randrange(16)]},,{rng.randint(10, 5000)},{sales}\n")


def write_funds(path, rows, rng):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("日期,资金名称,方向,对象,用途,金额\n")
        for i in range(rows):
            direction = "到位" if i % 4 == 0 else "支出"
            out.write(f"{date(rng)},资金{i % 7},{direction},单位{i % 997},用途{i % 13},{amount(rng)}\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    rows = int(sys.argv[1])
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20221231)
    write_orders(os.path.join(folder, "orders.csv"), rows, rng)
    small = max(1, rows // 10)
    write_stations(os.path.join(folder, "stations.csv"), small, rng)
    write_activities(os.path.join(folder, "activities.csv"), small, rng)
    write_funds(os.path.join(folder, "funds.csv"), small, rng)


if __name__ == "__main__":
    main()
