// A helper for the tests of AtomicFile: writes TARGET through AtomicFile and stops halfway, so that a test can
// kill it with SIGKILL in the middle of the write.
//
//   AtomicWriteProbe TARGET BYTES
//
// Writes BYTES bytes (the digits 0–9 repeated) in 64 KiB chunks. When exactly half of them are in the
// temporary file it prints "half-written" and waits until its standard input ends, then writes the rest and
// prints "done".
import Foundation
import JixiaoCore

let arguments = CommandLine.arguments
guard arguments.count == 3, let total = Int(arguments[2]), total >= 0 else {
    FileHandle.standardError.write(Data("usage: AtomicWriteProbe TARGET BYTES\n".utf8))
    exit(2)
}
// Byte n of the file is the digit n % 10; a chunk starting at offset n is `digits[(n % 10)...]`.
let chunkSize = 65_536
let digits = [UInt8]((0..<(chunkSize + 10)).map { UInt8(ascii: "0") + UInt8($0 % 10) })
do {
    try AtomicFile.write(to: arguments[1]) { writer in
        var written = 0
        for (index, stop) in [total / 2, total].enumerated() {
            while written < stop {
                let count = min(chunkSize, stop - written)
                let start = written % 10
                try digits.withUnsafeBytes { try writer.write(UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)])) }
                written += count
            }
            if index == 0 {
                FileHandle.standardOutput.write(Data("half-written\n".utf8))
                _ = FileHandle.standardInput.readDataToEndOfFile()
            }
        }
    }
    FileHandle.standardOutput.write(Data("done\n".utf8))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
