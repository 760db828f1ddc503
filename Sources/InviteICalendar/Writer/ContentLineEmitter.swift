/// Builds content lines straight into bytes: no intermediate properties or strings (RFC 5545 §3.1).
package struct ContentLineEmitter {
    package var out: [UInt8]
    /// Where the current content line starts in `out`: lines are built in place and folded when finished.
    private var lineStart = 0
    /// Scratch space for folding a long line.
    private var scratch: [UInt8] = []

    package init(capacity: Int = 4096) {
        out = []
        out.reserveCapacity(capacity)
    }

    package mutating func begin(_ name: String) {
        appendUTF8("BEGIN:", to: &out)
        appendUTF8(name, to: &out)
        out.append(0x0D)
        out.append(0x0A)
    }

    package mutating func end(_ name: String) {
        appendUTF8("END:", to: &out)
        appendUTF8(name, to: &out)
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Starts a content line with its name.
    package mutating func start(_ name: String) {
        lineStart = out.count
        appendUTF8(name, to: &out)
    }

    /// Adds `;NAME=v1,v2`, quoting and caret-encoding values as needed (RFC 5545 §3.2, RFC 6868).
    package mutating func parameter(_ name: String, _ values: [String]) {
        out.append(0x3B)
        appendUTF8(name, to: &out)
        out.append(0x3D)
        var first = true
        for v in values {
            if !first { out.append(0x2C) }
            first = false
            appendParameterValue(v)
        }
    }

    package mutating func parameter(_ name: String, _ value: String) {
        out.append(0x3B)
        appendUTF8(name, to: &out)
        out.append(0x3D)
        appendParameterValue(value)
    }

    package mutating func parameters(_ ps: [ICalendar.Parameter]) {
        for p in ps {
            if p.isMultiValued { parameter(p.name, p.values) } else { parameter(p.name, p.value) }
        }
    }

    /// Ends the line with one DATE/DATE-TIME value.
    package mutating func date(_ d: ICalendar.DateTime) {
        out.append(0x3A)
        d.appendValue(to: &out)
        finish()
    }

    /// Ends the line with a recurrence rule.
    package mutating func rule(_ r: RecurrenceRule) {
        out.append(0x3A)
        r.appendValue(to: &out)
        finish()
    }

    /// Ends the line with a raw value (line breaks dropped) and folds it.
    package mutating func value(_ v: String) {
        out.append(0x3A)
        withUTF8Bytes(v) { b in
            var s = 0
            for i in 0..<b.count where b[i] == 0x0D || b[i] == 0x0A {
                appendBytes(b, s, i, to: &out)
                s = i + 1
            }
            appendBytes(b, s, b.count, to: &out)
        }
        finish()
    }

    /// Ends the line with a TEXT value, escaped (RFC 5545 §3.3.11), and folds it.
    package mutating func text(_ v: String) {
        out.append(0x3A)
        appendEscaped(v)
        finish()
    }

    /// Ends the line with several TEXT values separated by commas.
    package mutating func textList(_ values: [String]) {
        out.append(0x3A)
        var first = true
        for v in values {
            if !first { out.append(0x2C) }
            first = false
            appendEscaped(v)
        }
        finish()
    }

    /// Ends the line with DATE/DATE-TIME values separated by commas.
    package mutating func dates(_ values: ArraySlice<ICalendar.DateTime>) {
        out.append(0x3A)
        var first = true
        for d in values {
            if !first { out.append(0x2C) }
            first = false
            d.appendValue(to: &out)
        }
        finish()
    }

    /// Ends the line with a UTC-OFFSET (`+0100`, or `+053010` when seconds are set; RFC 5545 §3.3.14).
    package mutating func utcOffset(_ seconds: Int) {
        out.append(0x3A)
        out.append(seconds < 0 ? 0x2D : 0x2B)
        let a = abs(seconds)
        appendDigits(&out, a / 3600, 2)
        appendDigits(&out, a / 60 % 60, 2)
        if a % 60 != 0 { appendDigits(&out, a % 60, 2) }
        finish()
    }

    /// Ends the line with an integer.
    package mutating func integer(_ v: Int) {
        out.append(0x3A)
        appendDigits(&out, v, 1)
        finish()
    }

    /// A whole DATE or DATE-TIME property: `VALUE=DATE` or `TZID=` as the value needs, then extras.
    package mutating func date(_ name: String, _ d: ICalendar.DateTime, extra: [ICalendar.Parameter]? = nil) {
        start(name)
        if d.isDate { parameter("VALUE", "DATE") }
        if !d.isDate, let tzid = d.tzid { parameter("TZID", tzid) }
        if let extra { parameters(extra) }
        date(d)
    }

    /// One property per run of values that share a zone and DATE-ness (RDATE, EXDATE).
    package mutating func dateList(_ name: String, _ values: [ICalendar.DateTime]) {
        var i = 0
        while i < values.count {
            let first = values[i]
            var j = i + 1
            while j < values.count, values[j].zone == first.zone, values[j].isDate == first.isDate { j += 1 }
            start(name)
            if first.isDate { parameter("VALUE", "DATE") }
            if !first.isDate, let tzid = first.tzid { parameter("TZID", tzid) }
            dates(values[i..<j])
            i = j
        }
    }

    /// A property kept as written.
    package mutating func property(_ p: ICalendar.Property) {
        start(p.name)
        parameters(p.parameters)
        value(p.value)
    }

    /// A raw component tree.
    package mutating func component(_ c: ICalendar.Component) {
        begin(c.name)
        for p in c.properties { property(p) }
        for sub in c.components { component(sub) }
        end(c.name)
    }

    private mutating func appendEscaped(_ v: String) {
        withUTF8Bytes(v) { b in
            // Copies the runs between special bytes whole; CRLF, CR and LF each become `\n`.
            var s = 0
            var i = 0
            let n = b.count
            while i < n {
                i = indexOfTextSpecial(b, from: i, to: n)
                if i == n { break }
                appendBytes(b, s, i, to: &out)
                s = i + 1
                switch b[i] {
                case 0x0D:
                    out.append(0x5C)
                    out.append(0x6E)
                case 0x0A:
                    if i == 0 || b[i - 1] != 0x0D {
                        out.append(0x5C)
                        out.append(0x6E)
                    }
                default:
                    out.append(0x5C)
                    out.append(b[i])
                }
                i += 1
            }
            appendBytes(b, s, n, to: &out)
        }
    }

    private mutating func appendParameterValue(_ v: String) {
        withUTF8Bytes(v) { b in
            var needsQuote = false
            var needsCaret = false
            for c in b where c < 0x3C || c == 0x5E {
                if c == 0x3A || c == 0x3B || c == 0x2C { needsQuote = true }
                if c == 0x5E || c == 0x22 || c == 0x0A || c == 0x0D { needsCaret = true }
            }
            if needsQuote { out.append(0x22) }
            if needsCaret {
                var previousCR = false
                for c in b {
                    switch c {
                    case 0x5E: out.append(contentsOf: [0x5E, 0x5E])
                    case 0x22: out.append(contentsOf: [0x5E, 0x27])
                    case 0x0D: out.append(contentsOf: [0x5E, 0x6E])
                    case 0x0A: if !previousCR { out.append(contentsOf: [0x5E, 0x6E]) }
                    default: out.append(c)
                    }
                    previousCR = c == 0x0D
                }
            } else {
                out.append(contentsOf: b)
            }
            if needsQuote { out.append(0x22) }
        }
    }

    /// Folds the current line at 75 octets, never inside a UTF-8 sequence, and ends it with CRLF.
    private mutating func finish() {
        let n = out.count - lineStart
        if n <= 75 {
            out.append(0x0D)
            out.append(0x0A)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: out[lineStart...])
        out.removeLast(n)
        scratch.withUnsafeBufferPointer { b in
            var start = 0
            var limit = 75
            while start < n {
                var end = min(start + limit, n)
                if end < n {
                    while end > start + 1, b[end] & 0xC0 == 0x80 { end -= 1 }
                }
                if start > 0 { out.append(0x20) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
                out.append(0x0D)
                out.append(0x0A)
                start = end
                limit = 74
            }
        }
    }
}

extension ICalendar.DateTime {
    /// Appends `19970714`, `19970714T133000` or `19970714T173000Z`.
    package func appendValue(to out: inout [UInt8]) {
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day), (0...99).contains(hour),
            (0...99).contains(minute), (0...99).contains(second)
        {
            // The common case: fixed-width fields, formatted on the stack and appended at once.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buf in
                @inline(__always) func put2(_ v: Int, _ at: Int) {
                    buf[at] = UInt8(truncatingIfNeeded: 0x30 + v / 10)
                    buf[at + 1] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                }
                put2(year / 100, 0)
                put2(year % 100, 2)
                put2(month, 4)
                put2(day, 6)
                var n = 8
                if !isDate {
                    buf[8] = 0x54
                    put2(hour, 9)
                    put2(minute, 11)
                    put2(second, 13)
                    n = 15
                    if zone == .utc {
                        buf[15] = 0x5A
                        n = 16
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[0..<n]))
            }
            return
        }
        appendDigits(&out, year, 4)
        appendDigits(&out, month, 2)
        appendDigits(&out, day, 2)
        if !isDate {
            out.append(0x54)
            appendDigits(&out, hour, 2)
            appendDigits(&out, minute, 2)
            appendDigits(&out, second, 2)
            if zone == .utc { out.append(0x5A) }
        }
    }
}

