// libFuzzer target: the XLSX reader, through the entry point
//
//     XLSXReader.read(data: Data, sheet: String?) throws -> Table
//
// reading the named sheet (nil: the first). Any input must give a table or a Diagnostic: a trap, an
// out-of-range index, a hang (zip bombs, cyclic shared-string references) or a broken invariant is a finding.
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
public func fuzzXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    for sheet in [nil, "Sheet1"] as [String?] {
        do {
            let table = try XLSXReader.read(data: bytes, sheet: sheet)
            require(table.columns.allSatisfy { $0.count == table.rowCount }, "column lengths differ from \(table.rowCount)")
            require(Set(table.names).count == table.names.count, "duplicate names \(table.names)")
            _ = TableRenderer.render(table, style: TableStyle(maxRows: 12, width: 100))
        } catch let diagnostic as Diagnostic {
            _ = DiagnosticRenderer.render(diagnostic)
        } catch {
            require(false, "not a Diagnostic: \(error)")
        }
    }
    return 0
}
