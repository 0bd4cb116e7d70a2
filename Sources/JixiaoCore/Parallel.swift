import Dispatch

/// Runs independent pieces of work on all cores and collects their results in order.
package enum Parallel {
    /// `body(0) … body(count - 1)` run concurrently; results come back in index order, and the first error (by
    /// index) is rethrown after every piece has finished.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Slots<T>(count)
        if count == 1 {
            slots.set(0, Result { try body(0) })
        } else {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.set(index, Result { try body(index) })
            }
        }
        return try slots.results.map { result in
            guard let result else { throw Diagnostic(.internal, .internalParallelResult) }
            return try result.get()
        }
    }

    /// One result slot per task; each task writes only its own slot, through a buffer allocated once, so no two
    /// tasks ever touch the same Swift variable.
    private final class Slots<T>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result<T, Error>?>

        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func set(_ index: Int, _ result: Result<T, Error>) {
            buffer[index] = result
        }

        var results: [Result<T, Error>?] { Array(buffer) }
    }
}
