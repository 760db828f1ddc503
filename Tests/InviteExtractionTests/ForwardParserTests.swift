import InviteModel
import Testing

@testable import InviteExtraction

@Suite struct ForwardParserTests {
    static let parser = ForwardParser(languagePacks: LanguagePack.builtin)

    struct Case: Sendable, CustomTestStringConvertible {
        var client: String
        var text: String
        var name: String?
        var email: String?
        var date: String?
        var subject: String?
        var testDescription: String { client }
    }

    static let cases: [Case] = [
        Case(
            client: "Gmail en",
            text: """
                FYI

                ---------- Forwarded message ---------
                From: Ann Lee <ann@example.com>
                Date: Fri, Aug 17, 2018 at 10:12 AM
                Subject: Lunch
                To: Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Lunch"),
        Case(
            client: "Gmail fr",
            text: """
                ---------- Message transféré ---------
                De : Ann Lee <ann@example.com>
                Date: ven. 17 août 2018 à 10:12
                Subject: Déjeuner
                To: <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Déjeuner"),
        Case(
            client: "Gmail de",
            text: """
                ---------- Weitergeleitete Nachricht ---------
                Von: Ann Lee <ann@example.com>
                Date: Fr., 17. Aug. 2018 um 10:12 Uhr
                Subject: Mittagessen
                To: <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Mittagessen"),
        Case(
            client: "Gmail es",
            text: """
                ---------- Mensaje reenviado ---------
                De: Ann Lee <ann@example.com>
                Date: vie, 17 ago 2018 a las 10:12
                Subject: Almuerzo
                To: <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Almuerzo"),
        Case(
            client: "Outlook desktop en",
            text: """
                -----Original Message-----
                From: Ann Lee <ann@example.com>
                Sent: Friday, August 17, 2018 10:12 AM
                To: Bo <bo@example.com>
                Subject: Lunch

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Lunch"),
        Case(
            client: "Outlook web en",
            text: """
                ________________________________
                From: Ann Lee <ann@example.com>
                Sent: Friday, August 17, 2018 10:12:00 AM
                To: Bo <bo@example.com>
                Subject: Lunch

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Lunch"),
        Case(
            client: "Outlook fr",
            text: """
                De : Ann Lee [mailto:ann@example.com]
                Envoyé : vendredi 17 août 2018 à 10:12
                À : Bo <bo@example.com>
                Objet : Déjeuner

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Déjeuner"),
        Case(
            client: "Outlook de",
            text: """
                Von: Ann Lee <ann@example.com>
                Gesendet: Freitag, 17. August 2018 10:12
                An: Bo <bo@example.com>
                Betreff: Mittagessen

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Mittagessen"),
        Case(
            client: "Outlook es",
            text: """
                De: Ann Lee <ann@example.com>
                Enviado: viernes, 17 de agosto de 2018 10:12
                Para: Bo <bo@example.com>
                Asunto: Almuerzo

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Almuerzo"),
        Case(
            client: "Outlook it",
            text: """
                Da: Ann Lee <ann@example.com>
                Inviato: venerdì 17 agosto 2018 10:12
                A: Bo <bo@example.com>
                Oggetto: Pranzo

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Pranzo"),
        Case(
            client: "Outlook pt",
            text: """
                De: Ann Lee <ann@example.com>
                Enviada em: sexta-feira, 17 de agosto de 2018 10:12
                Para: Bo <bo@example.com>
                Assunto: Almoço

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Almoço"),
        Case(
            client: "Outlook nl",
            text: """
                Van: Ann Lee <ann@example.com>
                Verzonden: vrijdag 17 augustus 2018 10:12
                Aan: Bo <bo@example.com>
                Onderwerp: Lunch

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Lunch"),
        Case(
            client: "Apple Mail en",
            text: """
                Begin forwarded message:

                From: Ann Lee <ann@example.com>
                Subject: Lunch
                Date: August 17, 2018 at 10:12:45 AM PDT
                To: Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:45-07:00", subject: "Lunch"),
        Case(
            client: "Apple Mail fr",
            text: """
                Début du message réexpédié :

                De: Ann Lee <ann@example.com>
                Objet: Déjeuner
                Date: 17 août 2018 à 10:12:45 UTC+2
                À: Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:45+02:00", subject: "Déjeuner"),
        Case(
            client: "Apple Mail de",
            text: """
                Anfang der weitergeleiteten Nachricht:

                Von: Ann Lee <ann@example.com>
                Betreff: Mittagessen
                Datum: 17. August 2018 um 10:12:45 MESZ
                An: Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:45+02:00",
            subject: "Mittagessen"),
        Case(
            client: "Thunderbird en",
            text: """
                -------- Forwarded Message --------
                Subject: 	Lunch
                Date: 	Fri, 17 Aug 2018 10:12:00 +0200
                From: 	Ann Lee <ann@example.com>
                To: 	Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00+02:00", subject: "Lunch"),
        Case(
            client: "Thunderbird de",
            text: """
                -------- Weitergeleitete Nachricht --------
                Betreff: 	Mittagessen
                Datum: 	Fri, 17 Aug 2018 10:12:00 +0200
                Von: 	Ann Lee <ann@example.com>
                An: 	Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00+02:00",
            subject: "Mittagessen"),
        Case(
            client: "Zimbra",
            text: """
                ----- Forwarded Message -----
                From: "Ann Lee" <ann@example.com>
                To: "Bo" <bo@example.com>
                Sent: Friday, August 17, 2018 10:12:05 AM
                Subject: Lunch

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:05", subject: "Lunch"),
        Case(
            client: "Proton",
            text: """
                ------- Forwarded Message -------
                From: Ann Lee <ann@example.com>
                Date: On Friday, August 17th, 2018 at 10:12 AM
                Subject: Lunch
                To: Bo <bo@example.com>

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00", subject: "Lunch"),
        Case(
            client: "Yahoo",
            text: """
                ----- Forwarded Message -----
                From: Ann Lee <ann@example.com>
                To: Bo <bo@example.com>
                Sent: Friday, August 17, 2018, 10:12:00 AM GMT+2
                Subject: Lunch

                BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00+02:00", subject: "Lunch"),
        Case(
            client: "quoted",
            text: """
                see below
                > ---------- Forwarded message ---------
                > From: Ann Lee <ann@example.com>
                > Date: Fri, 17 Aug 2018 10:12:00 -0700
                > Subject: Lunch
                >
                > BODY
                """, name: "Ann Lee", email: "ann@example.com", date: "2018-08-17T10:12:00-07:00", subject: "Lunch"),
    ]

    @Test("forward header blocks of each client", arguments: cases)
    func client(_ c: Case) throws {
        let unwrapped = Self.parser.unwrap(c.text)
        let first = try #require(unwrapped.chain.first)
        #expect(unwrapped.chain.count == 1)
        #expect(first.from?.name == c.name)
        #expect(first.from?.email == c.email)
        #expect(first.date?.description == c.date)
        #expect(first.subject == c.subject)
        #expect(unwrapped.body.trimmingSpaces == "BODY")
    }

    @Test("nested forwards come outermost first, the innermost body last")
    func nested() {
        let text = """
            ---------- Forwarded message ---------
            From: Bo <bo@example.com>
            Date: Sat, Aug 18, 2018 at 9:00 AM
            Subject: Fwd: Lunch

            ---------- Forwarded message ---------
            From: Ann Lee <ann@example.com>
            Date: Fri, Aug 17, 2018 at 10:12 AM
            Subject: Lunch

            Lunch on Monday?
            """
        let unwrapped = Self.parser.unwrap(text)
        #expect(unwrapped.chain.map { $0.from?.email } == ["bo@example.com", "ann@example.com"])
        #expect(unwrapped.body.trimmingSpaces == "Lunch on Monday?")
    }

    @Test("a lone From: line or a rule without headers is no forward")
    func notForwards() {
        #expect(Self.parser.unwrap("From: the desk of Ann\nHello").chain.isEmpty)
        #expect(Self.parser.unwrap("Notes\n______________________\nMore notes").chain.isEmpty)
    }

    @Test(
        "a reply attribution names the quoted text's author",
        arguments: [
            ("On Tue, Sep 10, 2024 at 9:00 AM Bob Smith <bob@example.com> wrote:", "Bob Smith", "bob@example.com"),
            (
                "Le mer. 28 févr. 2024 à 18:02, Lucía Ortega <lucia@example.es> a écrit :", "Lucía Ortega",
                "lucia@example.es"
            ),
            (
                "Am 28.02.2024 um 18:02 schrieb Anna Weber <anna.weber@example.de>:", "Anna Weber",
                "anna.weber@example.de"
            ),
            (
                "El mié, 28 feb 2024 a las 18:02, Lucía Ortega (<lucia@example.es>) escribió:", "Lucía Ortega",
                "lucia@example.es"
            ),
        ]
    )
    func attribution(_ line: String, _ name: String, _ email: String) {
        #expect(ForwardParser.attributionAuthor(line) == MailboxSummary(name: name, email: email))
    }

    @Test("mailboxes in their usual spellings")
    func mailboxes() {
        #expect(
            Self.parser.parseMailbox("\"Lee, Ann\" <ann@example.com>")
                == MailboxSummary(name: "Lee, Ann", email: "ann@example.com"))
        #expect(Self.parser.parseMailbox("ann@example.com") == MailboxSummary(name: nil, email: "ann@example.com"))
        #expect(
            Self.parser.parseMailbox("Ann Lee [mailto:ann@example.com]")
                == MailboxSummary(name: "Ann Lee", email: "ann@example.com"))
        #expect(Self.parser.parseMailboxList("\"Lee, Ann\" <ann@example.com>, Bo <bo@example.com>").count == 2)
        // Outlook's unquoted directory form: the surname before the comma belongs to the address after it.
        let directory = Self.parser.parseMailboxList(
            "Lehmann, Markus <m.lehmann@example.de>, Pohl, Jana <j.pohl@example.de>")
        #expect(directory.map(\.name) == ["Markus Lehmann", "Jana Pohl"])
        #expect(directory.map(\.email) == ["m.lehmann@example.de", "j.pohl@example.de"])
        // Two people, the first without an address, stay two.
        #expect(Self.parser.parseMailboxList("Anna, Ben <ben@example.com>").map(\.name) == ["Anna", "Ben"])
    }

    @Test("relative dates resolve against the forwarded message's own date, and the original sender hosts")
    func relativeToOriginal() {
        let text = """
            -----Original Message-----
            From: Ann Lee <ann@example.com>
            Sent: Friday, August 17, 2018 10:12 AM
            To: Bo <bo@example.com>
            Subject: Lunch

            Let's meet for lunch tomorrow at noon.
            """
        let context = ProseContext(
            from: Person(name: "Bo", email: "bo@example.com"),
            messageDate: InvitationTime(year: 2018, month: 8, day: 21, hour: 8, minute: 0, utcOffsetSeconds: 0))
        let result = ProseExtractor().extract(text: text, context: context)
        #expect(result.invitation?.start?.description == "2018-08-18T12:00:00Z")
        #expect(result.invitation?.host?.email == "ann@example.com")
        #expect(result.forwarded.count == 1)
    }
}
