import JixiaoZlib

/// Reads the parts of a ZIP archive held in memory: the archive's directory, then one part at a time, stored or
/// deflated, with its CRC checked.
///
/// Workbooks come from anywhere, so every offset and size is checked against the bytes before it is used, an
/// inflated part may not grow past the size the directory gives it (nor past `limit`), and a truncated or
/// corrupt stream is an error, never a loop: fuzzing found a workbook on which ZIPFoundation's reader spins for
/// ever once its input runs out. ZIP64 and encrypted archives are refused; workbooks need neither.
struct ZIPReader {
    struct Entry {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeader: Int
    }

    /// Why an archive or a part cannot be read; the caller words it for its file.
    enum Failure: Error, Equatable {
        /// No end-of-directory record: not a ZIP archive at all.
        case notAnArchive
        case damaged(Message)
        case unsupported(Message)
        case tooLarge
    }

    private let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let end = Self.endOfDirectory(bytes) else { throw .notAnArchive }
        let count = Int(u16(end + 10))
        let directorySize = Int(u32(end + 12))
        let directoryOffset = Int(u32(end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported(Message(.detailZIP64)) }
        guard directoryOffset + directorySize <= end else { throw .damaged(Message(.detailZIPDirectoryOutside)) }
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end, u32(offset) == 0x0201_4B50 else { throw .damaged(Message(.detailZIPDirectoryBroken)) }
            let nameLength = Int(u16(offset + 28))
            let extraLength = Int(u16(offset + 30))
            let commentLength = Int(u16(offset + 32))
            guard offset + 46 + nameLength <= end else { throw .damaged(Message(.detailZIPDirectoryBroken)) }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(name: name, method: u16(offset + 10), flags: u16(offset + 8), crc: u32(offset + 16),
                              compressedSize: Int(u32(offset + 20)), uncompressedSize: Int(u32(offset + 24)),
                              localHeader: Int(u32(offset + 42)))
            if entries[name] == nil { entries[name] = entry }
            offset += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The bytes of the part named `name`, or nil when the archive has none.
    func data(_ name: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        if entry.flags & 1 != 0 { throw .unsupported(Message(.detailZIPEncrypted, name)) }
        guard entry.uncompressedSize <= limit else { throw .tooLarge }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else { throw .damaged(Message(.detailZIPHeaderMissing, name)) }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged(Message(.detailZIPCutShort, name)) }
        let stored = start..<(start + entry.compressedSize)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw .damaged(Message(.detailZIPSizesDisagree, name)) }
            output = Array(bytes[stored])
        case 8:
            output = try inflate(stored, expected: entry.uncompressedSize, name: name)
        default:
            throw .unsupported(Message(.detailZIPMethod, name, String(entry.method)))
        }
        let crc = output.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
        guard crc == entry.crc else { throw .damaged(Message(.detailZIPChecksum, name)) }
        return output
    }

    /// A raw deflate stream inflated in one call into a buffer of the size the directory gives: a stream that
    /// ends early, needs more room, or is corrupt is an error.
    private func inflate(_ range: Range<Int>, expected: Int, name: String) throws(Failure) -> [UInt8] {
        var failure: Failure?
        let output = [UInt8](unsafeUninitializedCapacity: max(expected, 1)) { out, initialized in
            initialized = 0
            bytes.withUnsafeBufferPointer { input in
                var stream = z_stream()
                guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                    failure = .damaged(Message(.detailZlibCannotStart))
                    return
                }
                defer { inflateEnd(&stream) }
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress.map { $0 + range.lowerBound })
                stream.avail_in = UInt32(range.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(max(expected, 1))
                let result = JixiaoZlib.inflate(&stream, Z_FINISH)
                initialized = Int(stream.total_out)
                switch result {
                case Z_STREAM_END where initialized < expected:
                    failure = .damaged(Message(.detailZIPShorter, name))
                case Z_STREAM_END where initialized > expected, Z_OK where stream.avail_out == 0, Z_BUF_ERROR where stream.avail_out == 0:
                    failure = .damaged(Message(.detailZIPLonger, name))
                case Z_STREAM_END:
                    break
                case Z_OK, Z_BUF_ERROR:
                    failure = .damaged(Message(.detailZIPCutShort, name))
                default:
                    failure = .damaged(Message(.detailZIPNotDeflate, name))
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    /// The offset of the end-of-directory record, searched backwards past a comment of up to 65,535 bytes.
    private static func endOfDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var offset = bytes.count - 22
        let lowest = max(0, offset - 65_535)
        while offset >= lowest {
            if bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B && bytes[offset + 2] == 0x05 && bytes[offset + 3] == 0x06 {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private func u16(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }

    private func u32(_ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
