import Foundation
import InviteICalendar
import InviteMIME
import InviteModel
import InviteTemplates
import InviteTestSupport
import Testing

/// The `email` target: structure, Python's `email` package, the calendar lint, and round trips.
@Suite struct EmailTests {
    static let cases = GoldenCase.fixtures.flatMap { fixture in ["en", "fr"].map { (fixture, $0) } }

    private func email(_ fixture: String, language: String = "en") throws -> (Invitation, [UInt8]) {
        let invitation = try loadInvitation(fixture)
        let method = fixture == "cancel" ? "CANCEL" : nil
        let bytes = try InvitationRenderer().render(
            "email", invitation: invitation, options: goldenOptions(language: language, method: method))
        return (invitation, bytes)
    }

    @Test("CRLF everywhere, 7-bit, lines of at most 78 characters", arguments: cases)
    func wellFormed(fixture: String, language: String) throws {
        let (_, bytes) = try email(fixture, language: language)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
            #expect(b < 0x80)
        }
        for line in lines(bytes) { #expect(line.utf8.count <= 79, "\(line)") }
    }

    @Test("structure: mixed → alternative (plain, html, calendar) + invite.ics, as Google sends", arguments: cases)
    func structure(fixture: String, language: String) throws {
        let (invitation, bytes) = try email(fixture, language: language)
        let message = Message(bytes: bytes)
        #expect(message.diagnostics.isEmpty)
        #expect(message.root.contentType.mediaType == "multipart/mixed")
        let leaves = message.leafParts
        #expect(leaves.map(\.contentType.mediaType) == ["text/plain", "text/html", "text/calendar", "application/ics"])
        let method = fixture == "cancel" ? "CANCEL" : "REQUEST"
        #expect(leaves[2].contentType.parameter("method") == method)
        #expect(leaves[2].charset == "utf-8")
        #expect(leaves[3].filename == "invite.ics")
        #expect(leaves[3].contentType.parameter("name") == "invite.ics")
        #expect(leaves[3].isAttachment)
        #expect(leaves[2].body == leaves[3].body)
        #expect(message.headers.first("MIME-Version") != nil)
        #expect(message.messageID != nil)
        #expect(message.date?.secondsSince1970 == goldenNow)
        #expect(message.from.first?.addrSpec == invitation.host?.email)
    }

