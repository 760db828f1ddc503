import InviteMIME
import Testing

@Suite struct BodyDecodingTests {
    @Test("base64 tolerates junk, line breaks and missing padding")
    func base64() {
        #expect(Base64.decode(Array("SGVs\r\nbG8".utf8)).bytes == Array("Hello".utf8))
        let junk = Base64.decode(Array("SGVs*bG8=".utf8))
        #expect(junk.bytes == Array("Hello".utf8))
        #expect(junk.hadJunk)
        #expect(Base64.decode(Base64.encode(Array(0...255))).bytes == Array(0...255))
    }

    @Test("quoted-printable: soft breaks, trailing whitespace, broken escapes kept")
    func quotedPrintable() {
        #expect(
            String(decoding: QuotedPrintable.decode(Array("Caf=C3=A9 =\r\nlatte  \r\nx".utf8)).bytes, as: UTF8.self)
                == "Café latte\r\nx")
        let broken = QuotedPrintable.decode(Array("100%=ZZ =4".utf8))
        #expect(String(decoding: broken.bytes, as: UTF8.self) == "100%=ZZ =4")
        #expect(broken.hadErrors)
        #expect(QuotedPrintable.decode(Array("soft=\nbreak".utf8)).bytes == Array("softbreak".utf8))
    }

    @Test(
        "charsets through fast paths and iconv",
        arguments: [
            ("iso-8859-1", [0x63, 0x61, 0x66, 0xE9], "café"),
            ("latin1", [0xE9], "é"),
            ("windows-1252", [0x80, 0x93, 0x94], "€“”"),
            ("iso-8859-15", [0xA4], "€"),
            ("iso-8859-2", [0xB1], "ą"),
            ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
            ("shift_jis", [0x82, 0xA0], "あ"),
            ("euc-jp", [0xA4, 0xA2], "あ"),
            ("gb2312", [0xC4, 0xE3, 0xBA, 0xC3], "你好"),
            ("big5", [0xA7, 0x41], "你"),
            ("euc-kr", [0xC7, 0xD1], "한"),
            ("ks_c_5601-1987", [0xC7, 0xD1], "한"),
            ("utf-7", Array("Hi Mom -+Jjo--!".utf8), "Hi Mom -☺-!"),
            ("windows-1251", [0xCF, 0xF0, 0xE8], "При"),
        ] as [(String, [UInt8], String)]
    )
    func charsets(_ label: String, _ bytes: [UInt8], _ expected: String) {
        let decoded = Charset.decode(bytes, label: label)
        #expect(decoded.text == expected)
        #expect(decoded.warning == nil)
    }

    @Test("undeclared 8-bit text is read as windows-1252 with a warning")
    func undeclared() {
        let decoded = Charset.decode([0x63, 0x61, 0x66, 0xE9], label: nil)
        #expect(decoded.text == "café")
        #expect(decoded.warning != nil)
    }

    @Test("invalid bytes in a multi-byte charset are replaced and reported")
    func invalidSequences() {
        let decoded = Charset.decode([0x41, 0xFF, 0xFF, 0x42], label: "shift_jis")
        #expect(decoded.text.hasPrefix("A"))
        #expect(decoded.text.hasSuffix("B"))
        #expect(decoded.warning != nil)
    }

    @Test(
        "format=flowed: soft breaks joined, stuffing and quote depth kept apart (RFC 3676)",
        arguments: [
            // §4.1: a trailing space is a soft break; a line without one ends the paragraph.
            (
                "We meet at the Example \r\nConvention Center.\r\nSee you!\r\n", false,
                "We meet at the Example Convention Center.\r\nSee you!\r\n"
            ),
            // §4.2: DelSp=yes removes the space that marked the break.
            ("Tagesord\u{20}\nnung\n", true, "Tagesordnung\n"),
            // §4.3: the signature separator is not flowed, nor joined to the line above.
            ("Thanks \n-- \nDana\n", false, "Thanks \n-- \nDana\n"),
            // §4.4: a stuffed space is removed; §4.5: quote depths do not join.
            (
                "> Lieu : salle \n> polyvalente\n>> older \nHi\n", false,
                "> Lieu : salle polyvalente\n>> older \nHi\n"
            ),
            (" From the top \nline\n>\n", false, "From the top line\n>\n"),
            // A flowed last line is fixed; no newline is added.
            ("end \nof text ", false, "end of text "),
        ])
    func formatFlowed(input: String, deleteSpace: Bool, expected: String) {
        #expect(FormatFlowed.unflow(input, deleteSpace: deleteSpace) == expected)
    }

    @Test("a format=flowed part decodes to its paragraphs")
    func flowedPart() {
        let raw = """
            Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r
            \r
            at the Exam \r
            ple Hall\r

            """
        let message = MessageParser().parse(Array(raw.utf8))
        #expect(message.root.decodedText()?.text == "at the Example Hall\r\n")
    }
}
