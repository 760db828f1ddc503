public import InviteICalendar

// The two calendar mappings, side by side: VEVENT → Invitation (reading) and Invitation → VEVENT (writing).

extension Invitation {
    /// Reads one VEVENT of a calendar as an invitation with `"source": "calendar"` (see `CONTRACT.md`).
    ///
    /// Times carry the offset in force at that instant and ``timeZone`` the IANA name when the TZID
    /// maps to one (Windows and Outlook names included); an all-day `end` is the last day, inclusive.
    public init(event: ICalendar.Event, in calendar: ICalendar) {
        let resolver = TimeZoneResolver(calendar: calendar)
        self.init(source: .calendar)
        method = calendar.method
        uid = event.uid
        sequence = event.sequence
        status = event.status
        title = event.summary.flatMap(nonEmpty)
        description = event.description.flatMap(nonEmpty)
        if let organizer = event.organizer {
            host = Person(name: displayName(organizer), email: organizer.email)
        }
        let hostEmail = event.organizer?.email?.lowercased()
        invitees = event.attendees.compactMap { a -> Person? in
            if let hostEmail, a.email?.lowercased() == hostEmail { return nil }
            return Person(
                name: displayName(a), email: a.email, role: a.role, partStat: a.partStat, rsvp: a.rsvp
            )
        }
        if let text = event.location.flatMap(nonEmpty) {
            location = Location(name: text, url: isLink(text) ? text : nil)
        }
        isAllDay = event.isAllDay
        if let start = event.start {
            let (time, zone) = invitationTime(start, resolver)
            self.start = time
            timeZone = zone
        }
        if var end = event.effectiveEnd {
            if end.isDate, let start = event.start, start.isDate {
                end = end.addingSeconds(-86_400)
                if end.daysSince1970 < start.daysSince1970 { end = start }
            }
            let (time, zone) = invitationTime(end, resolver)
            self.end = time
            if timeZone == nil { timeZone = zone }
        }
        recurrence = event.recurrenceRules.first?.description
        conference = conferenceOf(event)
    }

    /// Every VEVENT of every calendar, in order.
    public static func invitations(in calendars: [ICalendar]) -> [Invitation] {
        calendars.flatMap { cal in cal.events.map { Invitation(event: $0, in: cal) } }
    }
}

extension ICalendar.Event {
    /// Builds a VEVENT from an invitation (the writing side of the mapping).
    ///
    /// Times with an IANA ``Invitation/timeZone`` are written local to that TZID, other times with an
    /// offset in UTC, floating times floating; an all-day end becomes the exclusive DTEND RFC 5545 wants.
    /// People without an e-mail address cannot be calendar users and are left out.
    public init(invitation: Invitation) {
        self.init(uid: invitation.uid, sequence: invitation.sequence, status: invitation.status)
        summary = invitation.title
        description = invitation.description
        if let loc = invitation.location {
            let parts = [loc.name, loc.address].compactMap { $0 }.filter { !$0.isEmpty }
            if !parts.isEmpty { location = parts.joined(separator: ", ") }
        }
        if let s = invitation.start { start = dateTime(s, zone: invitation.timeZone) }
        if let e = invitation.end {
            var end = dateTime(e, zone: invitation.timeZone)
            if end.isDate { end = end.addingSeconds(86_400) }
            if let start, end.localSeconds > start.localSeconds || end.zone != start.zone { self.end = end }
        }
        if let host = invitation.host, let email = host.email, !email.isEmpty {
            organizer = ICalendar.CalendarUser(address: "mailto:" + email, commonName: host.name)
        }
        for p in invitation.invitees {
            guard let email = p.email, !email.isEmpty else { continue }
            attendees.append(
                ICalendar.CalendarUser(
                    address: "mailto:" + email, commonName: p.name, role: p.role, partStat: p.partStat, rsvp: p.rsvp
                )
            )
        }
        if let text = invitation.recurrence, let rule = RecurrenceRule(parsing: text) { recurrenceRules = [rule] }
        if let conf = invitation.conference {
            if let url = conf.url, !url.isEmpty {
                conferences.append(
                    ICalendar.ConferenceLink(
                        uri: url, features: ["VIDEO"],
                        otherParameters: [ICalendar.Parameter(name: "VALUE", value: "URI")]
                    )
                )
            }
            for number in conf.dialIn where !number.isEmpty {
                let digits = number.filter { $0.isNumber || $0 == "+" || $0 == "," || $0 == "#" || $0 == "*" }
                guard !digits.isEmpty else { continue }
                conferences.append(
                    ICalendar.ConferenceLink(
                        uri: "tel:" + digits, features: ["PHONE"], label: number,
                        otherParameters: [ICalendar.Parameter(name: "VALUE", value: "URI")]
                    )
                )
            }
        }
    }
}

