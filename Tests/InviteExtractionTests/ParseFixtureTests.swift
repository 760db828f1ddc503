import Foundation
import InviteExtraction
import InviteModel
import InviteTestSupport
import Testing

/// Runs `invite parse`'s pipeline on every fixture that has an `.expected.json` and checks the facts it asserts.
///
/// A `.parse.expected.json` beside it wins: the HTML fixtures' `.expected.json` is what schema.org alone gives,
/// and the pipeline may add what prose reads (an agenda under a "Programme" heading).
@Suite struct ParseFixtureTests {
    static let fixtures: [Fixture] = ["mime", "ics", "html", "prose", "cli"].flatMap {
        Fixture.all(in: $0, extensions: ["eml", "ics", "html", "txt"]).filter { expectation(for: $0) != nil }
    }

    static func expectation(for fixture: Fixture) -> URL? {
        [".parse.expected.json", ".expected.json"].map { fixture.sibling($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test("parse output holds every expected fact", arguments: fixtures)
    func parse(_ fixture: Fixture) throws {
        let document = try InvitationExtractor(options: ExtractionOptions(referenceDate: referenceDate(for: fixture)))
            .document(for: fixture.bytes())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let actual = try JSONFacts.object(encoder.encode(document))
        let expected = try JSONFacts.object(Data(contentsOf: #require(Self.expectation(for: fixture))))
        // An expected array holds the invitations alone (the iCalendar and HTML fixtures' form).
        let problems =
            expected is [Any]
            ? JSONFacts.mismatches(
                expected: expected, actual: (actual as? [String: Any])?["invitations"] ?? [], path: "$.invitations")
            : JSONFacts.mismatches(expected: expected, actual: actual)
        #expect(problems.isEmpty, Comment(rawValue: "\(fixture):\n" + problems.joined(separator: "\n")))
    }

    /// A fixture may pin "now" in a sibling `.reference-date` file (one ISO 8601 line).
    private func referenceDate(for fixture: Fixture) -> InvitationTime? {
        guard let text = try? String(contentsOf: fixture.sibling(".reference-date"), encoding: .utf8) else {
            return nil
        }
        return InvitationTime(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
