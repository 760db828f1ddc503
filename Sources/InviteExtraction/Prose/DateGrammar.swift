import InviteModel

/// A civil date as a day count, with helpers for weekdays.
struct CivilDay: Sendable, Hashable, Comparable {
    var days: Int

    init(days: Int) { self.days = days }

    init(year: Int, month: Int, day: Int) {
        days = InvitationTime.daysSince1970(year: year, month: month, day: day)
    }

    var ymd: (year: Int, month: Int, day: Int) { InvitationTime.civilDate(daysSince1970: days) }
    /// ISO weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
    var weekday: Int { ((days % 7) + 7 + 3) % 7 + 1 }

    static func < (a: CivilDay, b: CivilDay) -> Bool { a.days < b.days }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, year > 1900, year < 2200 else { return false }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0)
    }
}

/// A date found in prose.
struct DateMention: Sendable {
    enum Kind: Sendable, Equatable {
        /// Day and month, year when written.
        case absolute(year: Int?, month: Int, day: Int, endDay: Int?, endMonth: Int?)
        /// A weekday, `next` when a "next/prochain/kommenden" modifier forces a day after the reference.
        case weekday(Int, next: Bool, last: Bool)
        /// Days after the reference date (today 0, tomorrow 1, …).
        case relative(Int)
        /// A day of month, with the weekday written before it ("vendredi 24", "Friday the 22nd") or alone with
        /// an ordinal ("on the 14th").
        case dayOfMonth(Int, weekday: Int?)
    }

    var kind: Kind
    var tokens: Range<Int>
    /// Set when day and month order was guessed.
    var ambiguous = false
}

/// A time of day or a time range found in prose.
struct TimeMention: Sendable {
    var hour: Int
    var minute: Int
    var second = 0
    var endHour: Int?
    var endMinute: Int?
    /// IANA name when the words name a zone.
    var zone: String?
    /// Fixed offset when written as `UTC+2`.
    var offset: Int?
    var tokens: Range<Int>
}

/// One parsed time point, before ranges are assembled.
private struct TimePoint {
    var hour: Int
    var minute: Int
    var second = 0
    var meridiem: Int?  // 0 am, 1 pm
    var strong: Bool
    var end: Int
}

/// The date and time grammar over tokens: dates, weekdays, relative days, times, ranges, zones, durations.
struct DateGrammar {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    let lex: LanguageLexicon
    let en: LanguageLexicon
    let zones: PhraseTable
    let monthFirst: Bool
    /// Every pack's words, for month and weekday names written in another language than the message's.
    let all: LanguageLexicon?
    /// `lex` then `en`, built once (an array literal in a loop header is allocated on every call).
    private let lexiconPair: [LanguageLexicon]

    init(
        text: TokenizedText, lex: LanguageLexicon, en: LanguageLexicon, zones: PhraseTable, all: LanguageLexicon? = nil
    ) {
        self.all = all
        self.tokens = text.tokens
        self.scalars = text.scalars
        self.lex = lex
        self.en = en
        self.zones = zones
        self.monthFirst = lex.code == "en"
        self.lexiconPair = [lex, en]
    }

    /// Whether a date, time or length can start at token `i`.
    ///
    /// Only a number, a word or mark that starts a date, time or length phrase of the lexicons the grammar
    /// reads, or a word before a number ("the 14th", "le 28") can; every other token is skipped without
    /// trying the grammar's rules on it.
    func mayStart(at i: Int) -> Bool {
        guard i < tokens.count else { return false }
        // Fields, not `let t = tokens[i]`: a copy of the token would retain and release its text.
        let kind = tokens[i].kind
        let id = tokens[i].id
        if kind == .number { return true }
        guard kind == .word || kind == .punct, id >= 0 else { return false }
        if kind == .word, i + 1 < tokens.count, tokens[i + 1].kind == .number { return true }
        return LanguageLexicon.contains(lex.dateStarters, id) || LanguageLexicon.contains(en.dateStarters, id)
            || all.map { LanguageLexicon.contains($0.calendarWordStarters, id) } ?? false
    }

    /// The end of a "from" word at `i` ("from", "de", "del", "vom", "dal"), nil when none starts there.
    func fromWord(at i: Int) -> Int? {
        lex.time.match(tokens, i, key: "from") ?? en.time.match(tokens, i, key: "from")
    }

    // MARK: token helpers

