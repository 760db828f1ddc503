import InviteMIME
import Testing

@Suite struct EncodedWordTests {
    @Test(
        "RFC 2047 words decode; whitespace between adjacent words is dropped",
        arguments: [
            ("=?ISO-8859-1?Q?Andr=E9?= Pirard", "André Pirard"),
            ("=?utf-8?B?UsOpdW5pb24=?= =?utf-8?Q?_demain?=", "Réunion demain"),
            ("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)", "(ab)"),
            ("=?ISO-8859-1?Q?a?=  \r\n   =?ISO-8859-1?Q?b?=", "ab"),
            ("=?ISO-8859-1?Q?a_b?=", "a b"),
            ("=?utf-8?q?caf=C3?= =?utf-8?q?=A9?=", "café"),  // a UTF-8 sequence split across two words
            ("=?utf-8?B?w6k=?= plain =?utf-8?B?w6k=?=", "é plain é"),
            ("=?utf-8*fr?Q?=C3=A9t=C3=A9?=", "été"),
            ("=?koi8-r?B?8NLJ18XU?=", "Привет"),
            ("=?iso-2022-jp?B?GyRCJEskWyRzGyhC?=", "にほん"),
            ("=?utf-8?Q?broken", "=?utf-8?Q?broken"),  // malformed words stay readable
            ("=?x-unknown?Q?abc?=", "abc"),
            ("Réunion d'équipe", "Réunion d'équipe"),  // RFC 6532 UTF-8 header
        ] as [(String, String)]
    )
    func decode(_ raw: String, _ expected: String) {
        #expect(EncodedWord.decode(Array(raw.utf8)) == expected)
    }

    @Test("8-bit Latin-1 header bytes fall back to windows-1252")
    func legacyBytes() {
        #expect(EncodedWord.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80]) == "Café €")
    }
}

@Suite struct ContentTypeTests {
    @Test("RFC 2231 continuations, charset and percent-encoding, out of order")
    func rfc2231() throws {
        let raw =
            "application/x-stuff; title*2=\"isn't it!\"; title*0*=us-ascii'en'This%20is%20even%20more%20;\r\n title*1*=%2A%2A%2Afun%2A%2A%2A%20"
        let type = try #require(ContentTypeParser.parseContentType(Array(raw.utf8)))
        #expect(type.mediaType == "application/x-stuff")
        #expect(type.parameter("title") == "This is even more ***fun*** isn't it!")
    }

    @Test("broken name=\"=?utf-8?...?=\" parameters are decoded")
    func encodedWordInParameter() throws {
        let type = try #require(
            ContentTypeParser.parseContentType(
                Array("text/calendar; name=\"=?utf-8?B?UsOpdW5pb24uaWNz?=\"; method=REQUEST".utf8))
        )
        #expect(type.parameter("name") == "Réunion.ics")
        #expect(type.parameter("METHOD") == "REQUEST")
    }

    @Test("quoted values with escapes and semicolons; unquoted values with spaces")
    func quoting() throws {
        let type = try #require(
            ContentTypeParser.parseContentType(Array("Multipart/Mixed; boundary=\"a;b\\\"c\"; x=some value ; y=1".utf8))
        )
        #expect(type.mediaType == "multipart/mixed")
        #expect(type.parameter("boundary") == "a;b\"c")
        #expect(type.parameter("x") == "some value")
        #expect(type.parameter("y") == "1")
    }

    @Test("RFC 2231 file names in Content-Disposition")
    func disposition() {
        let d = ContentTypeParser.parseContentDisposition(
            Array("attachment; filename*=UTF-8''r%C3%A9union%20%C3%A9t%C3%A9.ics".utf8))
        #expect(d.isAttachment)
        #expect(d.filename == "réunion été.ics")
    }
}

@Suite struct AddressTests {
    private func mailboxes(_ raw: String) -> [String] {
        AddressParser.parse(Array(raw.utf8)).flatMap(\.mailboxes).map {
            "\($0.displayName ?? "-")|\($0.addrSpec ?? "-")"
        }
    }

    @Test(
        "address lists",
        arguments: [
            ("\"Doe, Jane\" <jane@example.com>, bob@example.org", ["Doe, Jane|jane@example.com", "-|bob@example.org"]),
            ("=?utf-8?Q?Fran=C3=A7ois_Dupont?= <f@example.fr>", ["François Dupont|f@example.fr"]),
            (
                "Team: a@example.com, \"B\" <b@example.com>;, c@example.com",
                ["-|a@example.com", "B|b@example.com", "-|c@example.com"]
            ),
            ("undisclosed-recipients:;", []),
            ("jdoe@example.com (John Doe)", ["John Doe|jdoe@example.com"]),
            ("<@relay.example.net:joe@example.com>", ["-|joe@example.com"]),
            ("joe @ example . com", ["-|joe@example.com"]),
            ("a@example.com b@example.com", ["-|a@example.com", "-|b@example.com"]),
            (
                "Broken <unterminated@example.com, ok@example.com",
                ["Broken|unterminated@example.com", "-|ok@example.com"]
            ),
            ("\"Unclosed <x@example.com>, y@example.com", ["Unclosed|x@example.com", "-|y@example.com"]),
            ("Jörg Müller <jörg@bücher.example>", ["Jörg Müller|jörg@bücher.example"]),
            ("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>", ["Pete|pete@silly.test"]),
            (",,a@example.com,,", ["-|a@example.com"]),
        ] as [(String, [String])]
    )
    func parse(_ raw: String, _ expected: [String]) {
        #expect(mailboxes(raw) == expected)
    }
}

@Suite struct DateTests {
    @Test(
        "RFC 5322 and obsolete dates",
        arguments: [
            ("Tue, 21 Aug 2018 09:12:00 -0700", "2018-08-21T09:12:00-07:00"),
            ("21 Aug 2018 09:12 -0700 (PDT)", "2018-08-21T09:12:00-07:00"),
            ("Fri, 21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06Z"),
            ("Thu, 13 Feb 69 23:32:54 -0330", "1969-02-13T23:32:54-03:30"),
            ("Mon, 1 Jan 01 00:00:00 EST", "2001-01-01T00:00:00-05:00"),
            ("Wed, 5 Sep 2018 14:00:00 +0200 (CEST) extra words", "2018-09-05T14:00:00+02:00"),
            ("5 Sep 2018 14:00:00 PDT", "2018-09-05T14:00:00-07:00"),
            ("Sat, 03 Mar 2018 10:00:00 Z", "2018-03-03T10:00:00Z"),
            ("Sat, 03 Mar 2018 10:00:00 A", "2018-03-03T10:00:00Z"),
            ("2018-08-21 09:12:00 +0200", "2018-08-21T09:12:00+02:00"),
            ("Tuesday, August 21, 2018 9:12:00 -0700", "2018-08-21T09:12:00-07:00"),
        ] as [(String, String)]
    )
    func parse(_ raw: String, _ expected: String) {
        #expect(DateParser.parse(Array(raw.utf8))?.description == expected)
    }

    @Test("no date in garbage")
    func garbage() {
        #expect(DateParser.parse(Array("not a date".utf8)) == nil)
        #expect(DateParser.parse(Array("99 Foo 2018 99:99".utf8)) == nil)
    }
}
