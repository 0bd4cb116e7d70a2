#!/usr/bin/env python3
"""The bench query on a PostgreSQL table of ROWS orders, three ways, side by side in one run.

usage: bench_pg.py [--rows N] [--runs K]

  pushed  jixiao: load pg:orders as o, then the query; where/group/agg/sort go to the server as one SQL query
  whole   jixiao: load pg:orders as o, let w = o (every row read into jixiao), then the query on w
  psql    psql running the same SQL the push-down sends (the peer; skipped when psql is absent)

The server is a private one (.ci/pg-server start), loaded from datasets/large/ROWS/orders.csv (bench/gen_data.py
writes it), stopped at the end. Each figure is the median of K runs of a whole process.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

os.environ["JIXIAO_LANG"] = "en"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIXIAO = os.path.join(ROOT, ".build", "release", "jixiao")
QUERY = '| where 渠道 == "直播" and 金额 > 100 | group 乡镇 | agg n = count(), total = sum(金额), mean = mean(金额) | sort total desc'


def timed(command, env, runs):
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stderr[-500:]}")
        out = result.stdout
    return statistics.median(times), out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jixiao", default=JIXIAO, help="the jixiao binary (default: the release build)")
    args = parser.parse_args()
    jixiao = args.jixiao
    if not os.path.exists(jixiao):
        sys.exit("build the release binary first: swift build -c release --product jixiao")
    env = dict(os.environ, JIXIAO_PG_ORDERS_ROWS=str(args.rows))
    started = subprocess.run([os.path.join(ROOT, ".ci", "pg-server"), "start"], capture_output=True, text=True, env=env)
    if started.returncode != 0:
        print(f"PostgreSQL benchmark skipped: no server ({started.stderr.strip()[-300:]})")
        return
    settings = dict(re.findall(r"(JIXIAO_\w+)=(\S+)", started.stdout))
    folder = settings["JIXIAO_PG_DIR"]
    try:
        env.update(PGHOST=settings["JIXIAO_PGHOST"], PGPORT=settings["JIXIAO_PGPORT"], PGDATABASE="jixiao", PGUSER="jixiao")
        base = [jixiao, "--no-datasets", "-c", "load pg:orders as o"]
        pushed_t, pushed_out = timed(base + ["-c", "o " + QUERY], env, args.runs)
        whole_t, whole_out = timed(base + ["-c", "let w = o", "-c", "w " + QUERY], env, args.runs)
        explained = subprocess.run(base + ["-c", "explain o " + QUERY], capture_output=True, text=True, env=env).stdout
        pushed_rows = pushed_out.strip().splitlines()[1:]
        same = bool(pushed_rows) and whole_out.strip().splitlines()[-len(pushed_rows):] == pushed_rows
        print(f"PostgreSQL: {args.rows:,} orders, median of {args.runs} runs, {os.cpu_count()} cores, {jixiao}")
        print(f"query: o {QUERY}")
        print(f"pushed and whole give the same rows: {'yes' if same else 'NO'}")
        rows = [("jixiao, pushed down (one SQL query)", pushed_t), ("jixiao, whole table read, query in jixiao", whole_t)]
        psql = shutil.which("psql")
        sql = re.search(r"SQL sent to \S+: (.*)", explained)
        parameters = re.search(r"parameters: (.*)", explained)
        if psql and sql:
            text = sql.group(1)
            # psql runs the same statement with the parameters written in (as literals of their cast types).
            for number, value in reversed(re.findall(r"\$(\d+) = \"([^\"]*)\"", parameters.group(1) if parameters else "")):
                text = text.replace(f"${number}::", "'" + value.replace("'", "''") + "'::")
            t, _ = timed([psql, "-X", "-q", "-A", "-c", text], env, args.runs)
            rows.append(("psql, the same SQL", t))
        else:
            rows.append(("psql, the same SQL", None))
        for label, t in rows:
            print(f"{label:44}{'—' if t is None else f'{t * 1000:10.1f}ms'}")
    finally:
        subprocess.run([os.path.join(ROOT, ".ci", "pg-server"), "stop", folder], capture_output=True)


if __name__ == "__main__":
    main()
