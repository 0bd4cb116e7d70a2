#!/usr/bin/env python3
"""Reading an .xlsx workbook: jixiao against the Python readers installed here, side by side in one run.

usage: xlsx.py [--rows N] [--runs K]

The workbook is the first N rows (default 200,000) of the generated orders ledger, written by jixiao's own
`export` (8 columns: dates, text, exact amounts). Each tool reads the first sheet and counts its rows, in a new
process. Peers: openpyxl (read-only streaming, what pandas uses), python-calamine (Rust), polars.read_excel
(calamine through fastexcel). A peer that is not installed is skipped, never failed. Each figure is the median
of K runs; ratios are against openpyxl's figure from the same run. The goals of the performance issue are
checked against python-calamine's figures from the same run (SKIP when it is not installed).
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import JIXIAO, ROOT, goal, median_run, report_goals  # noqa: E402

PEERS = {
    "openpyxl": ("openpyxl", "import openpyxl\nwb = openpyxl.load_workbook({path!r}, read_only=True)\n"
                             "print(sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True)) - 1)"),
    "calamine": ("python_calamine", "from python_calamine import CalamineWorkbook\n"
                                    "wb = CalamineWorkbook.from_path({path!r})\n"
                                    "print(len(wb.get_sheet_by_index(0).to_python()) - 1)"),
    "polars": ("fastexcel", "import polars as pl\nprint(pl.read_excel({path!r}).height)"),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(JIXIAO):
        sys.exit("build the release binary first: swift build -c release --product jixiao")
    source = os.path.join(ROOT, "datasets", "large", "1000000", "orders.csv")
    if not os.path.exists(source):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_data.py"), "1000000", os.path.dirname(source)], check=True)
    folder = os.path.join(ROOT, "datasets", "large", "xlsx")
    os.makedirs(folder, exist_ok=True)
    csv = os.path.join(folder, f"orders-{args.rows}.csv")
    path = os.path.join(folder, f"orders-{args.rows}.xlsx")
    if not os.path.exists(path):
        with open(source, encoding="utf-8") as src, open(csv, "w", encoding="utf-8") as out:
            for index, line in enumerate(src):
                if index > args.rows:
                    break
                out.write(line)
        subprocess.run([JIXIAO, "--no-datasets", "-c", f"load {csv} as o", "-c", f"export o to {path}"], check=True,
                       capture_output=True)

    results = {}
    t, m, out = median_run([JIXIAO, "--no-datasets", "-c", f"load {path} as o", "-c", "o | count"], args.runs)
    results["jixiao"] = (t, m, out.split("│")[-2].strip() if "│" in out else "?")
    for name, (module, code) in PEERS.items():
        try:
            __import__(module)
        except ImportError:
            continue
        t, m, out = median_run([sys.executable, "-c", code.format(path=path)], args.runs)
        results[name] = (t, m, out.strip())

    size_mb = os.path.getsize(path) / 1e6
    print(f"xlsx read: {args.rows:,} rows x 8 columns, {size_mb:.1f} MB workbook, median of {args.runs} runs, {os.cpu_count()} cores")
    base = results.get("openpyxl")
    print(f"{'tool':12}{'time':>12}{'peak RSS':>12}{'rows':>10}{'time/openpyxl':>16}")
    for name, (t, m, rows) in results.items():
        ratio = f"{t / base[0]:>15.2f}x" if base else f"{'—':>16}"
        print(f"{name:12}{t * 1000:>10.0f}ms{m / 1024:>10.0f}MB{rows:>10}{ratio}")
    mine, calamine = results["jixiao"], results.get("calamine")
    goal(f"(5) xlsx {args.rows:,} rows time / calamine", mine[0] / calamine[0] if calamine else None, 1.0)
    goal(f"(5) xlsx {args.rows:,} rows peak RSS / calamine", mine[1] / calamine[1] if calamine else None, 1.5)
    report_goals("goals of the performance issue (xlsx)")


if __name__ == "__main__":
    main()
