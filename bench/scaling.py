#!/usr/bin/env python3
"""How jixiao's load + query time and peak memory grow with the number of rows.

usage: scaling.py [--runs K] [ROWS ...]   (default 1000000 2000000 5000000 10000000)

Generates the orders ledger for each size when missing (datasets/large/N), runs the cold workload K times per
size (median time, highest peak), and fits a least-squares line: seconds per million rows and MB per million
rows. Then checks the goals of the performance issue: the largest size's time at most 11 times the smallest's
(linear growth would be 10 times from 1M to 10M), and every size's peak memory at most 1.2 times its CSV. Exits
non-zero when a goal is missed.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import JIXIAO, ROOT, goal, report_goals  # noqa: E402  (bench sets JIXIAO_LANG=en)

QUERY = 'o | where 渠道 == "直播" and 金额 > 100 | group 乡镇 | agg n = count(), total = sum(金额), mean = mean(金额) | sort total desc'


def fit(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    slope = sxy / sxx
    intercept = my - slope * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys))
    return slope, intercept, 1 - ss_res / ss_tot if ss_tot else 1.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("sizes", type=int, nargs="*")
    args = parser.parse_args()
    sizes = args.sizes or [1_000_000, 2_000_000, 5_000_000, 10_000_000]
    if not os.path.exists(JIXIAO):
        sys.exit("build the release binary first: swift build -c release --product jixiao")
    rows, seconds, megabytes, csv_megabytes = [], [], [], []
    print(f"{'rows':>12} {'CSV MB':>8} {'seconds':>9} {'peak MB':>9} {'peak/CSV':>9}   (median of {args.runs} runs)")
    for size in sizes:
        folder = os.path.join(ROOT, "datasets", "large", str(size))
        csv = os.path.join(folder, "orders.csv")
        if not os.path.exists(csv):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), str(size), folder], check=True)
        times, peaks = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-f", "%M", JIXIAO, "--no-datasets", "-c", f"load {csv} as o", "-c", QUERY],
                                    capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            if result.returncode != 0:
                sys.exit(result.stderr)
            peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
        csv_mb = os.path.getsize(csv) / 1024 / 1024
        rows.append(size / 1e6)
        seconds.append(statistics.median(times))
        megabytes.append(max(peaks))
        csv_megabytes.append(csv_mb)
        print(f"{size:>12,} {csv_mb:>8.0f} {seconds[-1]:>9.2f} {megabytes[-1]:>9.0f} {megabytes[-1] / csv_mb:>9.2f}")
    if len(rows) >= 2:
        s, i, r2 = fit(rows, seconds)
        m, j, q2 = fit(rows, megabytes)
        print(f"time:   {s:.3f} s per million rows (+{i:.3f} s), R² {r2:.4f}")
        print(f"memory: {m:.0f} MB per million rows (+{j:.0f} MB), R² {q2:.4f}")
        factor = rows[-1] / rows[0]
        goal(f"(2) time {rows[-1]:g}M / time {rows[0]:g}M (linear: {factor:g})", seconds[-1] / seconds[0], factor * 1.1)
    for size, peak, csv_mb in zip(sizes, megabytes, csv_megabytes):
        goal(f"(1,2) peak RSS / CSV size at {size:,} rows", peak / csv_mb, 1.2)
    if report_goals("goals of the performance issue (scaling)"):
        sys.exit(1)


if __name__ == "__main__":
    main()
