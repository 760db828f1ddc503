import Foundation
import InviteExtraction
import InviteHTML
import InviteModel
import InviteTestSupport
import Testing

@Suite struct SchemaOrgSourceTests {
    static let fixtures = Fixture.all(in: "html", extensions: ["html"]).filter {
        FileManager.default.fileExists(atPath: $0.sibling(".expected.json").path) || shouldUpdateGolden
    }

    static func encode(_ invitations: [Invitation]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(invitations), as: UTF8.self) + "\n"
    }

    @Test("schema.org fixtures give the expected invitations", arguments: fixtures)
    func invitations(_ fixture: Fixture) throws {
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        let invitations = SchemaOrgSource.invitations(from: document.events)
        let url = fixture.sibling(".expected.json")
        if shouldUpdateGolden {
            if !invitations.isEmpty { try Data(try Self.encode(invitations).utf8).write(to: url) }
            return
        }
        #expect(try Self.encode(invitations) == String(contentsOf: url, encoding: .utf8))
    }

    @Test("every invitation from schema.org says so and has no method")
    func source() {
        let event = SchemaOrgEvent(syntax: .jsonLD, type: "Event", name: "x", startDate: "2026-01-02")
        let invitation = SchemaOrgSource.invitation(from: event)
        #expect(invitation.source == .schemaOrg)
        #expect(invitation.method == nil)
        #expect(invitation.isAllDay)
        #expect(invitation.start == InvitationTime(year: 2026, month: 1, day: 2))
    }

    @Test(
        "event status maps to RFC 5545 STATUS",
        arguments: [
            ("EventCancelled", "CANCELLED"), ("EventScheduled", "CONFIRMED"), ("EventPostponed", "TENTATIVE"),
            ("EventRescheduled", "CONFIRMED"), ("EventMovedOnline", "CONFIRMED"),
        ])
    func status(_ pair: (String, String)) {
        let event = SchemaOrgEvent(syntax: .microdata, type: "Event", eventStatus: pair.0)
        #expect(SchemaOrgSource.invitation(from: event).status == pair.1)
    }

    @Test(
        "dates: offsets, floating, fractional seconds, basic format",
        arguments: [
            ("2026-03-14T19:00:00+01:00", "2026-03-14T19:00:00+01:00"),
            ("2026-03-14T19:00", "2026-03-14T19:00:00"),
            ("2026-03-14T18:00:00.000Z", "2026-03-14T18:00:00Z"),
            ("20260310T150000Z", "2026-03-10T15:00:00Z"),
            ("20260310", "2026-03-10"),
        ])
    func dates(_ pair: (String, String)) {
        #expect(SchemaOrgSource.parseTime(pair.0)?.description == pair.1)
    }

    @Test("unparsable dates are kept as evidence, not guessed")
    func badDate() {
        let event = SchemaOrgEvent(syntax: .jsonLD, type: "Event", startDate: "next Tuesday")
        let invitation = SchemaOrgSource.invitation(from: event)
        #expect(invitation.start == nil)
        #expect(invitation.evidence["start"] == "next Tuesday")
    }
}
