package import InviteHTML
package import InviteModel

/// Turns schema.org events (JSON-LD or microdata in HTML) into invitations with source `schema.org`.
package enum SchemaOrgSource {
    /// One invitation per distinct event, in document order.
    ///
    /// Dates are read as ISO 8601 (`2026-03-14`, `2026-03-14T19:00`, `2026-03-14T19:00:00+01:00`); a date
    /// alone makes an all-day invitation whose `end` is the last day, inclusive, as schema.org writes it.
    package static func invitations(from events: [SchemaOrgEvent]) -> [Invitation] {
        var result: [Invitation] = []
        var seen: Set<Invitation> = []
        for event in events {
            let invitation = invitation(from: event)
            if seen.insert(invitation).inserted { result.append(invitation) }
        }
        return result
    }

    /// The invitation for one event.
    package static func invitation(from event: SchemaOrgEvent) -> Invitation {
        var invitation = Invitation(source: .schemaOrg)
        invitation.title = event.name
        invitation.host = event.organizer.map(person)
        var invitees = event.attendees.map(person)
        if let holder = event.reservationHolder.map(person), !invitees.contains(holder) { invitees.append(holder) }
        invitation.invitees = invitees
        invitation.description = event.description
        invitation.status = status(event)

        let physical = event.locations.first { !$0.isVirtual && ($0.name != nil || hasAddress($0)) }
        let virtual = event.locations.first { $0.isVirtual && $0.url != nil }
        if let physical {
            invitation.location = Location(name: physical.name, address: address(physical), url: nil)
        } else if let virtual {
            invitation.location = Location(name: virtual.name, address: nil, url: virtual.url)
        }
        if let url = virtual?.url { invitation.conference = Conference(url: url) }

        if let start = event.startDate {
            if let time = parseTime(start) {
                invitation.start = time
            } else {
                invitation.evidence["start"] = start
            }
        }
        if let end = event.endDate {
            if let time = parseTime(end) {
                invitation.end = time
            } else {
                invitation.evidence["end"] = end
            }
        }
        invitation.isAllDay = invitation.start.map { !$0.hasTime } ?? false
        return invitation
    }

    /// ISO 8601 in extended form, or the basic form some mailers write (`20260310T150000Z`).
    package static func parseTime(_ text: String) -> InvitationTime? {
        if let time = InvitationTime(text) { return time }
        let b = Array(text.utf8)
        func isDigits(_ r: Range<Int>) -> Bool {
            r.upperBound <= b.count && b[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        guard isDigits(0..<8) else { return nil }
        var extended =
            String(decoding: b[0..<4], as: UTF8.self) + "-" + String(decoding: b[4..<6], as: UTF8.self)
            + "-" + String(decoding: b[6..<8], as: UTF8.self)
        if b.count == 8 { return InvitationTime(extended) }
        guard b.count >= 13, b[8] == UInt8(ascii: "T"), isDigits(9..<13) else { return nil }
        extended += "T" + String(decoding: b[9..<11], as: UTF8.self) + ":" + String(decoding: b[11..<13], as: UTF8.self)
        var rest = 13
        if isDigits(13..<15) {
            extended += ":" + String(decoding: b[13..<15], as: UTF8.self)
            rest = 15
        }
        extended += String(decoding: b[rest...], as: UTF8.self)
        return InvitationTime(extended)
    }

    private static func person(_ party: SchemaOrgParty) -> Person {
        if party.isOrganization {
            return Person(name: nil, email: party.email, organization: party.name)
        }
        return Person(name: party.name, email: party.email, organization: party.affiliation)
    }

    private static func hasAddress(_ place: SchemaOrgPlace) -> Bool {
        address(place) != nil
    }

    /// "street, postal locality, region, country", skipping what is missing.
    private static func address(_ place: SchemaOrgPlace) -> String? {
        let cityLine = [place.postalCode, place.addressLocality].compactMap { $0 }.joined(separator: " ")
        let parts = [
            place.address, place.streetAddress, cityLine.isEmpty ? nil : cityLine, place.addressRegion,
            place.addressCountry,
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The RFC 5545 `STATUS` for a schema.org `eventStatus` (or, failing that, `reservationStatus`).
    private static func status(_ event: SchemaOrgEvent) -> String? {
        switch event.eventStatus {
        case "EventCancelled": return "CANCELLED"
        case "EventScheduled", "EventRescheduled", "EventMovedOnline": return "CONFIRMED"
        case "EventPostponed": return "TENTATIVE"
        default: break
        }
        switch event.reservationStatus {
        case "ReservationCancelled": return "CANCELLED"
        case "ReservationConfirmed": return "CONFIRMED"
        case "ReservationPending", "ReservationHold": return "TENTATIVE"
        default: return nil
        }
    }
}
