import Foundation
import InviteICalendar
import InviteMIME
import InviteModel
import InviteTemplates
import Testing

/// Hostile values give escaped output or a clear error, never an injected header, calendar line or tag.
@Suite struct SafetyTests {
    private let injection = "X\r\nBcc: evil@example.com"

    private func base() throws -> Invitation { try loadInvitation("dst-meeting") }

    private func render(_ target: String, _ invitation: Invitation) throws -> [UInt8] {
        try InvitationRenderer().render(target, invitation: invitation, options: goldenOptions(language: "en"))
    }

    /// No line of the output starts a `Bcc` field or a calendar property the values smuggled in.
    private func expectNoInjectedLine(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines(bytes) {
            #expect(!line.lowercased().hasPrefix("bcc"), "injected line: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test("CR LF in the title cannot add a header or a calendar line")
    func titleInjection() throws {
        var invitation = try base()
        invitation.title = injection
        let email = try render("email", invitation)
        expectNoInjectedLine(email)
        let message = Message(bytes: email)
        #expect(message.bcc.isEmpty)
        #expect(message.headers.first("Bcc") == nil)
        #expect(message.subject?.hasPrefix("Invitation: X Bcc: evil@example.com @ ") == true)
        let calendar = try #require(message.leafParts.first { $0.contentType.mediaType == "text/calendar" }?.body)
        expectNoInjectedLine(calendar)
        #expect(ICalendarLint.check(calendar) == [])
        let ics = try render("ics", invitation)
        expectNoInjectedLine(ics)
        let event = try #require(try ICalendar.parse(ics).calendars.first?.events.first)
        #expect(event.summary?.contains("Bcc: evil@example.com") == true)
        #expect(event.summary?.hasPrefix("X") == true)
    }

    @Test("CR LF in the organizer's and an invitee's name cannot add a header or a calendar line")
    func nameInjection() throws {
        var invitation = try base()
        invitation.host?.name = injection
        invitation.invitees[0].name = injection
        let email = try render("email", invitation)
        expectNoInjectedLine(email)
        let message = Message(bytes: email)
        #expect(message.bcc.isEmpty)
        #expect(message.from.first?.displayName == "X Bcc: evil@example.com")
        #expect(message.from.first?.addrSpec == "nathan@example.com")
        #expect(message.to.map(\.addrSpec) == ["dana@example.org"])
        let calendar = try #require(message.leafParts.first { $0.contentType.mediaType == "text/calendar" }?.body)
        expectNoInjectedLine(calendar)
        #expect(ICalendarLint.check(calendar) == [])
        expectNoInjectedLine(try render("text", invitation).filter { $0 != 0x0D })
    }

    @Test("an invalid invitee address is refused, naming the field")
    func invalidAddress() throws {
        var invitation = try base()
        invitation.invitees[0].email = "dana@example.org\r\nBcc: evil@example.com"
        let error = #expect(throws: InvitationRenderError.self) { try render("email", invitation) }
        #expect(error?.code == .invalidMessage)
        #expect(error?.subject == "To")
        #expect(error?.description.contains("\n") == false)
        invitation = try base()
        invitation.host?.email = "not an address"
        let from = #expect(throws: InvitationRenderError.self) { try render("email", invitation) }
        #expect(from?.subject == "From")
        invitation.host = nil
        let missing = #expect(throws: InvitationRenderError.self) { try render("email", invitation) }
        #expect(missing?.code == .missingOrganizer)
    }

    @Test("an invalid address never reaches the .ics as a new line")
    func invalidAddressInCalendar() throws {
        var invitation = try base()
        invitation.invitees[0].email = "dana@example.org\r\nBcc: evil@example.com"
        let ics = try render("ics", invitation)
        expectNoInjectedLine(ics)
    }

    @Test("</script><script> in the title and description is escaped in HTML", arguments: ["html", "email"])
    func scriptInjection(target: String) throws {
        var invitation = try base()
        invitation.title = "</script><script>alert(1)</script>"
        invitation.description = "Hello</script><script>alert('x')</script>\n<img src=x onerror=alert(1)>"
        invitation.invitees[0].name = "<b onmouseover=\"alert(1)\">Dana</b>"
        invitation.conference?.url = "javascript:alert(1)"
        var html = try render(target, invitation)
        if target == "email" {
            let part = try #require(Message(bytes: html).leafParts.first { $0.contentType.mediaType == "text/html" })
            html = part.body ?? []
        }
        let text = string(html).lowercased()
        #expect(!text.contains("<script"))
        #expect(!text.contains("</script"))
        #expect(!text.contains("<img"))
        #expect(!text.contains("<b "))
        #expect(!text.contains("href=\"javascript"))
        #expect(text.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(text.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("mustache tags in values are printed, not evaluated")
    func templateInjection() throws {
        var invitation = try base()
        invitation.title = "{{#labels}}{{when}}{{/labels}} {{{description}}}"
        let text = string(try render("text", invitation))
        #expect(text.contains("{{#labels}}{{when}}{{/labels}} {{{description}}}"))
    }

    @Test("a 10,000-character title folds into short encoded lines and survives intact")
    func longTitle() throws {
        var invitation = try base()
        let title = String(repeating: "Très long titre ", count: 625)
        invitation.title = title
        let email = try render("email", invitation)
        for line in lines(email) { #expect(line.utf8.count <= 79) }
        let message = Message(bytes: email)
        #expect(message.subject?.hasPrefix("Invitation: " + title.dropLast()) == true)
        let calendar = try #require(message.leafParts.first { $0.contentType.mediaType == "text/calendar" }?.body)
        #expect(ICalendarLint.check(calendar) == [])
        #expect(
            try ICalendar.parse(calendar).calendars.first?.events.first?.summary == title.dropLast().description + " ")
        let unbroken = String(repeating: "x", count: 10_000)
        invitation.title = unbroken
        let again = try render("email", invitation)
        for line in lines(again) { #expect(line.utf8.count <= 79) }
        #expect(Message(bytes: again).subject?.contains(unbroken) == true)
    }
}
