import Foundation
import InviteICalendar
import InviteMIME
import InviteTestSupport
import Testing

@Suite struct ICSCommandTests {
    @Test("ics writes a calendar that lints clean and reads back to the same event")
    func writesCalendar() throws {
        let run = try CLIRun.run(["ics", "Fixtures/cli/team-meeting.eml"])
        #expect(run.status == 0)
        #expect(ICalendarLint.check(run.stdout).isEmpty)
        let calendar = try #require(try ICalendar.parse(run.stdout).calendars.first)
        #expect(calendar.method == "REQUEST")
        let event = try #require(calendar.events.first)
        #expect(event.uid == "7kq2m1f0r8d3b5c9a6e4@example.com")
        #expect(event.summary == "Quarterly planning")
        #expect(event.attendees.count == 2)
    }

    @Test("ics reads an invitation JSON document, and --method CANCEL bumps SEQUENCE and cancels")
    func fromJSONCancel() throws {
        let parsed = try CLIRun.run(["parse", "Fixtures/cli/team-meeting.eml"])
        let run = try CLIRun.run(["ics", "-", "--method", "CANCEL"], stdin: parsed.stdout)
        #expect(run.status == 0)
        #expect(ICalendarLint.check(run.stdout).isEmpty)
        let event = try #require(try ICalendar.parse(run.stdout).calendars.first?.events.first)
        #expect(event.sequence == 1)
        #expect(event.status == "CANCELLED")
        #expect(run.stdoutText.contains("METHOD:CANCEL"))
    }

    @Test("ics --expand lists the occurrences of a recurring event")
    func expand() throws {
        let invitation = """
            {"source": "calendar", "title": "Standup", "uid": "standup@example.com",
             "start": "2024-03-04T09:00:00-08:00", "end": "2024-03-04T09:15:00-08:00",
             "timeZone": "America/Los_Angeles", "recurrence": "FREQ=WEEKLY;BYDAY=MO;COUNT=3"}
            """
        let run = try CLIRun.run(["ics", "-", "--expand", "2024-03-01..2024-04-01"], stdin: Array(invitation.utf8))
        #expect(run.status == 0)
        let starts = run.stdoutText.split(separator: "\n").map { String($0.prefix(25)) }
        // The 11 March occurrence is after the US DST change: same wall clock, new offset.
        #expect(starts == ["2024-03-04T09:00:00-08:00", "2024-03-11T09:00:00-07:00", "2024-03-18T09:00:00-07:00"])
    }

    @Test("a message without an invitation is an error for ics")
    func nothingToWrite() throws {
        let run = try CLIRun.run(
            ["ics", "-"], stdin: Array("Subject: hi\r\nFrom: a@example.com\r\n\r\nJust saying hello.\r\n".utf8))
        #expect(run.status == 1)
        #expect(run.stderr.contains("no invitation"))
    }
}

@Suite struct ReplyCommandTests {
    @Test(
        "reply keeps UID and SEQUENCE and only the answering attendee",
        arguments: ["--accept", "--decline", "--tentative"])
    func reply(_ flag: String) throws {
        let run = try CLIRun.run(["reply", "Fixtures/cli/team-meeting.eml", flag, "--as", "omar.reyes@example.org"])
        #expect(run.status == 0)
        #expect(ICalendarLint.check(run.stdout).isEmpty)
        let calendar = try #require(try ICalendar.parse(run.stdout).calendars.first)
        #expect(calendar.method == "REPLY")
        let event = try #require(calendar.events.first)
        #expect(event.uid == "7kq2m1f0r8d3b5c9a6e4@example.com")
        #expect(event.sequence == 0)
        #expect(event.attendees.map(\.email) == ["omar.reyes@example.org"])
        let expected = ["--accept": "ACCEPTED", "--decline": "DECLINED", "--tentative": "TENTATIVE"][flag]
        #expect(event.attendees.first?.partStat == expected)
    }

    @Test("reply --email is an iMIP message to the organizer with a method=REPLY calendar part")
    func email() throws {
        let run = try CLIRun.run([
            "reply", "Fixtures/cli/team-meeting.eml", "--accept", "--as", "omar.reyes@example.org", "--email",
        ])
        #expect(run.status == 0)
        let message = Message(bytes: run.stdout)
        #expect(message.to.first?.addrSpec == "nora.hale@example.com")
        #expect(message.from.first?.addrSpec == "omar.reyes@example.org")
        let calendarPart = try #require(message.leafParts.first { $0.contentType.mediaType == "text/calendar" })
        #expect(calendarPart.contentType.parameter("method") == "REPLY")
        #expect(message.diagnostics.isEmpty)
    }

    @Test("a bad --as address or a missing answer is a usage error")
    func usage() throws {
        #expect(
            try CLIRun.run(["reply", "Fixtures/cli/team-meeting.eml", "--accept", "--as", "x\r\nBcc: evil@example.com"])
                .status == 64)
        #expect(try CLIRun.run(["reply", "Fixtures/cli/team-meeting.eml", "--as", "a@example.com"]).status == 64)
    }
}
