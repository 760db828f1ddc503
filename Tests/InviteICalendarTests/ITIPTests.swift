import InviteICalendar
import InviteTestSupport
import Testing

@Suite struct ITIPTests {
    static func calendar(_ name: String) throws -> ICalendar {
        let f = try #require(Fixture.all(in: "ics", extensions: ["ics"]).first { $0.name == name })
        return try #require(try ICalendar.parse(try f.bytes()).calendars.first)
    }

    @Test("classifies iTIP methods and REQUEST new vs update")
    func classify() throws {
        #expect(try Self.calendar("google-request.ics").itipKind() == .request(isUpdate: false))
        #expect(try Self.calendar("outlook-displayname-tzid.ics").itipKind() == .request(isUpdate: true))
        #expect(
            try Self.calendar("outlook-displayname-tzid.ics").itipKind(previousSequence: 2) == .request(isUpdate: false)
        )
        #expect(try Self.calendar("outlook-cancel.ics").itipKind() == .cancel)
        #expect(try Self.calendar("rfc5546-reply.ics").itipKind() == .reply)
        #expect(try Self.calendar("rfc5546-counter.ics").itipKind() == .counter)
        #expect(try Self.calendar("zoom-meeting.ics").itipKind() == .publish)
        #expect(try Self.calendar("rfc5545-todo-journal.ics").itipKind() == ICalendar.ITIPKind.none)
    }

    @Test("a REPLY keeps only the replying attendee, UID, SEQUENCE, RECURRENCE-ID, ORGANIZER; fresh DTSTAMP")
    func reply() throws {
        let request = try Self.calendar("google-update-exception.ics")
        let now = ICalendar.DateTime(year: 2024, month: 10, day: 21, hour: 8, minute: 0, zone: .utc)
        let reply = ICalendar.makeReply(to: request, attendee: "RUI.CHEN@example.co.uk", partStat: .accepted, now: now)
        #expect(reply.method == "REPLY")
        #expect(reply.itipKind() == .reply)
        #expect(reply.events.count == 2)
        for (r, q) in zip(reply.events, request.events) {
            #expect(r.uid == q.uid)
            #expect(r.sequence == q.sequence)
            #expect(r.recurrenceID == q.recurrenceID)
            #expect(r.organizer == q.organizer)
            #expect(r.dtstamp == now)
            #expect(r.attendees.count == 1)
            #expect(r.attendees.first?.email == "rui.chen@example.co.uk")
            #expect(r.attendees.first?.partStat == "ACCEPTED")
            #expect(r.attendees.first?.rsvp == nil)
            #expect(r.recurrenceRules.isEmpty)
        }
        let bytes = ICalendarWriter(now: now).write(reply)
        #expect(ICalendarLint.check(bytes).isEmpty, "\(ICalendarLint.check(bytes))")
        #expect(reply.timeZones.map(\.tzid) == ["Europe/London"])
    }

    @Test("a REPLY from someone not invited adds them")
    func partyCrasher() throws {
        let request = try Self.calendar("google-request.ics")
        let reply = ICalendar.makeReply(to: request, attendee: "new@example.com", partStat: .tentative)
        #expect(reply.events.first?.attendees.map(\.address) == ["mailto:new@example.com"])
        #expect(reply.events.first?.attendees.first?.partStat == "TENTATIVE")
    }
}
