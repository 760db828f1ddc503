import Foundation
import InviteICalendar
import InviteMIME

/// The iMIP form of a REPLY (RFC 6047 §2.4): a message from the attendee to the organizer with a
/// short text and the `text/calendar; method=REPLY` part.
enum ReplyEmail {
    static func make(reply: ICalendar, ics: [UInt8], from attendee: String, answer: String) throws -> [UInt8] {
        let event = reply.events.first
        guard let organizer = event?.organizer?.email else {
            throw CLIError(exitCode: 1, message: "the invitation names no organizer to reply to")
        }
        let me = event?.attendees.first
        let who = me?.commonName ?? attendee
        let verb =
            ["accept": "Accepted", "decline": "Declined", "tentative": "Tentatively accepted"][answer] ?? "Reply"
        let title = event?.summary ?? "invitation"
        let text = "\(who) \(verb.lowercased()) this invitation: \(title)\r\n"
        let now = Int(Date().timeIntervalSince1970)
        let offset = TimeZone.current.secondsFromGMT()
        let domain = attendee.split(separator: "@").last.map(String.init) ?? "invite.invalid"
        let message = OutgoingMessage(
            from: [Mailbox(displayName: me?.commonName, addrSpec: attendee)],
            to: [Mailbox(displayName: event?.organizer?.commonName, addrSpec: organizer)],
            subject: "\(verb): \(title)",
            date: MailDate(secondsSince1970: now, utcOffsetSeconds: offset),
            messageID: OutgoingMessage.makeMessageID(domain: domain),
            body: .multipart(
                "alternative",
                [
                    .text(text),
                    MIMEWriterPart(
                        mediaType: "text/calendar",
                        parameters: [MIMEParameter("method", "REPLY"), MIMEParameter("charset", "UTF-8")],
                        transferEncoding: .automatic, content: .body(ics)
                    ),
                ]
            )
        )
        do {
            return try message.serialized()
        } catch {
            throw CLIError(exitCode: 1, message: "reply email: \(error)")
        }
    }
}
