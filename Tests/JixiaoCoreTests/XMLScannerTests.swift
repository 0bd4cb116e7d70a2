import Foundation
@testable import JixiaoCore
import Testing

@Suite struct XMLScannerTests {
    static func events(_ xml: String) throws -> [XMLScanner.Event] {
        var scanner = try XMLScanner(Data(xml.utf8), part: "xl/test.xml", file: "book.xlsx")
        var events: [XMLScanner.Event] = []
        while let event = try scanner.next() { events.append(event) }
        return events
    }

    static func failure(_ xml: String) -> String? {
        do {
            _ = try events(xml)
            return nil
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location.file == "book.xlsx")
            return diagnostic.message
        } catch {
            return "not a Diagnostic: \(error)"
        }
    }

    @Test func startEndTextWithPrefixesDroppedAndSelfClosingTags() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><!-- c --><x:sst xmlns:x="u" count='2'><si><t xml:space="preserve"> 保安镇 </t></si><b/></x:sst>"#
        let events = try Self.events(xml)
        #expect(events == [
            .start(name: "sst", attributes: XMLAttributes(pairs: [("xmlns:x", "u"), ("count", "2")])),
            .start(name: "si", attributes: XMLAttributes()),
            .start(name: "t", attributes: XMLAttributes(pairs: [("xml:space", "preserve")])),
            .text(" 保安镇 "), .end(name: "t"), .end(name: "si"),
            .start(name: "b", attributes: XMLAttributes()), .end(name: "b"),
            .end(name: "sst"),
        ])
    }

    @Test func entitiesReferencesCDATAAndLineEnds() throws {
        let events = try Self.events("<a v=\"x&amp;y&#x4E61;\tz\r\n\">&lt;1&gt; &quot;&apos; &#20065;\r\n<![CDATA[<b>&amp;]]></a>")
        #expect(events == [
            .start(name: "a", attributes: XMLAttributes(pairs: [("v", "x&y乡 z ")])),
            .text("<1> \"' 乡\n"), .text("<b>&amp;"), .end(name: "a"),
        ])
    }

    @Test func attributesAreFoundByLocalName() throws {
        let events = try Self.events(#"<sheet name="支出" r:id="rId2"/>"#)
        guard case .start(_, let attributes) = events.first else { Issue.record("no start"); return }
        #expect(attributes["id"] == "rId2")
        #expect(attributes["r:id"] == "rId2")
        #expect(attributes["name"] == "支出")
        #expect(attributes["sheetId"] == nil)
    }

    @Test func utf16WithAByteOrderMarkAndAUTF8ByteOrderMark() throws {
        var utf16 = Data([0xFF, 0xFE])
        for unit in "<a>乡镇</a>".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        var scanner = try XMLScanner(utf16, part: "p", file: nil)
        #expect(try scanner.next() == .start(name: "a", attributes: XMLAttributes()))
        #expect(try scanner.next() == .text("乡镇"))
        #expect(try Self.events("\u{FEFF}<a/>") == [.start(name: "a", attributes: XMLAttributes()), .end(name: "a")])
        #expect(Self.failure("\u{FEFF}<a>\n <b></a>") == "malformed XML in xl/test.xml (line 2, column 5): </a> closes <b>")
    }

    @Test func malformedDocumentsAreLocatedErrors() {
        let cases: [(String, String)] = [
            ("<a><b></a>", "(line 1, column 7): </a> closes <b>"),
            ("<a>\n<b>", "(line 2, column 4): the part ends inside <b>"),
            ("", "(line 1, column 1): no root element"),
            ("<a/><b/>", "(line 1, column 5): a second root element"),
            ("<a x=1/>", "(line 1, column 6): expected a quoted value for the attribute x"),
            ("<a x=\"1\" x=\"2\"/>", "(line 1, column 10): the attribute x appears twice"),
            ("<a x=\"1\"y=\"2\"/>", "(line 1, column 9): expected a space, '>' or '/>' in <a>"),
            ("<a>&nbsp;</a>", "(line 1, column 4): unknown entity &nbsp;"),
            ("<a>AT&T</a>", "(line 1, column 6): '&' that starts no entity (write &amp;)"),
            ("<a>&#0;</a>", "(line 1, column 4): unknown entity &#0;"),
            ("<a>&#xD800;</a>", "(line 1, column 4): unknown entity &#xD800;"),
            ("<a>&#+65;</a>", "(line 1, column 4): unknown entity &#+65;"),
            ("<a>\u{1}</a>", "(line 1, column 4): a control character (0x01) is not allowed in XML"),
            ("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", "(line 1, column 1): a DOCTYPE is not allowed in a workbook part"),
            ("<a><!-- open</a>", "(line 1, column 4): unterminated comment"),
            ("<a><![CDATA[x</a>", "(line 1, column 4): unterminated CDATA section"),
            ("<a x=\"1</a>", "(line 1, column 8): '<' in the value of the attribute x"),
            ("text<a/>", "(line 1, column 1): text outside the root element"),
            ("</a>", "(line 1, column 1): </a> closes no element"),
            ("<1a/>", "(line 1, column 2): expected an element name after '<'"),
            ("<a></a", "(line 1, column 7): expected '>' to end </a"),
        ]
        for (xml, expected) in cases {
            #expect(Self.failure(xml) == "malformed XML in xl/test.xml \(expected)", "\(xml)")
        }
        #expect(Self.failure("<a>\u{FF}\u{FE}</a>") == nil, "U+00FF U+00FE are characters, not a byte-order mark inside the text")
        var invalid = Data("<a>".utf8)
        invalid.append(contentsOf: [0xC2, 0x74])
        invalid.append(contentsOf: Data("</a>".utf8))
        var scanner = try? XMLScanner(invalid, part: "p", file: nil)
        #expect(throws: Diagnostic.self) { _ = try scanner?.next(); _ = try scanner?.next() }
    }

    @Test func nestingIsBoundedWithoutDeepRecursion() throws {
        let depth = XMLScanner.maxDepth
        let fine = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(try XMLNode.parse(Data(fine.utf8), part: "p", file: nil).name == "a")
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let error = #expect(throws: Diagnostic.self) { try XMLNode.parse(Data(deep.utf8), part: "p", file: nil) }
        #expect(error?.message == "malformed XML in p (line 1, column \(depth * 3 + 1)): elements nested deeper than \(depth) levels")
    }

    @Test func buildsATreeWithTextAndChildren() throws {
        let root = try XMLNode.parse(Data(#"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.00%"/></numFmts><t>a&amp;b</t></styleSheet>"#.utf8), part: "p", file: nil)
        #expect(root.child("numFmts")?.children("numFmt").first?.attribute("formatCode") == "0.00%")
        #expect(root.child("t")?.text == "a&b")
        #expect(root.children.map(\.name) == ["numFmts", "t"])
    }
}
