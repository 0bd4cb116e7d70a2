#!/usr/bin/env python3
"""Writes the expected results of the foreign-file corpus from reference readers (see README.md).

Every data file NAME.EXT under a subfolder of this folder gets NAME.EXT.expect. The input lines of an
existing .expect (options, reference, error, note) are kept; the result lines are written anew from the
reference reader: DuckDB for CSV and text files, openpyxl for workbooks. jixiao is never asked.

    python3 Tests/Fixtures/foreign/make_expect.py            # every file
    python3 Tests/Fixtures/foreign/make_expect.py csv/x.csv  # some files
    python3 Tests/Fixtures/foreign/make_expect.py --check    # fail when a .expect is not what it would write
"""

import datetime
import decimal
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUT_KEYS = ("options", "reference", "error", "note")
RESULT_KEYS = ("reader", "sniffed", "rows", "columns", "names", "sha256")
CELL_SEPARATOR = "\u001f"
NULL = "\u2400"
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


# MARK: - The canonical form (README.md, "Canonical values")

def canonical_number(text):
    """Plain decimal notation: no exponent, no leading zeros, no trailing fractional zeros, no sign on zero."""
    if not NUMBER.match(text):
        return None
    value = decimal.Decimal(text)
    if value == 0:
        return "0"
    plain = format(value.normalize(), "f")
    if "." in plain:
        plain = plain.rstrip("0").rstrip(".")
    return plain


def canonical_cell(value):
    if value is None:
        return NULL
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, datetime.datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, (datetime.date, datetime.time)):
        text = value.isoformat()
    elif isinstance(value, float):
        text = repr(value)
    else:
        text = str(value)
    if text == "":
        return NULL
    number = canonical_number(text)
    return number if number is not None else text


def canonical_table(names, header_cells, rows):
    """Leaves out unnamed columns that hold nothing and rows that hold nothing, as README.md says."""
    cells = [[canonical_cell(v) for v in row] for row in rows]
    keep = [i for i in range(len(names))
            if (header_cells[i] or "").strip() != "" or any(row[i] != NULL for row in cells)]
    cells = [[row[i] for i in keep] for row in cells]
    cells = [row for row in cells if any(c != NULL for c in row)]
    kept_names = unique_names([names[i] for i in keep])
    text = "\n".join(CELL_SEPARATOR.join(row) for row in cells)
    return kept_names, cells, hashlib.sha256(text.encode("utf-8")).hexdigest()


def unique_names(names):
    """Duplicates get _2, _3, … (jixiao's rule for a header; the reference's own suffixes differ)."""
    seen, result = set(), []
    for name in names:
        candidate, n = name, 2
        while candidate in seen:
            candidate = f"{name}_{n}"
            n += 1
        seen.add(candidate)
        result.append(candidate)
    return result


def header_names(header_cells):
    return [cell.strip() if cell and cell.strip() else f"column{i + 1}" for i, cell in enumerate(header_cells)]


# MARK: - Reference readers

def read_csv_reference(path, arguments):
    import duckdb
    connection = duckdb.connect()
    sniff_arguments = {k: v for k, v in arguments.items() if k in ("delim", "quote", "escape", "header", "skip", "encoding", "strict_mode", "null_padding", "ignore_errors")}
    sniff = connection.execute(f"SELECT Delimiter, Quote, Escape, SkipRows, HasHeader FROM sniff_csv(?{settings(sniff_arguments)})", [path]).fetchall()[0]
    delimiter, quote, escape, skip, has_header = sniff
    result = connection.execute(f"SELECT * FROM read_csv(?{settings(arguments)})", [path])
    width = len(result.description)
    rows = result.fetchall()
    if has_header:
        raw_arguments = {**arguments, "header": False, "all_varchar": True, "skip": skip}
        raw = connection.execute(f"SELECT * FROM read_csv(?{settings(raw_arguments)}) LIMIT 1", [path]).fetchall()
        header_cells = [c if c is not None else "" for c in raw[0]] if raw else [""] * width
        header_cells = (header_cells + [""] * width)[:width]
    else:
        header_cells = [""] * width
    names = header_names(header_cells)
    sniffed = f"delimiter={printable(delimiter)} quote={printable(quote)} escape={printable(escape)} header={'yes' if has_header else 'no'} skip={skip}"
    return f"duckdb {duckdb.__version__}", sniffed, names, header_cells, rows


