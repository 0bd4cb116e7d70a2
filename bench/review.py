#!/usr/bin/env python3
"""Times `review` over many generated project folders: what a 财政局 reviewing a county's projects waits for.

usage: review.py [--projects N] [--runs K] [--data DIR]

Generates N project folders with bench/gen_projects.py (once; they are kept in datasets/large/projects-N/), then
runs `jixiao --no-datasets -c "review DIR | agg …"` K times and prints the median wall time, the time per project
and the peak RSS. The workload reads every folder's six files, runs each indicator's and claim's pipeline, scores
the project and audits it; one folder in a hundred is broken on purpose and becomes an error row.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

# The figures are read from jixiao's English notices ("time: 12.3 ms"): the interface speaks English here.
os.environ["JIXIAO_LANG"] = "en"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIXIAO = os.path.join(ROOT, ".build", "release", "jixiao")


def main():
    parser = argparse.ArgumentParser(description="time review over generated project folders")
    parser.add_argument("--projects", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", default=None, help="where the folders are (default datasets/large/projects-N)")
    args = parser.parse_args()
    data = args.data or os.path.join(ROOT, "datasets", "large", f"projects-{args.projects}")
    if not os.path.isdir(data):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_projects.py"), str(args.projects), data], check=True)
    if not os.access(JIXIAO, os.X_OK):
        sys.exit(f"build the release binary first: swift build -c release --product jixiao ({JIXIAO})")
    line = f"review {data} | agg 项目 = count(), 出错 = sum(if(错误 != '', 1, 0)), 待核对 = sum(核对问题), 平均总分 = mean(总分)"
    times, rss, output = [], [], ""
    for _ in range(args.runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", JIXIAO, "--no-datasets", "-c", line], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"jixiao failed: {result.stderr[-800:]}")
        rss.append(int(result.stderr.strip().splitlines()[-1]))
        output = result.stdout
    median = statistics.median(times)
    print(f"jixiao review benchmark: {args.projects:,} project folders, median of {args.runs} runs, {os.cpu_count()} cores")
    print(f"command: {line}")
    print(output.rstrip())
    print(f"review of {args.projects:,} folders: {median:.2f} s ({median / args.projects * 1000:.2f} ms per project; "
          f"runs {', '.join(f'{t:.2f}' for t in times)} s), peak RSS {max(rss) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
