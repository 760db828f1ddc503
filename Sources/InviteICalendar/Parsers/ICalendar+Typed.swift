// Conversion between raw components and the typed model, both ways.

extension ICalendar {
    init(component root: Component, warnings: inout [ICalendarWarning]) {
        self.init(version: nil)
        for pi in root.properties.indices {
            let p = root.properties[pi]
            switch p.name {
            case "METHOD" where method == nil: method = p.value.trimmedASCII().uppercasedASCII()
            case "PRODID" where prodID == nil: prodID = p.textValue
            case "VERSION" where version == nil: version = p.value.trimmedASCII()
            case "CALSCALE" where calendarScale == nil: calendarScale = p.value.trimmedASCII()
            default: otherProperties.append(p)
            }
        }
        components.reserveCapacity(root.components.count)
        for i in root.components.indices {
            let c = root.components[i]
            switch c.name {
            case "VEVENT": components.append(.event(Event(component: c, warnings: &warnings)))
            case "VTODO": components.append(.todo(Todo(component: c, warnings: &warnings)))
            case "VTIMEZONE":
                if let tz = TimeZoneDefinition(component: c, warnings: &warnings) {
                    components.append(.timeZone(tz))
                } else {
                    components.append(.other(c))
                }
            default: components.append(.other(c))
            }
        }
    }
}

/// Parameters that the typed model reads into fields, per kind of value.
@inline(__always)
private func isDateParameter(_ name: String) -> Bool { name == "TZID" || name == "VALUE" }

private func extras(_ p: ICalendar.Property, modelled: (String) -> Bool) -> [ICalendar.Parameter] {
    if p.parameters.isEmpty { return [] }
    if p.parameters.allSatisfy({ modelled($0.name) }) { return [] }
    return p.parameters.filter { !modelled($0.name) }
}

private func parseDate(_ p: ICalendar.Property) -> ICalendar.DateTime? {
    let trimmed = p.value.trimmedASCII()
    return ICalendar.DateTime(parsing: trimmed, tzid: p.parameter("TZID"))
}

private func parseDateList(_ p: ICalendar.Property) -> [ICalendar.DateTime]? {
    let tzid = p.parameter("TZID")
    if !p.value.utf8.contains(0x2C) {
        return ICalendar.DateTime(parsing: p.value.trimmedASCII(), tzid: tzid).map { [$0] }
    }
    var out: [ICalendar.DateTime] = []
    for piece in p.value.split(separator: ",") {
        guard let d = ICalendar.DateTime(parsing: String(piece).trimmedASCII(), tzid: tzid) else { return nil }
        out.append(d)
    }
    return out.isEmpty ? nil : out
}

private func parseInt(_ p: ICalendar.Property) -> Int? { Int(p.value.trimmedASCII()) }

/// Whether the name is one of ``ICalendar/ConferenceLink/propertyNames``, without hashing it.
private func isConferencePropertyName(_ name: String) -> Bool {
    switch name.utf8.count {
    case 10: name == "CONFERENCE"
    case 16: name == "X-MS-OLK-CONFURL"
    case 18: name == "X-ZOOM-MEETING-URL"
    case 19: name == "X-GOOGLE-CONFERENCE"
    case 32: name == "X-MICROSOFT-SKYPETEAMSMEETINGURL"
    case 37: name == "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK"
    default: false
    }
}

/// The ATTENDEE/ORGANIZER parameters the typed model reads.
private enum CalendarUserParameter {
    case cn, role, partStat, rsvp, cutype, delegatedTo, delegatedFrom, sentBy
}

/// Looks a parameter name up by its length first (see ``eventField(_:)``).
private func calendarUserParameter(_ name: String) -> CalendarUserParameter? {
    switch name.utf8.count {
    case 2: name == "CN" ? .cn : nil
    case 4: name == "ROLE" ? .role : name == "RSVP" ? .rsvp : nil
    case 6: name == "CUTYPE" ? .cutype : nil
    case 7: name == "SENT-BY" ? .sentBy : nil
    case 8: name == "PARTSTAT" ? .partStat : nil
    case 12: name == "DELEGATED-TO" ? .delegatedTo : nil
    case 14: name == "DELEGATED-FROM" ? .delegatedFrom : nil
    default: nil
    }
}