    @Test("To holds required invitees, Cc optional ones; people without an address are left out")
    func recipients() throws {
        let (_, bytes) = try email("non-ascii")
        let message = Message(bytes: bytes)
        #expect(
            message.to.map(\.addrSpec) == ["zoe@example.org", "jose@example.org", "li@example.com", "jane@example.com"])
        #expect(message.to.map(\.displayName) == ["Zoë Ångström", "José Núñez", "李小龍", "Doe, Jane \"JD\""])
        #expect(message.cc.map(\.addrSpec) == ["juergen@example.de"])
        #expect(message.cc.first?.displayName == "Jürgen Groß")
        let (_, meeting) = try email("dst-meeting")
        #expect(Message(bytes: meeting).to.count == 1)
    }

    @Test("the calendar part passes the strict iCalendar lint", arguments: GoldenCase.fixtures)
    func lint(fixture: String) throws {
        let (_, bytes) = try email(fixture)
        let part = try #require(Message(bytes: bytes).leafParts.first { $0.contentType.mediaType == "text/calendar" })
        #expect(ICalendarLint.check(part.body ?? []) == [])
    }

    @Test("round trip: subject, from, to, parts, and the invitation through the calendar part", arguments: cases)
    func roundTrip(fixture: String, language: String) throws {
        let (original, bytes) = try email(fixture, language: language)
        let message = Message(bytes: bytes)
        let renderer = try InvitationRenderer()
        let text = try renderer.render(
            "text", invitation: original,
            options: goldenOptions(language: language, method: fixture == "cancel" ? "CANCEL" : nil))
        let plain = try #require(message.leafParts.first?.decodedText()?.text)
        #expect(plain == string(text).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(message.subject?.contains(original.title ?? "\u{0}") == true)
        #expect(message.from.first?.displayName == original.host?.name)

        let part = try #require(message.leafParts.first { $0.contentType.mediaType == "text/calendar" })
        let calendars = try ICalendar.parse(part.body ?? []).calendars
        let calendar = try #require(calendars.first)
        let event = try #require(calendar.events.first)
        let back = Invitation(event: event, in: calendar)
        let isCancel = fixture == "cancel"
        #expect(back.method == (isCancel ? "CANCEL" : "REQUEST"))
        #expect(back.uid == original.uid)
        #expect(back.sequence == (isCancel ? (original.sequence ?? 0) + 1 : original.sequence))
        #expect(back.status == (isCancel ? "CANCELLED" : original.status))
        #expect(back.title == original.title)
        #expect(back.host?.email == original.host?.email)
        #expect(back.host?.name == original.host?.name)
        let withEmail = original.invitees.filter { $0.email != nil }
        #expect(back.invitees.map(\.email) == withEmail.map(\.email))
        #expect(back.invitees.map(\.name) == withEmail.map(\.name))
        #expect(back.start == original.start)
        #expect(back.end == original.end)
        #expect(back.timeZone == original.timeZone)
        #expect(back.isAllDay == original.isAllDay)
        #expect(back.recurrence == original.recurrence)
        let location = [original.location?.name, original.location?.address].compactMap { $0 }.joined(separator: ", ")
        if !location.isEmpty { #expect(back.location?.name == location || back.location?.address == location) }
        #expect(back.description == original.description)
    }

    @Test("Python's email package (policy default) reads every part without defects", arguments: cases)
    func python(fixture: String, language: String) throws {
        guard PythonEmail.available else {
            print("skipped: python3 is not installed; the Python email defects check did not run")
            return
        }
        let (original, bytes) = try email(fixture, language: language)
        let report = try #require(PythonEmail.check(bytes), "python3 failed to run")
        #expect(report.defects == [], "\(report.defects)")
        #expect(report.types == ["text/plain", "text/html", "text/calendar", "application/ics"])
        #expect(report.subject.contains(original.title ?? ""))
        let parsed = Message(bytes: bytes)
        #expect(report.subject == parsed.subject)
        #expect(report.to == parsed.to.map { $0.addrSpec ?? "" })
        #expect(report.names == parsed.to.map { $0.displayName ?? "" })
        #expect(report.maxLine <= 78)
    }
}

/// Runs python3's `email` package over a message and reports defects, leaf types and headers.
enum PythonEmail {
    static let script = #"""
        import sys, json, email
        from email import policy
        raw = sys.stdin.buffer.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        defects = []
        types = []
        for part in msg.walk():
            defects += [type(d).__name__ + ': ' + str(d) for d in part.defects]
            for name, value in part.items():
                defects += [name + ': ' + type(d).__name__ for d in getattr(value, 'defects', [])]
            if not part.is_multipart():
                types.append(part.get_content_type())
                part.get_content()
        print(json.dumps({
            'defects': defects, 'types': types, 'subject': str(msg['subject']),
            'to': [str(a.addr_spec) for a in msg['to'].addresses] if msg['to'] else [],
            'names': [str(a.display_name) for a in msg['to'].addresses] if msg['to'] else [],
            'maxLine': max(len(l) for l in raw.split(b'\r\n')),
        }))
        """#

    struct Report: Decodable {
        var defects: [String]
        var types: [String]
        var subject: String
        var to: [String]
        var names: [String]
        var maxLine: Int
    }

    static let available: Bool = run(["-c", "import email.policy"], input: [])?.status == 0

    static func check(_ bytes: [UInt8]) -> Report? {
        guard let result = run(["-c", script], input: bytes), result.status == 0 else { return nil }
        return try? JSONDecoder().decode(Report.self, from: result.output)
    }

    static func run(_ arguments: [String], input: [UInt8]) -> (status: Int32, output: Data)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}
