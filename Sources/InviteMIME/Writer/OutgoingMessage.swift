/// An RFC 5322 message to write: the originator, destination and identification fields, a subject
/// and a MIME body.
///
/// ```swift
/// var message = OutgoingMessage(body: .text("Hello"))
/// message.from = [Mailbox(displayName: "Doe, Jane", addrSpec: "jane@example.com")]
/// message.subject = "Réunion"
/// let bytes = try message.serialized()
/// ```
///
/// Every line ends in CRLF and is at most 78 characters (except an address that is itself longer).
/// A CR or LF in a value never starts a new header line: unstructured text is folded or encoded
/// (RFC 2047); addresses, media types and identifiers that are not valid are refused with a
/// ``MIMEWriterError`` naming the field.
public struct OutgoingMessage: Sendable, Hashable {
    public var from: [Mailbox]
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var replyTo: [Mailbox]
    public var subject: String?
    /// The `Date:` field; written in the offset it carries (RFC 5322 §3.3).
    public var date: MailDate?
    /// `<id-left@id-right>` (brackets optional); nil for none.
    public var messageID: String?
    /// Further fields, written before `MIME-Version`; values are unstructured text.
    public var headers: [OutgoingHeader]
    public var body: MIMEWriterPart
    /// Makes the multipart boundaries reproducible; nil for random ones.
    public var boundarySeed: UInt64?

    public init(
        from: [Mailbox] = [], to: [Mailbox] = [], cc: [Mailbox] = [], replyTo: [Mailbox] = [],
        subject: String? = nil, date: MailDate? = nil, messageID: String? = nil, headers: [OutgoingHeader] = [],
        body: MIMEWriterPart, boundarySeed: UInt64? = nil
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.headers = headers
        self.body = body
        self.boundarySeed = boundarySeed
    }

    /// The message as bytes, CRLF line breaks throughout.
    ///
    /// - Throws: ``MIMEWriterError`` for an invalid address, field name, media type or Message-ID.
    public func serialized() throws(MIMEWriterError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        for (name, list) in [("From", from), ("Reply-To", replyTo), ("To", to), ("Cc", cc)] where !list.isEmpty {
            var field = HeaderFieldWriter(name: name)
            try field.appendAddressList(list, field: name)
            out.append(contentsOf: field.finished())
        }
        if let subject { out.append(contentsOf: try Self.unstructuredField("Subject", subject)) }
        if let date { out.append(contentsOf: Array(("Date: " + date.rfc5322Text + "\r\n").utf8)) }
        if let messageID {
            guard let normalized = HeaderFieldWriter.normalizedMessageID(messageID) else {
                throw .make(.invalidMessageID, field: "Message-ID", value: messageID)
            }
            var field = HeaderFieldWriter(name: "Message-ID")
            field.appendAtom(normalized.utf8)
            out.append(contentsOf: field.finished())
        }
        for header in headers { out.append(contentsOf: try Self.unstructuredField(header.name, header.value)) }
        out.append(contentsOf: Array("MIME-Version: 1.0\r\n".utf8))
        var boundaries = BoundaryGenerator(seed: boundarySeed)
        try body.write(into: &out, boundaries: &boundaries)
        return out
    }

    /// A `Message-ID` made from a seed (reproducible) or at random: `<token.token@domain>`.
    public static func makeMessageID(domain: String, seed: UInt64? = nil) -> String {
        var generator = BoundaryGenerator(seed: seed.map { $0 ^ 0x5A5A_1234_F00D_CAFE })
        let host = HeaderFieldWriter.isDotAtom(Array(domain.utf8)[...]) ? domain : "invite.invalid"
        return "<" + generator.token(count: 16) + "." + generator.token(count: 12) + "@" + host + ">"
    }

    /// One unstructured field, after checking that the name is RFC 5322 `ftext`.
    static func unstructuredField(_ name: String, _ value: String) throws(MIMEWriterError) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= 76,
            nameBytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != asciiColon })
        else {
            throw .make(.invalidFieldName, field: name, value: name)
        }
        var field = HeaderFieldWriter(name: name)
        field.appendUnstructured(value)
        return field.finished()
    }
}
