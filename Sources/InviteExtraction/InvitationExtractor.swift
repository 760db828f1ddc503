import InviteHTML
public import InviteMIME
public import InviteModel

/// Settings that change how invitations are read.
public struct ExtractionOptions: Sendable {
    /// The "now" relative dates resolve against when the message has no date of its own.
    public var referenceDate: InvitationTime?
    /// IANA zone for local times that name no zone; wins over the `Date:` header's offset.
    public var timeZone: String?
    /// Whether `ParseDocument` carries the readable body text (`text`).
    public var includesText: Bool
    /// Language packs for prose; nil means the built-in seven.
    public var languagePacks: [LanguagePack]?

    public init(
        referenceDate: InvitationTime? = nil, timeZone: String? = nil, includesText: Bool = false,
        languagePacks: [LanguagePack]? = nil
    ) {
        self.referenceDate = referenceDate
        self.timeZone = timeZone
        self.includesText = includesText
        self.languagePacks = languagePacks
    }
}

/// Why an input could not be read at all.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// Byte offset where the input stopped looking like text.
    public var byteOffset: Int
    public var description: String

    @inline(never)
    static func binary(at offset: Int) -> InputError {
        InputError(
            byteOffset: offset,
            description: "not a message, calendar, HTML or text (binary data at byte \(offset))"
        )
    }
}

