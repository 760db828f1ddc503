/// An RFC 5322 message parsed into headers and a MIME tree.
public struct Message: Sendable, Hashable {
    /// The top-level part; its headers are the message's headers.
    public var root: MIMEPart
    /// Problems recovered from while parsing, in input order.
    public var diagnostics: [ParseDiagnostic]

    public init(root: MIMEPart, diagnostics: [ParseDiagnostic] = []) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Parses a message from bytes; never fails (see ``MessageParser``).
    public init(bytes: [UInt8], limits: MIMEParserLimits = MIMEParserLimits()) {
        self = MessageParser(limits: limits).parse(bytes)
    }

    public var headers: Headers { root.headers }
    public var subject: String? { headers.value("Subject") }
    public var from: [Mailbox] { addresses("From") }
    public var sender: [Mailbox] { addresses("Sender") }
    public var replyTo: [Mailbox] { addresses("Reply-To") }
    public var to: [Mailbox] { addresses("To") }
    public var cc: [Mailbox] { addresses("Cc") }
    public var bcc: [Mailbox] { addresses("Bcc") }

    /// The `Message-ID` with its angle brackets, as written (RFC 5322 §3.6.4).
    public var messageID: String? { headers.first("Message-ID").flatMap { MessageIDParser.parse($0.rawValue) } }

    /// The `Date:` header read leniently (RFC 5322 §3.3 and §4.3 obsolete forms).
    public var date: MailDate? { headers.first("Date").flatMap { DateParser.parse($0.rawValue) } }

    /// The mailboxes of the first field with this name, groups flattened, in order.
    ///
    /// RFC 5322 §3.6 allows each of these fields once; when a broken mailer repeats one, the first
    /// wins, as in most clients.
    public func addresses(_ field: String) -> [Mailbox] {
        headers.first(field).map { AddressParser.parse($0.rawValue).flatMap(\.mailboxes) } ?? []
    }

    /// The leaf parts in document order, descending into attached messages.
    public var leafParts: [MIMEPart] { root.leafParts }

    /// The best readable body: the first inline `text/plain` part, else the first `text/html` part
    /// turned into text by `htmlToText` (a simple tag stripper by default), else nil.
    ///
    /// Attached messages are not searched: their text belongs to them.
    public func text(htmlToText: (_ body: [UInt8], _ charset: String?) -> String = SimpleHTMLText.text) -> String? {
        var html: MIMEPart?
        var stack: [MIMEPart] = [root]
        while let part = stack.popLast() {
            switch part.content {
            case .multipart(let children):
                stack.append(contentsOf: children.reversed())
            case .message:
                continue
            case .body:
                guard part.contentType.type == "text", !part.isAttachment else { continue }
                if part.contentType.subtype == "plain" { return part.decodedText()?.text }
                if part.contentType.subtype == "html", html == nil { html = part }
            }
        }
        guard let html, let body = html.body else { return nil }
        return htmlToText(body, html.contentType.parameter("charset"))
    }
}
