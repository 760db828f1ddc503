import InviteHTML
import InviteTestSupport
import Testing

@Suite struct HTMLReaderTests {
    @Test("reads a paragraph")
    func paragraph() {
        let text = HTMLReader.read("<p>Hello <b>world</b></p>")
        #expect(text.plainText == "Hello world\n")
        #expect(text.blocks == [.paragraph("Hello world")])
    }

    @Test("white space collapses; no-break and zero-width spaces are handled; entities decode")
    func whitespace() {
        let d = HTMLReader.read("<p>  a \n\t b&nbsp;&nbsp;c&zwnj;d &lt;tag&gt; &eacute;&#233;&#xE9; x&shy;y</p>")
        #expect(d.blocks == [.paragraph("a b cd <tag> ééé xy")])
    }

    @Test("<pre> keeps its lines and spaces")
    func pre() {
        let d = HTMLReader.read("<pre>line 1\n  indented</pre>")
        #expect(d.blocks == [.paragraph("line 1\n  indented")])
    }

    @Test("headings carry their level")
    func headings() {
        let d = HTMLReader.read("<h1>One</h1><h3>Three<br>more</h3>")
        #expect(d.blocks == [.heading(level: 1, text: "One"), .heading(level: 3, text: "Three more")])
    }

    @Test("ordered lists honour start and value; nesting gives levels")
    func lists() {
        let d = HTMLReader.read("<ol start=4><li>a<li value=9>b<ul><li>c</ul><li>d</ol>")
        #expect(
            d.blocks == [
                .listItem(marker: .number(4), level: 1, text: "a"), .listItem(marker: .number(9), level: 1, text: "b"),
                .listItem(marker: .bullet, level: 2, text: "c"), .listItem(marker: .number(10), level: 1, text: "d"),
            ]
        )
        #expect(d.plainText == "4. a\n9. b\n  - c\n10. d\n")
    }

    @Test(
        "label/value lines, tables and definition lists become pairs",
        arguments: [
            ("<p><b>When:</b> Monday<br><b>Where:</b> Room 1</p>", "When: Monday\nWhere: Room 1\n"),
            ("<p><b>Lieu :</b></p><p>Salle 3</p>", "Lieu: Salle 3\n"),
            ("<table><tr><td>Ort</td><td>Berlin</td></tr></table>", "Ort: Berlin\n"),
            ("<table><tr><th>Dónde</th><td>Madrid</td></tr></table>", "Dónde: Madrid\n"),
            ("<dl><dt>Wann</dt><dd>Montag</dd></dl>", "Wann: Montag\n"),
            ("<p>Time: 10:00</p>", "Time: 10:00\n"),
            ("<p>See https://x.example.com</p>", "See https://x.example.com\n"),
            ("<table><tr><td>a</td><td>b</td><td>c</td></tr></table>", "a | b | c\n"),
        ])
    func pairs(_ pair: (String, String)) {
        #expect(HTMLReader.read(pair.0).plainText == pair.1)
    }

    @Test("a sentence with a colon is not a pair")
    func notAPair() {
        let d = HTMLReader.read("<p>Dear all: please come.</p>")
        #expect(d.blocks == [.paragraph("Dear all: please come.")])
    }

    @Test("links keep text and target; the target is shown when the text differs")
    func links() {
        let d = HTMLReader.read(
            "<p><a href=' https://a.example.com/x '>Join</a> <a href='https://b.example.com'>https://b.example.com</a> "
                + "<a href='mailto:x@example.com?subject=Hi'>Xavier</a> <a href='#top'>top</a> <a href='tel:+15550100'>call</a></p>"
        )
        #expect(
            d.links == [
                HTMLLink(text: "Join", href: "https://a.example.com/x"),
                HTMLLink(text: "https://b.example.com", href: "https://b.example.com"),
                HTMLLink(text: "Xavier", href: "mailto:x@example.com?subject=Hi"),
                HTMLLink(text: "call", href: "tel:+15550100"),
            ]
        )
        #expect(
            d.plainText
                == "Join <https://a.example.com/x> https://b.example.com Xavier <x@example.com> top call\n"
        )
    }

    @Test("hidden content, head, styles, scripts and tracking pixels are dropped")
    func dropped() {
        let d = HTMLReader.read(
            "<head><title>T</title><style>p{}</style></head><body><div hidden>h1</div><p style='DISPLAY: None'>h2</p>"
                + "<span style='visibility:hidden'>h3</span><script>s()</script><p>shown<img src=p width=1 height=1></p></body>"
        )
        #expect(d.plainText == "shown\n")
    }

    @Test("charset: the caller's, then <meta>, then sniffing")
    func charsets() {
        let latin1: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(HTMLReader.read(latin1, charset: "iso-8859-1").plainText == "café\n")
        #expect(HTMLReader.read(latin1, charset: nil).plainText == "café\n")
        let meta =
            Array("<meta charset=\"windows-1252\"><p>".utf8) + [0x80, 0x20, 0x93, 0x71, 0x94] + Array("</p>".utf8)
        #expect(HTMLReader.read(meta, charset: nil).plainText == "€ “q”\n")
        let utf8 = Array("<meta charset=iso-8859-1><p>café</p>".utf8)
        #expect(HTMLReader.read(utf8, charset: "utf-8").plainText == "café\n")
        #expect(HTMLReader.read(utf8, charset: "us-ascii").plainText == "café\n")
        let koi8: [UInt8] = Array("<p>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p>".utf8)
        #expect(HTMLReader.read(koi8, charset: "KOI8-R").plainText == "Привет\n")
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("<p>hé</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(HTMLReader.read(utf16, charset: nil).plainText == "hé\n")
        let unknown = HTMLReader.read(Array("<p>x</p>".utf8), charset: "x-no-such-charset")
        #expect(unknown.plainText == "x\n")
        #expect(unknown.warnings.contains { $0.contains("unknown charset") })
        let invalid = HTMLReader.read(Array("<p>a".utf8) + [0xFF] + Array("b</p>".utf8), charset: "utf-8")
        #expect(invalid.plainText == "a\u{FFFD}b\n")
    }

    @Test("Outlook list paragraphs become list items with Word's own markers")
    func msoLists() {
        let d = HTMLReader.read(
            "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span><![endif]>Item<o:p></o:p></p>"
        )
        #expect(d.blocks == [.listItem(marker: .number(2), level: 2, text: "Item")])
    }

    @Test("layout tables with one filled cell per row read as their content")
    func layoutTables() {
        let d = HTMLReader.read(
            "<table><tr><td></td><td><h2>Title</h2><p>Body</p></td></tr><tr><td><table><tr><td>Wo:</td><td>Hier</td></tr></table></td></tr></table>"
        )
        #expect(
            d.blocks == [.heading(level: 2, text: "Title"), .paragraph("Body"), .keyValue(label: "Wo", value: "Hier")])
    }
}

@Suite struct HTMLConcurrencyTests {
    @Test("documents read concurrently give the same results as read one by one")
    func concurrent() async throws {
        let documents = try Fixture.all(in: "html", extensions: ["html"]).map { try $0.bytes() }
        let expected = documents.map { HTMLReader.read($0, charset: nil) }
        let results = await withTaskGroup(of: (Int, HTMLDocumentText).self) { group in
            for round in 0..<4 {
                for (i, d) in documents.enumerated() {
                    group.addTask { (i + round * documents.count, HTMLReader.read(d, charset: nil)) }
                }
            }
            var all: [Int: HTMLDocumentText] = [:]
            for await (i, text) in group { all[i] = text }
            return all
        }
        for (i, text) in results { #expect(text == expected[i % documents.count]) }
    }
}

@Suite struct HTMLOutlookTests {
    @Test("MsoNormal paragraphs are lines; an empty one (and only that) separates paragraphs; <o:p> is inline")
    func msoNormal() {
        let d = HTMLReader.read(
            "<div><p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Morgan<o:p></o:p></p>"
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Next</p></div>"
        )
        #expect(d.blocks == [.paragraph("Kind regards,\nMorgan"), .paragraph("Next")])
    }
}
