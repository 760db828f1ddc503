import InviteModel

/// The event's time as read from prose.
struct ProseWhen {
    var start: InvitationTime?
    var end: InvitationTime?
    var timeZone: String?
    var isAllDay = false
    var evidenceStart: String?
    var evidenceEnd: String?
    /// The chosen date lies before the reference date.
    var isPast = false
    var hasDate = false
    var hasTime = false
    /// The chosen date's tokens, and whether it names a month and day (not only a weekday or relative day).
    var dateTokens: Range<Int>?
    var isCalendarDate = false
    /// How many different days the text's date mentions name (a newsletter lists several events, an
    /// announcement one).
    var distinctDays = 0
    var warnings: [String] = []
}

/// Picks the event's date and time among all date and time mentions of a text.
struct WhenReader {
    let prose: ProseText
    let grammar: DateGrammar
    var reference: CivilDay
    /// A news dateline's date or a byline (see ``dateline()`` and ``byline()``): its dates and times are when the
    /// report was filed, no candidates for the event's.
    var filed: Range<Int>? = nil
    /// Zone for times that name none: an IANA name (from `--time-zone`).
    let defaultZone: String?
    /// Offset for times that name no zone when no default zone is set (the Date: header's).
    let defaultOffset: Int?
    /// Token ranges of lines labelled "When:", "Quand :", "Wann:" and the like.
    let whenLines: Set<Int>

    func read() -> ProseWhen {
        // A report's relative days ("next Tuesday") count from the day its dateline or byline gives.
        if filed == nil, let found = dateline() ?? byline() {
            var reader = self
            reader.reference = found.day
            reader.filed = found.tokens
            return reader.read()
        }
        let tokens = prose.tokens
        var dates: [DateMention] = []
        var times: [TimeMention] = []
        var durations: [(seconds: Int, at: Int)] = []
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            guard grammar.mayStart(at: i) else {
                i += 1
                continue
            }
            if let d = grammar.date(at: i) {
                dates.append(d)
                i = d.tokens.upperBound
                continue
            }
            // "del 17 al 19 de abril", "vom 14. bis 16. Oktober": a "from" word before a range of days starts a
            // date, not the time range "17 to 19".
            if let e = grammar.fromWord(at: i), var d = grammar.date(at: e) {
                d.tokens = i..<d.tokens.upperBound
                dates.append(d)
                i = d.tokens.upperBound
                continue
            }
            // "La réunion durera environ 1 h 30", "Durée prévue : 1 heure", "com duração de 2 horas": after a word of
            // length, a number is a length, not a clock time.
            if kind == .number || prose.lex.durations.startsPhrase(id: tokens[i].id), followsLengthWord(i),
                let d = grammar.duration(at: i)
            {
                durations.append((d.0, i))
                i = d.1
                continue
            }
            // "de 2 horas": a particle between the word of length and the number.
            if kind == .word, ProseText.particles.contains(tokens[i].text), i + 1 < tokens.count,
                tokens[i + 1].kind == .number, followsLengthWord(i), let d = grammar.duration(at: i + 1)
            {
                durations.append((d.0, i + 1))
                i = d.1
                continue
            }
            if let t = grammar.time(at: i) {
                times.append(t)
                i = t.tokens.upperBound
                continue
            }
            // Lengths start with a number, a "for" word or a number word ("an hour", "zwei Stunden").
            if kind == .number
                || (prose.lex.durations.startsPhrase(id: tokens[i].id)
                    || prose.en.durations.startsPhrase(id: tokens[i].id)
                    || prose.lex.time.startsPhrase(id: tokens[i].id) || prose.en.time.startsPhrase(id: tokens[i].id)),
                let d = grammar.duration(at: i)
            {
                durations.append((d.0, i))
                i = d.1
                continue
            }
            i += 1
        }
        if let filed {
            dates.removeAll { filed.contains($0.tokens.lowerBound) }
            times.removeAll { filed.contains($0.tokens.lowerBound) }
        }
        var result = ProseWhen()
        guard !dates.isEmpty || !times.isEmpty else { return result }

