import InviteModel

/// Builds the dictionary templates see (STYLE.md §9: explicit view models, no `Mirror`).
///
/// Every value is plain text, HTML-escaped by Mustache in HTML templates; keys ending in `HTML`
/// hold text we escaped ourselves, for `{{{triple}}}` use. Lists carry `index`, `isFirst` and
/// `isLast`. `Templates/README.md` lists the keys.
struct InvitationViewModel {
    let invitation: Invitation
    let pack: DisplayLanguage
    /// The formatted start and end (see ``WhenFormatter``), nil when there is no start.
    let when: WhenFormatter.Result?

    func make() -> [String: Any] {
        var model: [String: Any] = [:]
        let title = clean(invitation.title) ?? pack.label("untitled")
        model["title"] = title
        model["language"] = pack.code
        model["method"] = invitation.method ?? "REQUEST"
        model["isCancellation"] = invitation.method?.uppercased() == "CANCEL"
        model["uid"] = invitation.uid ?? ""
        model["sequence"] = invitation.sequence ?? 0
        model["status"] = invitation.status ?? ""
        model["labels"] = pack.labels

        if let start = invitation.start {
            let startWeekday = DisplayLanguage.weekday(year: start.year, month: start.month, day: start.day)
            if let result = when {
                model["when"] = result.when
                model["date"] = result.date
                if let time = result.time { model["time"] = time }
                if let zone = result.zone { model["zone"] = zone }
                model["isMultiDay"] = result.isMultiDay
            }
            model["start"] = start.description
            if let end = invitation.end { model["end"] = end.description }
            if let rule = clean(invitation.recurrence) {
                model["recurrence"] = RecurrenceWords.describe(rule, pack: pack, startWeekday: startWeekday) ?? rule
                model["rrule"] = rule
            }
        }
        model["isAllDay"] = invitation.isAllDay
        if let zone = invitation.timeZone { model["timeZone"] = zone }

        if let host = invitation.host { model["host"] = person(host, index: 0, count: 1) }
        let invitees = invitation.invitees.enumerated().map { person($1, index: $0, count: invitation.invitees.count) }
        model["invitees"] = invitees
        model["hasInvitees"] = !invitees.isEmpty
        model["inviteeCount"] = invitees.count

        if let location = invitation.location {
            var l: [String: Any] = [:]
            let name = clean(location.name)
            let address = clean(location.address)
            if let name { l["name"] = name }
            if let address { l["address"] = address }
            if let url = clean(location.url) {
                l["url"] = url
                if isWebLink(url) { l["link"] = url }
            }
            let display = [name, address].compactMap { $0 }.joined(separator: ", ")
            if !display.isEmpty { l["display"] = display }
            if !l.isEmpty { model["location"] = l }
        }

        let agenda = invitation.agenda.compactMap(clean)
        model["agenda"] = agenda.enumerated().map { index, item -> [String: Any] in
            [
                "text": item, "number": index + 1, "index": index, "isFirst": index == 0,
                "isLast": index == agenda.count - 1,
            ]
        }
        model["hasAgenda"] = !agenda.isEmpty

        if let conference = invitation.conference {
            var c: [String: Any] = [:]
            if let url = clean(conference.url) {
                c["url"] = url
                if isWebLink(url) { c["link"] = url }
            }
            let dialIn = conference.dialIn.compactMap(clean)
            c["dialIn"] = dialIn.enumerated().map { index, number -> [String: Any] in
                ["number": number, "isFirst": index == 0, "isLast": index == dialIn.count - 1]
            }
            c["hasDialIn"] = !dialIn.isEmpty
            if let id = clean(conference.meetingID) { c["meetingID"] = id }
            if let code = clean(conference.passcode) { c["passcode"] = code }
            if c["url"] != nil || !dialIn.isEmpty { model["conference"] = c }
        }

        if let text = trimmed(invitation.description) {
            model["description"] = text
            model["descriptionHTML"] = htmlParagraphs(text)
        }
        return model
    }

    private func person(_ p: Person, index: Int, count: Int) -> [String: Any] {
        var d: [String: Any] = ["index": index, "isFirst": index == 0, "isLast": index == count - 1]
        let name = clean(p.name)
        let email = clean(p.email)
        let organization = clean(p.organization)
        if let name { d["name"] = name }
        if let email { d["email"] = email }
        if let organization { d["organization"] = organization }
        if let role = clean(p.role) { d["role"] = role }
        if let partStat = clean(p.partStat) { d["partStat"] = partStat }
        let isOptional = p.role?.uppercased() == "OPT-PARTICIPANT" || p.role?.uppercased() == "NON-PARTICIPANT"
        d["isOptional"] = isOptional
        if p.role?.uppercased().hasSuffix("-PARTICIPANT") == true || p.role?.uppercased() == "CHAIR" {
            d["roleLabel"] = pack.label(isOptional ? "optional" : "required")
        }
        var display = name ?? organization ?? email ?? ""
        if name != nil, let organization { display += " (" + organization + ")" }
        if let email, name != nil || organization != nil { display += " <" + email + ">" }
        d["display"] = display
        return d
    }

    /// The value on one line (line breaks and other control characters become spaces), trimmed;
    /// nil when nothing is left.
    ///
    /// Titles, names and places are single-line, so a line break in one can
    /// never start a line of its own in the output.
    private func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        var flat = ""
        flat.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" && previousWasCR { continue }
            let isControl = scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
            let isBreak = scalar == "\u{2028}" || scalar == "\u{2029}"
            flat.unicodeScalars.append(isControl || isBreak ? " " : scalar)
        }
        return trimmed(flat)
    }

    /// Trims the value, keeping its lines (for the description); nil when nothing is left.
    private func trimmed(_ value: String?) -> String? {
        guard let value else { return nil }
        var s = Substring(value)
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = s.dropLast() }
        return s.isEmpty ? nil : String(s)
    }

    /// Links are offered only for http(s), so a `javascript:` URL is shown as text, never an `href`.
    private func isWebLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
            && !url.utf8.contains { $0 <= 0x20 || $0 == 0x22 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E || $0 == 0x7F }
    }
}

/// HTML-escapes text (`& < > " '`) and turns its line breaks into `<br>`; blank lines into paragraphs.
func htmlParagraphs(_ text: String) -> String {
    var out = "<p>"
    out.reserveCapacity(text.utf8.count + 16)
    var previousWasCR = false
    var blank = 0
    for scalar in text.unicodeScalars {
        if scalar == "\n" && previousWasCR {
            previousWasCR = false
            continue
        }
        previousWasCR = scalar == "\r"
        if scalar == "\r" || scalar == "\n" {
            blank += 1
            continue
        }
        if blank == 1 { out += "<br>\n" } else if blank > 1 { out += "</p>\n<p>" }
        blank = 0
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "</p>"
}
