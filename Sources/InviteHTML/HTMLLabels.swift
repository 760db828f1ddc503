/// Labels that introduce a value in invitation mail ("When:", "Lieu :", "Wann:"), lower case.
///
/// English, French, German, Spanish, Italian, Dutch and Portuguese.
enum HTMLLabels {
    static let known: Set<String> = [
        // English
        "when", "where", "date", "time", "date and time", "date & time", "date/time", "location", "venue",
        "place", "agenda", "topic", "subject", "organizer", "organiser", "host", "hosted by", "attendees",
        "participants", "guests", "invitees", "who", "dial-in", "dial in", "join", "join online", "meeting link",
        "meeting id", "passcode", "password", "duration", "address", "room", "start", "end", "starts", "ends",
        "start time", "end time", "what", "joining info", "join info", "online meeting", "event", "title", "calendar",
        "speaker", "speakers", "rsvp",
        // French
        "quand", "où", "lieu", "heure", "horaire", "horaires", "ordre du jour", "sujet", "objet", "organisateur",
        "organisatrice", "salle", "adresse", "début", "fin", "qui", "invités", "durée", "lien", "thème",
        // German
        "wann", "wo", "ort", "datum", "uhrzeit", "zeit", "tagesordnung", "thema", "betreff", "veranstalter",
        "organisator", "teilnehmer", "raum", "beginn", "ende", "wer", "dauer", "treffpunkt",
        // Spanish
        "cuándo", "cuando", "dónde", "donde", "lugar", "fecha", "hora", "orden del día", "tema", "asunto",
        "organizador", "organizadora", "participantes", "sala", "dirección", "inicio", "quién", "duración",
        // Italian, Dutch, Portuguese
        "quando", "dove", "luogo", "data", "ora", "wanneer", "waar", "locatie", "tijd", "onde", "local",
    ]

    /// Whether `text` (without its colon) is a known label.
    static func isKnown(_ text: String) -> Bool {
        known.contains(text.lowercased())
    }

    /// Splits `Label: value` when the label is known; `value` may be empty ("When:" alone on a line).
    static func split(line: String) -> (label: String, value: String)? {
        let utf8 = line.utf8
        var colon: String.Index?
        var n = 0
        for i in utf8.indices {
            if utf8[i] == UInt8(ascii: ":") {
                colon = i
                break
            }
            n += 1
            if n > 32 { return nil }
        }
        guard let colon else { return nil }
        var label = Substring(line[..<colon])
        while label.last == " " { label = label.dropLast() }
        guard !label.isEmpty, isKnown(String(label)) else { return nil }
        var value = Substring(line[line.utf8.index(after: colon)...])
        while value.first == " " { value = value.dropFirst() }
        // "Time: 10:00" must not be read as label "Time: 10"; a URL scheme is not a label either.
        if value.hasPrefix("//") { return nil }
        return (String(label), String(value))
    }
}
