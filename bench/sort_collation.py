#!/usr/bin/env python3
"""Pinyin sort against code-point sort of 1M text rows, inside one jixiao process.

usage: sort_collation.py [--rows N] [--runs K] [--data DIR]

The orders ledger (bench/gen_data.py) is loaded once. Each run makes a fresh text column, so that no sort
order is cached from an earlier run (a dictionary keeps its ranks once made), then sorts it by pinyin and, on
another fresh copy, by code point; `timer on` times each sort alone. Two columns:
  distinct    乡镇 + 品类 + 订单号: every row a different string of Chinese, letters and digits (ordered by
              its characters' ICU weights: one key per distinct character)
  whole keys  乡镇 + "—" + 品类 + 订单号: the same with an em dash, which the character shortcut does not take
              (one ICU sort key per distinct string: 1M keys to make and order)
  repeated    乡镇 + 品类: 128 strings over the rows (the keys cost nothing; the rows' order is the work)
Each figure is the median of K runs; the ratio is pinyin / code point (the goal: within 2x).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

# The figures are read from jixiao's English notices ("time: 12.3 ms"): the interface speaks English here.
os.environ["JIXIAO_LANG"] = "en"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIXIAO = os.path.join(ROOT, ".build", "release", "jixiao")
COLUMNS = {"distinct": "乡镇 + 品类 + 订单号", "whole keys": "乡镇 + \"—\" + 品类 + 订单号", "repeated": "乡镇 + 品类"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", default=None)
    args = parser.parse_args()
    folder = args.data or os.path.join(ROOT, "datasets", "large", str(args.rows))
    csv = os.path.join(folder, "orders.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), str(args.rows), folder], check=True)
    if not os.path.exists(JIXIAO):
        sys.exit("build the release binary first: swift build -c release --product jixiao")

    # Lines in order; the timed ones are the sorts, named so their times can be picked out.
    lines = [f"load {csv} as o", "timer on"]
    timed = []
    for run in range(args.runs):
        for kind, expression in COLUMNS.items():
            for collation in ("pinyin", "codepoint"):
                name = f"t{run}{kind[0]}{collation[0]}"
                lines.append(f"let {name} = o | select 名 = {expression}")
                lines.append(f"{name} | sort 名{' codepoint' if collation == 'codepoint' else ''} | top 1")
                timed.append((kind, collation, len(lines) - 1))
    command = [JIXIAO, "--no-datasets"]
    for line in lines:
        command += ["-c", line]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"jixiao failed: {result.stderr[-500:]}")
    # `timer on` prints one time for itself and then one for every command after it.
    times = [float(x) for x in re.findall(r"time: ([\d.]+) ms", result.stdout)]
    by_line = {index: times[index - 1] for index in range(1, len(lines)) if index - 1 < len(times)}
    figures = {}
    for kind, collation, index in timed:
        figures.setdefault((kind, collation), []).append(by_line[index])

    print(f"text sort: {args.rows:,} rows, median of {args.runs} runs, {os.cpu_count()} cores (one jixiao process, each sort on a fresh column)")
    print(f"{'column':44}{'pinyin':>12}{'codepoint':>12}{'pinyin/codepoint':>18}")
    for kind, expression in COLUMNS.items():
        pinyin = statistics.median(figures[(kind, "pinyin")])
        codepoint = statistics.median(figures[(kind, "codepoint")])
        print(f"{kind + ': ' + expression:44}{pinyin:>10.1f}ms{codepoint:>10.1f}ms{pinyin / codepoint:>17.2f}x")


if __name__ == "__main__":
    main()
