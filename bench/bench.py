#!/usr/bin/env python3
"""jixiao's benchmark: the same workload on jixiao and on every peer installed here, side by side in one run.

usage: bench.py [--rows N] [--runs K] [--data DIR]

Workloads (1M-row orders ledger unless --rows says otherwise):
  (a) cold   load the CSV, filter, group, aggregate, sort: one process, end to end
  (b) warm   the same query on a table already in memory, inside one process
  (c) start  start-up to a ready prompt with the bundled datasets
  (d) replay jixiao replay sessions/appendix.jx
  (e) rss    peak resident memory of the cold run
Peers: DuckDB CLI, sqlite3, polars, pandas, Miller. A peer that is not installed is skipped, never failed.
Each figure is the median of K runs; ratios are against DuckDB's figure from the same run.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

# The figures are read from jixiao's English notices ("time: 12.3 ms"): the interface speaks English here.
os.environ["JIXIAO_LANG"] = "en"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIXIAO = os.path.join(ROOT, ".build", "release", "jixiao")
QUERY_JX = 'o | where 渠道 == "直播" and 金额 > 100 | group 乡镇 | agg n = count(), total = sum(金额), mean = mean(金额) | sort total desc'
QUERY_SQL = ("select 乡镇, count(*) as n, sum(金额) as total, avg(金额) as mean from o "
             "where 渠道 = '直播' and 金额 > 100 group by 乡镇 order by total desc")


def run(command, env=None, stdin=None):
    """Runs a command; returns (seconds, peak RSS in KB, stdout)."""
    wrapped = ["/usr/bin/time", "-f", "%M"] + command
    start = time.perf_counter()
    result = subprocess.run(wrapped, capture_output=True, text=True, env=env, input=stdin)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {result.stderr[-500:]}")
    rss = int(result.stderr.strip().splitlines()[-1])
    return elapsed, rss, result.stdout


def median_run(command, runs, **kwargs):
    times, rss, out = [], [], ""
    for _ in range(runs):
        t, m, out = run(command, **kwargs)
        times.append(t)
        rss.append(m)
    return statistics.median(times), max(rss), out


def python_peer(module, code, runs):
    try:
        __import__(module)
    except ImportError:
        return None
    return median_run([sys.executable, "-c", code], runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=None)
    args = parser.parse_args()
    folder = args.data or os.path.join(ROOT, "datasets", "large", str(args.rows))
    csv = os.path.join(folder, "orders.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), str(args.rows), folder], check=True)
    if not os.path.exists(JIXIAO):
        sys.exit("build the release binary first: swift build -c release --product jixiao")
    size_mb = os.path.getsize(csv) / 1e6
    runs = args.runs
    results = {}  # tool -> {workload: (seconds or KB)}

    def record(tool, workload, value):
        results.setdefault(tool, {})[workload] = value

    # (a) cold and (e) rss
    t, m, out = median_run([JIXIAO, "--no-datasets", "-c", f"load {csv} as o", "-c", QUERY_JX], runs)
    record("jixiao", "cold", t); record("jixiao", "rss", m)
    jixiao_total = re.search(r"│ (\S+)\s+│\s+([\d,]+) │\s+([\d,.]+) │", out)
    duck = shutil.which("duckdb")
    if duck:
        t, m, out = median_run([duck, "-c", QUERY_SQL.replace(" from o ", f" from read_csv('{csv}') ")], runs)
        record("duckdb", "cold", t); record("duckdb", "rss", m)
    sqlite = shutil.which("sqlite3")
    if sqlite:
        script = f".mode csv\n.import {csv} o\n{QUERY_SQL.replace('金额 > 100', 'cast(金额 as real) > 100')};\n"
        t, m, _ = median_run([sqlite, ":memory:"], max(1, runs // 2), stdin=script)
        record("sqlite3", "cold", t); record("sqlite3", "rss", m)
    polars_code = (f"import polars as pl\nd = pl.read_csv({csv!r})\n"
                   "r = d.filter((pl.col('渠道') == '直播') & (pl.col('金额') > 100)).group_by('乡镇')"
                   ".agg(pl.len().alias('n'), pl.col('金额').sum().alias('total'), pl.col('金额').mean().alias('mean'))"
                   ".sort('total', descending=True)\nprint(r)")
    r = python_peer("polars", polars_code, runs)
    if r:
        record("polars", "cold", r[0]); record("polars", "rss", r[1])
    pandas_code = (f"import pandas as pd\nd = pd.read_csv({csv!r})\n"
                   "r = d[(d['渠道'] == '直播') & (d['金额'] > 100)].groupby('乡镇')['金额']"
                   ".agg(['count', 'sum', 'mean']).sort_values('sum', ascending=False)\nprint(r)")
    r = python_peer("pandas", pandas_code, max(1, runs // 2))
    if r:
        record("pandas", "cold", r[0]); record("pandas", "rss", r[1])
    mlr = shutil.which("mlr")
    if mlr:
        t, m, _ = median_run([mlr, "--icsv", "--opprint", "filter", '$渠道 == "直播" && $金额 > 100', "then",
                              "stats1", "-a", "count,sum,mean", "-f", "金额", "-g", "乡镇", "then",
                              "sort", "-nr", "金额_sum", csv], max(1, runs // 2))
        record("miller", "cold", t); record("miller", "rss", m)

    # (b) warm: the query repeated inside one process on the loaded table; `timer on` prints each time.
    repeats = 10
    command = [JIXIAO, "--no-datasets", "-c", f"load {csv} as o", "-c", "timer on"]
    for _ in range(repeats):
        command += ["-c", QUERY_JX]
    out = subprocess.run(command, capture_output=True, text=True).stdout
    timings = [float(x) / 1000 for x in re.findall(r"time: ([\d.]+) ms", out)][1:]
    if timings:
        record("jixiao", "warm", statistics.median(timings))
    if duck:
        sql = f"create table o as select * from read_csv('{csv}');\n.timer on\n" + (QUERY_SQL + ";\n") * repeats
        out = subprocess.run([duck], input=sql, capture_output=True, text=True).stdout
        timings = [float(x) for x in re.findall(r"Run Time \(s\): real ([\d.]+)", out)]
        if timings:
            record("duckdb", "warm", statistics.median(timings))
    r = python_peer("polars", f"import polars as pl, time\nd = pl.read_csv({csv!r})\nts=[]\n"
                    "for _ in range(10):\n t=time.perf_counter()\n"
                    " d.filter((pl.col('渠道') == '直播') & (pl.col('金额') > 100)).group_by('乡镇').agg(pl.len().alias('n'), pl.col('金额').sum().alias('total'), pl.col('金额').mean().alias('mean')).sort('total', descending=True)\n"
                    " ts.append(time.perf_counter()-t)\nimport statistics; print(statistics.median(ts))", 1)
    if r:
        record("polars", "warm", float(r[2].strip()))
    r = python_peer("pandas", f"import pandas as pd, time\nd = pd.read_csv({csv!r})\nts=[]\n"
                    "for _ in range(10):\n t=time.perf_counter()\n"
                    " d[(d['渠道'] == '直播') & (d['金额'] > 100)].groupby('乡镇')['金额'].agg(['count', 'sum', 'mean']).sort_values('sum', ascending=False)\n"
                    " ts.append(time.perf_counter()-t)\nimport statistics; print(statistics.median(ts))", 1)
    if r:
        record("pandas", "warm", float(r[2].strip()))

    # (c) start-up to a ready prompt (bundled datasets, input closed at once)
    t = median_run([JIXIAO, "--datasets", os.path.join(ROOT, "datasets")], runs * 2, stdin="")[0]
    record("jixiao", "start", t)
    if duck:
        record("duckdb", "start", median_run([duck, ":memory:"], runs * 2, stdin="")[0])
    if sqlite:
        record("sqlite3", "start", median_run([sqlite, ":memory:"], runs * 2, stdin="")[0])

    # (d) replay of the appendix script
    appendix = os.path.join(ROOT, "sessions", "appendix.jx")
    if os.path.exists(appendix):
        record("jixiao", "replay", median_run([JIXIAO, "--datasets", os.path.join(ROOT, "datasets"), "replay", appendix], runs)[0])

    # Report
    print(f"jixiao benchmark: {args.rows:,} rows, orders.csv {size_mb:.1f} MB, median of {runs} runs, {os.cpu_count()} cores")
    print(f"query: {QUERY_JX}")
    if jixiao_total:
        print(f"jixiao's first row: {jixiao_total.group(1)} n={jixiao_total.group(2)} total={jixiao_total.group(3)} (exact)")
    workloads = [("cold", "(a) cold: load+filter+group+sort", "s"), ("warm", "(b) warm query", "s"),
                 ("start", "(c) start-up", "s"), ("replay", "(d) replay appendix.jx", "s"), ("rss", "(e) peak RSS", "MB")]
    tools = [t for t in ["jixiao", "duckdb", "polars", "pandas", "sqlite3", "miller"] if t in results]
    header = f"{'workload':34}" + "".join(f"{t:>12}" for t in tools) + f"{'jixiao/duckdb':>16}"
    print(header)
    print("-" * len(header))
    for key, label, unit in workloads:
        cells = []
        for tool in tools:
            value = results[tool].get(key)
            if value is None:
                cells.append(f"{'—':>12}")
            elif unit == "MB":
                cells.append(f"{value / 1024:>10.0f}MB")
            else:
                cells.append(f"{value * 1000:>10.1f}ms")
        j = results["jixiao"].get(key)
        d = results.get("duckdb", {}).get(key)
        ratio = f"{j / d:>15.2f}x" if j is not None and d else f"{'—':>16}"
        print(f"{label:34}" + "".join(cells) + ratio)
    rss = results["jixiao"].get("rss")
    if rss:
        print(f"jixiao peak RSS / CSV size: {rss * 1024 / os.path.getsize(csv):.2f}")


if __name__ == "__main__":
    main()