// MARK: - The typed model, written in a stable property order.

extension ICalendar {
    package func emit(into e: inout ContentLineEmitter) {
        e.begin("VCALENDAR")
        e.start("PRODID")
        e.text(prodID ?? ICalendarWriter.defaultProdID)
        e.start("VERSION")
        e.value(version ?? "2.0")
        if let calendarScale {
            e.start("CALSCALE")
            e.value(calendarScale)
        }
        if let method {
            e.start("METHOD")
            e.value(method)
        }
        for p in otherProperties { e.property(p) }
        for i in components.indices {
            switch components[i] {
            case .event(let ev): ev.emit(into: &e)
            case .todo(let t): t.emit(into: &e)
            case .timeZone(let z): z.emit(into: &e)
            case .other(let c): e.component(c)
            }
        }
        e.end("VCALENDAR")
    }

    /// The calendar as raw components, in the order the writer emits them.
    public var component: Component { reparsed { emit(into: &$0) } ?? Component(name: "VCALENDAR") }
}

/// Emits, then reads the bytes back as a raw component (for the rarely used `component` views).
private func reparsed(_ body: (inout ContentLineEmitter) -> Void) -> ICalendar.Component? {
    var e = ContentLineEmitter(capacity: 1024)
    body(&e)
    var parser = ContentLineParser()
    let roots = try? e.out.withUnsafeBufferPointer { (b) throws(ICalendarParseError) -> [ICalendar.Component] in
        try parser.parse(b)
    }
    guard let root = roots?.first else { return nil }
    if root.name == "VCALENDAR", root.properties.isEmpty, root.components.count == 1 { return root.components.first }
    return root
}

