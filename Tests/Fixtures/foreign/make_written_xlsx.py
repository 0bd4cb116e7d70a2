#!/usr/bin/env python3
"""Writes the corpus workbooks named xlsx/written_*.xlsx with openpyxl: cases of issue 22 that the public
suites lack. Run once; the files are committed (see SOURCES.md), and make_expect.py writes their .expect.

    python3 Tests/Fixtures/foreign/make_written_xlsx.py
"""
import os

import openpyxl

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "xlsx")


def merged_record():
    """A record whose every cell is merged over two rows (one record, not two), a 乡镇 merged down over two
    records of their own (each gets it), and a remark merged across two columns (the second stays empty)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "项目"
    rows = [["乡镇", "项目", "金额", "备注"], ["保安镇", "路灯", 100, "甲"], [None, "水渠", 200, "乙"],
            ["殷祖镇", "站点", 300, "丙"], [None, None, None, None], ["茗山乡", "另记", 400, None]]
    for row in rows:
        sheet.append(row)
    for merged in ["A2:A3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "C6:D6"]:
        sheet.merge_cells(merged)
    book.save(os.path.join(HERE, "written_merged_record.xlsx"))


def number_range():
    """Numbers beyond the exact decimal range: 3.14E-300 (read as 0, with a located note) in one column, ±3.14E+300
    (kept as text, with a located note) in another."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "数"
    for row in [["小", "大", "名"], [3.14e-300, 1, "甲"], [1.5, -3.14e300, "乙"], [-2e-20, 3.14e300, "丙"]]:
        sheet.append(row)
    book.save(os.path.join(HERE, "written_number_range.xlsx"))


if __name__ == "__main__":
    merged_record()
    number_range()
