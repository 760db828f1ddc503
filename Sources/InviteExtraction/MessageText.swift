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

    /// Whether ``text()`` is an HTML part's structured text (there is no text/plain part).
    var isHTMLText: Bool { plain == nil && !htmlParts.isEmpty }

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

    /// A cheap byte scan (glibc `memchr` for a byte of the word, then a compare): schema.org markup needs
    /// `ld+json` (JSON-LD) or `itemscope` (microdata).
    static func mayHoldSchemaOrg(_ bytes: [UInt8]) -> Bool {
        // '+' is rare in HTML, so "ld+json" is looked for from it; "itemscope" from its first letter.
        contains(bytes, "ld+json", anchor: 2) || contains(bytes, "LD+JSON", anchor: 2)
            || contains(bytes, "itemscope", anchor: 0) || contains(bytes, "ITEMSCOPE", anchor: 0)
    }

    /// Whether `needle` occurs in `haystack`, found from the occurrences of its byte at `anchor`.
    private static func contains(_ haystack: [UInt8], _ needle: StaticString, anchor: Int) -> Bool {
        let n = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard anchor < n.count, haystack.count >= n.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return false }
            var start = anchor
            let last = h.count - n.count + anchor
            while start <= last, let hit = memchr(base + start, Int32(n[anchor]), last - start + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
                if h[at..<(at + n.count)].elementsEqual(n) { return true }
                start = at + anchor + 1
            }
            return false
        }
    }
}
