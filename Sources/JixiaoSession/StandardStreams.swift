import Foundation

/// Standard output and error, where the session tools write unless told otherwise.
package enum StandardStreams {
    package static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    package static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
