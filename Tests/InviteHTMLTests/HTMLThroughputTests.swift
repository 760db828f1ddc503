import Foundation
import InviteHTML
import InviteTestSupport
import Testing

/// A manual measurement, not a check: `INVITE_HTML_BENCH=1 swift test -c release --filter HTMLThroughput`.
@Suite struct HTMLThroughputTests {
    /// A generated document of paragraphs and small tables, the same one the Python comparison builds.
    static func generatedDocument(bytes: Int) -> String {
        var html = "<html><body><h1>Start</h1>"
        let row = "<tr><td>Row</td><td>Some value &amp; more text in a cell</td></tr>"
        let paragraph = "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit, sed do eiusmod.</p>\n"
        var count = 0
        while html.utf8.count < bytes {
            html += count % 10 == 0 ? "<table>" + row + row + "</table>" : paragraph
            count += 1
        }
        return html + "<p>The end marker</p></body></html>"
    }

    @Test(
        "throughput of HTML to structured text (prints MB/s)",
        .enabled(if: ProcessInfo.processInfo.environment["INVITE_HTML_BENCH"] == "1")
    )
    func throughput() throws {
        let fixtures = try Fixture.all(in: "html", extensions: ["html"]).map { try $0.bytes() }
        let big = Array(Self.generatedDocument(bytes: 6_000_000).utf8)
        func measure(_ name: String, _ documents: [[UInt8]], rounds: Int) {
            var bytes = 0
            var blocks = 0
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for _ in 0..<rounds {
                    for d in documents {
                        let text = HTMLReader.read(d, charset: nil)
                        blocks &+= text.plainText.utf8.count
                        bytes += d.count
                    }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let mb = Double(bytes) / 1_000_000
            print("HTML throughput \(name): \(mb) MB in \(seconds) s = \(mb / seconds) MB/s (\(blocks) chars out)")
        }
        measure("fixtures", fixtures, rounds: 300)
        measure("generated 6 MB", [big], rounds: 5)
    }
}
