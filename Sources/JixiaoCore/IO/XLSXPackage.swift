/// The parts of a workbook package, found as the Open Packaging Conventions find them rather than by fixed names.
///
/// Excel writes `xl/workbook.xml`, `xl/worksheets/sheet1.xml` and so on, but other producers (report generators,
/// older libraries, hand-made packages, ISO strict files) put the parts elsewhere and under other cases. What is
/// fixed is the route: `_rels/.rels` names the main part (relationship type `…/officeDocument`), the main part's
/// own relationships (`xl/_rels/workbook.xml.rels` when it is `xl/workbook.xml`) name the sheets, the shared
/// strings and the styles, and `[Content_Types].xml` says what each part is. Targets are URIs, relative to the
/// part whose relationships name them or absolute from the package root; archive names are matched exactly
/// first, then ignoring case and with `\` read as `/` (both seen in workbooks from other producers).
struct XLSXPackage {
    struct Relationship {
        var id: String
        /// The relationship type URI; compared by its last segment (`…/worksheet`), which is the same in the
        /// transitional and strict namespaces.
        var type: String
        /// The part it points to, resolved to a name inside the package; nil for an external target.
        var part: String?

        /// Whether the type's last segment is `kind`.
        func isOfType(_ kind: String) -> Bool {
            guard let slash = type.lastIndex(of: "/") else { return type == kind }
            return type[type.index(after: slash)...] == kind
        }
    }

    let zip: ZIPReader
    let file: String
    /// Each archive name by its normalised form (lowercase, `/` separators, no leading `/`).
    private let normalised: [String: String]

    init(zip: ZIPReader, file: String) {
        self.zip = zip
        self.file = file
        var names: [String: String] = [:]
        for name in zip.entries.keys.sorted() {
            let key = Self.normalise(name)
            if names[key] == nil { names[key] = name }
        }
        normalised = names
    }

    /// The archive's name for a part, matched exactly, else ignoring case and separators; nil when absent.
    func entryName(_ part: String) -> String? {
        if zip.entries[part] != nil { return part }
        return normalised[Self.normalise(part)]
    }

    /// Whether the archive holds the part.
    func contains(_ part: String) -> Bool { entryName(part) != nil }

    /// A part's bytes, or nil when the archive lacks it.
    func data(_ part: String) throws -> [UInt8]? {
        guard let name = entryName(part) else { return nil }
        do {
            return try zip.data(name, limit: Workbook.maxPartSize)
        } catch {
            throw Workbook.diagnostic(error, file: file, head: [])
        }
    }

    /// The relationships of `part` (`""` for the package's own, in `_rels/.rels`), or nil when it has none.
    func relationships(of part: String) throws -> [Relationship]? {
        let relsPart = Self.relationshipsPart(of: part)
        guard let bytes = try data(relsPart) else { return nil }
        let root = try XMLNode.parse(bytes, part: relsPart, file: file)
        return root.children("Relationship").compactMap { element in
            guard let id = element.attribute("Id"), let target = element.attribute("Target") else { return nil }
            let type = element.attribute("Type") ?? ""
            let external = element.attribute("TargetMode")?.lowercased() == "external"
            return Relationship(id: id, type: type, part: external ? nil : Self.resolve(target, from: part))
        }
    }

    /// The parts `[Content_Types].xml` overrides, with their content types (empty when it is missing).
    func contentTypeOverrides() throws -> [(part: String, type: String)] {
        guard let bytes = try data("[Content_Types].xml") else { return [] }
        let root = try XMLNode.parse(bytes, part: "[Content_Types].xml", file: file)
        return root.children("Override").compactMap { element in
            guard let name = element.attribute("PartName"), let type = element.attribute("ContentType") else { return nil }
            return (Self.resolve(name, from: ""), type)
        }
    }

    /// The archive names, for a search by file name when nothing else names a part.
    var entryNames: [String] { zip.entries.keys.sorted() }

    // MARK: Names

    /// `dir/_rels/name.rels` for `dir/name`; `_rels/.rels` for the package.
    static func relationshipsPart(of name: String) -> String {
        guard !name.isEmpty else { return "_rels/.rels" }
        let part = name.replacingOccurrences(of: "\\", with: "/")
        guard let slash = part.lastIndex(of: "/") else { return "_rels/" + part + ".rels" }
        return part[..<slash] + "/_rels/" + part[part.index(after: slash)...] + ".rels"
    }

    /// A target URI resolved against the part that names it: absolute from the root when it starts with `/`,
    /// else from the source part's folder, with `.` and `..` segments applied and `%XX` escapes decoded.
    static func resolve(_ target: String, from source: String) -> String {
        var text = target.replacingOccurrences(of: "\\", with: "/")
        if text.contains("%"), let decoded = text.removingPercentEncoding { text = decoded }
        if let fragment = text.firstIndex(of: "#") { text = String(text[..<fragment]) }
        var segments: [Substring]
        if text.hasPrefix("/") {
            segments = []
        } else {
            segments = source.replacingOccurrences(of: "\\", with: "/").split(separator: "/", omittingEmptySubsequences: true)
            if !segments.isEmpty { segments.removeLast() }
        }
        for segment in text.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    static func normalise(_ name: String) -> String {
        var text = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while text.hasPrefix("/") { text.removeFirst() }
        return text
    }

    /// The folder of a part, with its trailing `/` (`xl/` for `xl/workbook.xml`, empty at the root).
    static func folder(of name: String) -> String {
        let part = name.replacingOccurrences(of: "\\", with: "/")
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }
}

/// Recognises an OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1), the container both of an old binary
/// .xls workbook and of an encrypted .xlsx (whose package is stored, encrypted, in a stream `EncryptedPackage`
/// beside its `EncryptionInfo`). The directory's entries are 128 bytes each and begin on 128-byte boundaries
/// after the 512-byte header, with a UTF-16 name and its byte length; the streams are found by their names.
enum OLECompoundFile {
    enum Kind: Equatable {
        case encryptedWorkbook
        case legacyWorkbook
        case other
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The kind of compound file `bytes` is, or nil when it is none.
    static func kind(_ bytes: [UInt8]) -> Kind? {
        guard bytes.count >= 512, bytes.prefix(8).elementsEqual(signature) else { return nil }
        var names = Set<String>()
        var offset = 512
        while offset + 128 <= bytes.count {
            let length = Int(bytes[offset + 0x40]) | Int(bytes[offset + 0x41]) << 8
            let type = bytes[offset + 0x42]
            if length >= 4, length <= 64, length % 2 == 0, type == 1 || type == 2 || type == 5,
               bytes[offset + length - 2] == 0, bytes[offset + length - 1] == 0 {
                var units: [UInt16] = []
                for index in stride(from: 0, to: length - 2, by: 2) {
                    units.append(UInt16(bytes[offset + index]) | UInt16(bytes[offset + index + 1]) << 8)
                }
                if let name = String(validating: units, as: UTF16.self) { names.insert(name) }
            }
            offset += 128
        }
        if names.contains("EncryptionInfo") && names.contains("EncryptedPackage") { return .encryptedWorkbook }
        if names.contains("Workbook") || names.contains("Book") { return .legacyWorkbook }
        return .other
    }
}