    @inline(__always) func text(_ i: Int) -> String { i < tokens.count ? tokens[i].text : "" }
    @inline(__always) func isNumber(_ i: Int, maxDigits: Int = 2) -> Bool {
        i < tokens.count && tokens[i].kind == .number && tokens[i].digits <= maxDigits
    }
    @inline(__always) func glued(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    private static let numberWords = [("one", 1), ("two", 2), ("three", 3), ("four", 4)]

    /// "an", "one", "zwei", "duas" (the `[durations]` keys `one` … `four`) and where the word ends.
    private func numberWord(at k: Int) -> (Int, Int)? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].id >= 0 else { return nil }
        for lexicon in lexiconPair {
            for (key, value) in Self.numberWords {
                if let e = lexicon.durations.match(tokens, k, key: key) { return (value, e) }
            }
        }
        return nil
    }

    private func matchKey(_ table: LanguageLexicon.Table, _ i: Int, _ key: String) -> Int? {
        if let e = lex.match(table, tokens, i, key: key) { return e }
        return nil
    }

    /// The message's language, English, then (full names only) every pack: a French header block in an
    /// English mail still dates the meeting.
    private func lexicon(_ n: Int) -> LanguageLexicon? { n == 0 ? lex : n == 1 ? en : all }

    func weekday(at i: Int) -> (Int, Int)? {
        for n in 0..<3 {
            guard let table = lexicon(n)?.weekdays, let m = table.match(tokens, i),
                let wd = LanguageLexicon.weekdayNumbers[m.key]
            else { continue }
            if n == 2, m.end - i == 1, tokens[i].text.unicodeScalars.count < 5 { continue }
            var end = m.end
            if m.end - i == 1, tokens[i].text.unicodeScalars.count <= 3 {
                // Short forms ("Fri", "ven", "Mo") only count when written as abbreviations, and not inside a name:
                // "ministère de la Mer, 20 boulevard", "Gasthaus Zum Mi, 10 …", "the Example Sun, 12 Road".
                let next = text(end)
                guard next == "." || next == "," || isNumber(end) else { continue }
                if i > 0, tokens[i - 1].kind == .word,
                    tokens[i - 1].isCapitalized || ProseText.particles.contains(tokens[i - 1].text)
                        || lex.match(.host, tokens, i - 1, key: "article") == i
                {
                    continue
                }
            }
            if text(end) == "." { end += 1 }
            return (wd, end)
        }
        return nil
    }

    func month(at i: Int) -> (Int, Int)? {
        for n in 0..<3 {
            guard let table = lexicon(n)?.months, let m = table.match(tokens, i),
                let mo = LanguageLexicon.monthNumbers[m.key]
            else { continue }
            if n == 2, m.end - i == 1, tokens[i].text.unicodeScalars.count < 5 { continue }
            var end = m.end
            if text(end) == "." { end += 1 }
            return (mo, end)
        }
        return nil
    }

    // MARK: dates

    /// A date starting at token `i`.
    func date(at i: Int) -> DateMention? {
        guard i < tokens.count else { return nil }
        var j = i
        var isNext = false
        var isLast = false
        var modifiers = 0
        while modifiers < 2, let m = lex.relative.match(tokens, j),
            m.key == "next" || m.key == "this" || m.key == "last"
        {
            if m.key == "next" { isNext = true }
            if m.key == "last" { isLast = true }
            j = m.end
            modifiers += 1
        }
        if let (wd, e) = weekday(at: j) {
            var k = e
            if text(k) == "," { k += 1 }
            if let abs = absolute(at: k) {
                return DateMention(kind: abs.kind, tokens: i..<abs.tokens.upperBound, ambiguous: abs.ambiguous)
            }
            // "Freitag, den 20. September", "vendredi le 20 septembre"
            if k < tokens.count, tokens[k].kind == .word, tokens[k].text.unicodeScalars.count <= 3, isNumber(k + 1),
                lex.stopwords.contains(tokens[k].text) || en.stopwords.contains(tokens[k].text),
                let abs = absolute(at: k + 1)
            {
                return DateMention(kind: abs.kind, tokens: i..<abs.tokens.upperBound, ambiguous: abs.ambiguous)
            }
            // "Friday the 22nd", "jeudi le 14", "el jueves 14": an article may come first.
            if k + 1 < tokens.count, tokens[k].kind == .word, isNumber(k + 1),
                lex.stopwordIDs.contains(tokens[k].id) || en.stopwordIDs.contains(tokens[k].id), !isTimeAhead(k + 1)
            {
                k += 1
            }
            if isNumber(k), tokens[k].number >= 1, tokens[k].number <= 31, !isTimeAhead(k) {
                var end = k + 1
                if lex.relative.match(tokens, end, key: "ordinal") != nil, glued(end) { end += 1 }
                return DateMention(kind: .dayOfMonth(tokens[k].number, weekday: wd), tokens: i..<end)
            }
            var end = e
            if let m = lex.relative.match(tokens, e), m.key == "next" || m.key == "last" {
                if m.key == "next" { isNext = true } else { isLast = true }
                end = m.end
            }
            return DateMention(kind: .weekday(wd, next: isNext, last: isLast), tokens: i..<end)
        }
        // "el día 28", "dia 28", "am Tag 28": a day word and a number.
        if tokens[i].kind == .word, isNumber(i + 1), tokens[i + 1].number >= 1, tokens[i + 1].number <= 31,
            lex.relative.match(tokens, i, key: "dayword") == i + 1
                || en.relative.match(tokens, i, key: "dayword") == i + 1,
            !isTimeAhead(i + 1)
        {
            var end = i + 2
            if lex.relative.match(tokens, end, key: "ordinal") != nil, glued(end) { end += 1 }
            // "dia 28, quinta-feira": a weekday after it must agree.
            var k = end
            if text(k) == "," { k += 1 }
            if let (wd, e) = weekday(at: k) {
                return DateMention(kind: .dayOfMonth(tokens[i + 1].number, weekday: wd), tokens: i..<e)
            }
            return DateMention(kind: .dayOfMonth(tokens[i + 1].number, weekday: nil), tokens: i..<end)
        }
        // "le 28 courant": this month's 28th.
        if isNumber(i), tokens[i].number >= 1, tokens[i].number <= 31,
            let e = lex.relative.match(tokens, i + 1, key: "thismonth")
        {
            return DateMention(kind: .dayOfMonth(tokens[i].number, weekday: nil), tokens: i..<e)
        }
        // "am 28. um 10 Uhr": an ordinal day written with a dot after a day article (`[relative] dayarticle`),
        // before a clause word.
        if tokens[i].kind == .word, lex.relative.match(tokens, i, key: "dayarticle") == i + 1, isNumber(i + 1),
            tokens[i + 1].number >= 1, tokens[i + 1].number <= 31, text(i + 2) == ".", glued(i + 2),
            i + 3 >= tokens.count || tokens[i + 3].kind != .word || lex.stopwordIDs.contains(tokens[i + 3].id)
                || lex.time.match(tokens, i + 3) != nil,
            // Not "vom 14. bis 16. Oktober": a month after it makes a full date, read below.
            absolute(at: i + 1) == nil
        {
            return DateMention(kind: .dayOfMonth(tokens[i + 1].number, weekday: nil), tokens: i..<(i + 3))
        }
        // "on the 14th", "the 22nd": a day of month with its ordinal suffix, after an article.
        if tokens[i].kind == .word, isNumber(i + 1), glued(i + 2), tokens[i + 1].number >= 1,
            tokens[i + 1].number <= 31, lex.stopwordIDs.contains(tokens[i].id) || en.stopwordIDs.contains(tokens[i].id),
            // English ordinals only: "le 2e", "del 2º" name floors as often as days.
            let o = en.relative.match(tokens, i + 2, key: "ordinal"),
            // Not "the 5th floor": what follows is a clause word, a mark or the line's end.
            o >= tokens.count || tokens[o].kind != .word || lex.stopwordIDs.contains(tokens[o].id)
                || en.stopwordIDs.contains(tokens[o].id)
        {
            return DateMention(kind: .dayOfMonth(tokens[i + 1].number, weekday: nil), tokens: i..<o)
        }
        if let m = lex.relative.match(tokens, i) {
            let offset: Int? = m.key == "today" ? 0 : m.key == "tomorrow" ? 1 : m.key == "aftertomorrow" ? 2 : nil
            if let offset {
                let notAfter = i > 0 && lex.relative.match(tokens, i - 1, key: "notafter") == i
                let notAfter2 = i > 1 && lex.relative.match(tokens, i - 2, key: "notafter") == i
                if !notAfter && !notAfter2 { return DateMention(kind: .relative(offset), tokens: i..<m.end) }
            }
        }
        return absolute(at: i)
    }

    /// Whether the number at `i` starts a time ("24" in "vendredi 14h" is a time, not a day).
    private func isTimeAhead(_ i: Int) -> Bool {
        if let t = time(at: i), t.tokens.count > 1 { return true }
        let n = i + 1
        if text(n) == ":", isNumber(n + 1) { return true }
        if matchKey(.time, n, "hour") != nil || en.time.match(tokens, n, key: "hour") != nil { return true }
        if matchKey(.time, n, "am") != nil || matchKey(.time, n, "pm") != nil { return true }
        if text(n) == "am" || text(n) == "pm" { return true }
        return false
    }

    /// The marks between the numbers of a numeric date ("24/08", "2018-08-24", "24.08.").
    private static let dateSeparators: Set<String> = ["-", "/", "."]

    private func absolute(at i: Int) -> DateMention? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            // ISO 8601 and Y/M/D: 2018-08-24, 2018/08/24, 2018.08.24
            if t.digits == 4, Self.dateSeparators.contains(text(i + 1)), glued(i + 1), isNumber(i + 2), glued(i + 2),
                text(i + 3) == text(i + 1), glued(i + 3), isNumber(i + 4), glued(i + 4)
            {
                let y = t.number, m = tokens[i + 2].number, d = tokens[i + 4].number
                guard CivilDay.isValid(year: y, month: m, day: d) else { return nil }
                return DateMention(
                    kind: .absolute(year: y, month: m, day: d, endDay: nil, endMonth: nil), tokens: i..<(i + 5))
            }
            guard t.digits <= 2, t.number >= 1, t.number <= 31 else { return nil }
            let sep = text(i + 1)
            if Self.dateSeparators.contains(sep), glued(i + 1), isNumber(i + 2), glued(i + 2) {
                let a = t.number, b = tokens[i + 2].number
                var year: Int? = nil
                var end = i + 3
                if text(i + 3) == sep, glued(i + 3), i + 4 < tokens.count, tokens[i + 4].kind == .number,
                    tokens[i + 4].digits == 4 || tokens[i + 4].digits == 2, glued(i + 4)
                {
                    let y = tokens[i + 4].number
                    year = tokens[i + 4].digits == 2 ? 2000 + y : y
                    end = i + 5
                } else if sep == ".", text(i + 3) == ".", glued(i + 3) {
                    end = i + 4
                } else if sep == "/", a <= 31, b <= 31, a > 12 || b > 12, text(i + 3) != "/" {
                    // "9/17", "24/08": one number cannot be a month, so this is no fraction.
                    end = i + 3
                } else {
                    return nil
                }
                var day = a, month = b
                var ambiguous = false
                if a > 12 {
                    day = a; month = b
                } else if b > 12 {
                    day = b; month = a
                } else if monthFirst && sep == "/" {
                    day = b; month = a
                    ambiguous = a != b
                } else {
                    ambiguous = a != b && sep == "/"
                }
                guard CivilDay.isValid(year: year ?? 2000, month: month, day: day) else { return nil }
                return DateMention(
                    kind: .absolute(year: year, month: month, day: day, endDay: nil, endMonth: nil),
                    tokens: i..<end, ambiguous: ambiguous)
            }
            // Day first: 24 août 2018, 24th of August, 24. August, 24 de agosto de 2018, 14 to 16 October
            var k = i + 1
            if let o = lex.relative.match(tokens, k, key: "ordinal") ?? en.relative.match(tokens, k, key: "ordinal"),
                glued(k)
            {
                k = o
            } else if text(k) == "." {
                k += 1
            } else if text(k) == "-" || text(k) == "/", glued(k), glued(k + 1), month(at: k + 1) != nil {
                k += 1  // 12-Sep-2024
            }
            var endDay: Int? = nil
            var endMonth: Int? = nil
            var firstMonth: Int? = nil
            if let (mo, e) = month(at: k), let r = rangeConnector(at: e), isNumber(r), tokens[r].number <= 31,
                month(at: r + 1) != nil || (text(r + 1) == "." && month(at: r + 2) != nil)
            {
                // 30 September to 2 October
                firstMonth = mo
                endDay = tokens[r].number
                k = r + 1
            } else if let r = rangeConnector(at: k), isNumber(r), tokens[r].number <= 31, tokens[r].number > t.number {
                endDay = tokens[r].number
                k = r + 1
            }
            if endDay != nil {
                if let o = lex.relative.match(tokens, k, key: "ordinal")
                    ?? en.relative.match(tokens, k, key: "ordinal"),
                    glued(k)
                {
                    k = o
                } else if text(k) == "." {
                    k += 1
                }
            }
            if let o = lex.relative.match(tokens, k, key: "of") ?? en.relative.match(tokens, k, key: "of") { k = o }
            guard let (mo, e) = month(at: k) else { return nil }
            k = e
            let year = yearAfter(&k)
            if let first = firstMonth {
                endMonth = mo
                return DateMention(
                    kind: .absolute(year: year, month: first, day: t.number, endDay: endDay, endMonth: endMonth),
                    tokens: i..<k)
            }
            guard CivilDay.isValid(year: year ?? 2000, month: mo, day: t.number) else { return nil }
            return DateMention(
                kind: .absolute(year: year, month: mo, day: t.number, endDay: endDay, endMonth: nil),
                tokens: i..<k)
        }
        if t.kind == .word, let (mo, e) = month(at: i) {
            // Month first: August 24th, 2018; Oct 14-16; October 14 to 16
            var k = e
            guard isNumber(k), tokens[k].number >= 1, tokens[k].number <= 31, !isTimeAhead(k) else { return nil }
            let day = tokens[k].number
            k += 1
            if let o = en.relative.match(tokens, k, key: "ordinal") ?? lex.relative.match(tokens, k, key: "ordinal"),
                glued(k)
            {
                k = o
            }
            var endDay: Int? = nil
            if let r = rangeConnector(at: k), isNumber(r), tokens[r].number > day, tokens[r].number <= 31,
                !isTimeAhead(r)
            {
                endDay = tokens[r].number
                k = r + 1
                if let o = en.relative.match(tokens, k, key: "ordinal"), glued(k) { k = o }
            }
            let year = yearAfter(&k)
            guard CivilDay.isValid(year: year ?? 2000, month: mo, day: day) else { return nil }
            return DateMention(
                kind: .absolute(year: year, month: mo, day: day, endDay: endDay, endMonth: nil), tokens: i..<k)
        }
        return nil
    }

    private func rangeConnector(at k: Int) -> Int? {
        if text(k) == "-" { return k + 1 }
        if let e = lex.time.match(tokens, k, key: "to") { return e }
        if let e = en.time.match(tokens, k, key: "to"), lex.code == "en" { return e }
        return nil
    }

    private func yearAfter(_ k: inout Int) -> Int? {
        var j = k
        // A hard-wrapped line may carry the year on the next line ("del 17 al 19 de abril\nde 2024").
        if j + 1 < tokens.count, tokens[j].kind == .newline, tokens[j + 1].kind != .newline { j += 1 }
        if text(j) == "," || ((text(j) == "-" || text(j) == "/") && glued(j)) { j += 1 }
        if let o = lex.relative.match(tokens, j, key: "of") { j = o }
        if j < tokens.count, tokens[j].kind == .number, tokens[j].digits == 4, tokens[j].number > 1900,
            tokens[j].number < 2200, text(j + 1) != ":"
        {
            k = j + 1
            return tokens[j].number
        }
        return nil
    }

    // MARK: times

    private func timePoint(at i: Int, allowBare: Bool, allowWord: Bool = false) -> TimePoint? {
        guard i < tokens.count else { return nil }
        for n in 0..<2 {
            if let m = (n == 0 ? lex : en).time.match(tokens, i) {
                if m.key == "noon" {
                    // "midi et demi": half past noon.
                    if let (delta, e) = fraction(at: m.end), delta > 0 {
                        return TimePoint(hour: 12, minute: delta, meridiem: nil, strong: true, end: e)
                    }
                    return TimePoint(hour: 12, minute: 0, meridiem: nil, strong: true, end: m.end)
                }
                if m.key == "midnight" { return TimePoint(hour: 0, minute: 0, meridiem: nil, strong: true, end: m.end) }
            }
        }
        // "half past two", "quarter to ten", "halb zehn", "half tien", "kwart over negen".
        if tokens[i].kind == .word, let spoken = spokenTime(at: i) { return spoken }
        var hour: Int
        var k: Int
        if isNumber(i), tokens[i].number <= 24 {
            hour = tokens[i].number
            k = i + 1
        } else if allowWord, let (h, e) = hourWord(at: i) {
            // "a las nueve", "alle nove" (after a word that makes the next one an hour).
            hour = h
            k = e
        } else {
            return nil
        }
        var minute = 0
        var second = 0
        var strong = false
        // "nueve y media", "9 e mezza", "9h et demie", "às 9 e meia", "diez menos cuarto".
        if let (delta, e) = fraction(at: k) {
            let total = hour * 60 + delta
            guard total >= 0 else { return nil }
            return TimePoint(hour: total / 60, minute: total % 60, meridiem: nil, strong: true, end: e)
        }
        if (text(k) == ":" || text(k) == "."), glued(k), isNumber(k + 1), tokens[k + 1].digits == 2, glued(k + 1),
            tokens[k + 1].number <= 59
        {
            let dotted = text(k) == "."
            minute = tokens[k + 1].number
            k += 2
            if text(k) == ":", glued(k), isNumber(k + 1), glued(k + 1) {
                second = min(tokens[k + 1].number, 59)
                k += 2
            }
            strong = !dotted
            if dotted {
                // 14.30 needs "Uhr"/"uur"/"h", am/pm, or "alle"/"om" before it to be a time.
                let hasMarker = hourMarker(at: k) != nil || meridiem(at: k) != nil
                guard hasMarker || allowBare else { return nil }
            }
        }
        if let e = hourMarker(at: k) {
            strong = true
            k = e
            if minute == 0, isNumber(k), tokens[k].digits == 2, tokens[k].number <= 59,
                !tokens[k].spaceBefore || text(k - 1) == "h"
            {
                minute = tokens[k].number
                k += 1
            }
        }
        var mer: Int? = nil
        if let (m, e) = meridiem(at: k) {
            if hour <= 12 {
                mer = m
                strong = true
            }
            k = e
        }
        guard strong || allowBare else { return nil }
        guard hour <= 24, minute <= 59 else { return nil }
        if !strong, k < tokens.count,
            tokens[k].kind == .number
                || (tokens[k].kind == .word
                    && (tokens[k].isCapitalized
                        || !(lex.stopwordIDs.contains(tokens[k].id) || en.stopwordIDs.contains(tokens[k].id)
                            || lex.relative.match(tokens, k) != nil || lex.weekdays.match(tokens, k) != nil
                            || lex.time.match(tokens, k) != nil || en.time.match(tokens, k) != nil
                            || en.relative.match(tokens, k) != nil || en.weekdays.match(tokens, k) != nil
                            || isPlaceWord(k))))
        {
            // "at 10 Main Street", "at 5 locations", "um 10 Personen": a bare number before a noun is no time.
            return nil
        }
        if hour == 24 { hour = 0 }
        return TimePoint(hour: hour, minute: minute, second: second, meridiem: mer, strong: strong, end: k)
    }

    /// An hour said as a word ("nine", "neuf", "nueve", `[time]` keys `h1` … `h12`).
    private func hourWord(at k: Int) -> (Int, Int)? {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].id >= 0 else { return nil }
        for lexicon in lexiconPair {
            guard let m = lexicon.time.match(tokens, k), m.key.hasPrefix("h"), let h = Int(m.key.dropFirst()),
                (1...12).contains(h)
            else { continue }
            return (h, m.end)
        }
        return nil
    }

    /// The hour written as a number or a word at `k`.
    private func hourValue(at k: Int) -> (Int, Int)? {
        if isNumber(k), tokens[k].number >= 1, tokens[k].number <= 12 { return (tokens[k].number, k + 1) }
        return hourWord(at: k)
    }

    /// Minutes added after an hour: "y media" (+30), "et quart" (+15), "menos cuarto" (−15).
    private func fraction(at k: Int) -> (Int, Int)? {
        for lexicon in lexiconPair {
            if let e = lexicon.time.match(tokens, k, key: "plushalf") { return (30, e) }
            if let e = lexicon.time.match(tokens, k, key: "plusquarter") { return (15, e) }
            if let e = lexicon.time.match(tokens, k, key: "minusquarter") { return (-15, e) }
        }
        return nil
    }

    /// "half past two" (2:30), "quarter to ten" (9:45), "halb zehn" and "half tien" (9:30).
    private static let spokenForms: [(key: String, minutes: Int)] = [
        ("halfpast", 30), ("quarterpast", 15), ("quarterto", -15), ("halfbefore", -30),
    ]

    private func spokenTime(at i: Int) -> TimePoint? {
        // Every spoken form is a `[time]` phrase: a word that starts none starts no spoken time.
        guard lex.time.startsPhrase(id: tokens[i].id) || en.time.startsPhrase(id: tokens[i].id) else { return nil }
        for lexicon in lexiconPair {
            for (key, delta) in Self.spokenForms {
                guard let e = lexicon.time.match(tokens, i, key: key), let (h, end) = hourValue(at: e) else { continue }
                var total = (h * 60 + delta + 24 * 60) % (24 * 60)
                // Said in words, 1 to 7 o'clock is the afternoon ("half past two"); "half 1" is 12:30.
                if total < 60 || (60...(7 * 60 + 59)).contains(total) { total += 12 * 60 }
                return TimePoint(hour: total / 60, minute: total % 60, meridiem: nil, strong: true, end: end)
            }
        }
        return nil
    }

    /// "alle 19 presso il Bar Roma", "à 19 au café", "alle 10 sala riunioni": a word that leads to a place may
    /// follow a bare hour.
    private static let placeKeys = ["in", "room", "venue"]

    private func isPlaceWord(_ k: Int) -> Bool {
        for lexicon in lexiconPair {
            for key in Self.placeKeys where lexicon.location.match(tokens, k, key: key) != nil { return true }
        }
        return false
    }

    private func hourMarker(at k: Int) -> Int? {
        if let e = lex.time.match(tokens, k, key: "hour") { return e }
        if text(k) == "h", glued(k) { return k + 1 }
        return nil
    }

    private func meridiem(at k: Int) -> (Int, Int)? {
        for n in 0..<2 {
            if lex.code == "de", n == 1, text(k) == "am" { continue }
            if let m = (n == 0 ? lex : en).time.match(tokens, k), m.key == "am" || m.key == "pm" {
                return (m.key == "pm" ? 1 : 0, m.end)
            }
        }
        return nil
    }

    private func apply(_ p: TimePoint) -> (Int, Int) {
        var h = p.hour
        if p.meridiem == 1, h < 12 { h += 12 }
        if p.meridiem == 0, h == 12 { h = 0 }
        return (h, p.minute)
    }

    /// A time or time range starting at token `i`, with its zone.
    func time(at i: Int) -> TimeMention? {
        guard i < tokens.count else { return nil }
        var k = i
        var bare = false
        var fromWord = false
        if let e = lex.time.match(tokens, k, key: "from") ?? en.time.match(tokens, k, key: "from") {
            k = e
            fromWord = true
        }
        if let e = lex.time.match(tokens, k, key: "barehour") {
            k = e
            bare = true
        }
        // An hour in words only after "at"/"a las"/"um" ("a las nueve", not "duas horas" of a length).
        guard let p1 = timePoint(at: k, allowBare: true, allowWord: bare) else { return nil }
        var result: TimeMention? = nil
        var end = p1.end
        let toEnd: Int? =
            text(p1.end) == "-"
            ? p1.end + 1 : (lex.time.match(tokens, p1.end, key: "to") ?? en.time.match(tokens, p1.end, key: "to"))
        if let c = toEnd {
            var c2 = c
            if let e = lex.time.match(tokens, c2, key: "barehour") { c2 = e }
            if let p2 = timePoint(at: c2, allowBare: p1.strong || bare || fromWord, allowWord: bare),
                // "jeudi 14 à 9h": a bare day number before "à 9h" starts no range that would end before it.
                p1.strong || bare || fromWord || apply(p2).0 > apply(p1).0
            {
                var (h1, m1) = apply(p1)
                var (h2, m2) = apply(p2)
                // "9:30 to 5": a bare end earlier than the start is in the afternoon.
                if p2.meridiem == nil, !p2.strong || p2.minute == 0, h2 < h1, h2 + 12 > h1, h2 < 12 { h2 += 12 }
                if p1.meridiem == nil, p2.meridiem == 1, h1 < 12, h1 + 12 <= h2 { h1 += 12 }
                if p1.meridiem == nil, p2.meridiem == nil, !p1.strong, h1 < 8, h2 <= 12, h1 < h2, !bare || h2 < 8 {
                    // "von 2 bis 4" in business prose means the afternoon.
                    h1 += 12
                    result = TimeMention(hour: h1, minute: m1, endHour: h2 + 12, endMinute: m2, tokens: i..<p2.end)
                } else {
                    result = TimeMention(hour: h1, minute: m1, endHour: h2, endMinute: m2, tokens: i..<p2.end)
                }
                if let eh = result?.endHour, eh >= 24 { result?.endHour = eh - 12 }
                end = p2.end
            }
        }
        if result == nil {
            guard p1.strong || bare else { return nil }
            var (h, m) = apply(p1)
            if bare, p1.meridiem == nil, h >= 1, h <= 7 { h += 12 }
            result = TimeMention(hour: h, minute: m, second: p1.second, tokens: i..<p1.end)
        }
        if var r = result {
            if let z = zone(at: end) {
                r.zone = z.iana
                r.offset = z.offset
                r.tokens = i..<z.end
            }
            return r
        }
        return nil
    }

    /// A zone after a time: "PT", "(CET)", "heure de Paris", "Eastern Time", "UTC+2".
    func zone(at e: Int) -> (iana: String?, offset: Int?, end: Int)? {
        var k = e
        var opened = false
        // A line wrapped between the time and its zone ("from 09:30 to 09:45\nJST").
        if k < tokens.count, tokens[k].kind == .newline, k + 1 < tokens.count, tokens[k + 1].kind == .word,
            tokens[k + 1].text.unicodeScalars.count <= 4, zones.match(tokens, k + 1) != nil
        {
            k += 1
        }
        if text(k) == "(" || text(k) == "," {
            opened = text(k) == "("
            k += 1
        }
        if text(k) == "utc" || text(k) == "gmt", text(k + 1) == "+" || text(k + 1) == "-", isNumber(k + 2, maxDigits: 4)
        {
            let sign = text(k + 1) == "-" ? -1 : 1
            var h = tokens[k + 2].number
            var m = 0
            var end = k + 3
            if tokens[k + 2].digits > 2 {
                m = h % 100
                h /= 100
            } else if text(end) == ":", isNumber(end + 1) {
                m = tokens[end + 1].number
                end += 2
            }
            guard h <= 14, m < 60 else { return nil }
            if opened, text(end) == ")" { end += 1 }
            // Outlook: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" names the zone by its cities.
            if let city = zones.match(tokens, end) { return (city.key, nil, city.end) }
            return (nil, sign * (h * 3600 + m * 60), end)
        }
        guard let m = zones.match(tokens, k) else { return nil }
        if m.end - k == 1, tokens[k].text.unicodeScalars.count <= 4 {
            // Abbreviations (PT, CET, EST) must be written in capitals.
            for s in scalars[tokens[k].start..<tokens[k].end] where !s.properties.isUppercase { return nil }
        }
        var end = m.end
        if opened, text(end) == ")" { end += 1 }
        return (m.key, nil, end)
    }

    /// A duration at `i` ("90 minutes", "1 hour", "2 Stunden"), in seconds.
    func duration(at i: Int) -> (Int, Int)? {
        var k = i
        if let e = lex.time.match(tokens, k, key: "for") ?? en.time.match(tokens, k, key: "for") { k = e }
        if text(k) == ":" { k += 1 }
        // Lengths in words: "an hour and a half", "une demi-heure", "zwei Stunden", "duas horas".
        for lexicon in lexiconPair {
            if let e = lexicon.durations.match(tokens, k, key: "hourhalf") { return (5400, e) }
            if let e = lexicon.durations.match(tokens, k, key: "threequarters") { return (2700, e) }
            if let e = lexicon.durations.match(tokens, k, key: "halfhour") { return (1800, e) }
            if let e = lexicon.durations.match(tokens, k, key: "quarterhour") { return (900, e) }
        }
        var n = 0
        var e = k + 1
        if isNumber(k, maxDigits: 3), tokens[k].number > 0 {
            n = tokens[k].number
        } else if let (count, end) = numberWord(at: k) {
            n = count
            e = end
        } else {
            return nil
        }
        var half = 0
        if (text(e) == "," || text(e) == "."), glued(e), text(e + 1) == "5", glued(e + 1) {
            half = 1
            e += 2
        }
        // "un'ora": an elided number word.
        if text(e) == "-" || (text(e) == "'" && glued(e)) { e += 1 }
        guard let m = lex.durations.match(tokens, e) ?? en.durations.match(tokens, e) else { return nil }
        let unit = m.key == "minute" ? 60 : m.key == "hour" ? 3600 : m.key == "day" ? 86_400 : 0
        guard unit > 0 else { return nil }
        // "1 h 30", "1h30": minutes after the hours.
        if m.key == "hour", isNumber(m.end, maxDigits: 2), tokens[m.end].number < 60,
            tokens[m.end].digits == 2 || tokens[m.end].number >= 10
        {
            return (n * unit + tokens[m.end].number * 60, m.end + 1)
        }
        return (n * unit + half * unit / 2, m.end)
    }
}
