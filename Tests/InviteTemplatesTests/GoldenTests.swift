import Foundation
import InviteModel
import InviteTemplates
import InviteTestSupport
import Testing

/// One golden output: a fixture invitation rendered to one target in one language.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    let fixture: String
    let target: String
    let language: String?
    var method: String? { fixture == "cancel" ? "CANCEL" : nil }
    var expectedName: String { [fixture, target, language].compactMap { $0 }.joined(separator: ".") + ".expected" }
    var testDescription: String { expectedName }

    static let fixtures = ["all-day", "cancel", "dst-meeting", "non-ascii", "recurring"]
    static let all: [GoldenCase] = fixtures.flatMap { fixture in
        ["text", "html", "email"].flatMap { target in
            ["en", "fr"].map { GoldenCase(fixture: fixture, target: target, language: $0) }
        } + [GoldenCase(fixture: fixture, target: "ics", language: nil)]
    }
}

@Suite struct GoldenTests {
    @Test("bundled templates match their golden output", arguments: GoldenCase.all)
    func golden(_ golden: GoldenCase) throws {
        let renderer = try InvitationRenderer()
        let invitation = try loadInvitation(golden.fixture)
        let output = try renderer.render(
            golden.target, invitation: invitation,
            options: goldenOptions(language: golden.language ?? "en", method: golden.method))
        let url = templateFixtures.appendingPathComponent(golden.expectedName)
        if shouldUpdateGolden {
            try Data(output).write(to: url)
            return
        }
        let expected = try [UInt8](Data(contentsOf: url))
        guard output != expected else { return }
        let got = lines(output)
        let want = lines(expected)
        let index = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        Issue.record(
            """
            \(golden.expectedName) differs at line \(index + 1) (rerun with INVITE_UPDATE_GOLDEN=1 and review the diff):
            got:      \(index < got.count ? got[index] : "<end>")
            expected: \(index < want.count ? want[index] : "<end>")
            """)
    }

    @Test("every bundled target is covered by a golden case")
    func coverage() throws {
        let targets = try InvitationRenderer().availableTargets
        #expect(Set(targets) == Set(GoldenCase.all.map(\.target)))
    }
}
