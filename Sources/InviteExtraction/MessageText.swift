import InviteHTML
import InviteMIME

/// The readable text of a message and its HTML parts, each HTML part parsed at most once and only
/// when needed: for the text when there is no text/plain part, or for schema.org markup when the
/// bytes mention it.
struct MessageText {
    private var plain: String?
    private var htmlParts: [(body: [UInt8], charset: String?)] = []
    private var documents: [Int: HTMLDocumentText] = [:]

    /// Collects the message's own text parts (attached messages are left to their own reading).
    init(_ message: Message) {
        var stack: [MIMEPart] = [message.root]
        while let part = stack.popLast() {
            switch part.content {
            case .multipart(let children):
                stack.append(contentsOf: children.reversed())
            case .message:
                continue
            case .body(let body):
                guard part.contentType.type == "text", !part.isAttachment else { continue }
                if part.contentType.subtype == "plain", plain == nil {
                    plain = part.decodedText()?.text
                } else if part.contentType.subtype == "html" {
                    htmlParts.append((body, part.contentType.parameter("charset")))
                }
            }
        }
    }

    /// The best readable body: the first inline text/plain part, else the structured text of the first HTML part.
    mutating func text() -> String? {
        if let plain { return plain }
        return htmlParts.isEmpty ? nil : document(0).plainText
    }

    /// The schema.org events of every HTML part whose bytes mention JSON-LD or microdata.
    mutating func schemaOrgEvents() -> [SchemaOrgEvent] {
        var events: [SchemaOrgEvent] = []
        for index in htmlParts.indices where Self.mayHoldSchemaOrg(htmlParts[index].body) {
            events += document(index).events
        }
        return events
    }

    /// Warnings of the HTML parts that were read.
    var warnings: [String] {
        documents.keys.sorted().flatMap { key in documents[key].map { $0.warnings.map { "html: \($0)" } } ?? [] }
    }

    private mutating func document(_ index: Int) -> HTMLDocumentText {
        if let cached = documents[index] { return cached }
        let read = HTMLReader.read(htmlParts[index].body, charset: htmlParts[index].charset)
        documents[index] = read
        return read
    }

    /// A cheap byte scan: schema.org markup needs `ld+json` (JSON-LD) or `itemscope` (microdata).
    static func mayHoldSchemaOrg(_ bytes: [UInt8]) -> Bool {
        contains(bytes, "ld+json") || contains(bytes, "itemscope")
    }

    /// Case-insensitive ASCII search.
    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, haystack.count >= n else { return false }
        return needle.withUTF8Buffer { p in
            haystack.withUnsafeBufferPointer { h in
                let first = p[0] | 0x20
                var i = 0
                while i <= h.count - n {
                    if h[i] | 0x20 == first {
                        var k = 1
                        while k < n, h[i + k] | 0x20 == p[k] | 0x20 { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
