public import InviteMIME
public import InviteModel

extension MessageSummary {
    /// The contract's `message` object for a parsed message (headers, leaf parts; language and
    /// forwards are filled by the extractor).
    public init(message: Message) {
        self.init(message: message, date: message.date)
    }

    /// The same, with the `Date:` header already parsed.
    init(message: Message, date: MailDate?) {
        self.init(
            messageID: message.messageID,
            subject: message.subject,
            from: message.from.map(MailboxSummary.init),
            to: message.to.map(MailboxSummary.init),
            cc: message.cc.map(MailboxSummary.init),
            date: date?.description,
            parts: message.leafParts.map(PartSummary.init)
        )
    }
}

extension MailboxSummary {
    /// The JSON form of a mailbox.
    public init(_ mailbox: Mailbox) {
        self.init(name: mailbox.displayName, email: mailbox.addrSpec)
    }
}

extension PartSummary {
    /// The JSON form of a leaf part: media type, declared charset, decoded file name, decoded size.
    public init(_ part: MIMEPart) {
        self.init(
            contentType: part.contentType.mediaType,
            charset: part.charset,
            filename: part.filename,
            size: part.body?.count ?? 0
        )
    }
}
