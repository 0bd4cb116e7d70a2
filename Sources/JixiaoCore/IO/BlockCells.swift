/// Where the fields of one block lie, in buffers sized once for the block (no appends, no copy-on-write checks),
/// and which of its records are empty, found while scanning.
struct BlockCells: CellSink, @unchecked Sendable {
    let columns: Int
    private(set) var records = 0
    /// Records whose every field is empty, which the careful path skips.
    private(set) var emptyRecords: [Int] = []
    private let storage: Storage
    private var cells = 0
    private var filled = false

    /// Buffers for the fields of `byteCount` bytes of `columns`-field records: every field but a record's first
    /// takes a delimiter byte, and every record a line break byte or the end, so they cannot overflow.
    init(columns: Int, byteCount: Int) {
        self.columns = columns
        storage = Storage(cells: byteCount + columns + 1, records: byteCount / max(1, columns) + 2)
    }

    var starts: UnsafeMutablePointer<UInt32> { storage.starts }
    var ends: UnsafeMutablePointer<UInt32> { storage.ends }
    var lines: UnsafeMutablePointer<Int32> { storage.lines }

    mutating func cell(_ column: Int, start: Int, end: Int, escaped: Bool, in buffer: UnsafeBufferPointer<UInt8>) throws {
        guard cells < storage.cellCapacity else { throw Overflow() }
        storage.starts[cells] = UInt32(truncatingIfNeeded: start)
        storage.ends[cells] = UInt32(truncatingIfNeeded: end) | (escaped ? CSVScanner.escapedFlag : 0)
        cells += 1
        if start != end { filled = true }
    }

    mutating func endRecord(line: Int32) throws {
        guard records < storage.recordCapacity else { throw Overflow() }
        if !filled { emptyRecords.append(records) }
        filled = false
        storage.lines[records] = line
        records += 1
    }

    /// The buffers a sink could not hold (never expected: the capacities are upper bounds).
    struct Overflow: Error {}

    private final class Storage: @unchecked Sendable {
        let starts: UnsafeMutablePointer<UInt32>
        let ends: UnsafeMutablePointer<UInt32>
        let lines: UnsafeMutablePointer<Int32>
        let cellCapacity: Int
        let recordCapacity: Int

        init(cells: Int, records: Int) {
            cellCapacity = cells
            recordCapacity = records
            starts = .allocate(capacity: cells)
            ends = .allocate(capacity: cells)
            lines = .allocate(capacity: records)
        }

        deinit {
            starts.deallocate()
            ends.deallocate()
            lines.deallocate()
        }
    }
}
