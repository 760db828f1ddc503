import Foundation
import InviteModel
import InviteTestSupport
import Testing

@testable import InviteExtraction

/// The byte-level prefilter only saves work: every text it refuses, the full reading refuses too.
@Suite struct ProsePrefilterTests {
    static let filtered = ProseExtractor()
    static let unfiltered = ProseExtractor(usesPrefilter: false)
    static let parser = ForwardParser(languagePacks: LanguagePack.builtin)

    static func assertSameReading(_ body: String, _ context: ProseContext, _ name: String) {
        let fast = filtered.extract(text: body, context: context)
        let full = unfiltered.extract(text: body, context: context)
        #expect(fast.invitation == full.invitation, "\(name): the prefilter changed the reading")
        #expect(fast.language == full.language, "\(name)")
    }

    @Test(
        "prose and MIME fixtures read the same with and without the prefilter",
        arguments: Fixture.all(in: "prose", extensions: ["eml"]) + Fixture.all(in: "mime", extensions: ["eml"])
    )
    func fixtures(_ fixture: Fixture) throws {
        let message = ProseFixtureMessage(bytes: try fixture.bytes(), parser: Self.parser)
        Self.assertSameReading(message.body, message.context, fixture.name)
    }

    /// Receipts and near-receipts: the prefilter's receipt test must agree with the full one.
    static let receipts: [(String, String, Bool)] = [
        (
            "plain receipt",
            "Thank you for your order!\nOrder number: 88213\nShipped on Friday, March 8 at 10:15.\nSubtotal: 40.00\nTotal: 44.00\n",
            false
        ),
        (
            "receipt that invites",
            "Your order is confirmed. Total: 12.00 EUR.\nYou're invited to the launch party on Friday, March 8 at 6 pm at our store.\nInvoice attached.\n",
            true
        ),
        (
            "receipt with a host verb",
            "Anna Smith has invited you to the supplier meeting on Tuesday, March 12 at 10:00.\nInvoice 2291, payment due, total 300.00.\n",
            true
        ),
        (
            "French receipt",
            "Merci pour votre commande.\nNuméro de commande : 5521\nLivraison prévue vendredi 8 mars à 14h.\nMontant total : 30,00 €\n",
            false
        ),
        (
            "one receipt word only",
            "Team meeting on Thursday, March 7 at 3 pm in room 4B to review the invoice process.\n",
            true
        ),
    ]

    @Test("receipts are refused, invitations beside receipt words are not", arguments: 0..<receipts.count)
    func receipt(_ index: Int) {
        let (name, body, isInvitation) = Self.receipts[index]
        let context = ProseContext(
            subject: nil, referenceDate: InvitationTime(year: 2024, month: 3, day: 1))
        Self.assertSameReading(body, context, name)
        #expect((Self.filtered.extract(text: body, context: context).invitation != nil) == isInvitation, "\(name)")
    }
}

/// The scan hashes words eight ASCII letters at a time and accented letters one by one; either way a word
/// must hit the lexicon entry built from the pack.
@Suite struct ProseSignalHashTests {
    static let lexicon = SignalLexicon(packs: LanguagePack.builtin, stopwordsExcluded: [])

    static func signals(_ text: String) -> ProseSignals {
        var text = text
        return text.withUTF8 { ProseSignals(bytes: $0, lexicon: lexicon, languages: LanguagePack.builtin.count) }
    }

    @Test(
        "agenda headings of every length are seen",
        arguments: [
            "Agenda", "TAGESORDNUNG", "Tagesordnung:", "Ordre du jour :", "Orden del día:", "Ordine del giorno",
            "Pauta:", "Agendapunten",
        ]
    )
    func agendaHeading(_ heading: String) {
        #expect(Self.signals("Hello,\n\(heading)\n1. Budget\n2. Hiring\n").hasAgendaHeading, "\(heading)")
    }

    @Test("a word split across eight-byte chunks and accents hashes like the pack's")
    func chunkBoundaries() {
        // "Weitergeleitete" (15 letters) and "réexpédié" (accents after ASCII runs) start forward separators.
        #expect(Self.signals("---------- Weitergeleitete Nachricht ----------\nVon: A <a@example.de>\n").mayHoldForward)
        #expect(Self.signals("Début du message réexpédié :\nDe : A <a@example.fr>\n").mayHoldForward)
        #expect(Self.signals("Besprechung am Donnerstag.").hasEventDay)
        #expect(!Self.signals("Besprechungs am Donnerstagx.").hasEventDay)
    }

    @Test("a host verb of several words is seen whole, not by one common word of it")
    func hostVerbPhrases() {
        let receipt = "Your invoice is attached. The payment will reach us on Friday."
        let english = LanguagePack.builtin.firstIndex { $0.code == "en" }
        #expect(Self.signals(receipt).isReceipt(language: english, lexicon: Self.lexicon))
        let hosting = "Your invoice is attached. Nora will host the payment review on Friday."
        #expect(!Self.signals(hosting).isReceipt(language: english, lexicon: Self.lexicon))
        let german = "Rechnung und Zahlung: Anna hat uns eingeladen."
        #expect(!Self.signals(german).isReceipt(language: english, lexicon: Self.lexicon))
    }

    @Test("the lexicon's hash matches the scan's at every length")
    func lengths() {
        for length in 1...20 {
            let word = String(repeating: "a", count: length)
            #expect(SignalLexicon.hash(Array(word.utf8)) != SignalLexicon.hash(Array((word + "a").utf8)))
        }
        #expect(Self.signals("Réunion mercredi à 14h30.").hasClockTime)
        #expect(Self.signals("Reunião na quinta-feira às 9h.").hasDayWord)
    }
}