extension ICalendar.CalendarUser {
    init(property p: ICalendar.Property) {
        self.init(address: p.value.trimmedASCII())
        for pi in p.parameters.indices {
            let param = p.parameters[pi]
            // Single-valued parameters written with unquoted commas come back whole.
            let v: String? = param.joinedValue
            switch calendarUserParameter(param.name) {
            case .cn where commonName == nil: commonName = v
            case .role where role == nil: role = v?.uppercasedASCII()
            case .partStat where partStat == nil: partStat = v?.uppercasedASCII()
            case .rsvp where rsvp == nil: rsvp = v?.uppercasedASCII() == "TRUE"
            case .cutype where calendarUserType == nil: calendarUserType = v?.uppercasedASCII()
            case .delegatedTo where delegatedTo.isEmpty: delegatedTo = param.values
            case .delegatedFrom where delegatedFrom.isEmpty: delegatedFrom = param.values
            case .sentBy where sentBy == nil: sentBy = v
            default: otherParameters.append(param)
            }
        }
    }
}

extension ICalendar.ConferenceLink {
    init(property p: ICalendar.Property) {
        self.init(propertyName: p.name, uri: p.value.trimmedASCII())
        for pi in p.parameters.indices {
            let param = p.parameters[pi]
            switch param.name {
            case "FEATURE" where features.isEmpty: features = param.values
            case "LABEL" where label == nil: label = param.joinedValue
            default: otherParameters.append(param)
            }
        }
    }
}

extension ICalendar.Alarm {
    init(component c: ICalendar.Component) {
        self.init(action: nil)
        for pi in c.properties.indices {
            let p = c.properties[pi]
            switch p.name {
            case "ACTION" where action == nil: action = p.value.trimmedASCII().uppercasedASCII()
            case "TRIGGER" where trigger == nil && p.parameters.allSatisfy({ ["VALUE", "RELATED"].contains($0.name) }):
                if p.parameter("VALUE")?.uppercasedASCII() == "DATE-TIME", let d = parseDate(p) {
                    trigger = .absolute(d)
                } else if let d = ICalendar.Duration(parsing: p.value.trimmedASCII()) {
                    trigger = .relative(d, relatedToEnd: p.parameter("RELATED")?.uppercasedASCII() == "END")
                } else {
                    otherProperties.append(p)
                }
            case "DESCRIPTION" where description == nil && p.parameters.isEmpty: description = p.textValue
            case "SUMMARY" where summary == nil && p.parameters.isEmpty: summary = p.textValue
            case "DURATION" where duration == nil && p.parameters.isEmpty:
                if let d = ICalendar.Duration(parsing: p.value.trimmedASCII()) {
                    duration = d
                } else {
                    otherProperties.append(p)
                }
            case "REPEAT" where repeatCount == nil && p.parameters.isEmpty:
                if let n = parseInt(p) { repeatCount = n } else { otherProperties.append(p) }
            default: otherProperties.append(p)
            }
        }
    }
}

/// Collects the shared reading logic of VEVENT and VTODO.
private struct PropertyReader {
    var extraParameters: [String: [ICalendar.Parameter]] = [:]

    mutating func text(_ p: ICalendar.Property) -> String {
        let e = extras(p, modelled: { _ in false })
        if !e.isEmpty { extraParameters[p.name] = e }
        return p.textValue
    }

    mutating func raw(_ p: ICalendar.Property) -> String {
        let e = extras(p, modelled: { _ in false })
        if !e.isEmpty { extraParameters[p.name] = e }
        return p.value.trimmedASCII()
    }

    mutating func date(_ p: ICalendar.Property) -> ICalendar.DateTime? {
        guard let d = parseDate(p) else { return nil }
        let e = extras(p, modelled: isDateParameter)
        if !e.isEmpty { extraParameters[p.name] = e }
        return d
    }
}

/// The VEVENT properties the typed model reads, looked up once per property instead of a chain of string compares.
private enum EventField {
    case uid, dtstamp, created, lastModified, sequence, status, summary, description, location, url, `class`
    case transp, priority, categories, dtstart, dtend, duration, recurrenceId, organizer, attendee, rrule, rdate
    case exdate
}

