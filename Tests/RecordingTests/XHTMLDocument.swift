import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A handout page read back with a real XML parser (Foundation's `XMLParser`, libxml2): the
/// elements met, the text of every `h3` and of every `pre`, and the `style` of every `span`.
final class XHTMLDocument: NSObject, XMLParserDelegate {
    /// Every element's name, in document order.
    private(set) var elements: [String] = []
    /// The text of each `h3` heading.
    private(set) var headings: [String] = []
    /// The text of each `pre` screen.
    private(set) var screens: [String] = []
    /// The `style` attribute of every `span` that has one.
    private(set) var spanStyles: [String] = []
    /// The whole text content of the body.
    private(set) var bodyText = ""
    /// The parser's error, if the document is not well-formed.
    private(set) var error: Error?

    private var open: [String] = []
    private var current = ""

    /// Parses `text`; `error` is set when it is not well-formed XML.
    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name)
        open.append(name)
        if name == "h3" || name == "pre" { current = "" }
        if name == "span", let style = attributes["style"] { spanStyles.append(style) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        if name == "h3" { headings.append(current) }
        if name == "pre" { screens.append(current) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if open.contains("h3") || open.contains("pre") { current += string }
        if open.contains("body") { bodyText += string }
    }
}
