import Foundation

/// A small XML element tree for the short parts of a workbook (workbook, relationships, styles), built
/// from `XMLScanner`'s events. Namespace prefixes are dropped from names: `x:sheet` is `sheet`.
package final class XMLNode {
    package let name: String
    let attributes: XMLAttributes
    package private(set) var children: [XMLNode] = []
    package fileprivate(set) var text = ""

    init(name: String, attributes: XMLAttributes) {
        self.name = name
        self.attributes = attributes
    }

    /// Direct children named `name`.
    package func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The first direct child named `name`.
    package func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }

    /// An attribute by its local name (`r:id` is found as `id` too).
    package func attribute(_ name: String) -> String? { attributes[name] }

    /// Parses a document; throws a located error naming `part`. Nesting is bounded by the scanner, so the
    /// tree is never deep enough to exhaust the stack when it is freed.
    package static func parse(_ data: Data, part: String, file: String?) throws -> XMLNode {
        try parse(Array(data), part: part, file: file)
    }

    static func parse(_ bytes: [UInt8], part: String, file: String?) throws -> XMLNode {
        var scanner = try XMLScanner(bytes, part: part, file: file)
        var root: XMLNode?
        var stack: [XMLNode] = []
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes):
                let node = XMLNode(name: name, attributes: attributes)
                if let parent = stack.last { parent.children.append(node) } else { root = node }
                stack.append(node)
            case .end:
                _ = stack.popLast()
            case .text(let text):
                stack.last?.text += text
            }
        }
        guard let root else { throw Diagnostic(.input, .xmlNoRoot, [part], location: SourceLocation(file: file)) }
        return root
    }
}

/// Name helpers shared by the scanner and the readers.
enum XMLNames {
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