/// The field a VEVENT property name maps to: the length picks a handful of candidates, and equal small
/// strings compare by their bits, so this costs a few instructions where a dictionary lookup hashes the name.
private func eventField(_ name: String) -> EventField? {
    switch name.utf8.count {
    case 3: name == "UID" ? .uid : name == "URL" ? .url : nil
    case 5:
        name == "DTEND"
            ? .dtend
            : name == "RRULE"
                ? .rrule
                : name == "CLASS"
                    ? .class
                    : name == "RDATE" ? .rdate : nil
    case 6: name == "STATUS" ? .status : name == "TRANSP" ? .transp : name == "EXDATE" ? .exdate : nil
    case 7:
        name == "DTSTART"
            ? .dtstart
            : name == "DTSTAMP"
                ? .dtstamp
                : name == "SUMMARY"
                    ? .summary
                    : name == "CREATED" ? .created : nil
    case 8:
        name == "ATTENDEE"
            ? .attendee
            : name == "SEQUENCE"
                ? .sequence
                : name == "LOCATION"
                    ? .location
                    : name == "PRIORITY" ? .priority : name == "DURATION" ? .duration : nil
    case 9: name == "ORGANIZER" ? .organizer : nil
    case 10: name == "CATEGORIES" ? .categories : nil
    case 11: name == "DESCRIPTION" ? .description : nil
    case 13: name == "LAST-MODIFIED" ? .lastModified : name == "RECURRENCE-ID" ? .recurrenceId : nil
    default: nil
    }
}

extension ICalendar.Event {
    init(component c: ICalendar.Component, warnings: inout [ICalendarWarning]) {
        self.init()
        var r = PropertyReader()
        for pi in c.properties.indices {
            let p = c.properties[pi]
            var used = true
            switch eventField(p.name) {
            case .uid where uid == nil: uid = r.raw(p)
            case .dtstamp where dtstamp == nil:
                dtstamp = r.date(p)
                used = dtstamp != nil
            case .created where created == nil:
                created = r.date(p)
                used = created != nil
            case .lastModified where lastModified == nil:
                lastModified = r.date(p)
                used = lastModified != nil
            case .sequence where sequence == nil && p.parameters.isEmpty:
                sequence = parseInt(p)
                used = sequence != nil
            case .status where status == nil: status = r.raw(p).uppercasedASCII()
            case .summary where summary == nil: summary = r.text(p)
            case .description where description == nil: description = r.text(p)
            case .location where location == nil: location = r.text(p)
            case .url where url == nil: url = r.raw(p)
            case .class where classification == nil: classification = r.raw(p)
            case .transp where transparency == nil: transparency = r.raw(p)
            case .priority where priority == nil && p.parameters.isEmpty:
                priority = parseInt(p)
                used = priority != nil
            case .categories where categories.isEmpty && p.parameters.isEmpty:
                categories = TextCoding.splitList(p.value)
            case .dtstart where start == nil:
                start = r.date(p)
                used = start != nil
            case .dtend where end == nil:
                end = r.date(p)
                used = end != nil
            case .duration where duration == nil && p.parameters.isEmpty:
                duration = ICalendar.Duration(parsing: p.value.trimmedASCII())
                used = duration != nil
            case .recurrenceId where recurrenceID == nil:
                recurrenceID = r.date(p)
                used = recurrenceID != nil
            case .organizer where organizer == nil: organizer = ICalendar.CalendarUser(property: p)
            case .attendee: attendees.append(ICalendar.CalendarUser(property: p))
            case .rrule where p.parameters.isEmpty:
                if let rule = RecurrenceRule(parsing: p.value) {
                    recurrenceRules.append(rule)
                } else {
                    used = false
                    warnings.append(ICalendarWarning(line: 0, message: "unreadable RRULE kept as written: \(p.value)"))
                }
            case .rdate
            where p.parameters.allSatisfy({ isDateParameter($0.name) })
                && p.parameter("VALUE")?.uppercasedASCII() != "PERIOD":
                if let list = parseDateList(p) { recurrenceDates.append(contentsOf: list) } else { used = false }
            case .exdate where p.parameters.allSatisfy({ isDateParameter($0.name) }):
                if let list = parseDateList(p) { exceptionDates.append(contentsOf: list) } else { used = false }
            default:
                if !p.value.isEmpty, isConferencePropertyName(p.name) {
                    conferences.append(ICalendar.ConferenceLink(property: p))
                } else {
                    used = false
                }
            }
            if !used { otherProperties.append(p) }
        }
        extraParameters = r.extraParameters
        for sub in c.components {
            if sub.name == "VALARM" {
                alarms.append(ICalendar.Alarm(component: sub))
            } else {
                components.append(sub)
            }
        }
    }
}

