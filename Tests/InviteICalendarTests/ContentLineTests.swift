import InviteICalendar
import Testing

@Suite struct ContentLineTests {
    private func parse(_ text: String) throws -> ICalendarParseResult {
        try ICalendar.parse(Array(text.utf8))
    }

    @Test("unfolds CRLF + space and LF-only lines, warns about LF")
    func unfolding() throws {
        let r = try parse(
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\nSUMMARY:Hello\n  world, and\n\tmore\nEND:VEVENT\nEND:VCALENDAR\n"
        )
        let e = try #require(r.calendars.first?.events.first)
        #expect(e.summary == "Hello world, andmore")
        #expect(r.warnings.contains { $0.message.contains("LF") })
    }

    @Test("joins a folded line that lost its leading space")
    func brokenFold() throws {
        let r = try parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDESCRIPTION:Line one\r\ncontinues here\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        #expect(r.calendars.first?.events.first?.description == "Line onecontinues here")
        #expect(r.warnings.contains { $0.message.contains("folded") })
    }

    @Test("parameters: quoted values, lists, RFC 6868 carets")
    func parameters() throws {
        let r = try parse(
            """
            BEGIN:VCALENDAR\r
            BEGIN:VEVENT\r
            UID:1\r
            ATTENDEE;CN="Doe, Jane ^'JD^' ^^";ROLE=req-participant;DELEGATED-FROM="mailto:a@example.com","mailto:b@example.com";RSVP=TRUE:mailto:jane@example.com\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        )
        let a = try #require(r.calendars.first?.events.first?.attendees.first)
        #expect(a.commonName == "Doe, Jane \"JD\" ^")
        #expect(a.role == "REQ-PARTICIPANT")
        #expect(a.delegatedFrom == ["mailto:a@example.com", "mailto:b@example.com"])
        #expect(a.rsvp == true)
        #expect(a.email == "jane@example.com")
    }

    @Test("TEXT unescaping")
    func textUnescape() throws {
        let r = try parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:a\\, b\\; c\\\\d\\ne\\Nf\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        #expect(r.calendars.first?.events.first?.summary == "a, b; c\\d\ne\nf")
    }

    @Test("missing END lines are tolerated and reported")
    func missingEnd() throws {
        let r = try parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\n")
        #expect(r.calendars.count == 1)
        #expect(r.calendars.first?.events.first?.uid == "1")
        #expect(r.warnings.filter { $0.message.hasPrefix("missing END") }.count == 2)
    }

    @Test("unknown components and properties are kept")
    func unknownKept() throws {
        let r = try parse(
            "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\r\nBEGIN:X-THING\r\nFOO;X-A=1:bar\r\nEND:X-THING\r\nBEGIN:VEVENT\r\nUID:1\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nBEGIN:X-SUB\r\nA:b\r\nEND:X-SUB\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        let cal = try #require(r.calendars.first)
        #expect(cal.otherProperties.map(\.name) == ["X-WR-CALNAME"])
        guard case .other(let thing) = cal.components.first else {
            Issue.record("X-THING not kept")
            return
        }
        #expect(thing.properties.first?.parameter("X-A") == "1")
        let e = try #require(cal.events.first)
        #expect(e.otherProperties.first?.value == "BUSY")
        #expect(e.components.first?.name == "X-SUB")
    }

    @Test("more than one VCALENDAR in a stream")
    func twoCalendars() throws {
        let one = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
        let two = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"
        let r = try parse(one + two)
        #expect(r.calendars.map(\.method) == ["REQUEST", "CANCEL"])
    }

    @Test("no calendar throws a typed error with a line")
    func notCalendar() throws {
        let error = #expect(throws: ICalendarParseError.self) {
            try ICalendar.parse(Array("hello\nworld\n".utf8))
        }
        #expect(error?.code == .notICalendar)
        #expect(error?.line == 1)
        let binary = #expect(throws: ICalendarParseError.self) { try ICalendar.parse([0x42, 0x00, 0x01]) }
        #expect(binary?.code == .binaryInput)
    }

    @Test("dates: DATE, floating, UTC, TZID")
    func dates() throws {
        let r = try parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Europe/Berlin:20240310T090000\r\nDTEND:20240310T100000Z\r\nRECURRENCE-ID;VALUE=DATE:20240311\r\nDTSTAMP:20240101T000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        let e = try #require(r.calendars.first?.events.first)
        #expect(
            e.start
                == ICalendar.DateTime(year: 2024, month: 3, day: 10, hour: 9, minute: 0, zone: .tzid("Europe/Berlin"))
        )
        #expect(e.end?.zone == .utc)
        #expect(e.recurrenceID == ICalendar.DateTime(year: 2024, month: 3, day: 11))
        #expect(e.dtstamp?.zone == .floating)
    }

    @Test(
        "known names and values come back only for exact spellings",
        arguments: [
            ("DTSTART", "DTSTART"), ("CN", "CN"), ("LAST-MODIFIED", "LAST-MODIFIED"),
            ("X-MS-OLK-CONFURL", "X-MS-OLK-CONFURL"),
            ("dtstart", nil), ("DTSTARX", nil), ("DTSTAR", nil), ("X-MS-OLK-CONFURM", nil), ("XLAST-MODIFIED", nil),
            ("ATTENDEES", nil), ("X-NOT-A-KNOWN-NAME-AT-ALL", nil), ("NEEDS-ACTION", "NEEDS-ACTION"),
            ("+0100", "+0100"),
            ("needs-action", nil), ("+0101", nil), ("", nil),
        ] as [(String, String?)])
    func knownNames(spelling: String, expected: String?) {
        let bytes = Array(spelling.utf8)
        let found = bytes.withUnsafeBufferPointer { KnownNames.shared.lookup($0, 0, $0.count) }
        #expect(found == expected)
    }

    @Test("TEXT unescaping and escaping copy long runs and keep the per-byte rules")
    func textCodingRuns() throws {
        let prefix = String(repeating: "plain words here ", count: 9)
        let zs = String(repeating: "z", count: 23)
        let raw = prefix + #"a\\b\;c\,d\ne\Nf\x"# + zs + #"\"#
        #expect(TextCoding.unescape(raw) == prefix + "a\\b;c,d\ne\nfx" + zs + "\\")
        #expect(TextCoding.unescape("no escapes at all") == "no escapes at all")

        let digits = String(repeating: "0123456789", count: 5)
        var event = ICalendar.Event(uid: "u", summary: digits + "semi;comma,back\\slash\r\ncr\rlf\n")
        event.dtstamp = ICalendar.DateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 0, zone: .utc)
        let written = ICalendarWriter.write(ICalendar(components: [.event(event)]))
        // Unfold (drop CRLF + space), then find the SUMMARY line.
        var unfolded: [UInt8] = []
        var i = 0
        while i < written.count {
            if i + 2 < written.count, written[i] == 0x0D, written[i + 1] == 0x0A, written[i + 2] == 0x20 {
                i += 3
                continue
            }
            unfolded.append(written[i])
            i += 1
        }
        let lines = String(decoding: unfolded, as: UTF8.self).split(separator: "\r\n")
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
        #expect(String(summary) == "SUMMARY:" + digits + #"semi\;comma\,back\\slash\ncr\nlf\n"#)
    }
}
