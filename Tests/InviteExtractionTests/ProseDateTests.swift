import InviteModel
import Testing

@testable import InviteExtraction

/// The date and time grammar, phrase by phrase, against a reference of Tuesday 2018-08-21 (UTC).
@Suite struct ProseDateTests {
    static let extractor = ProseExtractor()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var start: String?
        var end: String? = nil
        var zone: String? = nil
        var testDescription: String { text }
    }

    static func read(_ text: String) -> Invitation? {
        extractor.extract(
            text: text, context: ProseContext(referenceDate: InvitationTime(year: 2018, month: 8, day: 21))
        ).invitation
    }

    static let cases: [Case] = [
        Case(text: "Meeting on 2018-08-24.", start: "2018-08-24"),
        Case(text: "Réunion le 24/08/2018.", start: "2018-08-24"),
        Case(text: "Meeting on 8/24/2018.", start: "2018-08-24"),
        Case(text: "Besprechung am 24.08.2018.", start: "2018-08-24"),
        Case(text: "Réunion le 24 août 2018.", start: "2018-08-24"),
        Case(text: "Meeting on August 24th.", start: "2018-08-24"),
        Case(text: "Réunion le 24 août.", start: "2018-08-24"),
        Case(text: "Besprechung am 24. August.", start: "2018-08-24"),
        Case(text: "Reunión el 24 de agosto de 2018.", start: "2018-08-24"),
        Case(text: "Riunione il 24 agosto.", start: "2018-08-24"),
        Case(text: "Reunião em 24 de agosto.", start: "2018-08-24"),
        Case(text: "Vergadering op 24 augustus.", start: "2018-08-24"),
        Case(text: "Réunion vendredi.", start: "2018-08-24"),
        Case(text: "Réunion mardi.", start: "2018-08-21"),
        Case(text: "Meeting next Tuesday.", start: "2018-08-28"),
        Case(text: "Meeting next Friday.", start: "2018-08-24"),
        Case(text: "Réunion demain.", start: "2018-08-22"),
        Case(text: "Besprechung übermorgen.", start: "2018-08-23"),
        Case(text: "Reunión pasado mañana.", start: "2018-08-23"),
        Case(text: "Réunion vendredi prochain.", start: "2018-08-24"),
        Case(text: "Besprechung am kommenden Montag.", start: "2018-08-27"),
        Case(text: "Meeting this coming Tuesday.", start: "2018-08-28"),
        Case(text: "Riunione venerdì prossimo.", start: "2018-08-24"),
        Case(text: "Reunião na próxima sexta-feira.", start: "2018-08-24"),
        Case(text: "Vergadering aanstaande vrijdag.", start: "2018-08-24"),
        Case(text: "Réunion vendredi à 14h30.", start: "2018-08-24T14:30:00Z"),
        Case(text: "Réunion vendredi à 14 h.", start: "2018-08-24T14:00:00Z"),
        Case(text: "Besprechung am Freitag um 14 Uhr.", start: "2018-08-24T14:00:00Z"),
        Case(text: "Reunión el viernes a las 4.", start: "2018-08-24T16:00:00Z"),
        Case(text: "Lunch on Friday at noon.", start: "2018-08-24T12:00:00Z"),
        Case(text: "Déjeuner vendredi à midi.", start: "2018-08-24T12:00:00Z"),
        Case(text: "Call on Friday at 3pm.", start: "2018-08-24T15:00:00Z"),
        Case(text: "Meeting Friday 15:00.", start: "2018-08-24T15:00:00Z"),
        Case(text: "Meeting Friday 2–3:30 pm.", start: "2018-08-24T14:00:00Z", end: "2018-08-24T15:30:00Z"),
        Case(text: "Réunion vendredi de 14h à 16h.", start: "2018-08-24T14:00:00Z", end: "2018-08-24T16:00:00Z"),
        // A "from" word before a range of days is a date, not the time range "17 to 19".
        Case(text: "Os invitamos a las jornadas del 17 al 19 de octubre.", start: "2018-10-17", end: "2018-10-19"),
        // "Mittwoch 17: …" labels a day of a programme; the colon starts no clock time.
        Case(text: "Einladung zur Tagung am Mittwoch 17: Empfang um 9 Uhr.", start: "2018-10-17T09:00:00Z"),
        Case(
            text: "Besprechung am Freitag von 10 bis 12 Uhr.", start: "2018-08-24T10:00:00Z",
            end: "2018-08-24T12:00:00Z"),
        Case(text: "Workshop on Friday from 9am to 5pm.", start: "2018-08-24T09:00:00Z", end: "2018-08-24T17:00:00Z"),
        Case(
            text: "Meeting on Friday at 10:00 for 90 minutes.", start: "2018-08-24T10:00:00Z",
            end: "2018-08-24T11:30:00Z"),
        Case(text: "Meeting on Friday at 10:00 (1 hour).", start: "2018-08-24T10:00:00Z", end: "2018-08-24T11:00:00Z"),
        Case(text: "Call on Friday at 10am PT.", start: "2018-08-24T10:00:00-07:00", zone: "America/Los_Angeles"),
        Case(text: "Call on Friday at 10am PST.", start: "2018-08-24T10:00:00-07:00", zone: "America/Los_Angeles"),
        Case(text: "Besprechung am Freitag um 10:00 CET.", start: "2018-08-24T10:00:00+02:00", zone: "Europe/Paris"),
        Case(
            text: "Réunion vendredi à 10h (heure de Paris).", start: "2018-08-24T10:00:00+02:00", zone: "Europe/Paris"),
        Case(
            text: "Call on Friday at 10am Eastern Time.", start: "2018-08-24T10:00:00-04:00", zone: "America/New_York"),
        Case(text: "Call on Friday at 10:00 UTC+2.", start: "2018-08-24T10:00:00+02:00"),
        Case(text: "Conference 14 to 16 October.", start: "2018-10-14", end: "2018-10-16"),
        Case(text: "Conférence du 14 au 16 octobre 2018.", start: "2018-10-14", end: "2018-10-16"),
        Case(text: "Konferenz vom 14. bis 16. Oktober.", start: "2018-10-14", end: "2018-10-16"),
        Case(text: "Conference October 14-16, 2018.", start: "2018-10-14", end: "2018-10-16"),
    ]

    @Test("dates, times, ranges, durations and zones", arguments: cases)
    func phrase(_ c: Case) throws {
        let invitation = try #require(Self.read(c.text))
        #expect(invitation.start?.description == c.start)
        #expect(invitation.end?.description == c.end)
        #expect(invitation.timeZone == c.zone)
    }

    @Test("an ambiguous numeric date warns")
    func ambiguous() {
        let result = Self.extractor.extract(
            text: "Meeting on 3/4/2019.", context: ProseContext(referenceDate: .init(year: 2018, month: 8, day: 21)))
        #expect(result.invitation?.start?.description == "2019-03-04")
        #expect(result.warnings.contains { $0.contains("ambiguous") })
        let fr = Self.extractor.extract(
            text: "Réunion le 3/4/2019.", context: ProseContext(referenceDate: .init(year: 2018, month: 8, day: 21)))
        #expect(fr.invitation?.start?.description == "2019-04-03")
    }

    @Test("--time-zone applies to times that name no zone, and wins over the Date: offset")
    func defaultZone() {
        let context = ProseContext(
            messageDate: .init(year: 2018, month: 8, day: 21, hour: 9, minute: 0, utcOffsetSeconds: -7 * 3600),
            timeZone: "Europe/Berlin")
        let result = Self.extractor.extract(text: "Meeting on Friday at 10:00.", context: context)
        #expect(result.invitation?.start?.description == "2018-08-24T10:00:00+02:00")
        #expect(result.invitation?.timeZone == nil)
    }

    @Test("a past meeting gives no invitation")
    func past() {
        #expect(Self.read("The meeting took place on 14 August 2018.") == nil)
        #expect(Self.read("Hier, la réunion a eu lieu au siège.") == nil)
    }

    @Test("text without any cue is skipped early")
    func bail() {
        #expect(Self.read("Hello there, how are things going with the garden and the dog") == nil)
    }
}