extension ICalendar.Todo {
    init(component c: ICalendar.Component, warnings: inout [ICalendarWarning]) {
        self.init()
        var r = PropertyReader()
        for pi in c.properties.indices {
            let p = c.properties[pi]
            var used = true
            switch p.name {
            case "UID" where uid == nil: uid = r.raw(p)
            case "DTSTAMP" where dtstamp == nil:
                dtstamp = r.date(p)
                used = dtstamp != nil
            case "SEQUENCE" where sequence == nil && p.parameters.isEmpty:
                sequence = parseInt(p)
                used = sequence != nil
            case "STATUS" where status == nil: status = r.raw(p).uppercasedASCII()
            case "SUMMARY" where summary == nil: summary = r.text(p)
            case "DESCRIPTION" where description == nil: description = r.text(p)
            case "DTSTART" where start == nil:
                start = r.date(p)
                used = start != nil
            case "DUE" where due == nil:
                due = r.date(p)
                used = due != nil
            case "COMPLETED" where completed == nil:
                completed = r.date(p)
                used = completed != nil
            case "PRIORITY" where priority == nil && p.parameters.isEmpty:
                priority = parseInt(p)
                used = priority != nil
            case "PERCENT-COMPLETE" where percentComplete == nil && p.parameters.isEmpty:
                percentComplete = parseInt(p)
                used = percentComplete != nil
            case "ORGANIZER" where organizer == nil: organizer = ICalendar.CalendarUser(property: p)
            case "ATTENDEE": attendees.append(ICalendar.CalendarUser(property: p))
            case "RRULE" where p.parameters.isEmpty:
                if let rule = RecurrenceRule(parsing: p.value) { recurrenceRules.append(rule) } else { used = false }
            default: used = false
            }
            if !used { otherProperties.append(p) }
        }
        extraParameters = r.extraParameters
        for sub in c.components {
            if sub.name == "VALARM" { alarms.append(ICalendar.Alarm(component: sub)) } else { components.append(sub) }
        }
    }
}

extension ICalendar.TimeZoneDefinition {
    init?(component c: ICalendar.Component, warnings: inout [ICalendarWarning]) {
        guard let id = c.property("TZID")?.value.trimmedASCII(), !id.isEmpty else {
            warnings.append(ICalendarWarning(line: 0, message: "VTIMEZONE without TZID kept as written"))
            return nil
        }
        self.init(tzid: id)
        var tzidSeen = false
        for pi in c.properties.indices {
            let p = c.properties[pi]
            if p.name == "TZID", !tzidSeen, p.parameters.isEmpty {
                tzidSeen = true
                continue
            }
            otherProperties.append(p)
        }
        if !tzidSeen { return nil }
        for sub in c.components {
            guard sub.name == "STANDARD" || sub.name == "DAYLIGHT", let o = Observance(component: sub) else {
                components.append(sub)
                continue
            }
            observances.append(o)
        }
    }
}

extension ICalendar.TimeZoneDefinition.Observance {
    init?(component c: ICalendar.Component) {
        var start: ICalendar.DateTime?
        var from: Int?
        var to: Int?
        var names: [String] = []
        var rules: [RecurrenceRule] = []
        var rdates: [ICalendar.DateTime] = []
        var others: [ICalendar.Property] = []
        for pi in c.properties.indices {
            let p = c.properties[pi]
            switch p.name {
            case "DTSTART" where start == nil && p.parameters.isEmpty:
                start = parseDate(p)
                if start == nil { others.append(p) }
            case "TZOFFSETFROM" where from == nil && p.parameters.isEmpty:
                from = parseUTCOffset(p.value.trimmedASCII())
                if from == nil { others.append(p) }
            case "TZOFFSETTO" where to == nil && p.parameters.isEmpty:
                to = parseUTCOffset(p.value.trimmedASCII())
                if to == nil { others.append(p) }
            case "TZNAME" where p.parameters.isEmpty: names.append(p.textValue)
            case "RRULE" where p.parameters.isEmpty:
                if let r = RecurrenceRule.cached(p.value) { rules.append(r) } else { others.append(p) }
            case "RDATE" where p.parameters.allSatisfy({ $0.name == "VALUE" }):
                if let list = parseDateList(p) { rdates.append(contentsOf: list) } else { others.append(p) }
            default: others.append(p)
            }
        }
        guard let start, let to, c.components.isEmpty else { return nil }
        self.init(
            isDaylight: c.name == "DAYLIGHT", start: start, offsetFrom: from ?? to, offsetTo: to, names: names,
            recurrenceRules: rules, recurrenceDates: rdates, otherProperties: others
        )
    }
}
