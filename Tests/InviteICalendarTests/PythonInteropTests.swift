import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

/// Files we write are read back identically by Python's `icalendar` package, when python3 has it.
@Suite struct PythonInteropTests {
    static let script = #"""
        import sys, json, icalendar
        cals = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read(), multiple=True)
        out = []
        for cal in cals:
            for ev in cal.walk('VEVENT'):
                def one(name):
                    v = ev.get(name)
                    return v[0] if isinstance(v, list) else v
                def text(name):
                    v = one(name)
                    return None if v is None else str(v)
                def date(name):
                    v = one(name)
                    if v is None: return None
                    tz = v.params.get('TZID') if hasattr(v, 'params') else None
                    raw = v.to_ical().decode()
                    return ('TZID=' + tz + ':' + raw) if tz else raw
                people = ev.get('ATTENDEE') or []
                if not isinstance(people, list): people = [people]
                rrule = ev.get('RRULE')
                out.append({
                    'uid': text('UID'), 'summary': text('SUMMARY'), 'description': text('DESCRIPTION'),
                    'location': text('LOCATION'), 'start': date('DTSTART'), 'end': date('DTEND'),
                    'recurrenceID': date('RECURRENCE-ID'), 'organizer': text('ORGANIZER'),
                    'attendees': [str(a) for a in people],
                    'cn': [a.params.get('CN') for a in people],
                    'sequence': int(ev.get('SEQUENCE')) if ev.get('SEQUENCE') is not None else None,
                    'rrule': rrule.to_ical().decode() if rrule is not None else None,
                })
        print(json.dumps(out))
        """#

    static let available: Bool = run(["-c", "import icalendar"])?.status == 0

    static func run(_ arguments: [String]) -> (status: Int32, output: Data)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    struct PyEvent: Decodable {
        var uid, summary, description, location, start, end, recurrenceID, organizer, rrule: String?
        var attendees: [String]
        var cn: [String?]
        var sequence: Int?
    }

    @Test(
        "python icalendar reads our output as we do",
        .enabled(if: available, "python3 with the icalendar package is not installed (pip install icalendar); skipped"),
        arguments: Fixture.all(in: "ics", extensions: ["ics"])
    )
    func interop(_ fixture: Fixture) throws {
        let parsed = try ICalendar.parse(try fixture.bytes())
        var written: [UInt8] = []
        for c in parsed.calendars { ICalendarWriter.write(c).forEach { written.append($0) } }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("invite-py-\(UUID().uuidString).ics")
        try Data(written).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try #require(Self.run(["-c", Self.script, url.path]))
        try #require(result.status == 0, "python failed on \(fixture)")
        let theirs = try JSONDecoder().decode([PyEvent].self, from: result.output)
        let ours = try ICalendar.parse(written).calendars.flatMap(\.events)
        try #require(theirs.count == ours.count)
        for (t, o) in zip(theirs, ours) {
            #expect(t.uid == o.uid)
            #expect(t.summary == o.summary)
            #expect(t.description == o.description)
            #expect(t.location == o.location)
            #expect(t.start == o.start?.description)
            #expect(t.end == o.end?.description)
            #expect(t.recurrenceID == o.recurrenceID?.description)
            #expect(t.organizer == o.organizer?.address)
            #expect(t.attendees == o.attendees.map(\.address))
            #expect(t.cn == o.attendees.map(\.commonName))
            #expect(t.sequence == o.sequence)
            if let r = t.rrule {
                #expect(RecurrenceRule(parsing: r) == o.recurrenceRules.first)
            } else {
                #expect(o.recurrenceRules.isEmpty)
            }
        }
    }
}
