import InviteICalendar
import Testing

@Suite struct TimeZoneTests {
    private func resolve(_ tzid: String, _ value: String, defs: [ICalendar.TimeZoneDefinition] = []) -> ResolvedTime? {
        guard let d = ICalendar.DateTime(parsing: value, tzid: tzid) else { return nil }
        return TimeZoneResolver(definitions: defs).resolve(d)
    }

    @Test(
        "TZIDs resolve to IANA names",
        arguments: [
            ("Europe/Berlin", "Europe/Berlin"),
            ("W. Europe Standard Time", "Europe/Berlin"),
            ("Pacific Standard Time", "America/Los_Angeles"),
            ("\"Eastern Standard Time\"", "America/New_York"),
            ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
            ("(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna", "Europe/Berlin"),
            ("(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"),
            ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
            ("/freeassociation.sourceforge.net/Tzfile/America/Chicago", "America/Chicago"),
            ("India Standard Time", "Asia/Kolkata"),
            ("Tokyo Standard Time", "Asia/Tokyo"),
            ("AUS Eastern Standard Time", "Australia/Sydney"),
        ]
    )
    func ianaNames(tzid: String, iana: String) {
        #expect(TimeZoneResolver.ianaIdentifier(forTZID: tzid) == iana)
    }

    @Test("the offset in force follows DST")
    func offsets() throws {
        let winter = try #require(resolve("W. Europe Standard Time", "20240115T090000"))
        #expect(winter.utcOffsetSeconds == 3600)
        #expect(winter.timeZoneIdentifier == "Europe/Berlin")
        let summer = try #require(resolve("Europe/Berlin", "20240715T090000"))
        #expect(summer.utcOffsetSeconds == 7200)
        #expect(summer.secondsSince1970 == 1_721_026_800)
    }

    @Test("a time in the spring-forward gap uses the offset before the change")
    func gap() throws {
        let r = try #require(resolve("America/New_York", "20240310T023000"))
        #expect(r.secondsSince1970 == 1_710_055_800)  // 07:30Z = 03:30 EDT
        let ambiguous = try #require(resolve("America/New_York", "20241103T013000"))
        #expect(ambiguous.utcOffsetSeconds == -4 * 3600)
    }

    @Test("a custom TZID falls back to the file's VTIMEZONE rules")
    func customVTimeZone() throws {
        let text = """
            BEGIN:VCALENDAR\r
            BEGIN:VTIMEZONE\r
            TZID:Customized Time Zone\r
            BEGIN:STANDARD\r
            DTSTART:16010101T030000\r
            TZOFFSETFROM:+0200\r
            TZOFFSETTO:+0100\r
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
            END:STANDARD\r
            BEGIN:DAYLIGHT\r
            DTSTART:16010101T020000\r
            TZOFFSETFROM:+0100\r
            TZOFFSETTO:+0200\r
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
            END:DAYLIGHT\r
            END:VTIMEZONE\r
            END:VCALENDAR\r

            """
        let cal = try #require(try ICalendar.parse(Array(text.utf8)).calendars.first)
        let defs = cal.timeZones
        #expect(resolve("Customized Time Zone", "20240715T090000", defs: defs)?.utcOffsetSeconds == 7200)
        #expect(resolve("Customized Time Zone", "20240115T090000", defs: defs)?.utcOffsetSeconds == 3600)
        #expect(resolve("Customized Time Zone", "20240331T013000", defs: defs)?.utcOffsetSeconds == 3600)
        #expect(resolve("Customized Time Zone", "20240331T033000", defs: defs)?.utcOffsetSeconds == 7200)
        #expect(resolve("Customized Time Zone", "20241027T033000", defs: defs)?.utcOffsetSeconds == 3600)
        #expect(resolve("Customized Time Zone", "20240715T090000", defs: defs)?.timeZoneIdentifier == nil)
    }

    @Test("VTIMEZONE generated from the system database agrees with it")
    func generated() throws {
        let def = try #require(ICalendar.TimeZoneDefinition(ianaIdentifier: "America/New_York", years: 2024...2024))
        #expect(def.observances.count == 2)
        #expect(def.observances.first?.isDaylight == true)
        #expect(
            def.observances.map { $0.recurrenceRules.map(\.description) } == [
                ["FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"], ["FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"],
            ])
        #expect(
            def.observances.first?.start
                == ICalendar.DateTime(year: 2024, month: 3, day: 10, hour: 2, minute: 0, zone: .floating))
        #expect(def.observances.first?.offsetFrom == -5 * 3600)
        #expect(def.utcOffset(atInstant: 1_721_026_800) == -4 * 3600)
        let berlin = try #require(ICalendar.TimeZoneDefinition(ianaIdentifier: "Europe/Berlin", years: 2023...2027))
        #expect(berlin.observances.count == 2)
        #expect(
            berlin.observances.flatMap { $0.recurrenceRules.map(\.description) } == [
                "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            ])
        for t in stride(from: 1_672_531_200, to: 1_830_297_600, by: 86_400 * 5) {
            #expect(berlin.utcOffset(atInstant: t) == (ResolvedZoneProbe.berlinOffset(t)))
        }
        let tokyo = try #require(ICalendar.TimeZoneDefinition(ianaIdentifier: "Asia/Tokyo", years: 2024...2025))
        #expect(tokyo.observances.count == 1)
        #expect(tokyo.observances.first?.offsetTo == 9 * 3600)
    }
}

enum ResolvedZoneProbe {
    static func berlinOffset(_ t: Int) -> Int {
        TimeZoneResolver().zone(forTZID: "Europe/Berlin")?.utcOffset(atInstant: t) ?? 0
    }
}
