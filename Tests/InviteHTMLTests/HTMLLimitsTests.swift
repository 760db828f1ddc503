import Foundation
import InviteHTML
import InviteTestSupport
import Testing

/// Serialized so the memory measurement is not disturbed by the big documents of the other tests.
@Suite(.serialized) struct HTMLLimitsTests {
    /// Resident set size in bytes, from `/proc/self/statm` (second field, in pages).
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test("10,000 documents parsed: memory stays bounded (every document freed)")
    func memoryBounded() throws {
        let documents = try Fixture.all(in: "html", extensions: ["html"]).map { try $0.bytes() }
        try #require(!documents.isEmpty)
        var total = 0
        // Warm up allocator pools and caches first.
        for i in 0..<500 { total &+= HTMLReader.read(documents[i % documents.count], charset: nil).blocks.count }
        let before = try #require(Self.residentBytes())
        for i in 0..<10_000 { total &+= HTMLReader.read(documents[i % documents.count], charset: nil).blocks.count }
        let after = try #require(Self.residentBytes())
        let growth = after - before
        print("HTML memory: RSS \(before >> 10) KiB → \(after >> 10) KiB after 10,000 documents (\(total) blocks)")
        // Not freeing documents grows RSS by about 190 MiB here; other suites running in parallel add noise
        // of a few tens of MiB, so the bound sits between the two.
        #expect(growth < 64 << 20, "RSS grew by \(growth >> 20) MiB")
    }

    @Test("100,000 nested elements end with a warning, not a crash", arguments: ["div", "span", "li", "td"])
    func deepNesting(_ tag: String) {
        let depth = 100_000
        var html = "<html><body><p>top</p>"
        html.reserveCapacity(depth * 12)
        for _ in 0..<depth { html += "<\(tag)>x" }
        html += "deepest"
        for _ in 0..<depth { html += "</\(tag)>" }
        html += "<p>bottom</p></body></html>"
        let document = HTMLReader.read(html)
        let text = document.plainText
        #expect(text.hasPrefix("top"))
        // libxml2 stops at its own depth limit (256) and drops the rest; that is reported, not hidden.
        // (`li` and `td` auto-close their open siblings, so those documents stay shallow and are read to the end.)
        #expect(
            text.hasSuffix("bottom\n") || document.warnings.contains { $0.contains("stopped reading the HTML early") }
        )
    }

    @Test("depth beyond the limit is skipped and reported")
    func depthWarning() {
        var html = "<p>top</p>"
        for _ in 0..<50 { html += "<div>" }
        html += "hidden deep"
        let document = HTMLReader.read(html, limits: .init(maxDepth: 20))
        #expect(document.plainText == "top\n")
        #expect(document.warnings.contains { $0.contains("nested deeper than 20") })
    }

    @Test("a body of several megabytes is read to the end")
    func hugeBody() {
        var html = "<html><body><h1>Start</h1>"
        let row = "<tr><td>Row</td><td>Some value &amp; more text in a cell</td></tr>"
        let paragraph = "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit, sed do eiusmod.</p>\n"
        var count = 0
        while html.utf8.count < 6_000_000 {
            html += count % 10 == 0 ? "<table>" + row + row + "</table>" : paragraph
            count += 1
        }
        html += "<p>The end marker</p></body></html>"
        let document = HTMLReader.read(html)
        #expect(document.blocks.count >= count)
        #expect(document.plainText.hasSuffix("The end marker\n"))
        #expect(document.warnings.isEmpty)
    }

    @Test("input beyond maxBytes is cut, with a warning")
    func maxBytes() {
        let document = HTMLReader.read("<p>abc</p><p>def</p>", limits: .init(maxBytes: 10))
        #expect(document.plainText == "abc\n")
        #expect(!document.warnings.isEmpty)
    }

    @Test(
        "empty and binary input give an empty result, never a crash",
        arguments: [
            [], [0], [0xFF, 0xFE], [0xFE, 0xFF, 0, 0x3C], Array(repeating: 0x3C, count: 1000),
            [0x3C, 0x21, 0x2D, 0x2D],
            Array("<!DOCTYPE html [".utf8), Array("<script type=application/ld+json>{\"@type\":".utf8),
        ] as [[UInt8]])
    func garbage(_ bytes: [UInt8]) {
        _ = HTMLReader.read(bytes, charset: nil).plainText
    }
}