/// Reads a message (or a bare calendar, HTML or text file) into the contract's document:
/// the message summary and every invitation found in it.
///
/// Sources, most authoritative first: calendar parts (each VEVENT), schema.org markup in HTML,
/// then prose. Prose only fills what the others lack; when neither exists, prose alone decides.
public struct InvitationExtractor: Sendable {
    public var options: ExtractionOptions
    private let parser = MessageParser()
    private let prose: ProseExtractor

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
        self.prose = ProseExtractor(languagePacks: options.languagePacks ?? LanguagePack.builtin)
    }

    /// Reads any supported input, deciding its kind from the content.
    public func document(for bytes: [UInt8]) throws(InputError) -> ParseDocument {
        switch InputKind.detect(bytes) {
        case .binary:
            throw .binary(at: bytes.firstIndex(of: 0) ?? 0)
        case .message:
            return document(for: parser.parse(bytes))
        case .calendar:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "calendar")))
        case .html:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "html")))
        case .text:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "plain")))
        }
    }

    /// Reads a parsed message.
    public func document(for message: Message) -> ParseDocument {
        // The Date: header is parsed once, for the summary and for the prose reading's "now".
        let date = message.date
        var summary = MessageSummary(message: message, date: date)
        var warnings = message.diagnostics.map(\.description)

        var invitations = CalendarSource.invitations(in: message, warnings: &warnings)
        var text = MessageText(message)
        let fromCalendar = !invitations.isEmpty
        if invitations.isEmpty {
            invitations = SchemaOrgSource.invitations(from: text.schemaOrgEvents())
        }
        let body = text.text()
        warnings += text.warnings

        let attached = Self.attachedMessages(in: message)
        summary.forwarded = attached.map(Self.forwardedSummary)
        // A schema.org event that names its title, start and place (or several events, which prose cannot tell
        // apart) leaves prose only the agenda and meeting link to add, as a calendar does.
        let structured =
            fromCalendar || invitations.count > 1
            || invitations.first.map { $0.title != nil && $0.start != nil && $0.location != nil } ?? false
        if structured {
            // The calendar is authoritative: prose still names the language and the inline forward chain, and
            // gives the agenda or meeting link that the single event lacks (CONTRACT.md: prose only fills gaps).
            if let body, !body.isEmpty {
                let single = invitations.count == 1 ? invitations.first : nil
                let unsignedHost = single?.host.flatMap { $0.role == nil && $0.organization == nil ? $0.name : nil }
                let read = prose.readLanguageAndForwards(
                    text: body, context: context(for: message, date: date, summary: summary),
                    wantsAgenda: single?.agenda.isEmpty ?? false,
                    wantsConference: single.map { $0.conference == nil } ?? false,
                    signedBy: unsignedHost
                )
                summary.language = read.language
                summary.forwarded = read.forwarded + summary.forwarded
                if var event = single {
                    if event.agenda.isEmpty, !read.agenda.isEmpty {
                        event.agenda = read.agenda
                        event.evidence["agenda"] = read.evidence["agenda"]
                    }
                    if var host = event.host, let signature = read.signature {
                        host.role = signature.role
                        host.organization = signature.organization
                        event.host = host
                    }
                    if event.conference == nil, let conference = read.conference {
                        event.conference = conference
                        event.evidence["conference"] = read.evidence["conference"]
                    }
                    invitations = [event]
                }
            }
            invitations = invitations.map { Self.invitingRecipients($0, summary: summary) }
            var document = ParseDocument(message: summary, invitations: invitations, warnings: warnings)
            if options.includesText { document.text = body }
            return document
        }

        // An automatic reply (RFC 3834 Auto-Submitted, or the older X-Autoreply) names dates of absence, not
        // meetings: its prose is read for the language only.
        if Self.isAutomaticReply(message) {
            if let body, !body.isEmpty {
                summary.language =
                    prose.readLanguageAndForwards(
                        text: body, context: context(for: message, date: date, summary: summary)
                    )
                    .language
            }
            var document = ParseDocument(message: summary, invitations: invitations, warnings: warnings)
            if options.includesText { document.text = body }
            return document
        }

        // Prose: the message's own text, then the text of each attached message (forwarded as
        // message/rfc822), in the context of the message that holds it.
        let readings: [Message] = [message] + attached
        var proseInvitation: Invitation?
        for (position, holder) in readings.enumerated() {
            var holderBody = body
            var isHTMLText = text.isHTMLText
            if position > 0 {
                var attachedText = MessageText(holder)
                holderBody = attachedText.text()
                isHTMLText = attachedText.isHTMLText
            }
            guard let holderBody, !holderBody.isEmpty else { continue }
            var holderContext = context(
                for: holder, date: position == 0 ? date : holder.date, summary: position == 0 ? summary : nil)
            holderContext.isHTMLText = isHTMLText
            let result = prose.extract(text: holderBody, context: holderContext)
            if summary.language == nil { summary.language = result.language }
            if position == 0 { summary.forwarded = result.forwarded + summary.forwarded }
            warnings += result.warnings
            if let found = result.invitation {
                proseInvitation = found
                break
            }
        }

        if let proseInvitation {
            if invitations.isEmpty {
                invitations = [proseInvitation]
            } else if invitations.count == 1 {
                // Prose describes one meeting; with several structured events it can't say which.
                invitations = invitations.map { Self.filling($0, from: proseInvitation) }
            }
        }
        // schema.org events name no attendees: a mail that carries one invites its recipients.
        invitations = invitations.map { Self.invitingRecipients($0, summary: summary) }
        var document = ParseDocument(message: summary, invitations: invitations, warnings: warnings)
        if options.includesText { document.text = body }
        return document
    }

    /// What the prose reader knows about the message that holds a text; `summary` (when given) already holds
    /// the decoded headers, so they are not parsed twice.
    private func context(for message: Message, date: MailDate?, summary: MessageSummary? = nil) -> ProseContext {
        var context = ProseContext()
        if let summary {
            func person(_ m: MailboxSummary) -> Person { Person(name: m.name, email: m.email) }
            context.subject = summary.subject
            context.from = summary.from.first.map(person)
            context.to = summary.to.map(person)
            context.cc = summary.cc.map(person)
        } else {
            context.subject = message.subject
            context.from = message.from.first.map(Self.person)
            context.to = message.to.map(Self.person)
            context.cc = message.cc.map(Self.person)
        }
        context.messageDate = date.map(Self.time)
        context.referenceDate = options.referenceDate
        context.timeZone = options.timeZone
        return context
    }

    /// Whether a message was sent by an automaton in reply ("Auto-Submitted: auto-replied", RFC 3834 §5;
    /// "no" marks a message a person sent), or carries the older X-Autoreply / X-Autorespond headers.
    static func isAutomaticReply(_ message: Message) -> Bool {
        if let value = message.headers.first("Auto-Submitted")?.value {
            let token = value.trimmingSpaces.lowercased()
            if !token.isEmpty, !token.hasPrefix("no") { return true }
        }
        return message.headers.first("X-Autoreply") != nil || message.headers.first("X-Autorespond") != nil
    }

    /// Attached messages (message/rfc822 parts), outermost first.
    static func attachedMessages(in message: Message) -> [Message] {
        var result: [Message] = []
        var stack: [MIMEPart] = [message.root]
        while let part = stack.popLast() {
            switch part.content {
            case .multipart(let children): stack.append(contentsOf: children.reversed())
            case .message(let inner):
                result.append(inner)
                stack.append(inner.root)
            case .body: continue
            }
        }
        return result
    }

    static func forwardedSummary(_ message: Message) -> ForwardedSummary {
        ForwardedSummary(
            from: message.from.first.map(MailboxSummary.init), to: message.to.map(MailboxSummary.init),
            date: message.date?.description, subject: message.subject
        )
    }

    static func person(_ mailbox: Mailbox) -> Person { Person(name: mailbox.displayName, email: mailbox.addrSpec) }

    static func time(_ date: MailDate) -> InvitationTime {
        InvitationTime(
            year: date.year, month: date.month, day: date.day, hour: date.hour, minute: date.minute,
            second: date.second, utcOffsetSeconds: date.utcOffsetSeconds
        )
    }

    /// An authoritative invitation with the gaps prose can fill filled (CONTRACT.md: "prose only adds what it
    /// lacks").
    ///
    /// The host is not among them: a structured source without an organizer is not helped by a
    /// guess from a signature.
    static func filling(_ primary: Invitation, from prose: Invitation) -> Invitation {
        var result = primary
        func note(_ key: String) {
            if let words = prose.evidence[key] { result.evidence[key] = words }
        }
        if result.title == nil, prose.title != nil {
            result.title = prose.title
            note("title")
        }
        if result.location == nil, prose.location != nil {
            result.location = prose.location
            note("location")
        }
        if result.agenda.isEmpty, !prose.agenda.isEmpty {
            result.agenda = prose.agenda
            note("agenda")
        }
        if result.conference == nil, prose.conference != nil {
            result.conference = prose.conference
            note("conference")
        }
        if result.start == nil, prose.start != nil {
            result.start = prose.start
            result.end = prose.end
            result.timeZone = prose.timeZone
            result.isAllDay = prose.isAllDay
            note("start")
            note("end")
        }
        return result
    }

    /// A schema.org invitation without invitees, given the message's To and Cc recipients (not its host).
    static func invitingRecipients(_ invitation: Invitation, summary: MessageSummary) -> Invitation {
        guard invitation.source == .schemaOrg, invitation.invitees.isEmpty else { return invitation }
        let host = invitation.host?.email?.lowercased()
        let recipients = (summary.to + summary.cc).filter { $0.email != nil && $0.email?.lowercased() != host }
        guard !recipients.isEmpty else { return invitation }
        var result = invitation
        result.invitees = recipients.map { Person(name: $0.name, email: $0.email) }
        result.evidence["invitees"] = recipients.compactMap { $0.name ?? $0.email }.joined(separator: ", ")
        return result
    }

    /// A bare file seen as a one-part message, so every source reads it the same way.
    private func syntheticMessage(_ bytes: [UInt8], mediaType: (String, String)) -> Message {
        var charset: [(name: String, value: String)] = []
        if String(validating: bytes, as: UTF8.self) != nil { charset = [("charset", "utf-8")] }
        let part = MIMEPart(
            headers: Headers(),
            contentType: ContentType(type: mediaType.0, subtype: mediaType.1, parameters: charset),
            contentDisposition: nil, transferEncoding: "8bit", content: .body(bytes), byteOffset: 0
        )
        return Message(root: part)
    }
}
