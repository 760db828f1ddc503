import Foundation
import InviteModel
import InviteTestSupport
import Testing

@testable import InviteExtraction

@Suite struct ProseSeedTests {
    static let extractor = ProseExtractor()

    static func seedText() throws -> String {
        let url = Fixture.repositoryRoot.appendingPathComponent("Fixtures/prose/seed-fr-news.txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("the French news seed gives host, invitees, location, start, agenda and language")
    func seed() throws {
        let context = ProseContext(referenceDate: InvitationTime(year: 2018, month: 8, day: 21))
        let result = Self.extractor.extract(text: try Self.seedText(), context: context)
        #expect(result.language == "fr")
        let invitation = try #require(result.invitation)
        #expect(invitation.source == .text)
        #expect(invitation.host?.name == "Nathaniel Gleicher")
        #expect(invitation.host?.organization == "Facebook")
        #expect(invitation.host?.role == "responsable de la politique de cybersécurité")
        let orgs = invitation.invitees.compactMap(\.organization)
        #expect(orgs == ["Google", "Microsoft", "Snapchat"])
        #expect(invitation.location?.name == "siège de Twitter")
        #expect(invitation.location?.address == "centre-ville de San Francisco")
        #expect(invitation.start?.description == "2018-08-24")
        #expect(invitation.evidence["start"] == "vendredi")
        #expect(
            invitation.agenda == [
                "chaque entreprise présentera le travail qu’elle a réalisé pour contrer les opérations d’information",
                "il y aura une période de discussion pour les problèmes auxquels chaque entreprise est confrontée",
                "une discussion sur le point de savoir si une telle réunion devrait devenir un événement régulier",
            ])
        for key in ["host", "invitees", "location", "start", "agenda"] {
            #expect(invitation.evidence[key] != nil, "evidence \(key)")
        }
    }
}
