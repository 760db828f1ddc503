/// The JSON document `invite parse` prints: the message read, its invitations and the warnings.
public struct ParseDocument: Sendable, Hashable, Codable {
    /// Schema version of this document.
    public var version: Int = 1
    public var message: MessageSummary
    public var invitations: [Invitation]
    public var warnings: [String]
    /// The readable body text, when asked for (`invite parse --text`).
    public var text: String?

    public init(message: MessageSummary, invitations: [Invitation], warnings: [String]) {
        self.message = message
        self.invitations = invitations
        self.warnings = warnings
    }
}

/// A mailbox: display name and address (`"Name" <addr@example.com>`).
public struct MailboxSummary: Sendable, Hashable, Codable {
    public var name: String?
    public var email: String?

    public init(name: String?, email: String?) {
        self.name = name
        self.email = email
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(email, forKey: .email)
    }
}

/// The `message` object of the contract: the headers that matter, the leaf parts, the forward chain.
public struct MessageSummary: Sendable, Hashable, Codable {
    public var messageID: String?
    public var subject: String?
    public var from: [MailboxSummary]
    public var to: [MailboxSummary]
    public var cc: [MailboxSummary]
    /// RFC 3339 form of the `Date:` header, with its own offset.
    public var date: String?
    /// ISO 639-1 code of the language the text is written in, when detected.
    public var language: String?
    public var parts: [PartSummary]
    public var forwarded: [ForwardedSummary]

    public init(
        messageID: String? = nil, subject: String? = nil, from: [MailboxSummary] = [], to: [MailboxSummary] = [],
        cc: [MailboxSummary] = [], date: String? = nil, language: String? = nil, parts: [PartSummary] = [],
        forwarded: [ForwardedSummary] = []
    ) {
        self.messageID = messageID
        self.subject = subject
        self.from = from
        self.to = to
        self.cc = cc
        self.date = date
        self.language = language
        self.parts = parts
        self.forwarded = forwarded
    }

    enum CodingKeys: String, CodingKey {
        case messageID = "messageId"
        case subject, from, to, cc, date, language, parts, forwarded
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        messageID = try c.decodeIfPresent(String.self, forKey: .messageID)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        from = try c.decodeIfPresent([MailboxSummary].self, forKey: .from) ?? []
        to = try c.decodeIfPresent([MailboxSummary].self, forKey: .to) ?? []
        cc = try c.decodeIfPresent([MailboxSummary].self, forKey: .cc) ?? []
        date = try c.decodeIfPresent(String.self, forKey: .date)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        parts = try c.decodeIfPresent([PartSummary].self, forKey: .parts) ?? []
        forwarded = try c.decodeIfPresent([ForwardedSummary].self, forKey: .forwarded) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(messageID, forKey: .messageID)
        try c.encode(subject, forKey: .subject)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(cc, forKey: .cc)
        try c.encode(date, forKey: .date)
        try c.encode(language, forKey: .language)
        try c.encode(parts, forKey: .parts)
        try c.encode(forwarded, forKey: .forwarded)
    }
}

/// One leaf MIME part: media type (lower case), charset, decoded file name, decoded size in bytes.
public struct PartSummary: Sendable, Hashable, Codable {
    public var contentType: String
    public var charset: String?
    public var filename: String?
    public var size: Int

    public init(contentType: String, charset: String?, filename: String?, size: Int) {
        self.contentType = contentType
        self.charset = charset
        self.filename = filename
        self.size = size
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(contentType, forKey: .contentType)
        try c.encode(charset, forKey: .charset)
        try c.encode(filename, forKey: .filename)
        try c.encode(size, forKey: .size)
    }
}

/// An earlier message found inside this one (forwarded inline or attached), outermost first.
public struct ForwardedSummary: Sendable, Hashable, Codable {
    public var from: MailboxSummary?
    public var to: [MailboxSummary]
    public var date: String?
    public var subject: String?

    public init(from: MailboxSummary?, to: [MailboxSummary] = [], date: String? = nil, subject: String? = nil) {
        self.from = from
        self.to = to
        self.date = date
        self.subject = subject
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(date, forKey: .date)
        try c.encode(subject, forKey: .subject)
    }
}
