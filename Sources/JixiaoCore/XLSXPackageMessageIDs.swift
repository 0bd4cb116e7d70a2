// The identifiers of the texts of workbook packages from any producer (issues 20 and 22): hints and notes of
// the XLSX reader, in the form of Localization/MessageIDs.swift.

extension MessageID {
    /// the package's relationships (_rels/.rels), [Content_Types].xml and xl/workbook.xml name no workbook part
    package static let hintNoWorkbookPart = MessageID("hint.xlsx.no_workbook_part")
    /// open it in Excel or WPS with its password, remove the password (文件 → 信息 → 保护工作簿) and save it again
    package static let hintRemovePassword = MessageID("hint.xlsx.remove_password")
    /// save it as .xlsx in Excel or WPS (另存为 → Excel 工作簿)
    package static let hintSaveAsXLSX = MessageID("hint.xlsx.save_as_xlsx")
    /// it is an OLE compound file (an old Office document), not a workbook
    package static let hintOLEFile = MessageID("hint.xlsx.ole_file")
    /// the workbook lists sheets it does not contain: {1}
    package static let noteSheetsWithoutPart = MessageID("note.xlsx.sheets_without_part")
    /// the workbook's styles part {1} is missing: numbers are read without their formats (dates as serial numbers)
    package static let noteStylesMissing = MessageID("note.xlsx.styles_missing")
    /// {1} numbers other than 0 too small for 10 decimals read as 0 (first: cell {2}, {3})
    package static let noteNumbersRoundedToZero = MessageID("note.xlsx.numbers_rounded_to_zero")
    /// {1} numbers beyond the exact decimal range kept as text, so their column is text (first: cell {2}, {3})
    package static let noteNumbersBeyondRange = MessageID("note.xlsx.numbers_beyond_range")
}