extension ICalendar.CalendarUser {
    package func emit(_ name: String, into e: inout ContentLineEmitter) {
        e.start(name)
        if let calendarUserType { e.parameter("CUTYPE", calendarUserType) }
        if let role { e.parameter("ROLE", role) }
        if let partStat { e.parameter("PARTSTAT", partStat) }
        if let rsvp { e.parameter("RSVP", rsvp ? "TRUE" : "FALSE") }
        if let commonName { e.parameter("CN", commonName) }
        if !delegatedTo.isEmpty { e.parameter("DELEGATED-TO", delegatedTo) }
        if !delegatedFrom.isEmpty { e.parameter("DELEGATED-FROM", delegatedFrom) }
        if let sentBy { e.parameter("SENT-BY", sentBy) }
        e.parameters(otherParameters)
        e.value(address)
    }
}

extension ICalendar.ConferenceLink {
    package func emit(into e: inout ContentLineEmitter) {
        e.start(propertyName)
        e.parameters(otherParameters)
        if !features.isEmpty { e.parameter("FEATURE", features) }
        if let label { e.parameter("LABEL", label) }
        e.value(uri)
    }
}

extension ICalendar.Alarm {
    package func emit(into e: inout ContentLineEmitter) {
        e.begin("VALARM")
        if let action {
            e.start("ACTION")
            e.value(action)
        }
        switch trigger {
        case .relative(let d, let end)?:
            e.start("TRIGGER")
            if end { e.parameter("RELATED", "END") }
            e.value(d.description)
        case .absolute(let d)?:
            e.start("TRIGGER")
            e.parameter("VALUE", "DATE-TIME")
            e.date(d)
        case nil: break
        }
        if let summary {
            e.start("SUMMARY")
            e.text(summary)
        }
        if let description {
            e.start("DESCRIPTION")
            e.text(description)
        }
        if let duration {
            e.start("DURATION")
            e.value(duration.description)
        }
        if let repeatCount {
            e.start("REPEAT")
            e.integer(repeatCount)
        }
        for p in otherProperties { e.property(p) }
        e.end("VALARM")
    }
}

