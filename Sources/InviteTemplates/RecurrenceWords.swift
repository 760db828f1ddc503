/// Simple RRULEs in words ("Weekly on Tuesdays", "Toutes les 2 semaines le mardi"); nil when the
/// rule is more than FREQ, INTERVAL, weekly BYDAY, COUNT and UNTIL, so the caller shows the RRULE.
enum RecurrenceWords {
    static func describe(_ rule: String, pack: DisplayLanguage, startWeekday: Int?) -> String? {
        var parts: [String: String] = [:]
        for piece in rule.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            parts[pair[0].uppercased()] = String(pair[1]).uppercased()
        }
        guard let freq = parts.removeValue(forKey: "FREQ") else { return nil }
        let interval = parts.removeValue(forKey: "INTERVAL").flatMap { Int($0) } ?? 1
        guard interval >= 1 else { return nil }
        let count = parts.removeValue(forKey: "COUNT").flatMap { Int($0) }
        let until = parts.removeValue(forKey: "UNTIL")
        parts.removeValue(forKey: "WKST")
        var days: [Int] = []
        if let byDay = parts.removeValue(forKey: "BYDAY") {
            guard freq == "WEEKLY" else { return nil }
            let codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            for code in byDay.split(separator: ",") {
                guard let index = codes.firstIndex(of: String(code)) else { return nil }
                days.append(index)
            }
        }
        guard parts.isEmpty else { return nil }
        if freq == "WEEKLY", days.isEmpty, let startWeekday { days = [startWeekday] }

        var text: String
        switch (pack.code, freq) {
        case ("fr", "DAILY"): text = interval == 1 ? "Tous les jours" : "Tous les \(interval) jours"
        case ("fr", "WEEKLY"): text = interval == 1 ? "Chaque semaine" : "Toutes les \(interval) semaines"
        case ("fr", "MONTHLY"): text = interval == 1 ? "Chaque mois" : "Tous les \(interval) mois"
        case ("fr", "YEARLY"): text = interval == 1 ? "Chaque année" : "Tous les \(interval) ans"
        case ("de", "DAILY"): text = interval == 1 ? "Täglich" : "Alle \(interval) Tage"
        case ("de", "WEEKLY"): text = interval == 1 ? "Wöchentlich" : "Alle \(interval) Wochen"
        case ("de", "MONTHLY"): text = interval == 1 ? "Monatlich" : "Alle \(interval) Monate"
        case ("de", "YEARLY"): text = interval == 1 ? "Jährlich" : "Alle \(interval) Jahre"
        case ("es", "DAILY"): text = interval == 1 ? "Todos los días" : "Cada \(interval) días"
        case ("es", "WEEKLY"): text = interval == 1 ? "Todas las semanas" : "Cada \(interval) semanas"
        case ("es", "MONTHLY"): text = interval == 1 ? "Todos los meses" : "Cada \(interval) meses"
        case ("es", "YEARLY"): text = interval == 1 ? "Todos los años" : "Cada \(interval) años"
        case (_, "DAILY"): text = interval == 1 ? "Daily" : "Every \(interval) days"
        case (_, "WEEKLY"): text = interval == 1 ? "Weekly" : "Every \(interval) weeks"
        case (_, "MONTHLY"): text = interval == 1 ? "Monthly" : "Every \(interval) months"
        case (_, "YEARLY"): text = interval == 1 ? "Yearly" : "Every \(interval) years"
        default: return nil
        }
        if !days.isEmpty {
            let names = days.map { pack.weekdaysPlural[$0] }
            let list = join(names, and: pack.label("and"))
            switch pack.code {
            case "fr": text += " le " + list
            case "de": text += " am " + list
            case "es": text += " los " + list
            default: text += " on " + list
            }
        }
        if let count {
            switch pack.code {
            case "fr": text += ", \(count) fois"
            case "de": text += ", \(count)-mal"
            case "es": text += ", \(count) veces"
            default: text += ", \(count) times"
            }
        } else if let until, until.utf8.count >= 8, let y = Int(until.prefix(4)),
            let m = Int(until.dropFirst(4).prefix(2)), let d = Int(until.dropFirst(6).prefix(2)), (1...12).contains(m),
            (1...31).contains(d)
        {
            let date = pack.date(year: y, month: m, day: d)
            switch pack.code {
            case "fr": text += ", jusqu'au " + date
            case "de": text += ", bis " + date
            case "es": text += ", hasta el " + date
            default: text += ", until " + date
            }
        }
        return text
    }

    static func join(_ items: [String], and word: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + word + " " + last
    }
}
