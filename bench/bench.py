#!/usr/bin/env python3
"""jixiao's benchmark: the same workload on jixiao and on every peer installed here, side by side in one run.

usage: bench.py [--rows N] [--runs K] [--data DIR]

Workloads (1M-row orders ledger unless --rows says otherwise):
  (a) cold   load the CSV, filter, group, aggregate, sort: one process, end to end
  (b) warm   the same query on a table already in memory, inside one process
  (c) start  start-up to a ready prompt with the bundled datasets
  (d) replay jixiao replay sessions/appendix.jx
  (e) rss    peak resident memory of the cold run
  (f) warm on a loaded table of --warm-rows rows (default 10M), jixiao against DuckDB's in-memory table:
      the filter + group + sort query, a two-key group-by with five aggregates, a sort of the whole table by
      two keys, a join of the orders to a 100,000-row stations table
Peers: DuckDB CLI, sqlite3, polars, pandas, Miller. A peer that is not installed is skipped, never failed.
Each figure is the median of K runs; ratios are against DuckDB's figure from the same run. The end of the
report holds each goal of the performance issue with the measured figure and PASS or MISS (a goal whose peer is
not installed is SKIP); --strict exits non-zero when one is missed.
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


# The goals of the performance issue (issue 19), checked at the end of each benchmark.
GOALS = []


def goal(label, value, limit, unit="x"):
    """Records one goal: `value` must be at most `limit` (None when a peer is missing: SKIP)."""
    GOALS.append((label, value, limit, unit))


def report_goals(title="goals"):
    """Prints every recorded goal with its figure and PASS/MISS/SKIP; returns the number missed."""
    missed = 0
    print(f"{title}:")
    for label, value, limit, unit in GOALS:
        if value is None:
            verdict, shown = "SKIP", "—"
        else:
            verdict = "PASS" if value <= limit else "MISS"
            missed += verdict == "MISS"
            shown = f"{value:.2f}{unit}"
        print(f"  {label:52}{shown:>12}   goal <= {limit:g}{unit:3} {verdict}")
    met = sum(1 for _, v, l, _ in GOALS if v is not None and v <= l)
    print(f"  {met} of {len(GOALS)} goals met, {missed} missed")
    return missed


def duckdb_timings(duck, setup, statements):
    """Runs `setup` then each statement once in one DuckDB process with `.timer on`; the real times, in order."""
    sql = setup + "\n.timer on\n" + "".join(s.rstrip(";") + ";\n" for s in statements)
    out = subprocess.run([duck], input=sql, capture_output=True, text=True).stdout
    return [float(x) for x in re.findall(r"Run Time \(s\): real ([\d.]+)", out)]


def jixiao_timings(setup, statements):
    """Runs `setup` then each statement in one jixiao process with `timer on`; the times in seconds, in order."""
    command = [JIXIAO, "--no-datasets"]
    for line in setup:
        command += ["-c", line]
    command += ["-c", "timer on"]
    for statement in statements:
        command += ["-c", statement]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"jixiao failed: {result.stderr[-500:]}")
    return [float(x) / 1000 for x in re.findall(r"time: ([\d.]+) ms", result.stdout)]


def join_stations(path, rows=100_000):
    """A stations table of `rows` rows whose 站点编号 holds every code of the orders (CJ000 to CJ159) once."""
    if os.path.exists(path):
        return
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        out.write("站点编号,站点名称,层级,月均服务人次\n")
        for i in range(rows):
            code = f"CJ{i:03d}" if i < 160 else f"ST{i:06d}"
            out.write(f"{code},第{i}号电商服务站,{'镇级' if i % 9 == 0 else '村级'},{100 + i % 160}\n")
    os.replace(path + ".tmp", path)


# Warm workloads on the large table: (label, jixiao pipeline, DuckDB SQL).
WARM = [
    ("filter+group+sort", QUERY_JX, QUERY_SQL),
    ("two-key group, five aggregates",
     "o | group 乡镇, 品类 | agg n = count(), total = sum(金额), mean = mean(金额), low = min(金额), most = max(数量)",
     "select 乡镇, 品类, count(*) as n, sum(金额) as total, avg(金额) as mean, min(金额) as low, max(数量) as most "
     "from o group by 乡镇, 品类"),
    ("sort whole table by two keys", "o | sort 乡镇, 金额 desc", "select * from o order by 乡镇, 金额 desc"),
    ("join to 100,000 stations", "o | join st on 站点编号", "select * from o join st using (站点编号)"),
]


def warm_large(rows, repeats):
    """(f): the warm workloads on a loaded table of `rows` rows, jixiao against DuckDB; {label: (jixiao, duckdb)}."""
    folder = os.path.join(ROOT, "datasets", "large", str(rows))
    csv = os.path.join(folder, "orders.csv")
    if not os.path.exists(csv):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), str(rows), folder], check=True)
    stations = os.path.join(ROOT, "datasets", "large", "join-stations.csv")
    join_stations(stations)
    statements = [jx for _, jx, _ in WARM for _ in range(repeats)]
    times = jixiao_timings([f"load {csv} as o", f"load {stations} as st"], statements)
    duck = shutil.which("duckdb")
    duck_times = []
    if duck:
        duck_times = duckdb_timings(duck, f"create table o as select * from read_csv('{csv}');\n"
                                          f"create table st as select * from read_csv('{stations}');",
                                    [sql for _, _, sql in WARM for _ in range(repeats)])
    results = {}
    for index, (label, _, _) in enumerate(WARM):
        mine = times[index * repeats:(index + 1) * repeats]
        theirs = duck_times[index * repeats:(index + 1) * repeats]
        results[label] = (statistics.median(mine) if len(mine) == repeats else None,
                          statistics.median(theirs) if len(theirs) == repeats else None)
    return results


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
    parser.add_argument("--warm-rows", type=int, default=10_000_000,
                        help="rows of the table for the warm workloads (f); 0 leaves them out")
    parser.add_argument("--strict", action="store_true", help="exit non-zero when a goal is missed")
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

    warm = warm_large(args.warm_rows, 3) if args.warm_rows else {}

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
    if warm:
        print(f"(f) warm on a loaded {args.warm_rows:,}-row table, median of 3 runs inside one process each:")
        print(f"{'workload':34}{'jixiao':>12}{'duckdb':>12}{'jixiao/duckdb':>16}")
        for label, (mine, theirs) in warm.items():
            cells = "".join(f"{v * 1000:>10.1f}ms" if v is not None else f"{'—':>12}" for v in (mine, theirs))
            ratio = f"{mine / theirs:>15.2f}x" if mine is not None and theirs else f"{'—':>16}"
            print(f"{label:34}{cells}{ratio}")

    def ratio(key):
        j, d = results["jixiao"].get(key), results.get("duckdb", {}).get(key)
        return j / d if j is not None and d else None
    goal(f"(1) cold load+query {args.rows:,} rows / DuckDB", ratio("cold"), 0.8)
    goal(f"(1) peak RSS / CSV size ({size_mb:.0f} MB)", rss * 1024 / os.path.getsize(csv) if rss else None, 1.2)
    for label, (mine, theirs) in warm.items():
        goal(f"(3) warm {args.warm_rows // 1_000_000}M {label} / DuckDB", mine / theirs if mine and theirs else None, 1.0)
    start = results["jixiao"].get("start")
    goal("(4) start-up with bundled datasets, ms", start * 1000 if start else None, 15, " ms")
    missed = report_goals("goals of the performance issue (scaling: make bench-scaling; xlsx: make bench-xlsx)")
    if args.strict and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
