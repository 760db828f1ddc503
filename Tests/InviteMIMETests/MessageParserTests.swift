import Foundation
import InviteMIME
import InviteTestSupport
import Testing

@Suite struct MessageParserTests {
    private func parse(_ text: String) -> Message { Message(bytes: Array(text.utf8)) }

    @Test("headers unfold, keep duplicates in order, keep raw bytes")
    func headers() {
        let m = parse("Subject: a long\r\n  folded subject\r\nReceived: one\r\nReceived: two\r\n\r\nbody")
        #expect(m.subject == "a long  folded subject")
        #expect(m.headers.all("received").map(\.value) == ["one", "two"])
        #expect(m.headers.first("Subject")?.rawValue == Array(" a long\r\n  folded subject".utf8))
        #expect(m.text() == "body")
    }

    @Test("nested multiparts, preamble and epilogue, boundary look-alikes")
    func multipart() {
        let m = parse(
            """
            Content-Type: multipart/mixed; boundary=outer\r
            \r
            preamble --outer not a delimiter\r
            --outer\r
            Content-Type: multipart/alternative; boundary="inner"\r
            \r
            --inner\r
            Content-Type: text/plain\r
            \r
            plain --outer-lookalike\r
            --outer-lookalike\r
            --inner\r
            Content-Type: text/html\r
            \r
            <p>html</p>\r
            --inner--\r
            --outer\r
            Content-Type: text/calendar; method=REQUEST; charset=UTF-8\r
            \r
            BEGIN:VCALENDAR\r
            --outer--\r
            epilogue\r
            """
        )
        #expect(m.leafParts.map(\.contentType.mediaType) == ["text/plain", "text/html", "text/calendar"])
        #expect(m.text() == "plain --outer-lookalike\r\n--outer-lookalike")
        #expect(m.diagnostics.isEmpty)
    }

    @Test("a missing final boundary keeps the last part and warns")
    func missingClose() {
        let m = parse("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nfirst\r\n--b\r\n\r\nsecond, cut off")
        #expect(
            m.leafParts.compactMap { $0.body.map { String(decoding: $0, as: UTF8.self) } } == [
                "first", "second, cut off",
            ])
        #expect(m.diagnostics.contains { $0.message.contains("close delimiter") })
    }

    @Test("message/rfc822 parts are parsed recursively and their parts listed")
    func attachedMessage() {
        let inner = "From: Ann <ann@example.com>\r\nSubject: Inner\r\nContent-Type: text/plain\r\n\r\nhello"
        let m = parse(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nsee below\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n\(inner)\r\n--b--\r\n"
        )
        #expect(m.leafParts.count == 2)
        guard case .multipart(let children) = m.root.content, children.count == 2,
            case .message(let attached) = children[1].content
        else {
            Issue.record("no attached message")
            return
        }
        #expect(attached.subject == "Inner")
        #expect(attached.from.first?.displayName == "Ann")
        #expect(m.text() == "see below")
    }

    @Test("a header block without a blank line ends at the first non-header line")
    func missingBlankLine() {
        let m = parse("Subject: hi\r\nthis is the body\r\n")
        #expect(m.subject == "hi")
        #expect(m.text() == "this is the body\r\n")
        #expect(!m.diagnostics.isEmpty)
    }

    @Test("HTML-only mail gives readable text")
    func htmlText() {
        let m = parse(
            "Content-Type: text/html; charset=utf-8\r\n\r\n<html><style>p{}</style><p>Caf&eacute;&nbsp;at <b>noon</b></p><p>Bring &amp; share</p></html>"
        )
        #expect(m.text() == "Café at noon\nBring & share")
    }
}

@Suite struct RobustnessTests {
    @Test("random bytes never crash")
    func randomBytes() {
        var generator = SplitMix64(seed: 42)
        for length in [0, 1, 2, 10, 100, 1000, 10_000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = Message(bytes: bytes).text()
            }
        }
    }

    @Test("every truncation of a multipart message parses")
    func truncations() {
        let full = Array(
            "From: a@example.com\r\nSubject: =?utf-8?Q?caf=C3=A9?=\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9=\r\n\r\n--b\r\nContent-Type: application/octet-stream; name*=utf-8''%C3%A9.bin\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n--b--\r\n"
                .utf8
        )
        for n in 0...full.count {
            let m = Message(bytes: Array(full[0..<n]))
            _ = m.text()
            _ = m.leafParts.map(\.filename)
        }
    }

    @Test("100,000 nested multiparts end in a depth warning, not a stack overflow")
    func deepNesting() {
        var text = ""
        for level in 0..<100_000 { text += "Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n" }
        text += "\r\ninnermost"
        let m = Message(bytes: Array(text.utf8))
        #expect(m.diagnostics.contains { $0.message.contains("nesting deeper") })
    }

    @Test("a 10 MB header line is truncated with a warning")
    func hugeHeader() {
        var bytes = Array("Subject: ".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
        bytes += Array("\r\nFrom: a@example.com\r\n\r\nbody".utf8)
        let m = Message(bytes: bytes)
        #expect(m.from.first?.addrSpec == "a@example.com")
        #expect((m.subject?.utf8.count ?? 0) <= MIMEParserLimits().maxHeaderBytes)
        #expect(m.diagnostics.contains { $0.message.contains("truncated") })
        #expect(m.text() == "body")
    }

    @Test("a huge number of sibling parts stops at the part limit")
    func manyParts() {
        var text = "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        for _ in 0..<12_000 { text += "--b\r\n\r\nx\r\n" }
        text += "--b--\r\n"
        let m = Message(bytes: Array(text.utf8))
        #expect(m.leafParts.count < 10_001)
        #expect(m.diagnostics.contains { $0.message.contains("parts") })
    }
}

/// A small deterministic generator so random tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct MIMEFixtureTextTests {
    static let fixtures = Fixture.all(in: "mime", extensions: ["eml"]).filter {
        FileManager.default.fileExists(atPath: $0.sibling(".expected.txt").path)
    }

    @Test("the readable text of every MIME fixture", arguments: fixtures)
    func text(_ fixture: Fixture) throws {
        let message = Message(bytes: try fixture.bytes())
        let expected = try String(contentsOf: fixture.sibling(".expected.txt"), encoding: .utf8)
        #expect(normalize(message.text() ?? "") == normalize(expected))
    }

    private func normalize(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "\r\n", with: "\n")
        while t.last?.isWhitespace == true { t.removeLast() }
        return t
    }
}
