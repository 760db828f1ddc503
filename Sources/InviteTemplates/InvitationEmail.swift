internal import Foundation
import InviteMIME
import InviteModel

/// A whole iMIP invitation email (RFC 6047), shaped as Google Calendar sends it.
///
/// ```
/// multipart/mixed
/// ├── multipart/alternative
/// │   ├── text/plain
/// │   ├── text/html
/// │   └── text/calendar; method=REQUEST; charset=UTF-8
/// └── application/ics; name="invite.ics"   (attachment, the same calendar)
/// ```
struct InvitationEmail {
    let renderer: InvitationRenderer
    let invitation: Invitation
    let options: RenderOptions

    func serialized() throws -> [UInt8] {
        guard let host = invitation.host, let address = host.email, !address.isEmpty else {
            throw InvitationRenderError.make(.missingOrganizer, "From", "the invitation's host has no email address")
        }
        let pack = DisplayLanguage.forCode(options.language)
        let (model, when) = renderer.makeModel(invitation, options: options)
        let text = renderer.renderTemplate("email.text", model: model) ?? ""
        let html = renderer.renderTemplate("email.html", model: model) ?? ""
        let calendar = InvitationRenderer.calendar(for: invitation, options: options)
        let method = invitation.method ?? "REQUEST"
        let calendarText = String(decoding: calendar, as: UTF8.self)

        let body = MIMEWriterPart.multipart(
            "mixed",
            [
                .multipart(
                    "alternative",
                    [
                        .text(text, subtype: "plain"),
                        .text(html, subtype: "html"),
                        .text(calendarText, subtype: "calendar", parameters: [MIMEParameter("method", method)]),
                    ]),
                .attachment(
                    calendar, mediaType: "application/ics", filename: "invite.ics",
                    parameters: [MIMEParameter("name", "invite.ics")]),
            ])

        var message = OutgoingMessage(body: body, boundarySeed: options.seed)
        message.from = [Mailbox(displayName: host.name, addrSpec: address)]
        var to: [Mailbox] = []
        var cc: [Mailbox] = []
        for person in invitation.invitees {
            guard let email = person.email, !email.isEmpty else { continue }
            let mailbox = Mailbox(displayName: person.name, addrSpec: email)
            let role = person.role?.uppercased()
            if role == "OPT-PARTICIPANT" || role == "NON-PARTICIPANT" { cc.append(mailbox) } else { to.append(mailbox) }
        }
        message.to = to
        message.cc = cc
        message.subject = subject(pack: pack, when: when)
        let now = options.now ?? Int(Date().timeIntervalSince1970)
        message.date = MailDate(secondsSince1970: now, utcOffsetSeconds: options.nowUTCOffsetSeconds)
        let domain = address.split(separator: "@").last.map(String.init) ?? "invite.invalid"
        message.messageID = OutgoingMessage.makeMessageID(domain: domain, seed: options.seed)
        do {
            return try message.serialized()
        } catch {
            throw InvitationRenderError.make(.invalidMessage, error.field, error.description)
        }
    }

    /// "Invitation: Title @ Friday 24 August 2018, 13:00–15:00 (PDT)", as calendar services write it.
    func subject(pack: DisplayLanguage, when: WhenFormatter.Result?) -> String {
        let isCancel = invitation.method?.uppercased() == "CANCEL"
        let prefix = pack.label(isCancel ? "cancelled" : "invitation")
        let separator = pack.code == "fr" ? " : " : ": "
        var title = invitation.title ?? pack.label("untitled")
        if title.isEmpty { title = pack.label("untitled") }
        var subject = prefix + separator + title
        if let when { subject += " @ " + when.when }
        return subject
    }
}
