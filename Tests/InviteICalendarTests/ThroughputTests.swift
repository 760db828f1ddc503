import Foundation
import InviteICalendar
import InviteTestSupport
import Testing

/// A rough throughput check (`INVITE_BENCH=1 [INVITE_BENCH_DIR=dir] swift test -c release --filter ThroughputTests`).
///
/// The real benchmark lives in `Benchmarks/`; this one only prints MB/s for parse + write of the fixtures
/// repeated to about 5,000 calendars.
@Suite struct ThroughputTests {
    @Test(
        "parse and re-write about 5,000 calendars",
        .enabled(if: ProcessInfo.processInfo.environment["INVITE_BENCH"] == "1", "set INVITE_BENCH=1 to run")
    )
    func throughput() throws {
        var files = try Fixture.all(in: "ics", extensions: ["ics"]).map { try $0.bytes() }
        if let dir = ProcessInfo.processInfo.environment["INVITE_BENCH_DIR"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".ics") }
                .sorted()
            files = try names.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + $0))) }
        }
        var corpus: [[UInt8]] = []
        while corpus.count < 5000 { corpus.append(contentsOf: files) }
        let total = corpus.reduce(0) { $0 + $1.count }
        let writer = ICalendarWriter(
            now: ICalendar.DateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 0, zone: .utc))
        var best = Double.infinity
        var parseOnly = Double.infinity
        var checksum = 0
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            for bytes in corpus {
                let r = try ICalendar.parse(bytes)
                checksum &+= r.calendars.count
            }
            let t1 = DispatchTime.now().uptimeNanoseconds
            for bytes in corpus {
                let r = try ICalendar.parse(bytes)
                var out: [UInt8] = []
                for c in r.calendars { writer.write(c, into: &out) }
                checksum &+= out.count
            }
            let t2 = DispatchTime.now().uptimeNanoseconds
            parseOnly = min(parseOnly, Double(t1 - t0) / 1e9)
            best = min(best, Double(t2 - t1) / 1e9)
        }
        let mb = Double(total) / 1e6
        print(
            "ICS throughput: \(corpus.count) files, \(String(format: "%.1f", mb)) MB; parse \(String(format: "%.1f", mb / parseOnly)) MB/s; parse+write \(String(format: "%.1f", mb / best)) MB/s (checksum \(checksum))"
        )
        #expect(checksum > 0)
    }
}
