import Foundation
import InviteMIME
import Testing

@Suite struct WriterTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                result.append(String(decoding: bytes[start..<i], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    /// Every line ends in CRLF, has no bare CR or LF, and is at most 78 characters.
    private func expectWellFormed(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at \(i)", sourceLocation: sourceLocation) }
            if b == 0x0D {
                #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A, "bare CR", sourceLocation: sourceLocation)
            }
            #expect(b < 0x80, "8-bit byte at \(i)", sourceLocation: sourceLocation)
        }
        for line in lines(bytes) {
            #expect(line.utf8.count <= 79, "line too long: \(line)", sourceLocation: sourceLocation)
        }
    }

    private func headerLines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        for line in lines(bytes) {
            if line == "\r" { break }
            result.append(line)
        }
        return result
    }

    private func simple(_ configure: (inout OutgoingMessage) -> Void) throws -> [UInt8] {
        var message = OutgoingMessage(body: .text("Hello\n"))
        message.from = [Mailbox(displayName: nil, addrSpec: "a@example.com")]
        configure(&message)
        return try message.serialized()
    }

    @Test("plain ASCII subject is written as is")
    func plainSubject() throws {
        let bytes = try simple { $0.subject = "Team meeting" }
        #expect(headerLines(bytes).contains("Subject: Team meeting\r"))
        #expect(Message(bytes: bytes).subject == "Team meeting")
    }

    @Test(
        "non-ASCII subject uses encoded words that decode back",
        arguments: [
            "Réunion de l'industrie", "会議の招待状: 第3四半期の計画について話し合いましょう、よろしくお願いします",
            "Über 🎉 emoji 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉 party", "a  é  b", " lead and trail é ",
            "=?UTF-8?Q?fake?= word", String(repeating: "x", count: 300), String(repeating: "é", count: 100),
        ])
    func encodedSubject(subject: String) throws {
        let bytes = try simple { $0.subject = subject }
        expectWellFormed(bytes)
        let decoded = Message(bytes: bytes).subject
        let trimmed = subject.trimmingSpaces
        #expect(decoded?.trimmingSpaces == trimmed)
        for line in headerLines(bytes) {
            var rest = Substring(line)
            while let start = rest.range(of: "=?") {
                let tail = rest[start.lowerBound...]
                guard let end = tail.dropFirst(2).range(of: "?=") else { break }
                let word = tail[..<end.upperBound]
                #expect(word.utf8.count <= 75, "encoded word longer than 75: \(word)")
                rest = tail[end.upperBound...]
            }
        }
    }

    @Test("shorter of Q and B is chosen per word")
    func qOrB() throws {
        let mostlyASCII = try simple { $0.subject = "Réunion" }
        #expect(text(mostlyASCII).contains("=?UTF-8?Q?R=C3=A9union?="))
        let short = try simple { $0.subject = "café" }
        #expect(text(short).contains("=?UTF-8?B?Y2Fmw6k=?="))
        let allJapanese = try simple { $0.subject = "会議" }
        #expect(text(allJapanese).contains("=?UTF-8?B?5Lya6K2w?="))
    }

    @Test("CR and LF in a subject can never start a new header")
    func injectedSubject() throws {
        let bytes = try simple { $0.subject = "X\r\nBcc: evil@example.com\nX-Evil: 1\rY" }
        expectWellFormed(bytes)
        let message = Message(bytes: bytes)
        #expect(message.bcc.isEmpty)
        #expect(message.headers.first("X-Evil") == nil)
        #expect(message.subject == "X Bcc: evil@example.com X-Evil: 1 Y")
        for line in headerLines(bytes) { #expect(!line.hasPrefix("Bcc")) }
    }

    @Test("display names are quoted, escaped or encoded")
    func displayNames() throws {
        let people = [
            Mailbox(displayName: "Doe, Jane", addrSpec: "jane@example.com"),
            Mailbox(displayName: "Bob \"The Builder\" \\o/", addrSpec: "bob@example.com"),
            Mailbox(displayName: "Zoë Ångström", addrSpec: "zoe@example.org"),
            Mailbox(displayName: "Plain Name", addrSpec: "plain@example.org"),
            Mailbox(displayName: "Evil\r\nBcc: evil@example.com", addrSpec: "evil@example.org"),
            Mailbox(displayName: nil, addrSpec: "bare@example.org"),
        ]
        let bytes = try simple { $0.to = people }
        expectWellFormed(bytes)
        let header = headerLines(bytes).joined(separator: "\n").replacingOccurrences(of: "\r\n ", with: " ")
        #expect(header.contains("To: \"Doe, Jane\" <jane@example.com>,"))
        #expect(header.contains("\"Bob \\\"The Builder\\\" \\\\o/\""))
        #expect(header.contains("Plain Name <plain@example.org>"))
        let parsed = Message(bytes: bytes)
        #expect(parsed.bcc.isEmpty)
        #expect(parsed.to.map(\.addrSpec) == people.map(\.addrSpec))
        #expect(parsed.to[0].displayName == "Doe, Jane")
        #expect(parsed.to[1].displayName == "Bob \"The Builder\" \\o/")
        #expect(parsed.to[2].displayName == "Zoë Ångström")
        #expect(parsed.to[4].displayName == "Evil Bcc: evil@example.com")
    }

    @Test(
        "invalid addresses are refused, naming the field",
        arguments: [
            "no-at-sign", "two@@example.com", "a b@example.com", "a@example.com\r\nBcc: evil@example.com",
            "a@", "@example.com", "a..b@example.com", "é@example.com", "<a@example.com>",
        ])
    func invalidAddress(address: String) {
        let error = #expect(throws: MIMEWriterError.self) {
            try simple { $0.cc = [Mailbox(displayName: "X", addrSpec: address)] }
        }
        #expect(error?.code == .invalidAddress)
        #expect(error?.field == "Cc")
        #expect(error?.description.contains("\r") == false)
    }

    @Test("invalid field names and message IDs are refused")
    func invalidFields() {
        let name = #expect(throws: MIMEWriterError.self) {
            try simple { $0.headers = [OutgoingHeader("X-Bad\r\nBcc", "v")] }
        }
        #expect(name?.code == .invalidFieldName)
        let id = #expect(throws: MIMEWriterError.self) {
            try simple { $0.messageID = "<abc@example.com>\r\nBcc: x@example.com" }
        }
        #expect(id?.code == .invalidMessageID)
        #expect(id?.field == "Message-ID")
        let type = #expect(throws: MIMEWriterError.self) {
            try simple { $0.body = MIMEWriterPart(mediaType: "text/plain\r\nBcc: x", content: .body([])) }
        }
        #expect(type?.code == .invalidMediaType)
    }

    @Test("long address lists fold at 78 characters and unfold to the same list")
    func folding() throws {
        let people = (0..<12).map { Mailbox(displayName: "Person Number \($0)", addrSpec: "person\($0)@example.com") }
        let bytes = try simple { $0.to = people }
        expectWellFormed(bytes)
        #expect(headerLines(bytes).count > 4)
        #expect(Message(bytes: bytes).to == people)
    }

    @Test("Date is written in RFC 5322 §3.3 form with its own offset")
    func date() throws {
        let date = MailDate(secondsSince1970: 1_535_140_800, utcOffsetSeconds: -7 * 3600)
        #expect(date.rfc5322Text == "Fri, 24 Aug 2018 13:00:00 -0700")
        #expect(MailDate(secondsSince1970: 0, utcOffsetSeconds: 0).rfc5322Text == "Thu, 1 Jan 1970 00:00:00 +0000")
        #expect(MailDate(secondsSince1970: -1, utcOffsetSeconds: 5400).rfc5322Text == "Thu, 1 Jan 1970 01:29:59 +0130")
        let bytes = try simple {
            $0.date = date
            $0.messageID = "abc.def@example.com"
        }
        let message = Message(bytes: bytes)
        #expect(message.date?.secondsSince1970 == 1_535_140_800)
        #expect(message.messageID == "<abc.def@example.com>")
        #expect(headerLines(bytes).contains("MIME-Version: 1.0\r"))
    }

    @Test("seeded Message-IDs and boundaries are reproducible")
    func reproducible() throws {
        #expect(
            OutgoingMessage.makeMessageID(domain: "example.com", seed: 7)
                == OutgoingMessage.makeMessageID(domain: "example.com", seed: 7))
        #expect(
            OutgoingMessage.makeMessageID(domain: "example.com", seed: 7)
                != OutgoingMessage.makeMessageID(domain: "example.com", seed: 8))
        let body = MIMEWriterPart.multipart("mixed", [.text("a"), .text("b")])
        let one = try OutgoingMessage(body: body, boundarySeed: 42).serialized()
        let two = try OutgoingMessage(body: body, boundarySeed: 42).serialized()
        let three = try OutgoingMessage(body: body).serialized()
        #expect(one == two)
        #expect(one != three)
    }

    @Test(
        "quoted-printable keeps lines at 76 and decodes back",
        arguments: [
            "short line\n", String(repeating: "é", count: 200) + "\n", String(repeating: "a", count: 300),
            "trailing space \nand tab\t\n=equals= at 75" + String(repeating: "=", count: 80),
            "From the start\n.dot line\n", "mixed\r\nline\rbreaks\n",
        ])
    func quotedPrintable(input: String) {
        let encoded = QuotedPrintable.encode(text: Array(input.utf8))
        expectWellFormed(encoded)
        for line in lines(encoded) { #expect(line.utf8.count <= 77) }
        let decoded = QuotedPrintable.decode(encoded).bytes
        #expect(text(decoded) == normalizedBreaks(input))
    }

    private func normalizedBreaks(_ s: String) -> String {
        var out: [UInt8] = []
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            if b[i] == 0x0D || b[i] == 0x0A {
                out += [0x0D, 0x0A]
                i += (b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A) ? 2 : 1
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("mostly-ASCII text gets quoted-printable, other text and binary base64")
    func encodingChoice() throws {
        let parts: [MIMEWriterPart] = [
            .text("Bonjour à tous\n"), .text(String(repeating: "日本語", count: 20)),
            .attachment([0, 1, 2, 255], mediaType: "application/octet-stream", filename: "x.bin"),
        ]
        let bytes = try OutgoingMessage(body: .multipart("mixed", parts), boundarySeed: 1).serialized()
        let message = Message(bytes: bytes)
        #expect(message.leafParts.map(\.transferEncoding) == ["quoted-printable", "base64", "base64"])
        #expect(message.leafParts[2].body == [0, 1, 2, 255])
        #expect(message.leafParts[1].decodedText()?.text == String(repeating: "日本語", count: 20))
    }

    @Test("non-ASCII file names use RFC 2231")
    func filename() throws {
        let part = MIMEWriterPart.attachment(
            [1], mediaType: "application/pdf", filename: "Ordre du jour – réunion très importante de l'équipe.pdf")
        let bytes = try OutgoingMessage(body: part).serialized()
        expectWellFormed(bytes)
        #expect(text(bytes).contains("filename*0*=UTF-8''"))
        #expect(Message(bytes: bytes).root.filename == "Ordre du jour – réunion très importante de l'équipe.pdf")
    }

    @Test("round trip through Message(bytes:): headers, addresses, parts, decoded bodies")
    func roundTrip() throws {
        let html = "<p>Bonjour <b>Zoë</b></p>\n"
        let calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
        let body = MIMEWriterPart.multipart(
            "mixed",
            [
                .multipart(
                    "alternative",
                    [
                        .text("Bonjour Zoë\nÀ vendredi.\n"), .text(html, subtype: "html"),
                        .text(calendar, subtype: "calendar", parameters: [MIMEParameter("method", "REQUEST")]),
                    ]),
                .attachment(
                    Array(calendar.utf8), mediaType: "application/ics", filename: "invite.ics",
                    parameters: [MIMEParameter("name", "invite.ics")]),
            ])
        var message = OutgoingMessage(body: body, boundarySeed: 99)
        message.from = [Mailbox(displayName: "Organisatrice Émilie", addrSpec: "emilie@example.com")]
        message.to = [Mailbox(displayName: "Doe, Jane", addrSpec: "jane@example.com")]
        message.cc = [Mailbox(displayName: nil, addrSpec: "bob@example.org")]
        message.subject = "Invitation : réunion de l'industrie"
        message.date = MailDate(secondsSince1970: 1_534_868_000, utcOffsetSeconds: 7200)
        message.messageID = "<seed.1@example.com>"
        let bytes = try message.serialized()
        expectWellFormed(bytes)
        let parsed = Message(bytes: bytes)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.subject == message.subject)
        #expect(parsed.from == message.from)
        #expect(parsed.to == message.to)
        #expect(parsed.cc == message.cc)
        #expect(parsed.messageID == "<seed.1@example.com>")
        #expect(parsed.date?.secondsSince1970 == 1_534_868_000)
        let leaves = parsed.leafParts
        #expect(leaves.map(\.contentType.mediaType) == ["text/plain", "text/html", "text/calendar", "application/ics"])
        #expect(leaves[0].decodedText()?.text == "Bonjour Zoë\r\nÀ vendredi.\r\n")
        #expect(leaves[1].decodedText()?.text == "<p>Bonjour <b>Zoë</b></p>\r\n")
        #expect(leaves[2].decodedText()?.text == calendar)
        #expect(leaves[2].contentType.parameter("method") == "REQUEST")
        #expect(leaves[3].body == Array(calendar.utf8))
        #expect(leaves[3].filename == "invite.ics")
        #expect(leaves[3].isAttachment)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
