import InviteModel

/// The words and date formats of one display language.
///
/// English and French are complete; German and Spanish cover the same keys. An unknown language
/// code falls back to English.
struct DisplayLanguage: Sendable {
    let code: String
    /// The ICU locale used for time zone names (`PDT` in `en_US`, `UTC−7` in `fr_FR`).
    let locale: String
    /// Sunday first.
    let weekdays: [String]
    let weekdaysPlural: [String]
    let months: [String]
    let labels: [String: String]
    let dateStyle: DateStyle
    let timeStyle: TimeStyle

    enum DateStyle { case english, french, german, spanish }
    enum TimeStyle { case colon, frenchH }

    static func forCode(_ code: String?) -> DisplayLanguage {
        let lower = String((code ?? "en").lowercased().prefix(2))
        switch lower {
        case "fr": return .french
        case "de": return .german
        case "es": return .spanish
        default: return .english
        }
    }

    /// `Friday 24 August 2018`, `vendredi 24 août 2018`, `Freitag, 24. August 2018`, `viernes, 24 de agosto de 2018`.
    func date(year: Int, month: Int, day: Int) -> String {
        let weekday = weekdays[Self.weekday(year: year, month: month, day: day)]
        let monthName = months[max(0, min(11, month - 1))]
        switch dateStyle {
        case .english: return "\(weekday) \(day) \(monthName) \(year)"
        case .french: return "\(weekday) \(day == 1 ? "1er" : String(day)) \(monthName) \(year)"
        case .german: return "\(weekday), \(day). \(monthName) \(year)"
        case .spanish: return "\(weekday), \(day) de \(monthName) de \(year)"
        }
    }

    /// `13:00` or `13 h`, `13 h 30`.
    func time(hour: Int, minute: Int) -> String {
        switch timeStyle {
        case .colon: return Self.pad(hour) + ":" + Self.pad(minute)
        case .frenchH: return minute == 0 ? "\(hour) h" : "\(hour) h \(Self.pad(minute))"
        }
    }

    /// The separator of a time range: `13:00–15:00` but `13 h – 15 h`.
    var rangeSeparator: String { timeStyle == .frenchH ? " – " : "–" }

    func label(_ key: String) -> String { labels[key] ?? DisplayLanguage.english.labels[key] ?? key }

    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let days = InvitationTime.daysSince1970(year: year, month: month, day: day)
        return ((days % 7) + 11) % 7
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }

    // MARK: - Packs

    static let english = DisplayLanguage(
        code: "en", locale: "en_US",
        weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        weekdaysPlural: ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"],
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        labels: [
            "invitation": "Invitation", "cancelled": "Cancelled", "invitationHeading": "You are invited",
            "cancelledHeading": "This event has been cancelled", "when": "When", "where": "Where",
            "host": "Organizer", "invitees": "Guests", "agenda": "Agenda", "join": "Join", "dialIn": "Dial in",
            "meetingID": "Meeting ID", "passcode": "Passcode", "repeats": "Repeats", "description": "Details",
            "required": "required", "optional": "optional", "allDay": "all day", "untitled": "(no title)",
            "replyHint": "Reply from your calendar to let the organizer know whether you can come.",
            "and": "and", "colon": ":",
        ],
        dateStyle: .english, timeStyle: .colon)

    static let french = DisplayLanguage(
        code: "fr", locale: "fr_FR",
        weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        weekdaysPlural: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
        labels: [
            "invitation": "Invitation", "cancelled": "Annulé", "invitationHeading": "Vous êtes invité(e)",
            "cancelledHeading": "Cet événement a été annulé", "when": "Quand", "where": "Où",
            "host": "Organisateur", "invitees": "Invités", "agenda": "Ordre du jour", "join": "Rejoindre",
            "dialIn": "Par téléphone", "meetingID": "ID de réunion", "passcode": "Code secret",
            "repeats": "Périodicité", "description": "Détails", "required": "obligatoire", "optional": "facultatif",
            "allDay": "toute la journée", "untitled": "(sans titre)",
            "replyHint": "Répondez depuis votre agenda pour indiquer à l'organisateur si vous pourrez venir.",
            "and": "et", "colon": "\u{202F}:",
        ],
        dateStyle: .french, timeStyle: .frenchH)

    static let german = DisplayLanguage(
        code: "de", locale: "de_DE",
        weekdays: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        weekdaysPlural: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        months: [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember",
        ],
        labels: [
            "invitation": "Einladung", "cancelled": "Abgesagt", "invitationHeading": "Sie sind eingeladen",
            "cancelledHeading": "Dieser Termin wurde abgesagt", "when": "Wann", "where": "Wo",
            "host": "Organisator", "invitees": "Gäste", "agenda": "Tagesordnung", "join": "Teilnehmen",
            "dialIn": "Einwahl", "meetingID": "Meeting-ID", "passcode": "Kenncode", "repeats": "Wiederholung",
            "description": "Details", "required": "erforderlich", "optional": "optional", "allDay": "ganztägig",
            "untitled": "(ohne Titel)",
            "replyHint": "Antworten Sie in Ihrem Kalender, damit der Organisator weiß, ob Sie kommen.",
            "and": "und", "colon": ":",
        ],
        dateStyle: .german, timeStyle: .colon)

    static let spanish = DisplayLanguage(
        code: "es", locale: "es_ES",
        weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
        weekdaysPlural: ["domingos", "lunes", "martes", "miércoles", "jueves", "viernes", "sábados"],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
        labels: [
            "invitation": "Invitación", "cancelled": "Cancelado", "invitationHeading": "Está invitado",
            "cancelledHeading": "Este evento se ha cancelado", "when": "Cuándo", "where": "Dónde",
            "host": "Organizador", "invitees": "Invitados", "agenda": "Orden del día", "join": "Unirse",
            "dialIn": "Por teléfono", "meetingID": "ID de reunión", "passcode": "Código", "repeats": "Se repite",
            "description": "Detalles", "required": "obligatorio", "optional": "opcional", "allDay": "todo el día",
            "untitled": "(sin título)",
            "replyHint": "Responda desde su calendario para que el organizador sepa si puede asistir.",
            "and": "y", "colon": ":",
        ],
        dateStyle: .spanish, timeStyle: .colon)
}
