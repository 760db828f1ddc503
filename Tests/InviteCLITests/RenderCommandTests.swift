import Foundation
import InviteICalendar
import InviteMIME
import InviteTestSupport
import Testing

@Suite struct RenderCommandTests {
    private func parsed() throws -> [UInt8] { try CLIRun.run(["parse", "Fixtures/cli/team-meeting.eml"]).stdout }

    /// A meeting still in the future (prose ignores invitations to meetings already past).
    static let futureInvitation = """
        {"source": "calendar", "method": "REQUEST", "uid": "roundtrip-1@example.com", "sequence": 2,
         "title": "Réunion de l'industrie", "start": "2031-06-13T13:00:00-07:00", "end": "2031-06-13T15:00:00-07:00",
         "timeZone": "America/Los_Angeles", "allDay": false,
         "host": {"name": "Nora Hale", "email": "nora.hale@example.com"},
         "invitees": [{"name": "Zoë Ångström", "email": "zoe@example.org", "role": "REQ-PARTICIPANT"},
                      {"name": "Omar Reyes", "email": "omar@example.net", "role": "OPT-PARTICIPANT"}],
         "location": {"name": "Harbor Room, 1 Market St, San Francisco"},
         "agenda": ["Review of the Q3 roadmap", "Election-security work streams", "Next steps"]}
        """

    @Test("render email → parse gives back the same invitation")
    func emailRoundTrip() throws {
        let source = Array(Self.futureInvitation.utf8)
        let email = try CLIRun.run(["render", "email", "-"], stdin: source)
        #expect(email.status == 0)
        let again = try CLIRun.run(["parse", "-"], stdin: email.stdout)
        let original = try #require(try JSONSerialization.jsonObject(with: Data(source)) as? [String: Any])
        let reparsed = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout)) as? [String: Any])
        let a = original
        let b = try #require((reparsed["invitations"] as? [[String: Any]])?.first)
        for key in ["title", "uid", "sequence", "method", "start", "end", "timeZone", "allDay", "agenda"] {
            #expect((a[key] as? NSObject) == (b[key] as? NSObject), "\(key)")
        }
        #expect(
            (a["host"] as? [String: Any])?["email"] as? String == (b["host"] as? [String: Any])?["email"] as? String)
        #expect(
            (a["location"] as? [String: Any])?["name"] as? String == (b["location"] as? [String: Any])?["name"]
                as? String)
        let emails = { (x: [String: Any]) in
            ((x["invitees"] as? [[String: Any]]) ?? []).compactMap { $0["email"] as? String }
        }
        #expect(emails(a) == emails(b))
    }

    @Test("render ics lints clean; text and html render; unknown template is a usage error")
    func targets() throws {
        let ics = try CLIRun.run(["render", "ics", "-"], stdin: try parsed())
        #expect(ics.status == 0)
        #expect(ICalendarLint.check(ics.stdout).isEmpty)
        let html = try CLIRun.run(["render", "html", "-", "--language", "fr"], stdin: try parsed())
        #expect(html.status == 0)
        #expect(html.stdoutText.contains("août"))
        #expect(try CLIRun.run(["render", "text", "-"], stdin: try parsed()).stdoutText.contains("Quarterly planning"))
        let unknown = try CLIRun.run(["render", "no-such-template", "-"], stdin: try parsed())
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("available"))
    }

    @Test("a user template directory adds a target")
    func userTemplate() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("invite-templates-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{{% CONTENT_TYPE: TEXT }}TITLE={{title}}\n".utf8).write(
            to: dir.appendingPathComponent("slack.mustache"))
        let run = try CLIRun.run(["render", "slack", "-", "--templates", dir.path], stdin: try parsed())
        #expect(run.status == 0)
        #expect(run.stdoutText.contains("TITLE=Quarterly planning"))
    }

    @Test("a hostile title cannot inject a header into the email")
    func hostile() throws {
        let invitation = """
            {"source": "text", "title": "Hi\\r\\nBcc: evil@example.com", "start": "2024-05-02T10:00:00+02:00",
             "host": {"name": "Ann", "email": "ann@example.com"}, "invitees": [{"email": "bob@example.com"}]}
            """
        let run = try CLIRun.run(["render", "email", "-"], stdin: Array(invitation.utf8))
        #expect(run.status == 0)
        let message = Message(bytes: run.stdout)
        #expect(message.headers.first("Bcc") == nil)
    }
}
