// libFuzzer target: what is read of a script before any of its commands runs — its `#!` header lines
// (`ScriptHeader.parse`: version, date, folder, dataset fingerprints), its division into narration and commands
// (`ScriptReader`), and, for a journal, where its complete records end (`JournalRecords`).
//
// The input is the script's text. Properties: nothing traps; every item's line lies inside the script, in
// order; the complete records of a journal are a prefix of it ending in a line break, and complete again
// (nothing more is dropped the second time); a header written from what was parsed parses back the same.
import Foundation
import JixiaoCore
import JixiaoSession

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let script = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    let header = ScriptHeader.parse(script)
    // The fingerprints written back as header lines read the same, as long as no field holds a space or a line
    // break (a name with a space was never written by `save`).
    let plain = header.datasets.allSatisfy { ![$0.name, $0.file, $0.sha256].contains { $0.contains(where: { $0 == " " || $0.isNewline || $0 == "=" }) || $0.isEmpty } }
    if plain, !header.version.isEmpty, !header.version.contains(where: \.isWhitespace), !header.saved.contains(where: \.isWhitespace), !header.saved.isEmpty {
        let again = ScriptHeader.parse(header.text)
        require(again.datasets == header.datasets, "fingerprints \(header.datasets) read back as \(again.datasets)")
        require(again.version == header.version && again.saved == header.saved, "version or date changed")
    }

    let lineCount = script.unicodeScalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    var previous = 0
    for item in ScriptReader.items(script) {
        let line: Int
        switch item {
        case .narration(_, let at): line = at
        case .command(let command): line = command.line
        }
        require(line > previous && line <= lineCount, "item at line \(line) after \(previous), of \(lineCount) lines")
        previous = line
    }

    let complete = JournalRecords.complete(script)
    let scriptBytes = Array(script.utf8), completeBytes = Array(complete.text.utf8)
    if complete.tornLine == nil {
        require(complete.text == script, "nothing torn, yet the text changed")
    } else {
        require(completeBytes.count < scriptBytes.count && Array(scriptBytes.prefix(completeBytes.count)) == completeBytes,
                "the complete records are not a shorter prefix of the script")
        require(completeBytes.isEmpty || completeBytes.last == 10, "complete records end without a line break")
        require(JournalRecords.complete(complete.text).tornLine == nil, "the complete records hold a torn one")
    }
    _ = Journal.isJournal(script)
    return 0
}
