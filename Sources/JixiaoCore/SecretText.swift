/// Hides passwords written into URLs (`postgres://user:password@host`), wherever text is kept or shown: the
/// journal, the history file, an error's source line. Each byte of the password becomes `*`, so the text keeps
/// its length and a caret under it still points at the same place.
package enum SecretText {
    package static func redacted(_ text: String) -> String {
        guard text.contains("://") else { return text }
        var bytes = Array(text.utf8)
        var index = 0
        let scheme = Array("://".utf8)
        while index + scheme.count <= bytes.count {
            guard Array(bytes[index..<(index + scheme.count)]) == scheme else {
                index += 1
                continue
            }
            let start = index + scheme.count
            // The authority ends at the first /, white space or quote; a password sits between : and the last @.
            var end = start
            while end < bytes.count, ![UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\t")].contains(bytes[end]) { end += 1 }
            if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")), let colon = bytes[start..<at].firstIndex(of: UInt8(ascii: ":")) {
                for position in (colon + 1)..<at { bytes[position] = UInt8(ascii: "*") }
            }
            index = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
