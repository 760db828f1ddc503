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
        // Each address is read once (a meeting may list hundreds of attendees).
        let hostEmail = event.organizer?.email
        if let organizer = event.organizer {
            host = Person(name: displayName(organizer, email: hostEmail), email: hostEmail)
        }
        invitees = event.attendees.compactMap { a -> Person? in
            let email = a.email
            if let hostEmail, let email, equalsIgnoringCase(email, hostEmail) { return nil }
            return Person(
                name: displayName(a, email: email), email: email, role: a.role, partStat: a.partStat, rsvp: a.rsvp
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
    // Most values have no surrounding white space: test the end bytes before touching characters.
    let utf8 = s.utf8
    guard let first = utf8.first, let last = utf8.last else { return nil }
    let asciiSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    if !asciiSpace(first), !asciiSpace(last), first < 0x80, last < 0x80 { return s }
    var t = Substring(s)
    while let f = t.first, f.isWhitespace { t = t.dropFirst() }
    while let l = t.last, l.isWhitespace { t = t.dropLast() }
    return t.isEmpty ? nil : String(t)
}

/// The CN, unless it only repeats the address `email` (Google writes `CN=lena@example.net`).
private func displayName(_ user: ICalendar.CalendarUser, email: String?) -> String? {
    guard let cn = user.commonName.flatMap(nonEmpty) else { return nil }
    if let email, equalsIgnoringCase(cn, email) { return nil }
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
///
/// Scans UTF-8 bytes: descriptions can be long, and Character-level search is slow.
private func firstMeetingLink(in text: String) -> String? {
    let bytes = Array(text.utf8)
    let scheme = Array("https://".utf8)
    var i = 0
    while i + scheme.count <= bytes.count {
        guard bytes[i] == 0x68, bytes[i..<(i + scheme.count)].elementsEqual(scheme) else {
            i += 1
            continue
        }
        var end = i + scheme.count
        while end < bytes.count, !isLinkTerminator(bytes[end]) { end += 1 }
        while end > i, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
        let link = String(decoding: bytes[i..<end], as: UTF8.self)
        if isMeetingLink(link) { return link }
        i += scheme.count
    }
    return nil
}

private func isLinkTerminator(_ b: UInt8) -> Bool {
    switch b {
    // Whitespace and < > " ' ( ) [ ] { }
    case 0x20, 0x09, 0x0A, 0x0D, 0x3C, 0x3E, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return true
    default: return false
    }
}

private func isTrailingPunctuation(_ b: UInt8) -> Bool {
    b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F  // . , ; : ! ?
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
    guard let description = event.description else { return conference }
    // "Meeting ID: …" and "Passcode:"/"Password:" lines, as Zoom and Teams write them.
    let bytes = Array(description.utf8)
    let labels: [(label: [UInt8], isID: Bool)] = [
        (Array("Meeting ID:".utf8), true), (Array("Passcode:".utf8), false), (Array("Password:".utf8), false),
    ]
    var lineStart = 0
    while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        var start = lineStart
        while start < lineEnd, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        for (label, isID) in labels
        where lineEnd - start >= label.count && bytes[start..<(start + label.count)].elementsEqual(label) {
            guard let value = nonEmpty(String(decoding: bytes[(start + label.count)..<lineEnd], as: UTF8.self))
            else { continue }
            if isID, conference.meetingID == nil { conference.meetingID = value }
            if !isID, conference.passcode == nil { conference.passcode = value }
        }
        lineStart = lineEnd + 1
    }
    return conference
}
