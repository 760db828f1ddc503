import Foundation
import InviteHTML
import InviteTestSupport
import Testing

@Suite struct HTMLFixtureTests {
    static let fixtures = Fixture.all(in: "html", extensions: ["html"])

    @Test("there are enough HTML fixtures")
    func count() {
        #expect(Self.fixtures.count >= 15)
    }

    @Test("structured text matches the expected text", arguments: fixtures)
    func plainText(_ fixture: Fixture) throws {
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        let expectedURL = fixture.sibling(".expected.txt")
        if shouldUpdateGolden {
            try Data(document.plainText.utf8).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(document.plainText == expected)
    }

    @Test("fixtures with an expected.json carry schema.org events, the others none", arguments: fixtures)
    func events(_ fixture: Fixture) throws {
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        let hasGolden = FileManager.default.fileExists(atPath: fixture.sibling(".expected.json").path)
        #expect(document.events.isEmpty != hasGolden)
    }
}