        // Score each date: labelled lines, invitation words nearby, a time nearby, the future.
        var best: (score: Double, index: Int, day: CivilDay, endDay: CivilDay?)? = nil
        var days: Set<Int> = []
        for (n, d) in dates.enumerated() {
            let sentence = prose.sentence(of: d.tokens.lowerBound)
            let pastHere = !prose.cues(.past, in: sentence, english: prose.lex.code == "en").isEmpty
            guard let (day, endDay) = resolve(d, backwards: pastHere) else { continue }
            days.insert(day.days)
            // "salle 4.12", "Room 2.14", "Raum B 2.07": a number after a room word (and perhaps a building
            // letter) names the room, not a day.
            let first = d.tokens.lowerBound
            if first > 0, prose.tokens[first].kind == .number,
                prose.cue(.location, first - 1, key: "room") != nil
                    || (first > 1 && prose.tokens[first - 1].kind == .word
                        && prose.tokens[first - 1].text.utf8.count <= 2
                        && prose.cue(.location, first - 2, key: "room") != nil)
            {
                continue
            }
            var score = 0.0
            if whenLines.contains(prose.lineOf[d.tokens.lowerBound]) { score += 4 }
            // Invitation phrases bind a date more than event nouns, which ordinary prose is full of.
            if !prose.cues(.invite, key: "invite", in: sentence).isEmpty {
                score += 2
            } else if !prose.cues(.invite, in: sentence).isEmpty {
                score += 1
            }
            // A date with a clock time, or with its month, is what events are announced with.
            if times.contains(where: { near($0.tokens, d.tokens) }) { score += 2.5 }
            // "On Monday, Denise Calloway invited … to a meeting at 9 a.m. Friday", "Am Montag hat sie … für Donnerstag
            // eingeladen": a day before the inviting verb tells when the invitation was made, when a day after it
            // follows in the same sentence.
            if let verb = invitingVerb(in: sentence), d.tokens.upperBound <= verb,
                dates.contains(where: { sentence.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > verb })
            {
                score -= 1
            }
            if case .absolute(let y, _, _, _, _) = d.kind { score += y != nil ? 2 : 1.5 }
            if case .dayOfMonth = d.kind { score += 1 }
            if day < reference { score -= 3 }
            if isDeadline(d.tokens.lowerBound) { score -= 2.5 }
            // "moving our 1:1 from Tuesday 10am to Wednesday 11am", "van dinsdag verzetten naar donderdag": in a
            // sentence that moves a meeting, the day after a "to" word is the new one, an earlier day the old one.
            if isAfterToWord(d.tokens.lowerBound), movesMeeting(sentence) {
                score += 3
            } else if dates.dropFirst(n + 1).contains(where: {
                prose.sentenceOf[$0.tokens.lowerBound] == prose.sentenceOf[d.tokens.lowerBound]
            }), movesMeeting(sentence) {
                score -= 3
            }
            score -= Double(n) * 0.01
            if best == nil || score > (best?.score ?? 0) { best = (score, n, day, endDay) }
        }

        result.distinctDays = days.count
        var chosenTokens: Range<Int>? = nil
        if let best {
            let d = dates[best.index]
            chosenTokens = d.tokens
            result.dateTokens = d.tokens
            if case .absolute = d.kind { result.isCalendarDate = true }
            result.hasDate = true
            result.isPast = best.day < reference
            result.evidenceStart = prose.source(d.tokens)
            if d.ambiguous {
                result.warnings.append(
                    "ambiguous day/month order in \"\(prose.source(d.tokens))\"; read as \(describe(best.day))")
            }
            let ymd = best.day.ymd
            result.start = InvitationTime(year: ymd.year, month: ymd.month, day: ymd.day)
            var endDay = best.endDay
            // "from Tuesday, May 12 to Thursday, May 14", "du lundi 4 au mercredi 6 mai": a second full date after a
            // range word ends the event (a time range between them makes it no range of days).
            if endDay == nil, let next = dates.dropFirst(best.index + 1).first,
                next.tokens.lowerBound > d.tokens.upperBound, next.tokens.lowerBound - d.tokens.upperBound <= 2,
                let to = prose.lex.time.match(prose.tokens, d.tokens.upperBound, key: "to")
                    ?? prose.en.time.match(prose.tokens, d.tokens.upperBound, key: "to"),
                to == next.tokens.lowerBound || (to < next.tokens.lowerBound && prose.tokens[to].kind == .punct),
                let (day, _) = resolve(next, backwards: false), day > best.day, day.days - best.day.days <= 31,
                // "moving it from Tuesday to Wednesday" names two days, not a range.
                !movesMeeting(prose.sentence(of: d.tokens.lowerBound))
            {
                endDay = day
                chosenTokens = d.tokens.lowerBound..<next.tokens.upperBound
                result.dateTokens = chosenTokens
                result.evidenceStart = prose.source(d.tokens.lowerBound..<next.tokens.upperBound)
            }
            if let e = endDay, e > best.day {
                let ey = e.ymd
                result.end = InvitationTime(year: ey.year, month: ey.month, day: ey.day)
                result.evidenceEnd = result.evidenceStart
            }
            result.isAllDay = true
        }

