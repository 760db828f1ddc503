import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

/// Every `.ics` fixture: parse → write → parse gives the same model, and what we write lints clean.
@Suite struct FixtureTests {
    static let fixtures = Fixture.all(in: "ics", extensions: ["ics"])
    static let writer = ICalendarWriter(
        now: ICalendar.DateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 0, zone: .utc))

    static func writeAll(_ calendars: [ICalendar]) -> [UInt8] {
        var out: [UInt8] = []
        for c in calendars { writer.write(c, into: &out) }
        return out
    }

    @Test("there are at least 15 fixtures")
    func enoughFixtures() {
        #expect(Self.fixtures.count >= 15)
    }

    @Test("parse → write → parse keeps the model; the output lints clean", arguments: fixtures)
    func roundTrip(_ fixture: Fixture) throws {
        let first = try ICalendar.parse(try fixture.bytes())
        let written = Self.writeAll(first.calendars)
        let problems = ICalendarLint.check(written)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let second = try ICalendar.parse(written)
        #expect(second.warnings.isEmpty, "\(second.warnings)")
        #expect(second.calendars == first.calendars.map { Self.writer.completed($0) })
        #expect(Self.writeAll(second.calendars) == written, "writing is not stable")
    }

    @Test("no crash on any truncation of a fixture", arguments: fixtures)
    func truncations(_ fixture: Fixture) throws {
        let bytes = try fixture.bytes()
        for end in stride(from: 0, through: bytes.count, by: 5) {
            do {
                let r = try ICalendar.parse(Array(bytes[0..<end]))
                _ = Self.writeAll(r.calendars)
            } catch {
                #expect(error.code == .notICalendar || error.code == .binaryInput)
            }
        }
    }

    @Test(
        "clean fixtures written by well-behaved clients parse without warnings",
        arguments: fixtures.filter { !$0.name.hasPrefix("broken") })
    func noWarnings(_ fixture: Fixture) throws {
        let r = try ICalendar.parse(try fixture.bytes())
        #expect(r.warnings.isEmpty, "\(r.warnings)")
    }

    @Test(
        "broken fixtures are read with warnings",
        arguments: fixtures.filter { $0.name.hasPrefix("broken") && !$0.name.contains("unknown") })
    func brokenWarn(_ fixture: Fixture) throws {
        let r = try ICalendar.parse(try fixture.bytes())
        #expect(!r.warnings.isEmpty)
        #expect(r.calendars.first?.events.count == 1)
    }
}
