/// One node of a MIME tree (RFC 2045/2046): headers and either a body, child parts, or an attached message.
public struct MIMEPart: Sendable, Hashable {
    /// The part's own header fields (for the root part, the message's headers).
    public var headers: Headers
    /// The media type; `text/plain` when absent or unreadable (RFC 2045 §5.2).
    public var contentType: ContentType
    public var contentDisposition: ContentDisposition?
    /// Lower-case `Content-Transfer-Encoding` as declared (`7bit` when absent).
    public var transferEncoding: String
    public var content: Content
    /// Byte offset of this part's headers in the parsed input.
    public var byteOffset: Int

    /// What a part holds.
    public indirect enum Content: Sendable, Hashable {
        /// A leaf: the body after transfer decoding (base64/quoted-printable), before charset decoding.
        case body([UInt8])
        /// A multipart: its children, in order.
        case multipart([MIMEPart])
        /// An attached message (`message/rfc822`, `message/global`), parsed.
        case message(Message)
    }

    public init(
        headers: Headers, contentType: ContentType, contentDisposition: ContentDisposition?,
        transferEncoding: String, content: Content, byteOffset: Int
    ) {
        self.headers = headers
        self.contentType = contentType
        self.contentDisposition = contentDisposition
        self.transferEncoding = transferEncoding
        self.content = content
        self.byteOffset = byteOffset
    }

    /// The declared charset, lower case, or nil.
    public var charset: String? { contentType.parameter("charset").map { lowercasedASCII($0.utf8) } }

    /// The file name from `Content-Disposition` (RFC 2183/2231) or, failing that, `Content-Type; name=`.
    public var filename: String? { contentDisposition?.filename ?? contentType.parameter("name") }

    /// Whether this part is an attachment rather than part of the message text.
    public var isAttachment: Bool {
        contentDisposition?.isAttachment == true || (filename != nil && !contentType.isText)
    }

    /// The decoded body bytes of a leaf part; nil for multiparts and attached messages.
    public var body: [UInt8]? {
        if case .body(let bytes) = content { return bytes }
        return nil
    }

    /// The body of a leaf part decoded to text with its charset (see ``Charset``); `format=flowed` plain text
    /// comes back as its paragraphs (``FormatFlowed``).
    public func decodedText() -> Charset.Decoded? {
        guard let body else { return nil }
        var decoded = Charset.decode(body, label: contentType.parameter("charset"))
        if contentType.isText, contentType.subtype == "plain", let format = contentType.parameter("format"),
            equalsIgnoringCase(format, "flowed")
        {
            let deleteSpace = contentType.parameter("delsp").map { equalsIgnoringCase($0, "yes") } ?? false
            decoded.text = FormatFlowed.unflow(decoded.text, deleteSpace: deleteSpace)
        }
        return decoded
    }

    /// The leaf parts below (and including) this one, in document order, descending into attached messages.
    public var leafParts: [MIMEPart] {
        var result: [MIMEPart] = []
        var stack: [MIMEPart] = [self]
        while let part = stack.popLast() {
            switch part.content {
            case .body: result.append(part)
            case .multipart(let children): stack.append(contentsOf: children.reversed())
            case .message(let message): stack.append(message.root)
            }
        }
        return result
    }
}
