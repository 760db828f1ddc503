import InviteHTML
import InviteMIME

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// A cheap byte scan (glibc `memchr` for the first byte, then a compare): schema.org markup needs
    /// `ld+json` (JSON-LD) or `itemscope` (microdata).
    static func mayHoldSchemaOrg(_ bytes: [UInt8]) -> Bool {
        ["ld+json", "LD+JSON", "itemscope", "ITEMSCOPE"].contains { contains(bytes, Array($0.utf8)) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return false }
            var start = 0
            let last = h.count - needle.count
            while start <= last, let hit = memchr(base + start, Int32(first), last - start + 1) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if h[index..<(index + needle.count)].elementsEqual(needle) { return true }
                start = index + 1
            }
            return false
        }
    }
}
