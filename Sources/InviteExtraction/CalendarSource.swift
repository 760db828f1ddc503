import InviteICalendar
public import InviteMIME
import InviteModel

/// Invitations from calendar parts: every VEVENT of every `text/calendar` part or `.ics` attachment,
/// wherever it sits in the MIME tree (inline, base64, inside forwarded messages).
public enum CalendarSource {
    /// Whether a leaf part carries iCalendar data.
    public static func isCalendar(_ part: MIMEPart) -> Bool {
        let type = part.contentType
        if type.type == "text", type.subtype == "calendar" || type.subtype == "x-vcalendar" { return true }
        if type.type == "application", type.subtype == "ics" { return true }
        guard let name = part.filename else { return false }
        // ".ics" or ".vcs", in any case.
        let tail = name.utf8.suffix(4).lazy.map(\.asciiLowercased)
        return tail.elementsEqual(".ics".utf8) || tail.elementsEqual(".vcs".utf8)
    }

    /// The invitations of every calendar part, duplicates (the same UID, start and SEQUENCE sent both
    /// inline and as an attachment, as Google Calendar does) removed.
    static func invitations(in message: Message, warnings: inout [String]) -> [Invitation] {
        var result: [Invitation] = []
        var seen: Set<String> = []
        var parsedBodies: [[UInt8]] = []
        for part in message.leafParts where isCalendar(part) {
            // Google Calendar sends the same calendar inline and as invite.ics: read identical bytes once.
            guard let body = part.body, !parsedBodies.contains(body) else { continue }
            parsedBodies.append(body)
            for invitation in invitations(in: body, warnings: &warnings) {
                let key = [
                    invitation.uid ?? "", invitation.start?.description ?? "",
                    String(invitation.sequence ?? 0), invitation.method ?? "",
                ].joined(separator: "\u{1}")
                if invitation.uid != nil, !seen.insert(key).inserted { continue }
                result.append(invitation)
            }
        }
        return result
    }

    /// The invitations of one iCalendar stream.
    static func invitations(in bytes: [UInt8], warnings: inout [String]) -> [Invitation] {
        do {
            let parsed = try ICalendar.parse(bytes)
            warnings += parsed.warnings.map { "calendar: \($0)" }
            return parsed.calendars.flatMap { calendar in
                calendar.events.map { Invitation(event: $0, in: calendar) }
            }
        } catch {
            warnings.append("calendar: \(error)")
            return []
        }
    }
}