extension ICalendar.Event {
    package func emit(into e: inout ContentLineEmitter) {
        e.begin("VEVENT")
        func raw(_ name: String, _ value: String) {
            e.start(name)
            if !extraParameters.isEmpty, let extra = extraParameters[name] { e.parameters(extra) }
            e.value(value)
        }
        func text(_ name: String, _ value: String) {
            e.start(name)
            if !extraParameters.isEmpty, let extra = extraParameters[name] { e.parameters(extra) }
            e.text(value)
        }
        func date(_ name: String, _ d: ICalendar.DateTime) {
            e.date(name, d, extra: extraParameters.isEmpty ? nil : extraParameters[name])
        }
        if let uid { raw("UID", uid) }
        if let dtstamp { date("DTSTAMP", dtstamp) }
        if let created { date("CREATED", created) }
        if let lastModified { date("LAST-MODIFIED", lastModified) }
        if let sequence {
            e.start("SEQUENCE")
            e.integer(sequence)
        }
        if let status { raw("STATUS", status) }
        if let summary { text("SUMMARY", summary) }
        if let start { date("DTSTART", start) }
        if let end { date("DTEND", end) }
        if let duration { raw("DURATION", duration.description) }
        if let recurrenceID { date("RECURRENCE-ID", recurrenceID) }
        for rule in recurrenceRules {
            e.start("RRULE")
            e.rule(rule)
        }
        e.dateList("RDATE", recurrenceDates)
        e.dateList("EXDATE", exceptionDates)
        if let location { text("LOCATION", location) }
        if let description { text("DESCRIPTION", description) }
        if let url { raw("URL", url) }
        if let classification { raw("CLASS", classification) }
        if let priority {
            e.start("PRIORITY")
            e.integer(priority)
        }
        if let transparency { raw("TRANSP", transparency) }
        if !categories.isEmpty {
            e.start("CATEGORIES")
            e.textList(categories)
        }
        organizer?.emit("ORGANIZER", into: &e)
        for a in attendees { a.emit("ATTENDEE", into: &e) }
        for c in conferences { c.emit(into: &e) }
        for p in otherProperties { e.property(p) }
        for a in alarms { a.emit(into: &e) }
        for c in components { e.component(c) }
        e.end("VEVENT")
    }

    /// The event as a raw VEVENT, properties in the writer's stable order.
    public var component: ICalendar.Component { reparsed { emit(into: &$0) } ?? ICalendar.Component(name: "VEVENT") }
}

extension ICalendar.Todo {
    package func emit(into e: inout ContentLineEmitter) {
        e.begin("VTODO")
        func raw(_ name: String, _ value: String) {
            e.start(name)
            if !extraParameters.isEmpty, let extra = extraParameters[name] { e.parameters(extra) }
            e.value(value)
        }
        func text(_ name: String, _ value: String) {
            e.start(name)
            if !extraParameters.isEmpty, let extra = extraParameters[name] { e.parameters(extra) }
            e.text(value)
        }
        func date(_ name: String, _ d: ICalendar.DateTime) { e.date(name, d, extra: extraParameters[name]) }
        if let uid { raw("UID", uid) }
        if let dtstamp { date("DTSTAMP", dtstamp) }
        if let sequence {
            e.start("SEQUENCE")
            e.integer(sequence)
        }
        if let status { raw("STATUS", status) }
        if let summary { text("SUMMARY", summary) }
        if let description { text("DESCRIPTION", description) }
        if let start { date("DTSTART", start) }
        if let due { date("DUE", due) }
        if let completed { date("COMPLETED", completed) }
        if let priority {
            e.start("PRIORITY")
            e.integer(priority)
        }
        if let percentComplete {
            e.start("PERCENT-COMPLETE")
            e.integer(percentComplete)
        }
        for rule in recurrenceRules {
            e.start("RRULE")
            e.rule(rule)
        }
        organizer?.emit("ORGANIZER", into: &e)
        for a in attendees { a.emit("ATTENDEE", into: &e) }
        for p in otherProperties { e.property(p) }
        for a in alarms { a.emit(into: &e) }
        for c in components { e.component(c) }
        e.end("VTODO")
    }

    /// The to-do as a raw VTODO, properties in the writer's stable order.
    public var component: ICalendar.Component { reparsed { emit(into: &$0) } ?? ICalendar.Component(name: "VTODO") }
}

extension ICalendar.TimeZoneDefinition {
    package func emit(into e: inout ContentLineEmitter) {
        e.begin("VTIMEZONE")
        e.start("TZID")
        e.value(tzid)
        for p in otherProperties { e.property(p) }
        for o in observances {
            let name = o.isDaylight ? "DAYLIGHT" : "STANDARD"
            e.begin(name)
            e.start("DTSTART")
            e.date(o.start)
            e.start("TZOFFSETFROM")
            e.utcOffset(o.offsetFrom)
            e.start("TZOFFSETTO")
            e.utcOffset(o.offsetTo)
            for n in o.names {
                e.start("TZNAME")
                e.text(n)
            }
            for r in o.recurrenceRules {
                e.start("RRULE")
                e.rule(r)
            }
            e.dateList("RDATE", o.recurrenceDates)
            for p in o.otherProperties { e.property(p) }
            e.end(name)
        }
        for c in components { e.component(c) }
        e.end("VTIMEZONE")
    }

    /// The time zone as a raw VTIMEZONE.
    public var component: ICalendar.Component {
        reparsed { emit(into: &$0) } ?? ICalendar.Component(name: "VTIMEZONE")
    }
}
