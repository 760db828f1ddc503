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
        let prepared = completed(calendar)
        var line: [UInt8] = []
        line.reserveCapacity(256)
        Self.write(prepared.component, into: &out, line: &line)
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
        var line: [UInt8] = []
        write(component, into: &out, line: &line)
    }

    private static func write(_ component: ICalendar.Component, into out: inout [UInt8], line: inout [UInt8]) {
        out.append(contentsOf: "BEGIN:".utf8)
        out.append(contentsOf: component.name.utf8)
        out.append(0x0D)
        out.append(0x0A)
        for p in component.properties { writeProperty(p, into: &out, line: &line) }
        for c in component.components { write(c, into: &out, line: &line) }
        out.append(contentsOf: "END:".utf8)
        out.append(contentsOf: component.name.utf8)
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Writes one content line, folded (RFC 5545 §3.1).
    package static func writeProperty(_ p: ICalendar.Property, into out: inout [UInt8], line: inout [UInt8]) {
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: p.name.utf8)
        for param in p.parameters {
            line.append(0x3B)
            line.append(contentsOf: param.name.utf8)
            line.append(0x3D)
            var first = true
            for v in param.values {
                if !first { line.append(0x2C) }
                first = false
                appendParameterValue(v, to: &line)
            }
        }
        line.append(0x3A)
        for b in p.value.utf8 where b != 0x0D && b != 0x0A { line.append(b) }
        fold(line, into: &out)
    }

    /// Quotes values holding `:`, `;` or `,` and applies RFC 6868 caret encoding.
    private static func appendParameterValue(_ v: String, to line: inout [UInt8]) {
        var needsQuote = false
        var needsCaret = false
        for b in v.utf8 {
            if b == 0x3A || b == 0x3B || b == 0x2C { needsQuote = true }
            if b == 0x5E || b == 0x22 || b == 0x0A || b == 0x0D { needsCaret = true }
        }
        if needsQuote { line.append(0x22) }
        if needsCaret {
            var previousCR = false
            for b in v.utf8 {
                switch b {
                case 0x5E: line.append(contentsOf: [0x5E, 0x5E])
                case 0x22: line.append(contentsOf: [0x5E, 0x27])
                case 0x0D: line.append(contentsOf: [0x5E, 0x6E])
                case 0x0A: if !previousCR { line.append(contentsOf: [0x5E, 0x6E]) }
                default: line.append(b)
                }
                previousCR = b == 0x0D
            }
        } else {
            line.append(contentsOf: v.utf8)
        }
        if needsQuote { line.append(0x22) }
    }

    /// Folds at 75 octets, never inside a UTF-8 sequence, and ends with CRLF.
    private static func fold(_ line: [UInt8], into out: inout [UInt8]) {
        let n = line.count
        if n <= 75 {
            out.append(contentsOf: line)
            out.append(0x0D)
            out.append(0x0A)
            return
        }
        line.withUnsafeBufferPointer { b in
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

extension ICalendar {
    /// The calendar as RFC 5545 bytes (see ``ICalendarWriter``).
    public func serialized() -> [UInt8] { ICalendarWriter.write(self) }
}
