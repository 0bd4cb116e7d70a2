"""Reads a form written as .xlsx with openpyxl, an independent reader, and prints what it holds as JSON:
every merged range, every cell's value, number format, font and alignment, the column widths, row heights
and the print set-up."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
cells = {}
for row in sheet.iter_rows():
    for cell in row:
        value = cell.value
        if isinstance(value, bool) or value is None:
            kind, text = "none", ""
        elif isinstance(value, (int, float)):
            kind, text = "number", repr(value)
        else:
            kind, text = "text", str(value)
        cells[cell.coordinate] = {
            "kind": kind, "value": text, "format": cell.number_format, "bold": bool(cell.font.b),
            "wrap": bool(cell.alignment.wrap_text), "horizontal": cell.alignment.horizontal or "",
            "border": cell.border.left.style or "", "font": cell.font.name or "",
        }
setup = sheet.page_setup
print(json.dumps({
    "sheets": book.sheetnames,
    "merges": sorted(str(r) for r in sheet.merged_cells.ranges),
    "cells": cells,
    "widths": {k: v.width for k, v in sheet.column_dimensions.items()},
    "heights": {str(k): v.height for k, v in sheet.row_dimensions.items() if v.height},
    "orientation": setup.orientation, "paperSize": int(setup.paperSize or 0),
    "fitToWidth": int(setup.fitToWidth if setup.fitToWidth is not None else -1),
    "fitToHeight": int(setup.fitToHeight if setup.fitToHeight is not None else -1),
    "fitToPage": bool(sheet.sheet_properties.pageSetUpPr.fitToPage),
    "printTitleRows": sheet.print_title_rows or "",
}, ensure_ascii=False))
