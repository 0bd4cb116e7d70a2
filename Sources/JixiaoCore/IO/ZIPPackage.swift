import Foundation
import ZIPFoundation

/// Zips the parts of an Office Open XML package (.xlsx, .docx) with ZIPFoundation: each part deflated, in the
/// order given (`[Content_Types].xml` first, as Office expects).
package enum ZIPPackage {
    /// The archive's bytes; `what` names the file kind in the error when it cannot be assembled.
    package static func data(parts: [(path: String, text: String)], what: String) throws -> Data {
        func failure(_ reason: String) -> Diagnostic { Diagnostic(.internal, .internalWorkbookAssembly, [what + ": " + reason]) }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw failure("Archive.data") }
            return data
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw failure(String(describing: error))
        }
    }
}
