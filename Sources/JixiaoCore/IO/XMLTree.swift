import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML element tree for the short parts of a workbook (workbook, relationships, styles), built
/// with Foundation's XMLParser. Namespace prefixes are dropped from names: `x:sheet` is `sheet`.
public final class XMLNode {
    public let name: String
    public let attributes: [String: String]
    public private(set) var children: [XMLNode] = []
    public fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Direct children named `name`.
    public func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first direct child named `name`.
    public func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// An attribute by its local name (`r:id` is found as `id` too).
    public func attribute(_ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { XMLNames.local($0.key) == name }?.value
    }

    /// Parses a document; throws a located error naming `part`.
    public static func parse(_ data: Data, part: String, file: String?) throws -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw XMLNames.failure(parser, part: part, file: file)
        }
        return root
    }

    fileprivate func append(_ child: XMLNode) { children.append(child) }
}

/// Helpers shared by the tree builder and the streaming sheet reader.
enum XMLNames {
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    static func failure(_ parser: XMLParser, part: String, file: String?) -> Diagnostic {
        let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unreadable"
        return Diagnostic(.input, "malformed XML in \(part) (line \(parser.lineNumber)): \(reason)",
                          hint: "the workbook may be damaged; open and save it again in a spreadsheet program",
                          location: SourceLocation(file: file))
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    var stack: [XMLNode] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let node = XMLNode(name: XMLNames.local(elementName), attributes: attributes)
        if let parent = stack.last { parent.append(node) } else { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