def settings(arguments):
    parts = []
    for key, value in arguments.items():
        literal = ("true" if value else "false") if isinstance(value, bool) else (str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'")
        parts.append(f", {key} = {literal}")
    return "".join(parts)


def printable(character):
    return {"\t": "tab", "": "none", "\\": "backslash"}.get(character, character)


def read_python_csv_reference(path, arguments):
    """Python's csv module, for encodings DuckDB reads only through an extension (Shift-JIS, Big5, CP1252)."""
    import csv
    import platform
    options = {k: v for k, v in arguments.items() if k in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace")}
    with open(path, encoding=arguments.get("encoding", "utf-8"), newline="") as handle:
        records = [row for row in csv.reader(handle, **options)]
    records = [row for row in records if row]
    skip = arguments.get("skip", 0)
    records = records[skip:]
    header_cells = records[0] if arguments.get("header", True) and records else []
    body = records[1:] if header_cells else records
    width = len(header_cells) if header_cells else max((len(r) for r in body), default=0)
    header_cells = header_cells or [""] * width
    # A ragged record is padded with nulls or cut to the header's width (what strict=false asks of jixiao).
    rows = [[None if c == "" else c for c in (row + [""] * width)[:width]] for row in body]
    sniffed = f"delimiter={printable(options.get('delimiter', ','))} header={'yes' if arguments.get('header', True) else 'no'} skip={skip} encoding={arguments.get('encoding', 'utf-8')}"
    return f"python-csv {platform.python_version()}", sniffed, header_names(header_cells), header_cells, rows


def read_csv_file(path, arguments):
    if arguments.get("reader") == "python-csv":
        return read_python_csv_reference(path, arguments)
    return read_csv_reference(path, arguments)


def workbook_number(value):
    """A float as jixiao's documented workbook rule reads it: rounded half up to
    15 significant digits, then to at most 10 decimals (README, "Loading": XLSX). The reference's value, put in the
    documented form."""
    exact = decimal.Decimal(repr(value))
    if exact == 0:
        return "0"
    exponent = exact.adjusted() - 14
    exact = exact.quantize(decimal.Decimal(1).scaleb(exponent), rounding=decimal.ROUND_HALF_UP)
    if exact.as_tuple().exponent < -10:
        exact = exact.quantize(decimal.Decimal(1).scaleb(-10), rounding=decimal.ROUND_HALF_UP)
    return format(exact.normalize(), "f")


def shows_time(number_format):
    """Whether a number format shows a time of day (h or s outside quotes and brackets)."""
    visible, quoted, bracket = "", False, False
    for character in number_format or "":
        if quoted:
            quoted = character != '"'
        elif bracket:
            bracket = character != "]"
        elif character == '"':
            quoted = True
        elif character == "[":
            bracket = True
        else:
            visible += character.lower()
    return "h" in visible or "s" in visible


def number_format(cell):
    """A read-only cell's number format; "" for an empty cell or a style index past the styles (as in some files)."""
    try:
        return getattr(cell, "number_format", "") or ""
    except (IndexError, KeyError, TypeError):
        return ""


def workbook_value(value, number_format):
    if isinstance(value, float):
        return workbook_number(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0) and not shows_time(number_format):
        return value.date()
    return value


def fill_merged_down(path, arguments, all_rows, header_row):
    """{"merged": "fill-down"}: jixiao's documented rule for merged cells below the header (README), applied to
    the reference's cells: a merged block's value goes down its first column into the rows it covers that hold a
    cell of their own; a row holding nothing of its own is the same record drawn taller and stays empty."""
    import openpyxl
    workbook = openpyxl.load_workbook(path, data_only=True)
    sheet = workbook[arguments["sheet"]] if "sheet" in arguments else workbook.worksheets[0]
    records = {index + 1 for index, row in enumerate(all_rows) if any(v is not None and v != "" for v in row)}
    for merged in sheet.merged_cells.ranges:
        top, left, bottom = merged.min_row, merged.min_col, merged.max_row
        if top <= header_row or bottom <= top or top > len(all_rows):
            continue
        value = all_rows[top - 1][left - 1]
        for row in range(top + 1, min(bottom, len(all_rows)) + 1):
            if row in records and all_rows[row - 1][left - 1] is None:
                all_rows[row - 1][left - 1] = value


def read_xlsx_reference(path, arguments):
    """openpyxl by default; {"reader": "calamine"} for the workbooks openpyxl cannot open (parts named in
    another case or with backslashes, the strict namespace), whose cells calamine reads."""
    header_row = arguments.get("header_row", 1)
    if arguments.get("reader") == "calamine":
        import importlib.metadata
        from python_calamine import CalamineWorkbook
        workbook = CalamineWorkbook.from_path(path)
        sheet = workbook.get_sheet_by_name(arguments["sheet"]) if "sheet" in arguments else workbook.get_sheet_by_index(0)
        # calamine starts at the first row and column that hold a cell: pad back to A1.
        start_row, start_column = sheet.start or (0, 0)
        all_rows = [[None] * start_column + [None if v == "" else workbook_value(v, "") for v in row] for row in sheet.to_python(skip_empty_area=False)]
        all_rows = [[] for _ in range(start_row)] + all_rows
        version = f"python-calamine {importlib.metadata.version('python-calamine')}"
    else:
        import openpyxl
        workbook = openpyxl.load_workbook(path, data_only=True, read_only=True)
        sheet = workbook[arguments["sheet"]] if "sheet" in arguments else workbook.worksheets[0]
        # A read-only sheet trusts the dimension the file states, which can be wrong: read every row.
        sheet.reset_dimensions()
        all_rows = [[workbook_value(getattr(c, "value", None), number_format(c)) for c in row] for row in sheet.iter_rows()]
        version = f"openpyxl {openpyxl.__version__}"
    width = max((len(row) for row in all_rows), default=0)
    all_rows = [(row + [None] * width)[:width] for row in all_rows]
    if arguments.get("merged") == "fill-down":
        fill_merged_down(path, arguments, all_rows, header_row)
    header_cells = ["" if v is None else ("true" if v else "false") if isinstance(v, bool) else str(v) for v in all_rows[header_row - 1]] if len(all_rows) >= header_row else []
    rows = all_rows[header_row:]
    width = len(header_cells)
    rows = [(row + [None] * width)[:width] for row in rows]
    return version, f"header-row={header_row}", header_names(header_cells), header_cells, rows


READERS = {"csv": read_csv_file, "txt": read_csv_file, "tsv": read_csv_file, "xlsx": read_xlsx_reference}


# MARK: - .expect files

def parse_expect(path):
    fields = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("#") or ":" not in line:
                continue
            key, value = line.split(":", 1)
            fields[key.strip()] = value.strip()
    return fields


def expect_text(data_path, fields):
    extension = data_path.rsplit(".", 1)[-1].lower()
    reader = READERS[extension]
    arguments = json.loads(fields.get("reference") or "{}")
    version, sniffed, names, header_cells, rows = reader(data_path, arguments)
    kept_names, cells, digest = canonical_table(names, header_cells, rows)
    lines = ["# Written by make_expect.py from the reference reader; only the input lines (options, reference, error, note) are edited by hand."]
    for key in INPUT_KEYS:
        if fields.get(key):
            lines.append(f"{key}: {fields[key]}")
    lines += [f"reader: {version}", f"sniffed: {sniffed}", f"rows: {len(cells)}", f"columns: {len(kept_names)}",
              "names: " + json.dumps(kept_names, ensure_ascii=False), f"sha256: {digest}"]
    return "\n".join(lines) + "\n"


def data_files(arguments):
    if arguments:
        return [os.path.join(HERE, a) if not os.path.isabs(a) else a for a in arguments]
    found = []
    for folder in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, folder)
        if not os.path.isdir(full):
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".expect") or name.startswith("."):
                continue
            if name.rsplit(".", 1)[-1].lower() in READERS:
                found.append(os.path.join(full, name))
    return found


def main():
    arguments = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    stale = []
    for data_path in data_files(arguments):
        expect_path = data_path + ".expect"
        fields = parse_expect(expect_path)
        try:
            text = expect_text(data_path, fields)
        except Exception as error:  # the reference refuses the file: say so, keep the input lines
            text = "# Written by make_expect.py; the reference reader refused this file.\n"
            text += "".join(f"{k}: {fields[k]}\n" for k in INPUT_KEYS if fields.get(k))
            text += f"reference-error: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}\n"
        old = open(expect_path, encoding="utf-8").read() if os.path.exists(expect_path) else None
        if old != text:
            stale.append(os.path.relpath(expect_path, HERE))
            if not check:
                with open(expect_path + ".tmp", "w", encoding="utf-8") as handle:
                    handle.write(text)
                os.replace(expect_path + ".tmp", expect_path)
    for name in stale:
        print(("stale: " if check else "wrote: ") + name)
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
