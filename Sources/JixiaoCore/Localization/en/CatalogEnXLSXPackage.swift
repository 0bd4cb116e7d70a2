// English texts of workbook packages from any producer (Chinese in zh/CatalogZhXLSXPackage.swift).

extension Catalog {
    static let enXLSXPackage: [String: String] = [
        "xlsx.password_protected": "{1} is a password-protected workbook: jixiao cannot read encrypted workbooks",
        "hint.xlsx.remove_password": "open it in Excel or WPS with its password, remove the password (文件 → 信息 → 保护工作簿 → 用密码进行加密) and save it again",
        "xlsx.legacy_xls": "{1} is an old .xls workbook (Excel 97–2003), not an .xlsx one",
        "hint.xlsx.save_as_xlsx": "save it as .xlsx in Excel or WPS (另存为 → Excel 工作簿)",
        "hint.xlsx.ole_file": "it is an OLE compound file (an old Office document), not a workbook",
        "hint.xlsx.no_workbook_part": "neither the package's relationships (_rels/.rels), [Content_Types].xml nor xl/workbook.xml names a workbook part",
        "xlsx.not_a_worksheet": "sheet {1} is a chart sheet: it holds no cells",
        "xlsx.sheet_without_part": "the workbook lists sheet {1} but does not contain it (its relationship {2} names no part)",
        "xlsx.shared_string_out_of_range": "sheet {1}, cell {2}: shared string {3} does not exist (the workbook has {4})",
        "xlsx.shared_strings_missing": "sheet {1}, cell {2}: refers to shared string {3}, but the workbook lacks its shared strings part {4}",
        "note.xlsx.sheets_without_part": "the workbook lists {1} sheets it does not contain: {2}",
        "note.xlsx.sheets_without_part.one": "the workbook lists {1} sheet it does not contain: {2}",
        "note.xlsx.styles_missing": "the workbook's styles part {1} is missing: numbers are read without their formats (dates as serial numbers)",
        "note.xlsx.numbers_rounded_to_zero": "{1} numbers other than 0 are too small for 10 decimals and read as 0 (first: cell {2}, {3})",
        "note.xlsx.numbers_rounded_to_zero.one": "{1} number other than 0 is too small for 10 decimals and reads as 0 (cell {2}, {3})",
        "note.xlsx.numbers_beyond_range": "{1} numbers are beyond the exact decimal range and kept as text, so their column is text (first: cell {2}, {3})",
        "note.xlsx.numbers_beyond_range.one": "{1} number is beyond the exact decimal range and kept as text, so its column is text (cell {2}, {3})",
    ]
}
