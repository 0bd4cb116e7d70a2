"""Reads a .docx with python-docx, an independent reader, and prints what it holds as JSON: the paragraphs
and, for each table, its grid as python-docx resolves merges (`table.cell(r, c)`), each row's own cells with
their gridSpan and vMerge, the header rows; the styles' East Asian fonts and the page set-up."""
import json
import sys

import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
body = []
for child in document.element.body.iterchildren():
    if child.tag == qn("w:p"):
        body.append({"paragraph": "".join(t.text or "" for t in child.iter(qn("w:t"))),
                     "style": (child.pPr.pStyle.val if child.pPr is not None and child.pPr.pStyle is not None else "")})
    elif child.tag == qn("w:tbl"):
        body.append({"table": len([c for c in body if "table" in c])})
tables = []
for table in document.tables:
    rows = []
    for tr in table._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            merge = tc.vMerge
            cells.append({"span": tc.grid_span, "vMerge": merge or "", "text": docx.table._Cell(tc, table).text})
        header = tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
        rows.append({"cells": cells, "header": header})
    grid = [[table.cell(r, c).text for c in range(len(table.columns))] for r in range(len(table.rows))]
    tables.append({"rows": rows, "grid": grid, "columns": len(table.columns)})
fonts = {}
for style in document.styles:
    rpr = style.element.rPr
    if rpr is not None and rpr.rFonts is not None:
        fonts[style.name] = rpr.rFonts.get(qn("w:eastAsia"))
section = document.sections[0]
print(json.dumps({
    "body": body, "tables": tables, "eastAsia": fonts,
    "page": {"width": section.page_width.twips if hasattr(section.page_width, "twips") else int(section.page_width / 635),
             "height": int(section.page_height / 635), "orientation": str(section.orientation),
             "left": int(section.left_margin / 635), "right": int(section.right_margin / 635),
             "top": int(section.top_margin / 635), "bottom": int(section.bottom_margin / 635)},
    "title": document.core_properties.title,
}, ensure_ascii=False))
