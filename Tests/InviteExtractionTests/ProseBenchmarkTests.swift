import Foundation
import InviteModel
import InviteTestSupport
import Testing

@testable import InviteExtraction

/// Throughput of the prose extractor over the fixtures; run with `PROSE_BENCH=1` (best with `-c release`).
@Suite struct ProseBenchmarkTests {
    @Test("prose extraction throughput (PROSE_BENCH=1)") func bench() throws {
        guard ProcessInfo.processInfo.environment["PROSE_BENCH"] == "1" else { return }
        let parser = ForwardParser(languagePacks: LanguagePack.builtin)
        let messages = try Fixture.all(in: "prose", extensions: ["eml"]).map {
            ProseFixtureMessage(bytes: try $0.bytes(), parser: parser)
        }
        let bytes = messages.reduce(0) { $0 + $1.body.utf8.count }
        let t0 = Date()
        let extractor = ProseExtractor()
        let initTime = Date().timeIntervalSince(t0)
        let rounds = 50
        let t1 = Date()
        var n = 0
        for _ in 0..<rounds {
            for m in messages { if extractor.extract(text: m.body, context: m.context).invitation != nil { n += 1 } }
        }
        let dt = Date().timeIntervalSince(t1)
        let per = dt / Double(rounds * messages.count) * 1e6
        print(
            "BENCH init \(String(format: "%.1f", initTime * 1000)) ms; \(messages.count) msgs, \(bytes) bytes; \(String(format: "%.1f", per)) µs/msg; \(String(format: "%.1f", Double(bytes * rounds) / dt / 1e6)) MB/s; \(n)"
        )
    }
}
