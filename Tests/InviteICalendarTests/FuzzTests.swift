import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

/// Mutated fixtures: reading, writing, linting and expanding never crash.
@Suite struct FuzzTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static let interesting: [[UInt8]] = [
        ":", ";", ",", "\"", "\\", "^", "\r\n", "\n ", "BEGIN:VEVENT\r\n", "END:VCALENDAR\r\n", "TZID=",
        "RRULE:FREQ=SECONDLY;INTERVAL=999999999999;BYSETPOS=-1\r\n", "99999999T999999", "-P99999999W",
        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31\r\n", "\u{00E9}", "\u{1F377}", "\0",
    ].map { Array($0.utf8) }

    @Test("mutated fixtures never crash", arguments: Fixture.all(in: "ics", extensions: ["ics"]))
    func mutations(_ fixture: Fixture) throws {
        let original = try fixture.bytes()
        var rng = Generator(state: UInt64(truncatingIfNeeded: original.count) &* 2_654_435_761)
        let from = Date(timeIntervalSince1970: 1_700_000_000)
        let to = Date(timeIntervalSince1970: 1_760_000_000)
        for _ in 0..<60 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: Self.interesting.randomElement(using: &rng) ?? [], at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
                }
            }
            guard let result = try? ICalendar.parse(bytes) else { continue }
            for cal in result.calendars {
                let written = ICalendarWriter.write(cal)
                _ = ICalendarLint.check(written)
                _ = try? ICalendar.parse(written)
                for e in cal.events { _ = e.occurrences(from: from, to: to, timeZones: cal.timeZones, limit: 500) }
                _ = ICalendar.makeReply(to: cal, attendee: "x@example.com", partStat: .declined)
            }
        }
    }
}
