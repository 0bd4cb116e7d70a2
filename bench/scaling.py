#!/usr/bin/env python3
"""How jixiao's load + query time and peak memory grow with the number of rows.

usage: scaling.py [ROWS ...]   (default 1000000 2000000 5000000 10000000)

Generates the orders ledger for each size when missing (datasets/large/N), runs the cold workload once per
size, and fits a least-squares line: seconds per million rows and MB per million rows. Linear growth shows
as a straight line (the fit's R² near 1).
"""
import os
import subprocess
import sys
import time

# The figures are read from jixiao's English notices ("time: 12.3 ms"): the interface speaks English here.
os.environ["JIXIAO_LANG"] = "en"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIXIAO = os.path.join(ROOT, ".build", "release", "jixiao")
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
    sizes = [int(a) for a in sys.argv[1:]] or [1_000_000, 2_000_000, 5_000_000, 10_000_000]
    rows, seconds, megabytes = [], [], []
    print(f"{'rows':>12} {'CSV MB':>8} {'seconds':>9} {'peak MB':>9}")
    for size in sizes:
        folder = os.path.join(ROOT, "datasets", "large", str(size))
        csv = os.path.join(folder, "orders.csv")
        if not os.path.exists(csv):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), str(size), folder], check=True)
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", JIXIAO, "--no-datasets", "-c", f"load {csv} as o", "-c", QUERY],
                                capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(result.stderr)
        peak = int(result.stderr.strip().splitlines()[-1]) / 1024
        rows.append(size / 1e6)
        seconds.append(elapsed)
        megabytes.append(peak)
        print(f"{size:>12,} {os.path.getsize(csv) / 1e6:>8.0f} {elapsed:>9.2f} {peak:>9.0f}")
    if len(rows) >= 2:
        s, i, r2 = fit(rows, seconds)
        m, j, q2 = fit(rows, megabytes)
        print(f"time:   {s:.3f} s per million rows (+{i:.3f} s), R² {r2:.4f}")
        print(f"memory: {m:.0f} MB per million rows (+{j:.0f} MB), R² {q2:.4f}")


if __name__ == "__main__":
    main()
