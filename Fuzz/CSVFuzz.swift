// libFuzzer target: the CSV reader, and the table renderer on whatever it reads.
//
// The first byte picks the options (delimiter, a type forced on the first column, the screen width); the rest
// is the file. Any input must give a table or a Diagnostic: a trap, an overflow, an out-of-range index or a
// broken invariant below is a finding. Build and run with `make fuzz` (see Fuzz/README.md).
import Foundation
import JixiaoCore
import JixiaoRender

/// Stops the run with a message when an invariant breaks: libFuzzer keeps the input as a crash.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    let forced: [DataType?] = [nil, .integer, .decimal(scale: 2), .date, .boolean, .text, nil, nil]
    var options = CSVOptions(delimiter: delimiters[Int(selector & 3)])
    do {
        var table = try CSVReader.read(bytes: body, file: "fuzz.csv", options: options)
        check(table)
        if let type = forced[Int((selector >> 2) & 7)], let first = table.names.first {
            options.types = [first: type]
            table = try CSVReader.read(bytes: body, file: "fuzz.csv", options: options)
            check(table)
            require(table.fields.first?.type.description.hasPrefix(String(type.description.prefix(4))) == true, "forced type not applied")
        }
        let width = Int(selector >> 5) * 20
        check(TableRenderer.render(table, style: TableStyle(maxRows: 12, width: width, showTotal: selector & 0x10 != 0)), table: table)
    } catch let diagnostic as Diagnostic {
        require(diagnostic.location.line.map { $0 >= 1 } ?? true, "line \(String(describing: diagnostic.location.line))")
        require(diagnostic.location.column.map { $0 >= 1 } ?? true, "column \(String(describing: diagnostic.location.column))")
        _ = DiagnosticRenderer.render(diagnostic)
    } catch {
        require(false, "not a Diagnostic: \(error)")
    }
    return 0
}

/// Columns agree with the table's row count, names are unique and non-empty.
func check(_ table: Table) {
    require(table.columns.allSatisfy { $0.count == table.rowCount }, "column lengths differ from \(table.rowCount)")
    require(Set(table.names).count == table.names.count, "duplicate names \(table.names)")
    require(!table.names.contains(""), "an empty column name")
    for row in 0..<min(table.rowCount, 50) {
        for column in table.names.indices { _ = table.value(row: row, column: column).description }
    }
}

/// Every line of the frame is as wide as the top rule: alignment survives whatever the cells hold.
func check(_ rendered: String, table: Table) {
    let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let top = lines.first, top.hasPrefix("┌") else { return }
    let width = DisplayWidth.of(top)
    for line in lines where line.hasPrefix("│") || line.hasPrefix("├") || line.hasPrefix("└") {
        require(DisplayWidth.of(line) == width, "a line \(DisplayWidth.of(line)) wide in a frame \(width) wide: \(line.debugDescription)")
    }
}
