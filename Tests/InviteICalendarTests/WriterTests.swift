import Foundation
import InviteICalendar
import Testing

@Suite struct WriterTests {
    static let writer = ICalendarWriter(
        now: ICalendar.DateTime(year: 2024, month: 5, day: 1, hour: 12, minute: 0, zone: .utc))

    static func write(_ event: ICalendar.Event, method: String? = nil) -> [UInt8] {
        writer.write(ICalendar(method: method, components: [.event(event)]))
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test("PRODID, VERSION, DTSTAMP and UID are always written")
    func required() {
        let out = Self.write(ICalendar.Event(summary: "x"))
        let l = Self.lines(out)
        #expect(l.contains("PRODID:" + ICalendarWriter.defaultProdID))
        #expect(l.contains("VERSION:2.0"))
        #expect(l.contains("DTSTAMP:20240501T120000Z"))
        #expect(l.contains { $0.hasPrefix("UID:") && $0.hasSuffix("@invite.invalid") })
        #expect(ICalendarLint.check(out).isEmpty)
        #expect(Self.write(ICalendar.Event(summary: "x")) == out, "derived UID must be stable")
    }

    @Test("folds at 75 octets without splitting UTF-8 sequences")
    func folding() throws {
        let summary = String(repeating: "é", count: 60) + String(repeating: "🍷", count: 20) + "end"
        let out = Self.write(ICalendar.Event(uid: "u", summary: summary))
        #expect(ICalendarLint.check(out).isEmpty, "\(ICalendarLint.check(out))")
        for line in Self.lines(out) { #expect(line.utf8.count <= 75) }
        let back = try ICalendar.parse(out)
        #expect(back.calendars.first?.events.first?.summary == summary)
    }

    @Test("TEXT escaping of backslash, semicolon, comma and newlines")
    func escaping() throws {
        let text = "a\\b; c, d\ne\r\nf"
        var e = ICalendar.Event(uid: "u", summary: text)
        e.description = text
        e.location = "Room 1, Floor 2; East"
        let out = Self.write(e)
        let l = Self.lines(out)
        #expect(l.contains("SUMMARY:a\\\\b\\; c\\, d\\ne\\nf"))
        #expect(ICalendarLint.check(out).isEmpty)
        let back = try #require(try ICalendar.parse(out).calendars.first?.events.first)
        #expect(back.summary == "a\\b; c, d\ne\nf")
        #expect(back.location == "Room 1, Floor 2; East")
    }

    @Test("parameter values with : ; , are quoted, and RFC 6868 encodes quotes and newlines")
    func parameterQuoting() throws {
        var e = ICalendar.Event(uid: "u")
        e.attendees = [
            ICalendar.CalendarUser(address: "mailto:x@example.com", commonName: "Doe, Jane: \"JD\"\nline2 ^")
        ]
        let out = Self.write(e)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("CN=\"Doe, Jane: ^'JD^'^nline2 ^^\":mailto:x@example.com"))
        let back = try #require(try ICalendar.parse(out).calendars.first?.events.first)
        #expect(back.attendees.first?.commonName == "Doe, Jane: \"JD\"\nline2 ^")
    }

    @Test("stable property order and unknown properties written back")
    func order() throws {
        let input = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//x//y//EN\r
            X-WR-CALNAME:Cal\r
            BEGIN:VEVENT\r
            X-FIRST:1\r
            SUMMARY;LANGUAGE=de:Hallo\r
            UID:u1\r
            DTSTART;TZID=Europe/Berlin;X-HINT=a:20240101T100000\r
            DTSTAMP:20240101T000000Z\r
            X-SECOND;X-P="a:b":2\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let cal = try #require(try ICalendar.parse(Array(input.utf8)).calendars.first)
        let out = Self.writer.write(cal)
        let l = Self.lines(out)
        #expect(l.contains("SUMMARY;LANGUAGE=de:Hallo"))
        #expect(l.contains("DTSTART;TZID=Europe/Berlin;X-HINT=a:20240101T100000"))
        #expect(l.contains("X-SECOND;X-P=\"a:b\":2"))
        #expect(l.contains("X-WR-CALNAME:Cal"))
        let uidIndex = try #require(l.firstIndex(of: "UID:u1"))
        let firstIndex = try #require(l.firstIndex(of: "X-FIRST:1"))
        #expect(uidIndex < firstIndex)
        #expect(ICalendarLint.check(out).isEmpty, "\(ICalendarLint.check(out))")
    }

    @Test("the lint catches what it should")
    func lint() {
        let bad = Array(
            ("BEGIN:VCALENDAR\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:a,b\r\nDTSTART;TZID=Nowhere:20240101T000000\r\n"
                + "X-LONG:" + String(repeating: "x", count: 80) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").utf8
        )
        let problems = ICalendarLint.check(bad)
        for needle in [
            "bare LF", "lacks PRODID", "lacks UID", "lacks DTSTAMP", "unescaped ','", "Nowhere", "more than 75",
        ] {
            #expect(problems.contains { $0.contains(needle) }, "\(needle) not reported in \(problems)")
        }
    }
}

@Suite struct ComponentViewTests {
    @Test("raw component views list properties in writing order")
    func views() throws {
        var e = ICalendar.Event(uid: "u", summary: "s")
        e.otherProperties = [ICalendar.Property(name: "X-A", value: "1")]
        let c = e.component
        #expect(c.name == "VEVENT")
        #expect(c.properties.map(\.name) == ["UID", "SUMMARY", "X-A"])
        let cal = ICalendar(method: "PUBLISH", components: [.event(e)])
        #expect(cal.component.components.first?.name == "VEVENT")
        #expect(cal.component.property("METHOD")?.value == "PUBLISH")
    }
}