        // The time: nearest to the chosen date (after it preferred), else the first time in an invitation sentence.
        var chosenTime: TimeMention? = nil
        if let dt = chosenTokens {
            var bestDistance = Int.max
            for t in times where near(t.tokens, dt) {
                let distance =
                    t.tokens.lowerBound >= dt.upperBound
                    ? t.tokens.lowerBound - dt.upperBound : (dt.lowerBound - t.tokens.upperBound) * 2 + 1
                if distance < bestDistance {
                    bestDistance = distance
                    chosenTime = t
                }
            }
            // "… next Tuesday." then, in the next paragraph, "The meeting is scheduled to begin at 9 a.m.": a time
            // in a later sentence about the event that names no date of its own.
            // "Data: sabato 27 giugno 2026", a blank line, "Orario | ore 17:30": labelled date and time rows.
            if chosenTime == nil, whenLines.contains(prose.lineOf[dt.lowerBound]) {
                chosenTime = times.first { whenLines.contains(prose.lineOf[$0.tokens.lowerBound]) }
            }
            if chosenTime == nil {
                chosenTime = times.first { t in
                    let sentence = prose.sentence(of: t.tokens.lowerBound)
                    return t.tokens.lowerBound > dt.upperBound && t.tokens.lowerBound - dt.upperBound <= 80
                        && !prose.cues(.invite, key: "event", in: sentence).isEmpty
                        && !dates.contains { sentence.contains($0.tokens.lowerBound) }
                }
            }
        } else {
            chosenTime = times.first
            if let t = chosenTime { result.evidenceStart = prose.source(t.tokens) }
        }
        guard let time = chosenTime else { return result }
        result.hasTime = true
        if let dt = chosenTokens {
            let lo = min(dt.lowerBound, time.tokens.lowerBound)
            let hi = max(dt.upperBound, time.tokens.upperBound)
            if hi - lo <= (dt.count + time.tokens.count + 3) {
                result.evidenceStart = prose.source(lo..<hi)
            } else {
                result.evidenceStart = prose.source(dt) + " " + prose.source(time.tokens)
            }
        }
        guard let startDate = result.start, result.end == nil || time.endHour != nil else {
            return result
        }
        result.isAllDay = false
        var offset: Int? = nil
        if let zone = time.zone {
            result.timeZone = zone
            offset = ZoneMath.offset(
                zone: zone, year: startDate.year, month: startDate.month, day: startDate.day,
                hour: time.hour, minute: time.minute)
        } else if let o = time.offset {
            offset = o
        } else if let zone = defaultZone ?? senderZone() {
            offset = ZoneMath.offset(
                zone: zone, year: startDate.year, month: startDate.month, day: startDate.day,
                hour: time.hour, minute: time.minute)
        } else {
            offset = defaultOffset ?? 0
        }
        let startDays = CivilDay(year: startDate.year, month: startDate.month, day: startDate.day)
        result.start = InvitationTime(
            year: startDate.year, month: startDate.month, day: startDate.day,
            hour: time.hour, minute: time.minute, utcOffsetSeconds: offset)
        result.end = nil
        result.evidenceEnd = nil
        if let eh = time.endHour, let em = time.endMinute {
            var endDay = startDays
            if eh * 60 + em <= time.hour * 60 + time.minute { endDay = CivilDay(days: startDays.days + 1) }
            let e = endDay.ymd
            result.end = InvitationTime(
                year: e.year, month: e.month, day: e.day, hour: eh, minute: em, utcOffsetSeconds: offset)
            result.evidenceEnd = prose.source(time.tokens)
        } else if let dur = durations.first(where: { d in
            // Near the time, or in the time's sentence or the next ("… at 10am. It should take about 90 minutes.").
            let near =
                abs(d.at - time.tokens.upperBound) <= 14
                && prose.lineOf[d.at] >= prose.lineOf[time.tokens.lowerBound] - 1
            let sentence = prose.sentenceOf[d.at] - prose.sentenceOf[time.tokens.lowerBound]
            guard !near else { return true }
            // "arrive 15 minutes early" is no length.
            if let (_, e) = grammar.duration(at: d.at), e < prose.tokens.count,
                [
                    "early", "earlier", "before", "beforehand", "prior", "ago", "late", "later", "avant", "vorher",
                    "fruher", "antes", "prima",
                ].contains(prose.tokens[e].text)
            {
                return false
            }
            return d.at > time.tokens.upperBound
                && (sentence == 0 || sentence == 1 || (sentence > 1 && saysHowLong(prose.sentenceOf[d.at])))
        }) {
            let total = time.hour * 3600 + time.minute * 60 + dur.seconds
            let e = CivilDay(days: startDays.days + total / 86_400).ymd
            let secs = total % 86_400
            result.end = InvitationTime(
                year: e.year, month: e.month, day: e.day, hour: secs / 3600, minute: (secs % 3600) / 60,
                utcOffsetSeconds: offset)
            if let (_, endTok) = grammar.duration(at: dur.at) { result.evidenceEnd = prose.source(dur.at..<endTok) }
        } else if let stated = times.first(where: { t in
            // "Ende gegen 16:30 Uhr", "Einde: ca. 22.45 uur", "ends at 9pm": a time after an end word.
            t.tokens.lowerBound > time.tokens.upperBound && t.endHour == nil
                && (max(0, t.tokens.lowerBound - 4)..<t.tokens.lowerBound).contains { k in
                    prose.lex.time.match(prose.tokens, k, key: "end") != nil
                        || prose.en.time.match(prose.tokens, k, key: "end") != nil
                }
        }), stated.hour * 60 + stated.minute > time.hour * 60 + time.minute {
            result.end = InvitationTime(
                year: startDate.year, month: startDate.month, day: startDate.day, hour: stated.hour,
                minute: stated.minute, utcOffsetSeconds: offset)
            result.evidenceEnd = prose.source(stated.tokens)
        }
        return result
    }

    /// Zones tried for a sender's clock, by language, then all of them.
    private static let senderZones: [String: [String]] = [
        "de": ["Europe/Berlin"], "fr": ["Europe/Paris"], "it": ["Europe/Rome"], "nl": ["Europe/Amsterdam"],
        "es": ["Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Santiago"],
        "pt": ["Europe/Lisbon", "America/Sao_Paulo"],
        "en": [
            "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London",
            "Australia/Sydney", "Asia/Kolkata", "Asia/Singapore", "Pacific/Auckland",
        ],
    ]

    /// The zone the sender's clock most likely follows.
    ///
    /// A time after a change to or from summer time then gets that day's offset. It is the first zone of the
    /// text's language (then of any language) whose offset on the reference day is the `Date:` header's:
    /// RFC 5322 §3.3 dates carry an offset, not a zone. A zero offset is left alone (servers stamp UTC).
    private func senderZone() -> String? {
        guard let o = defaultOffset, o != 0 else { return nil }
        let day = reference.ymd
        let all = Self.senderZones.values.flatMap { $0 }.sorted()
        for zone in (Self.senderZones[prose.lex.code] ?? []) + all
        where ZoneMath.offset(zone: zone, year: day.year, month: day.month, day: day.day, hour: 12, minute: 0) == o {
            return zone
        }
        return nil
    }

    /// Whether a word of length ("dure", "durée", "duração", "takes") stands at most three words before `i`.
    private func followsLengthWord(_ i: Int) -> Bool {
        let sentence = prose.sentence(of: i)
        return (max(sentence.lowerBound, i - 4)..<i).contains {
            prose.lex.durations.match(prose.tokens, $0, key: "last") != nil
                || prose.en.durations.match(prose.tokens, $0, key: "last") != nil
        }
    }

    /// Whether a sentence says how long something lasts ("It should take about 90 minutes", "La entrevista
    /// durará aproximadamente 45 minutos", "Das Gespräch dauert etwa eine Stunde"), so a duration in it is
    /// the meeting's length however far it is from the time.
    private func saysHowLong(_ sentence: Int) -> Bool {
        guard sentence >= 0, sentence < prose.sentences.count else { return false }
        for k in prose.sentences[sentence] {
            if prose.lex.durations.match(prose.tokens, k, key: "last") != nil
                || prose.en.durations.match(prose.tokens, k, key: "last") != nil
            {
                return true
            }
        }
        return false
    }

    /// Whether a sentence moves a meeting ("move", "reschedule", "verschieben": `relative` key `move`).
    private func movesMeeting(_ sentence: Range<Int>) -> Bool {
        sentence.contains {
            prose.lex.relative.match(prose.tokens, $0, key: "move") != nil
                || prose.en.relative.match(prose.tokens, $0, key: "move") != nil
        }
    }

    /// Whether a word of the new day of a move ("to", "auf", "naar", "à", "para": `relative` key `moveto`)
    /// stands right before token `start`, perhaps with an article between ("auf den Mittwoch").
    private func isAfterToWord(_ start: Int) -> Bool {
        for back in 1...2 where start - back >= 0 {
            let k = start - back
            if let end = prose.cue(.relative, k, key: "moveto")?.end,
                end == start || (end == start - 1 && prose.isStopword(prose.tokens[start - 1].text))
            {
                return true
            }
        }
        return false
    }

    /// Whether the words before a date make it a deadline ("RSVP by", "avant le", "bis zum").
    private func isDeadline(_ start: Int) -> Bool {
        var j = max(0, start - 5)
        while j < start {
            if let e = prose.cue(.relative, j, key: "deadline")?.end,
                e == start
                    || (e + 1 == start && prose.tokens[e].kind == .word && prose.isStopword(prose.tokens[e].text))
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// A news dateline: the place, the date the report was filed, perhaps an agency, then a dash.
    ///
    /// "SEATTLE, Feb. 26 --", "PARIS, 26 février (Reuters) -", "Madrid, 26 feb (EFE).-".
    func dateline() -> (tokens: Range<Int>, day: CivilDay)? {
        let tokens = prose.tokens
        for line in prose.lines where line.count >= 4 {
            guard tokens[line.lowerBound].kind == .word, tokens[line.lowerBound].isCapitalized else { continue }
            for k in (line.lowerBound + 1)..<min(line.upperBound, line.lowerBound + 6) {
                let place = line.lowerBound..<k
                // The place is no date word: "Monday, March 3 - Board meeting" is an event line.
                guard
                    place.allSatisfy({
                        (tokens[$0].kind == .word && tokens[$0].isCapitalized && !grammar.mayStart(at: $0))
                            || tokens[$0].text == ","
                    })
                else { break }
                guard grammar.mayStart(at: k), let d = grammar.date(at: k) else { continue }
                var e = d.tokens.upperBound
                if e < line.upperBound, tokens[e].text == "(",
                    let close = (e..<min(line.upperBound, e + 5)).first(where: { tokens[$0].text == ")" })
                {
                    e = close + 1
                }
                if e < line.upperBound, tokens[e].text == "." { e += 1 }
                guard e < line.upperBound, tokens[e].text == "-", let (day, _) = resolve(d, backwards: true) else {
                    break
                }
                return (d.tokens, day)
            }
        }
        return nil
    }

    /// Where the first inviting verb (or, in a verb-final clause, its auxiliary: "hat", "heeft") of a sentence starts.
    private func invitingVerb(in sentence: Range<Int>) -> Int? {
        sentence.first { prose.cue(.host, $0, key: "verb") != nil || prose.cue(.host, $0, key: "auxiliary") != nil }
    }

    /// A news byline among the first lines, whose whole line is the filing's.
    ///
    /// "Published April 21, 2026 at 6:02 a.m. PT | Updated …", "Publié le 12 mai 2026 à 08h15" (the packs'
    /// `cues.negative` key `published`).
    func byline() -> (tokens: Range<Int>, day: CivilDay)? {
        let tokens = prose.tokens
        for line in prose.lines.prefix(8) where line.count >= 3 {
            var k = line.lowerBound
            while k < line.upperBound, tokens[k].kind == .punct { k += 1 }
            guard let cue = prose.cue(.negative, k, key: "published") else { continue }
            for start in cue.end..<line.upperBound where grammar.mayStart(at: start) {
                guard let d = grammar.date(at: start), let (day, _) = resolve(d, backwards: true) else { continue }
                return (line, day)
            }
        }
        return nil
    }

    private func describe(_ day: CivilDay) -> String {
        InvitationTime(year: day.ymd.year, month: day.ymd.month, day: day.ymd.day).description
    }

    private func near(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let tokens = prose.tokens
        let lo = min(a.lowerBound, b.lowerBound)
        let hi = max(a.upperBound, b.upperBound)
        guard hi - lo <= a.count + b.count + 30 else { return false }
        var newlines = 0
        for k in lo..<hi where tokens[k].kind == .newline {
            newlines += 1
            if k + 1 < tokens.count, tokens[k + 1].kind == .newline { return false }
        }
        return newlines <= 2
    }

    /// The civil day (and last day of a range) a mention stands for.
    func resolve(_ d: DateMention, backwards: Bool) -> (CivilDay, CivilDay?)? {
        switch d.kind {
        case .relative(let n):
            // "tomorrow" is tomorrow whatever the sentence reports ("as discussed, tomorrow at 3").
            return (CivilDay(days: reference.days + n), nil)
        case .weekday(let wd, let next, let last):
            if (backwards && !next) || last {
                let delta = (reference.weekday - wd + 7) % 7
                return (CivilDay(days: reference.days - (delta == 0 ? 7 : delta)), nil)
            }
            var delta = (wd - reference.weekday + 7) % 7
            if next && delta == 0 { delta = 7 }
            return (CivilDay(days: reference.days + delta), nil)
        case .dayOfMonth(let dom, let weekday):
            // The first month from the reference's where that day exists (and falls on the weekday named).
            var r = reference.ymd
            for _ in 0..<(weekday == nil ? 3 : 12) {
                if CivilDay.isValid(year: r.year, month: r.month, day: dom) {
                    let c = CivilDay(year: r.year, month: r.month, day: dom)
                    if c >= reference || backwards, weekday == nil || c.weekday == weekday { return (c, nil) }
                }
                r.month += 1
                if r.month > 12 {
                    r.month = 1
                    r.year += 1
                }
            }
            return nil
        case .absolute(let year, let month, let day, let endDay, let endMonth):
            var y = year ?? reference.ymd.year
            if year == nil, CivilDay.isValid(year: y, month: month, day: day),
                CivilDay(year: y, month: month, day: day).days < reference.days - 60
            {
                y += 1
            }
            guard CivilDay.isValid(year: y, month: month, day: day) else { return nil }
            let start = CivilDay(year: y, month: month, day: day)
            var last: CivilDay? = nil
            if let endDay {
                var em = endMonth ?? month
                var ey = y
                if em < month {
                    ey += 1
                } else if endMonth == nil, endDay < day {
                    em += 1
                }
                if em > 12 {
                    em = 1
                    ey += 1
                }
                if CivilDay.isValid(year: ey, month: em, day: endDay) {
                    last = CivilDay(year: ey, month: em, day: endDay)
                }
            }
            return (start, last)
        }
    }
}
