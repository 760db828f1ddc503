/// Writes calendars as RFC 5545 text: CRLF, lines folded at 75 octets, TEXT and parameters escaped.
public struct ICalendarWriter: Sendable {
    /// The PRODID written when a calendar has none.
    public static let defaultProdID = "-//invite//InviteICalendar 1.0//EN"

    /// The DTSTAMP given to events and to-dos that have none (UTC).
    public var now: ICalendar.DateTime

    /// Creates a writer; `now` stamps events that lack a DTSTAMP.
    public init(now: ICalendar.DateTime) {
        self.now = now
    }

    /// Creates a writer that stamps with the current time.
    public init() {
        self.init(now: ICalendar.DateTime.now())
    }

    /// Serializes one calendar, filling in PRODID, VERSION, DTSTAMP and UID when missing.
    public static func write(_ calendar: ICalendar) -> [UInt8] { ICalendarWriter().write(calendar) }

    /// Serializes one calendar, filling in PRODID, VERSION, DTSTAMP and UID when missing.
    public func write(_ calendar: ICalendar) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(calendar, into: &out)
        return out
    }

    /// Appends one calendar to `out`.
    public func write(_ calendar: ICalendar, into out: inout [UInt8]) {
        var e = ContentLineEmitter(capacity: 0)
        swap(&e.out, &out)
        if needsCompletion(calendar) {
            completed(calendar).emit(into: &e)
        } else {
            calendar.emit(into: &e)
        }
        swap(&e.out, &out)
    }

    private func needsCompletion(_ c: ICalendar) -> Bool {
        if c.prodID == nil || c.version == nil { return true }
        for i in c.components.indices {
            switch c.components[i] {
            case .event(let e):
                if e.uid == nil || e.dtstamp == nil { return true }
                func missing(_ d: ICalendar.DateTime?) -> Bool {
                    guard let d, !d.isDate, let tzid = d.tzid else { return false }
                    for j in c.components.indices {
                        if case .timeZone(let z) = c.components[j], z.tzid == tzid { return false }
                    }
                    return true
                }
                if missing(e.start) || missing(e.end) || missing(e.recurrenceID) { return true }
                for d in e.recurrenceDates where missing(d) { return true }
                for d in e.exceptionDates where missing(d) { return true }
            case .todo(let t): if t.uid == nil || t.dtstamp == nil { return true }
            default: continue
            }
        }
        return false
    }

    /// The calendar with what RFC 5545 requires filled in: PRODID, VERSION, DTSTAMP, UID and VTIMEZONEs.
    public func completed(_ calendar: ICalendar) -> ICalendar {
        var c = calendar
        if c.prodID == nil { c.prodID = Self.defaultProdID }
        if c.version == nil { c.version = "2.0" }
        c.addMissingTimeZones()
        for i in c.components.indices {
            switch c.components[i] {
            case .event(var e):
                guard e.uid == nil || e.dtstamp == nil else { continue }
                if e.dtstamp == nil { e.dtstamp = now }
                if e.uid == nil { e.uid = Self.derivedUID(e.summary, e.start?.description, i) }
                c.components[i] = .event(e)
            case .todo(var t):
                guard t.uid == nil || t.dtstamp == nil else { continue }
                if t.dtstamp == nil { t.dtstamp = now }
                if t.uid == nil { t.uid = Self.derivedUID(t.summary, t.start?.description, i) }
                c.components[i] = .todo(t)
            default: continue
            }
        }
        return c
    }

    /// A stable UID from the event's content, so writing twice gives the same file.
    private static func derivedUID(_ summary: String?, _ start: String?, _ index: Int) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in (summary ?? "").utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        for b in (start ?? "").utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h = (h ^ UInt64(truncatingIfNeeded: index)) &* 0x100_0000_01b3
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.utf8.count) + hex + "@invite.invalid"
    }

    /// Writes a raw component tree.
    public static func write(_ component: ICalendar.Component, into out: inout [UInt8]) {
        var e = ContentLineEmitter(capacity: 0)
        swap(&e.out, &out)
        e.component(component)
        swap(&e.out, &out)
    }
}

extension ICalendar {
    /// The calendar as RFC 5545 bytes (see ``ICalendarWriter``).
    public func serialized() -> [UInt8] { ICalendarWriter.write(self) }
}