extension ICalendar {
    /// A calendar holding one VEVENT per invitation, with VTIMEZONEs for the zones used.
    ///
    /// - Parameters:
    ///   - invitations: one VEVENT each, in order.
    ///   - method: the iTIP method; `nil` takes the first invitation's method (none for a plain file).
    public init(invitations: [Invitation], method: String? = nil) {
        self.init(method: method ?? invitations.first?.method, prodID: ICalendarWriter.defaultProdID, version: "2.0")
        components = invitations.map { .event(ICalendar.Event(invitation: $0)) }
        addMissingTimeZones()
    }
}

private func nonEmpty(_ s: String) -> String? {
    var t = Substring(s)
    while let f = t.first, f.isWhitespace { t = t.dropFirst() }
    while let l = t.last, l.isWhitespace { t = t.dropLast() }
    return t.isEmpty ? nil : String(t)
}

/// The CN, unless it only repeats the address (Google writes `CN=lena@example.net`).
private func displayName(_ user: ICalendar.CalendarUser) -> String? {
    guard let cn = user.commonName.flatMap(nonEmpty) else { return nil }
    if let email = user.email, cn.lowercased() == email.lowercased() { return nil }
    return cn
}

private func invitationTime(_ d: ICalendar.DateTime, _ resolver: TimeZoneResolver) -> (InvitationTime, String?) {
    if d.isDate { return (InvitationTime(year: d.year, month: d.month, day: d.day), nil) }
    let r = resolver.resolve(d)
    let t = InvitationTime(
        year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: d.second,
        utcOffsetSeconds: r.utcOffsetSeconds
    )
    return (t, r.timeZoneIdentifier)
}

private func dateTime(_ t: InvitationTime, zone: String?) -> ICalendar.DateTime {
    guard let time = t.time else { return ICalendar.DateTime(year: t.year, month: t.month, day: t.day) }
    var d = ICalendar.DateTime(
        year: t.year, month: t.month, day: t.day, hour: time.hour, minute: time.minute, second: time.second,
        zone: .floating
    )
    if let zone, zone != "Etc/UTC", TimeZoneResolver().zone(forTZID: zone) != nil {
        d.zone = .tzid(zone)
    } else if let offset = t.utcOffsetSeconds {
        d = d.addingSeconds(-offset)
        d.zone = .utc
    }
    return d
}

/// Hosts whose https links are meeting joins (Zoom, Google Meet, Microsoft Teams, Webex).
private let meetingHosts = [
    "zoom.us", "zoomgov.com", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com",
]

private func isLink(_ s: String) -> Bool {
    (s.hasPrefix("https://") || s.hasPrefix("http://")) && !s.contains(" ")
}

private func isMeetingLink(_ url: String) -> Bool {
    guard url.hasPrefix("https://") else { return false }
    let rest = url.dropFirst(8)
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
    return meetingHosts.contains { host == $0 || host.hasSuffix("." + $0) }
}

/// The first https link to a meeting service in free text, trimmed of trailing punctuation.
private func firstMeetingLink(in text: String) -> String? {
    var search = text[...]
    while let r = search.firstRange(of: "https://") {
        let tail = search[r.lowerBound...]
        var link = String(tail.prefix { !$0.isWhitespace && !"<>\"'()[]{}".contains($0) })
        while let l = link.last, ".,;:!?".contains(l) { link.removeLast() }
        if isMeetingLink(link) { return link }
        search = search[r.upperBound...]
    }
    return nil
}

private func conferenceOf(_ event: ICalendar.Event) -> Conference? {
    var url: String?
    var dialIn: [String] = []
    for c in event.conferences {
        let lower = c.uri.lowercased()
        if lower.hasPrefix("tel:") {
            dialIn.append(c.label ?? String(c.uri.dropFirst(4)))
        } else if url == nil, lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            url = c.uri
        }
    }
    if url == nil, let u = event.url, isMeetingLink(u) { url = u }
    if url == nil, let loc = event.location { url = firstMeetingLink(in: loc) }
    if url == nil, let d = event.description { url = firstMeetingLink(in: d) }
    if url == nil, dialIn.isEmpty { return nil }
    var conference = Conference(url: url, dialIn: dialIn)
    for line in (event.description ?? "").split(whereSeparator: \.isNewline) {
        let text = line.trimmingPrefix(while: \.isWhitespace)
        for (label, isID) in [("Meeting ID:", true), ("Passcode:", false), ("Password:", false)]
        where text.hasPrefix(label) {
            guard let value = nonEmpty(String(text.dropFirst(label.count))) else { continue }
            if isID, conference.meetingID == nil { conference.meetingID = value }
            if !isID, conference.passcode == nil { conference.passcode = value }
        }
    }
    return conference
}
