// libFuzzer target: the JSON reader (an array of objects, or JSON Lines), and the table renderer on whatever
// it reads.
//
// The first byte picks a type forced on the first key (none, integer, decimal, date, boolean, text); the rest
// is the file. Any input must give a table or a Diagnostic: a trap, a stack overflow on deep nesting, an
// out-of-range index or a broken invariant below is a finding.
import Foundation
import JixiaoCore
import JixiaoRender

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let forced: [DataType?] = [nil, .integer, .decimal(scale: 2), .date, .boolean, .text, nil, nil]
    do {
        let imported = try JSONReader.load(bytes: body, file: "fuzz.json")
        check(imported.table)
        _ = TableRenderer.render(imported.table, style: TableStyle(maxRows: 12, width: Int(selector >> 5) * 20))
        if let type = forced[Int(selector & 7)], let first = imported.table.names.first {
            check(try JSONReader.load(bytes: body, file: "fuzz.json", types: [first: type]).table)
        }
    } catch let diagnostic as Diagnostic {
        require(diagnostic.location.line.map { $0 >= 1 } ?? true, "line \(String(describing: diagnostic.location.line))")
        require(diagnostic.location.column.map { $0 >= 1 } ?? true, "column \(String(describing: diagnostic.location.column))")
        _ = DiagnosticRenderer.render(diagnostic)
    } catch {
        require(false, "not a Diagnostic: \(error)")
    }
    return 0
}

/// Columns agree with the table's row count, names are unique; every cell can be shown.
func check(_ table: Table) {
    require(table.columns.allSatisfy { $0.count == table.rowCount }, "column lengths differ from \(table.rowCount)")
    require(Set(table.names).count == table.names.count, "duplicate names \(table.names)")
    for row in 0..<min(table.rowCount, 50) {
        for column in table.names.indices { _ = table.value(row: row, column: column).description }
    }
}
