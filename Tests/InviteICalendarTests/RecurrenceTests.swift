import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

/// Occurrence lists checked by hand, most of them the examples of RFC 5545 §3.8.5.3.
@Suite struct RecurrenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var start: String
        var rule: String
        var extra: String = ""
        var from: String = "19900101T000000Z"
        var to: String = "20300101T000000Z"
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "daily for 10 occurrences", start: "TZID=America/New_York:19970902T090000",
            rule: "FREQ=DAILY;COUNT=10",
            expected: (2...11).map { String(format: "199709%02dT090000", $0) }
        ),
        Case(
            name: "weekly on Tuesday and Thursday, 10 times", start: "TZID=America/New_York:19970902T090000",
            rule: "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH",
            expected: ["0902", "0904", "0909", "0911", "0916", "0918", "0923", "0925", "0930", "1002"].map {
                "1997\($0)T090000"
            }
        ),
        Case(
            name: "every other week MO,WE,FR until 24 Dec (UNTIL in UTC)",
            start: "TZID=America/New_York:19970901T090000",
            rule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
            expected: [
                "0901", "0903", "0905", "0915", "0917", "0919", "0929", "1001", "1003", "1013", "1015", "1017", "1027",
                "1029", "1031", "1110", "1112", "1114", "1124", "1126", "1128", "1208", "1210", "1212", "1222",
            ].map { "1997\($0)T090000" }
        ),
        Case(
            name: "monthly on the first Friday", start: "TZID=America/New_York:19970905T090000",
            rule: "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
            expected: [
                "19970905", "19971003", "19971107", "19971205", "19980102", "19980206", "19980306", "19980403",
                "19980501", "19980605",
            ].map { $0 + "T090000" }
        ),
        Case(
            name: "monthly on the second-to-last Monday", start: "TZID=America/New_York:19970922T090000",
            rule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO",
            expected: ["19970922", "19971020", "19971117", "19971222", "19980119", "19980216"].map { $0 + "T090000" }
        ),
        Case(
            name: "last day of the month (BYMONTHDAY=-1)", start: "TZID=Europe/Berlin:20240131T170000",
            rule: "FREQ=MONTHLY;COUNT=5;BYMONTHDAY=-1",
            expected: ["20240131", "20240229", "20240331", "20240430", "20240531"].map { $0 + "T170000" }
        ),
        Case(
            name: "day 31 skips shorter months", start: "20240131T100000", rule: "FREQ=MONTHLY;COUNT=4",
            expected: ["20240131", "20240331", "20240531", "20240731"].map { $0 + "T100000" }
        ),
        Case(
            name: "BYSETPOS: third TU/WE/TH of the month", start: "TZID=America/New_York:19970904T090000",
            rule: "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3",
            expected: ["19970904T090000", "19971007T090000", "19971106T090000"]
        ),
        Case(
            name: "BYSETPOS: last work day of the month", start: "TZID=America/New_York:19970930T090000",
            rule: "FREQ=MONTHLY;COUNT=6;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            expected: ["19970930", "19971031", "19971128", "19971231", "19980130", "19980227"].map { $0 + "T090000" }
        ),
        Case(
            name: "yearly in June and July", start: "TZID=America/New_York:19970610T090000",
            rule: "FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
            expected: (1997...2001).flatMap { ["\($0)0610T090000", "\($0)0710T090000"] }
        ),
        Case(
            name: "every 20th Monday of the year", start: "TZID=America/New_York:19970519T090000",
            rule: "FREQ=YEARLY;BYDAY=20MO", to: "20000101T000000Z",
            expected: ["19970519T090000", "19980518T090000", "19990517T090000"]
        ),
        Case(
            name: "Monday of ISO week 20", start: "TZID=America/New_York:19970512T090000",
            rule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", to: "20000101T000000Z",
            expected: ["19970512T090000", "19980511T090000", "19990517T090000"]
        ),
        Case(
            name: "every Thursday in March", start: "TZID=America/New_York:19970313T090000",
            rule: "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", to: "20000101T000000Z",
            expected: [
                "19970313", "19970320", "19970327", "19980305", "19980312", "19980319", "19980326", "19990304",
                "19990311", "19990318", "19990325",
            ].map { $0 + "T090000" }
        ),
        Case(
            name: "every Friday the 13th", start: "TZID=America/New_York:19980213T090000",
            rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", to: "20010101T000000Z",
            expected: ["19980213", "19980313", "19981113", "19990813", "20001013"].map { $0 + "T090000" }
        ),
        Case(
            name: "US presidential election day", start: "TZID=America/New_York:19961105T090000",
            rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", to: "20050101T000000Z",
            expected: ["19961105T090000", "20001107T090000", "20041102T090000"]
        ),
        Case(
            name: "BYYEARDAY every third year", start: "TZID=America/New_York:19970101T090000",
            rule: "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
            expected: [
                "19970101", "19970410", "19970719", "20000101", "20000409", "20000718", "20030101", "20030410",
                "20030719", "20060101",
            ].map { $0 + "T090000" }
        ),
        Case(
            name: "every 3 hours until 17:00 UTC", start: "TZID=America/New_York:19970902T090000",
            rule: "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z",
            expected: ["19970902T090000", "19970902T120000"]
        ),
        Case(
            name: "every 15 minutes, 6 times", start: "TZID=America/New_York:19970902T090000",
            rule: "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
            expected: ["090000", "091500", "093000", "094500", "100000", "101500"].map { "19970902T\($0)" }
        ),
        Case(
            name: "EXDATE removes an instance", start: "TZID=Europe/Berlin:20240101T090000", rule: "FREQ=DAILY;COUNT=5",
            extra: "EXDATE;TZID=Europe/Berlin:20240103T090000\r\nEXDATE:20240104T080000Z\r\n",
            expected: ["20240101T090000", "20240102T090000", "20240105T090000"]
        ),
        Case(
            name: "RDATE adds an instance", start: "TZID=Europe/Berlin:20240101T090000", rule: "FREQ=WEEKLY;COUNT=2",
            extra: "RDATE;TZID=Europe/Berlin:20240103T150000\r\n",
            expected: ["20240101T090000", "20240103T150000", "20240108T090000"]
        ),
        Case(
            name: "leap-day birthday only in leap years", start: "VALUE=DATE:20200229", rule: "FREQ=YEARLY",
            expected: ["20200229", "20240229", "20280229"]
        ),
        Case(
            name: "weekly across the US DST change keeps 09:00", start: "TZID=America/New_York:20240304T090000",
            rule: "FREQ=WEEKLY;COUNT=3",
            expected: ["20240304T090000", "20240311T090000", "20240318T090000"]
        ),
        Case(
            name: "window start drops earlier instances", start: "TZID=America/New_York:20240101T090000",
            rule: "FREQ=DAILY", from: "20240110T000000Z", to: "20240113T000000Z",
            expected: ["20240110T090000", "20240111T090000", "20240112T090000"]
        ),
    ]

    static func event(_ c: Case) throws -> (ICalendar.Event, ICalendar) {
        let text =
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;\(c.start)\r\nRRULE:\(c.rule)\r\n\(c.extra)END:VEVENT\r\nEND:VCALENDAR\r\n"
            .replacingOccurrences(of: "DTSTART;1", with: "DTSTART:1").replacingOccurrences(
                of: "DTSTART;2", with: "DTSTART:2")
        let cal = try #require(try ICalendar.parse(Array(text.utf8)).calendars.first)
        return (try #require(cal.events.first), cal)
    }

    static func date(_ s: String) -> Date {
        Date(timeIntervalSince1970: Double(ICalendar.DateTime(parsing: s)?.localSeconds ?? 0))
    }

    @Test("hand-checked expansions", arguments: cases)
    func expansion(_ c: Case) throws {
        let (event, cal) = try Self.event(c)
        let got = event.occurrences(from: Self.date(c.from), to: Self.date(c.to), in: cal).map(\.start.valueString)
        #expect(got == c.expected)
    }

    @Test("DST: instants move by an hour, offsets follow the zone")
    func dstOffsets() throws {
        let (event, cal) = try Self.event(Self.cases[Self.cases.count - 2])
        let occ = event.occurrences(from: Self.date("20240101T000000Z"), to: Self.date("20250101T000000Z"), in: cal)
        #expect(occ.map(\.utcOffsetSeconds) == [-18_000, -14_400, -14_400])
        #expect(occ.map(\.secondsSince1970) == [1_709_560_800, 1_710_162_000, 1_710_766_800])
        #expect(occ.first?.end == nil)
    }

    @Test(
        "RRULE text round-trips exactly",
        arguments: [
            "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=WEEKLY;UNTIL=20241231T225959Z;INTERVAL=1;BYDAY=MO;WKST=SU",
            "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;COUNT=6;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=DAILY;INTERVAL=2;UNTIL=20250101",
            "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8",
            "FREQ=MONTHLY;BYMONTHDAY=-1;X-FOO=bar",
        ]
    )
    func ruleRoundTrip(_ text: String) throws {
        let rule = try #require(RecurrenceRule(parsing: text))
        #expect(rule.description == text)
        #expect(RecurrenceRule(parsing: rule.description) == rule)
    }

    @Test("an RRULE without FREQ is rejected")
    func invalidRule() {
        #expect(RecurrenceRule(parsing: "COUNT=3;BYDAY=MO") == nil)
        #expect(RecurrenceRule(parsing: "FREQ=FORTNIGHTLY") == nil)
    }
}

@Suite struct CalendarOccurrenceTests {
    @Test("an overridden instance replaces the master's")
    func overrides() throws {
        let f = try #require(
            Fixture.all(in: "ics", extensions: ["ics"]).first { $0.name == "google-update-exception.ics" })
        let cal = try #require(try ICalendar.parse(try f.bytes()).calendars.first)
        let from = RecurrenceTests.date("20241028T000000Z")
        let to = RecurrenceTests.date("20241102T000000Z")
        let got = cal.occurrences(from: from, to: to).map {
            "\($0.occurrence.start.valueString) \($0.event.summary ?? "")"
        }
        // Monday 28 is an EXDATE; Wednesday 30 moved to 11:00; Friday 1 as usual (GMT after 27 October).
        #expect(got == ["20241030T110000 Stand-up (moved)", "20241101T093000 Stand-up"])
    }
}
