import InviteModel

/// Where the meeting is and how to join it online, as read from prose.
struct PlaceReader {
    let prose: ProseText

    /// A labelled value ("Lieu : Salle 204, 12 rue de la Paix") split into a name and an address.
    func location(fromLabelValue range: Range<Int>) -> Location? {
        let tokens = prose.tokens
        guard !range.isEmpty else { return nil }
        if range.count == 1, tokens[range.lowerBound].kind == .url {
            return Location(url: tokens[range.lowerBound].text)
        }
        var firstComma: Int? = nil
        for k in range where tokens[k].text == "," {
            firstComma = k
            break
        }
        let startsWithNumber =
            tokens[range.lowerBound].kind == .number
            && !(prose.cue(.location, range.lowerBound + 1, key: "room") != nil)
        if startsWithNumber || isStreet(range) && firstComma.map({ isStreet(range.lowerBound..<$0) }) ?? true {
            return Location(address: prose.source(range))
        }
        // "Stadskantoor, zaal 4.12, Example-plein 1 in Utrecht", "escritório da Rua Example 12, 4050-123 Porto": the
        // street and what follows it are the address; the words before it name the place.
        if let street = streetStart(in: range), street > range.lowerBound {
            var nameEnd = street
            while nameEnd > range.lowerBound,
                tokens[nameEnd - 1].text == ","
                    || (tokens[nameEnd - 1].kind == .word && !tokens[nameEnd - 1].isCapitalized
                        && prose.isStopword(tokens[nameEnd - 1].text))
            { nameEnd -= 1 }
            if nameEnd > range.lowerBound {
                return Location(
                    name: prose.source(range.lowerBound..<nameEnd), address: prose.source(street..<range.upperBound))
            }
        }
        // "Salle Monet, 3e étage", "Room 4, 2nd floor": a floor or wing after the comma is part of the name.
        if let c = firstComma,
            ((c + 1)..<range.upperBound).contains(where: { prose.cue(.location, $0, key: "room") != nil })
                || isOrdinal(c + 1, in: range)
        {
            return Location(name: prose.source(range))
        }
        if let c = firstComma, c + 1 < range.upperBound {
            return Location(name: prose.source(range.lowerBound..<c), address: prose.source((c + 1)..<range.upperBound))
        }
        return Location(name: prose.source(range))
    }

    /// Where a street address starts inside `range`: a street word with a house number after it ("Rua Example 12",
    /// "Example-plein 1", "Market Street 14") or before it ("12 rue de la Paix").
    private func streetStart(in range: Range<Int>) -> Int? {
        let tokens = prose.tokens
        for k in range where prose.cue(.location, k, key: "street") != nil {
            // "12 rue de la Paix", "88 Example Street": the number first, maybe a name between.
            var n = k
            while n > range.lowerBound, k - n < 3, tokens[n - 1].kind == .word, tokens[n - 1].isCapitalized { n -= 1 }
            if n > range.lowerBound, tokens[n - 1].kind == .number { return n - 1 }
            guard let number = (k + 1..<min(k + 6, range.upperBound)).first(where: { tokens[$0].kind == .number }),
                (k + 1..<number).allSatisfy({
                    tokens[$0].isCapitalized || ProseText.particles.contains(tokens[$0].text)
                })
            else { continue }
            // A name before the street word: "Market Street 14", "Example-plein 1".
            var s = k
            if s - 2 >= range.lowerBound, tokens[s - 1].text == "-", !tokens[s - 1].spaceBefore, !tokens[s].spaceBefore,
                tokens[s - 2].isCapitalized
            {
                s -= 2
            } else if number == k + 1 {
                while s > range.lowerBound, tokens[s - 1].kind == .word, tokens[s - 1].isCapitalized,
                    prose.cue(.location, s - 1, key: "room") == nil
                { s -= 1 }
            }
            return s
        }
        return nil
    }

    /// A short line that only names something: capitalized words, particles, abbreviations ("S.r.l."), small
    /// numbers ("3rd floor") and light punctuation, no colon.
    private func isNameLine(_ line: Range<Int>) -> Bool {
        let tokens = prose.tokens
        guard !line.isEmpty, line.count <= 14, tokens[line.lowerBound].kind == .word,
            tokens[line.lowerBound].isCapitalized
        else { return false }
        return line.allSatisfy { k in
            let t = tokens[k]
            switch t.kind {
            case .word:
                return t.isCapitalized || ProseText.particles.contains(t.text) || t.text.unicodeScalars.count <= 3
            case .number: return t.digits <= 2
            case .punct: return [".", "-", "(", ")", "&", "'", ","].contains(t.text)
            default: return false
            }
        }
    }

    /// "3e", "2nd", "1er", "4º" followed by a word that is no street ("3e étage", "2nd floor").
    private func isOrdinal(_ k: Int, in range: Range<Int>) -> Bool {
        let tokens = prose.tokens
        guard k + 2 < range.upperBound, tokens[k].kind == .number, tokens[k].digits <= 2 else { return false }
        let suffix = tokens[k + 1]
        guard !suffix.spaceBefore, suffix.kind == .word || suffix.text == "º" || suffix.text == "ª",
            suffix.text.unicodeScalars.count <= 3
        else { return false }
        return tokens[k + 2].kind == .word && prose.cue(.location, k + 2, key: "street") == nil
    }

    private func isStreet(_ range: Range<Int>) -> Bool {
        let tokens = prose.tokens
        for k in range {
            if prose.cue(.location, k, key: "street") != nil, k > range.lowerBound || (k + 1 < range.upperBound) {
                if (k > range.lowerBound && tokens[k - 1].kind == .number)
                    || (k + 1 < range.upperBound && tokens[k + 1].kind == .number)
                {
                    return true
                }
                if k == range.lowerBound { return true }
            }
            // German/Dutch compounds: "Hauptstraße 5", "Keizersgracht 123"
            if tokens[k].kind == .word, k + 1 < range.upperBound, tokens[k + 1].kind == .number {
                for suffix in ["strasse", "str", "straat", "gracht", "weg", "laan", "plein", "platz", "gasse", "allee"]
                where tokens[k].text.hasSuffix(suffix) {
                    return true
                }
            }
        }
        return false
    }

    /// A place the writer states they will be at: "We'll be in Room 2.14", "nous serons dans la salle Jupiter",
    /// "wir treffen uns im Raum 3": the words after the phrase, up to the end of the sentence or a date or time.
    func statedPlace() -> (Location, String)? {
        let tokens = prose.tokens
        for cue in prose.cues(.location, key: "stated") {
            let sentence = prose.sentence(of: cue.start)
            var a = cue.end
            // Articles: "the Harbor Room", "la salle Jupiter".
            while a < sentence.upperBound, tokens[a].kind == .word, !tokens[a].isCapitalized,
                prose.isStopword(tokens[a].text)
            { a += 1 }
            // "vindt plaats op donderdag 21 mei van 13.30 tot 15.00 uur in het Stadskantoor", "será na terça-feira,
            // 9 de junho, às 15h00, no escritório da Rua …": a day or a time is no place; the sentence's next place
            // phrase is.
            if a < sentence.upperBound, endsPlace(at: a) || prose.cue(.months, a) != nil {
                let datePart = a
                guard
                    let next = ((datePart + 1)..<sentence.upperBound).first(where: { k in
                        guard let p = prose.cue(.location, k, key: "in"), p.end < sentence.upperBound else {
                            return false
                        }
                        return !endsPlace(at: p.end) && prose.cue(.months, p.end) == nil
                            && tokens[p.end].kind == .word
                    }),
                    let p = prose.cue(.location, next, key: "in")
                else { continue }
                a = p.end
                while a < sentence.upperBound, tokens[a].kind == .word, !tokens[a].isCapitalized,
                    prose.isStopword(tokens[a].text)
                { a += 1 }
            }
            var e = a
            while e < sentence.upperBound, e - a < 20 {
                let t = tokens[e]
                if t.kind == .newline, e + 1 < sentence.upperBound, tokens[e + 1].kind == .newline { break }
                if t.kind == .punct, [".", "!", "?", ";"].contains(t.text),
                    e + 1 >= tokens.count || tokens[e + 1].spaceBefore || tokens[e + 1].kind == .newline,
                    t.text == ";" || e + 1 >= sentence.upperBound
                {
                    // "im 3. OG" is no sentence end: the sentence reader knows ordinals and abbreviations.
                    break
                }
                if e > a, endsPlace(at: e) { break }
                // "via dei Mille 14, terzo piano – citofono Rinaldi": a spaced dash starts an aside.
                if e > a, t.kind == .punct, t.text == "-", t.spaceBefore, e + 1 < tokens.count,
                    tokens[e + 1].spaceBefore
                {
                    break
                }
                e += 1
            }
            while e > a,
                tokens[e - 1].kind == .newline
                    || (tokens[e - 1].kind == .punct && [",", ".", ":", "-"].contains(tokens[e - 1].text))
            { e -= 1 }
            // German "… findet im Raum 3 statt".
            if e > a + 1, tokens[e - 1].text == "statt" { e -= 1 }
            guard e > a else { continue }
            // A place has a name: a capital, a number or a letter without case ("会議室A").
            let named = (a..<e).contains { k in
                tokens[k].isCapitalized || tokens[k].kind == .number
                    || (tokens[k].kind == .word
                        && tokens[k].text.unicodeScalars.first.map { $0.value > 0x2E80 } ?? false)
            }
            guard named, var location = location(fromLabelValue: a..<e) else { continue }
            // The sentence may wrap: one space for each line break.
            func oneLine(_ s: String?) -> String? { s.map { String($0.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) } }
            location.name = oneLine(location.name)
            location.address = oneLine(location.address)
            return (location, oneLine(prose.source(cue.start..<e)) ?? "")
        }
        return nil
    }

    /// Whether a date, time or new clause starts at `k` inside a stated place ("… in Room 2 at 3pm", "… on Friday").
    private func endsPlace(at k: Int) -> Bool {
        let tokens = prose.tokens
        if prose.cue(.weekdays, k) != nil || prose.cue(.relative, k, key: "today") != nil
            || prose.cue(.relative, k, key: "tomorrow") != nil
        {
            return true
        }
        if tokens[k].kind == .number, k + 1 < tokens.count,
            tokens[k + 1].text == ":" || prose.cue(.time, k + 1, key: "am") != nil
                || prose.cue(.time, k + 1, key: "pm") != nil
        {
            return true
        }
        // "at 3", "um 10", "à 14h", "from 2"
        if tokens[k].kind == .word, !tokens[k].isCapitalized, k + 1 < tokens.count, tokens[k + 1].kind == .number,
            prose.cue(.time, k, key: "at") != nil || prose.cue(.time, k, key: "from") != nil
                || prose.cue(.time, k, key: "barehour") != nil
        {
            return true
        }
        // "… to discuss": a lower-case stop word before a lower-case word ends the name.
        if tokens[k].kind == .word, !tokens[k].isCapitalized, prose.isStopword(tokens[k].text), k + 1 < tokens.count,
            tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, !ProseText.particles.contains(tokens[k].text)
        {
            return true
        }
        return false
    }

    /// A place in prose: "au siège de Twitter au centre-ville de San Francisco", "at Twitter's headquarters
    /// in downtown San Francisco", "in Raum 3.14", "12 rue de la Paix".
    func location(preferring sentences: Set<Int>) -> (Location, String)? {
        let tokens = prose.tokens
        var candidates: [(Location, String, Int, Int)] = []
        var i = 0
        while i < tokens.count {
            guard let place = prose.cue(.location, i, key: "place") else {
                i += 1
                continue
            }
            var nameStart = i
            var nameEnd = place.end
            // "Twitter's headquarters"
            if i >= 3, tokens[i - 1].text == "s", tokens[i - 2].text == "'", let org = prose.name(endingBefore: i - 2) {
                nameStart = org.lowerBound
            } else if let org = prose.name(endingBefore: i), i - org.lowerBound <= 3, org.lowerBound > 0 {
                nameStart = org.lowerBound  // "the Acme offices"
            } else if let of = prose.cue(.host, place.end, key: "of") {
                var k = of.end
                if k < tokens.count, tokens[k].text == "'" { k += 1 }
                while k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized,
                    prose.isStopword(tokens[k].text), k - of.end < 2
                { k += 1 }
                if let org = prose.name(startingAt: k) { nameEnd = org.upperBound }
            }
            var evidenceEnd = nameEnd
            var address: String? = nil
            // Address: "in downtown San Francisco", "au centre-ville de San Francisco", "in San Francisco".
            var k = nameEnd
            // "na sede da Rota Norte, no Porto": the town may follow a comma.
            if k + 1 < tokens.count, tokens[k].text == ",", prose.cue(.location, k + 1, key: "in") != nil { k += 1 }
            if let p = prose.cue(.location, k, key: "in") { k = p.end }
            while k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, prose.isStopword(tokens[k].text),
                k - nameEnd < 3,
                prose.cue(.location, k, key: "downtown") == nil
            {
                k += 1
            }
            if let down = prose.cue(.location, k, key: "downtown") {
                var c = down.end
                if let of = prose.cue(.host, c, key: "of") { c = of.end }
                if c < tokens.count, tokens[c].text == "'" { c += 1 }
                if let city = prose.name(startingAt: c) {
                    address = prose.source(k..<city.upperBound)
                    evidenceEnd = city.upperBound
                }
            } else if k > nameEnd, let city = prose.name(startingAt: k) {
                // "aan de Herengracht 50 in Amsterdam"
                var e = city.upperBound
                if e < tokens.count, tokens[e].kind == .number, tokens[e].digits <= 4 { e += 1 }
                if let p = prose.cue(.location, e, key: "in"), let more = prose.name(startingAt: p.end) {
                    e = more.upperBound
                }
                address = prose.source(k..<e)
                evidenceEnd = e
            }
            let location = Location(name: prose.source(nameStart..<nameEnd), address: address)
            var evidenceStart = nameStart
            if evidenceStart > 0, let _ = prose.cue(.location, evidenceStart - 1, key: "in") { evidenceStart -= 1 }
            var score =
                (sentences.contains(prose.sentenceOf[i]) ? 2 : 0) + (nameEnd - nameStart > 1 ? 1 : 0)
                + (address != nil ? 1 : 0)
            if nameEnd - nameStart == 1, address == nil { score -= 3 }
            candidates.append((location, prose.source(evidenceStart..<evidenceEnd), score, prose.sentenceOf[i]))
            i = max(place.end, evidenceEnd)
        }
        // Rooms: "Room 4B", "salle 204", "Raum 3.14".
        i = 0
        while i < tokens.count {
            // "sala riunioni Dante", "salle du conseil Voltaire": one descriptive word may come before the name.
            var named = prose.cue(.location, i, key: "room")
            if let r = named, r.end + 1 < tokens.count, tokens[r.end].kind == .word, !tokens[r.end].isCapitalized,
                !prose.isStopword(tokens[r.end].text), prose.isNameWord(r.end + 1)
            {
                named = (r.key, r.end + 1)
            }
            // "Besprechungsraum „Kocher“", "salle « Jupiter »": a room's name in quotes.
            if let room = named, room.end + 2 < tokens.count, ProseText.quoteMarks.contains(tokens[room.end].text),
                tokens[room.end + 1].kind == .word || tokens[room.end + 1].kind == .number,
                let close = (room.end + 2..<min(room.end + 6, tokens.count)).first(where: {
                    ProseText.quoteMarks.contains(tokens[$0].text)
                })
            {
                let text = prose.source(i..<(close + 1))
                candidates.append(
                    (Location(name: text), text, sentences.contains(prose.sentenceOf[i]) ? 1 : 0, prose.sentenceOf[i]))
                i = close + 1
                continue
            }
            if let room = named, room.end < tokens.count,
                tokens[room.end].kind == .number || prose.isNameWord(room.end)
                    || (tokens[room.end].isCapitalized && tokens[room.end].text.unicodeScalars.count <= 3)
            {
                var e = room.end + 1
                while e < tokens.count, !tokens[e].spaceBefore, tokens[e].kind != .newline, tokens[e].text != "," {
                    e += 1
                }
                if tokens[room.end].kind == .word, let n = prose.name(startingAt: room.end), n.count <= 2 {
                    e = max(e, n.upperBound)
                }
                while e > room.end + 1, tokens[e - 1].kind == .punct { e -= 1 }
                // "Conference Room B, 4th floor", "salle 204, 2e étage": the floor belongs to the room.
                if e + 3 < tokens.count, tokens[e].text == ",", tokens[e + 1].kind == .number,
                    let floor = (e + 2...e + 3).first(where: { prose.cue(.location, $0, key: "room") != nil }),
                    let floorEnd = prose.cue(.location, floor, key: "room")?.end
                {
                    e = floorEnd
                }
                let text = prose.source(i..<e)
                candidates.append(
                    (Location(name: text), text, sentences.contains(prose.sentenceOf[i]) ? 1 : 0, prose.sentenceOf[i]))
                i = e
            } else {
                i += 1
            }
        }
        // Venues named with their kind: "al ristorante Da Mario", "at Café Central", "im Hotel Adlon" (kind
        // first), "at the Blue Door Café", "Harbor Hotel" (kind last, capitalized).
        i = 0
        while i < tokens.count {
            guard let venue = prose.cue(.location, i, key: "venue") else {
                i += 1
                continue
            }
            var range: Range<Int>? = nil
            // "Parque del Oeste", "Café de Flore": one particle may come between the kind and the name.
            let after =
                venue.end + 1 < tokens.count && ProseText.particles.contains(tokens[venue.end].text)
                ? venue.end + 1 : venue.end
            if let name = prose.name(startingAt: after), name.lowerBound == after, name.count <= 5 {
                range = i..<name.upperBound
            } else if venue.end - i >= 2, tokens[i].isCapitalized {
                // "la Maison des associations", "el Centro Cultural": a venue phrase written as a name.
                range = i..<venue.end
            } else if tokens[i].isCapitalized, let name = prose.name(endingBefore: i), i - name.lowerBound <= 3,
                name.lowerBound > 0, tokens[name.lowerBound - 1].kind != .newline
            {
                range = name.lowerBound..<venue.end
            }
            guard let range else {
                i = venue.end
                continue
            }
            let text = prose.source(range)
            let score = (sentences.contains(prose.sentenceOf[i]) ? 2 : 0) + 1
            var location = Location(name: text)
            var evidence = text
            if let street = streetNamed(after: range.upperBound) {
                // "al Bar Roma in piazza Garibaldi", "at Café Central on Bridge Street"
                location.address = Self.oneLine(prose.source(street))
                evidence = prose.source(range.lowerBound..<street.upperBound)
            }
            candidates.append((location, evidence, score, prose.sentenceOf[i]))
            i = range.upperBound
        }
        // A place named by its owner: "at Luigi's on 5th Ave", "chez Paul's".
        i = 0
        while i + 3 < tokens.count {
            guard let at = prose.cue(.location, i, key: "in"), at.end + 2 < tokens.count,
                let name = prose.name(startingAt: at.end), name.lowerBound == at.end, name.count <= 3,
                name.upperBound + 1 < tokens.count, tokens[name.upperBound].text == "'",
                tokens[name.upperBound + 1].text == "s", !tokens[name.upperBound + 1].spaceBefore,
                name.upperBound + 2 >= tokens.count || tokens[name.upperBound + 2].kind != .word
                    || prose.isStopword(tokens[name.upperBound + 2].text)
            else {
                i += 1
                continue
            }
            let end = name.upperBound + 2
            var location = Location(name: prose.source(name.lowerBound..<end))
            var evidence = prose.source(name.lowerBound..<end)
            if let street = streetNamed(after: end) {
                location.address = Self.oneLine(prose.source(street))
                evidence = prose.source(name.lowerBound..<street.upperBound)
            }
            candidates.append(
                (location, evidence, sentences.contains(prose.sentenceOf[i]) ? 2 : 1, prose.sentenceOf[i]))
            i = end
        }
        // Rooms named by what they belong to: "nella sala consiliare del Municipio", "in die Aula der
        // Gesamtschule Süd", "in the main hall of the Town Library".
        i = 0
        while i < tokens.count {
            guard let room = prose.cue(.location, i, key: "room"), i > 0,
                prose.cue(.location, i - 1, key: "in") != nil
                    || prose.isStopword(tokens[i - 1].text)
            else {
                i += 1
                continue
            }
            var k = room.end
            while k < tokens.count, k - room.end < 2, tokens[k].kind == .word, !tokens[k].isCapitalized,
                !prose.isStopword(tokens[k].text), prose.cue(.host, k, key: "of") == nil
            { k += 1 }
            guard let of = prose.cue(.host, k, key: "of") else {
                i = room.end
                continue
            }
            var b = of.end
            if b < tokens.count, tokens[b].kind == .word, !tokens[b].isCapitalized, prose.isStopword(tokens[b].text) {
                b += 1
            }
            var owner = prose.name(startingAt: b).flatMap { $0.lowerBound == b && $0.count <= 4 ? $0 : nil }
            var score = (sentences.contains(prose.sentenceOf[i]) ? 2 : 0) + 1
            // "en la sala de juntas": a room word after "in" and an article may be lower-case.
            let introduced =
                tokens[i].isCapitalized
                || (i >= 2 && prose.cue(.location, i - 2, key: "in") != nil && prose.isStopword(tokens[i - 1].text))
                || (i >= 1 && prose.cue(.location, i - 1, key: "in") != nil)
            if owner == nil, introduced, b < tokens.count, tokens[b].kind == .word,
                !tokens[b].isCapitalized, !prose.isStopword(tokens[b].text)
            {
                // "el Auditorio de la sede", "la Sala de juntas": a capitalized room of something unnamed.
                owner = b..<(b + 1)
                score -= 1
            }
            guard let owner else {
                i = room.end
                continue
            }
            let text = prose.source(i..<owner.upperBound)
            candidates.append((Location(name: text), text, score, prose.sentenceOf[i]))
            i = owner.upperBound
        }
        // Rooms named by a common word: "en salle polyvalente", "à la salle des fêtes", "nella sala grande".
        i = 1
        while i < tokens.count {
            guard let room = prose.cue(.location, i, key: "room"),
                prose.cue(.location, i - 1, key: "in") != nil
                    || (i >= 2 && prose.isStopword(tokens[i - 1].text) && prose.cue(.location, i - 2, key: "in") != nil)
            else {
                i += 1
                continue
            }
            var e = room.end
            // "des fêtes", "de réunion": a particle or French "des" (an article that is no name particle), then the word.
            if e + 1 < tokens.count, ProseText.particles.contains(tokens[e].text) || tokens[e].text == "des" {
                e += 1
            }
            guard e < tokens.count, tokens[e].kind == .word, !tokens[e].isCapitalized,
                tokens[e].text.unicodeScalars.count >= 4, !prose.isStopword(tokens[e].text),
                e + 1 >= tokens.count || tokens[e + 1].kind != .word || prose.isStopword(tokens[e + 1].text)
            else {
                i = room.end
                continue
            }
            let text = prose.source(i..<(e + 1))
            candidates.append(
                (Location(name: text), text, sentences.contains(prose.sentenceOf[i]) ? 1 : 0, prose.sentenceOf[i]))
            i = e + 1
        }
        // Rooms named before the room word: "in the Harbor Room".
        i = 1
        while i < tokens.count {
            if let room = prose.cue(.location, i, key: "room"),
                !(room.end < tokens.count && tokens[room.end].spaceBefore
                    && (tokens[room.end].kind == .number
                        || (tokens[room.end].isCapitalized && tokens[room.end].text.unicodeScalars.count <= 2))),
                let name = prose.name(endingBefore: i),
                name.count <= 3, name.lowerBound > 0, tokens[name.lowerBound - 1].kind == .word,
                !tokens[name.lowerBound - 1].isCapitalized,
                // "in the Redwood conference room": a room word in lower case needs "in the" before the name.
                tokens[i].isCapitalized
                    || (name.lowerBound >= 2 && prose.isStopword(tokens[name.lowerBound - 1].text)
                        && prose.cue(.location, name.lowerBound - 2, key: "in") != nil)
            {
                var end = room.end
                // "…, 4th floor" or "on the 4th floor" belongs to the room.
                var f = end
                if f < tokens.count, tokens[f].text == "," {
                    f += 1
                } else if f + 1 < tokens.count, tokens[f].kind == .word, !tokens[f].isCapitalized,
                    prose.isStopword(tokens[f].text), prose.isStopword(tokens[f + 1].text)
                {
                    f += 2
                }
                if f > end, f + 1 < tokens.count, tokens[f].kind == .number,
                    let floor = (f + 1...min(f + 2, tokens.count - 1)).first(where: {
                        prose.cue(.location, $0, key: "room") != nil
                    }),
                    let floorEnd = prose.cue(.location, floor, key: "room")?.end
                {
                    end = floorEnd
                }
                // "… of our Portland office": the building the room is in (and a place candidate of its own, which
                // the room that holds it outranks).
                var holdsPlace = false
                if let of = prose.cue(.host, end, key: "of") {
                    var b = of.end
                    if b < tokens.count, tokens[b].kind == .word, !tokens[b].isCapitalized,
                        prose.isStopword(tokens[b].text)
                    {
                        b += 1
                    }
                    if let owner = prose.name(startingAt: b), owner.lowerBound == b, owner.count <= 3 {
                        end = prose.cue(.location, owner.upperBound, key: "place")?.end ?? owner.upperBound
                        holdsPlace = true
                    }
                }
                let text = prose.source(name.lowerBound..<end)
                let score = (sentences.contains(prose.sentenceOf[i]) ? 2 : 1) + (holdsPlace ? 2 : 0)
                candidates.append((Location(name: text), text, score, prose.sentenceOf[i]))
                i = end
            } else {
                i += 1
            }
        }
        // Street addresses: number + street word ("12 rue de la Paix", "350 Fifth Avenue"), "Hauptstraße 5".
        for line in prose.lines where line.count >= 2 {
            var k = line.lowerBound
            while k + 1 < line.upperBound {
                // "12 rue de la Paix", "350 Fifth Avenue", "415 West Gorham Street": up to three capitalized words
                // between the number and the street word.
                // "8, rue de l'Example": French writes a comma after the number.
                let numberFirst =
                    tokens[k].kind == .number && tokens[k].digits <= 5
                    && (tokens[k + 1].spaceBefore
                        || (tokens[k + 1].text == "," && k + 2 < line.upperBound
                            && prose.cue(.location, k + 2, key: "street") != nil))
                    && (prose.cue(.location, k + 1, key: "street") != nil || tokens[k + 1].text == ","
                        || (k + 2..<min(k + 5, line.upperBound)).contains { w in
                            prose.cue(.location, w, key: "street") != nil
                                && (k + 1..<w).allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized }
                        })
                var streetFirst = tokens[k].kind == .word && tokens[k + 1].kind == .number && isStreet(k..<(k + 2))
                if !streetFirst, prose.cue(.location, k, key: "street") != nil {
                    // "Via Nazionale 45", "Calle Mayor 10", "Rua Augusta 100"
                    var j = k + 1
                    // "Av. Paulista 1000"
                    if j < line.upperBound, tokens[j].text == ".", !tokens[j].spaceBefore { j += 1 }
                    while j < line.upperBound, j - k <= 5, tokens[j].kind == .word,
                        tokens[j].isCapitalized || ProseText.particles.contains(tokens[j].text)
                    { j += 1 }
                    // "Rua das Acácias, 250": Brazilian addresses put a comma before the number.
                    if j + 1 < line.upperBound, j > k + 1, tokens[j].text == ",", tokens[j + 1].kind == .number {
                        j += 1
                    }
                    streetFirst = j > k + 1 && j < line.upperBound && tokens[j].kind == .number
                }
                if numberFirst || streetFirst {
                    // "Market Street 14": the street's name comes before its street word.
                    if streetFirst, tokens[k + 1].kind == .number, prose.cue(.location, k, key: "street") != nil {
                        // "Example-Ring 40", "Example-plein 1": a name joined to the street word by a hyphen.
                        if k - 2 >= line.lowerBound, tokens[k - 1].text == "-", !tokens[k - 1].spaceBefore,
                            !tokens[k].spaceBefore, tokens[k - 2].kind == .word, tokens[k - 2].isCapitalized
                        {
                            k -= 2
                        }
                        while k > line.lowerBound, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
                            tokens[k - 1].spaceBefore || k - 1 == line.lowerBound, k - line.lowerBound > 0,
                            prose.cue(.location, k - 1, key: "street") == nil
                        {
                            k -= 1
                        }
                    }
                    let e = addressEnd(from: k, line: line)
                    let text = Self.oneLine(prose.source(k..<e))
                    // "The Foundry, 220 Harbor Way, Oakland": a name before the street, alone on its line.
                    if k >= line.lowerBound + 2, tokens[k - 1].text == ",",
                        let name = prose.name(startingAt: line.lowerBound, limit: k - 1)
                            ?? leadingName(line.lowerBound, k - 1),
                        name.upperBound == k - 1
                    {
                        let named = Self.oneLine(prose.source(name.lowerBound..<e))
                        candidates.append(
                            (Location(name: prose.source(name), address: text), named, 1, prose.sentenceOf[k]))
                        break
                    }
                    // "La Cantine" on the line above "15 rue Jean Jaurès" (an event card).
                    let lineIndex = prose.lineOf[k]
                    if k == line.lowerBound, lineIndex > 0, !prose.lines[lineIndex - 1].isEmpty,
                        prose.lines[lineIndex - 1].count <= 5,
                        let name = prose.name(
                            startingAt: prose.lines[lineIndex - 1].lowerBound,
                            limit: prose.lines[lineIndex - 1].upperBound)
                            ?? leadingName(prose.lines[lineIndex - 1].lowerBound, prose.lines[lineIndex - 1].upperBound),
                        name.lowerBound == prose.lines[lineIndex - 1].lowerBound
                            || leadingName(name.lowerBound, name.upperBound) != nil,
                        name.upperBound == prose.lines[lineIndex - 1].upperBound
                    {
                        candidates.append(
                            (
                                Location(name: prose.source(name), address: text),
                                prose.source(name) + ", " + text, 1, prose.sentenceOf[k]
                            ))
                        break
                    }
                    // "Ferramenta Example S.r.l." or "The Foundry Example - Loft Room (3rd floor)" on its own line above
                    // the street, under a line that ends with ":" ("presso la loro sede:", "We've booked …:").
                    if k == line.lowerBound, lineIndex > 0, isNameLine(prose.lines[lineIndex - 1]),
                        let intro = (max(0, lineIndex - 3)..<(lineIndex - 1)).last(where: { !prose.lines[$0].isEmpty }),
                        let last = prose.lines[intro].last, tokens[last].text == ":"
                    {
                        let named = prose.source(prose.lines[lineIndex - 1])
                        candidates.append(
                            (Location(name: named, address: text), named + ", " + text, 2, prose.sentenceOf[k]))
                        break
                    }
                    // "… in the Clubroom at the Boathouse, 4 Mill Lane": the place named right before the street.
                    if k >= line.lowerBound + 2, tokens[k - 1].text == ",",
                        let name = prose.name(endingBefore: k - 1, limit: line.lowerBound), name.count <= 4
                    {
                        var start = name.lowerBound
                        // "au campus Example", "im Hotel Example": a place word in lower case before the name.
                        if start > line.lowerBound, !tokens[start - 1].isCapitalized,
                            prose.cue(.location, start - 1, key: "place")?.end == start
                                || prose.cue(.location, start - 1, key: "venue")?.end == start
                        {
                            start -= 1
                        }
                        // "the Clubroom at the Boathouse": a first name joined by at/in and an article.
                        var a = start
                        if a > line.lowerBound, prose.isStopword(tokens[a - 1].text), !tokens[a - 1].isCapitalized {
                            a -= 1
                        }
                        if a > line.lowerBound, prose.cue(.location, a - 1, key: "in") != nil,
                            let first = prose.name(endingBefore: a - 1, limit: line.lowerBound), first.count <= 3
                        {
                            start = first.lowerBound
                        }
                        candidates.append(
                            (
                                Location(name: prose.source(start..<name.upperBound), address: text),
                                Self.oneLine(prose.source(start..<e)), 1, prose.sentenceOf[k]
                            ))
                        break
                    }
                    // "na sede da associação, Rua Example 12": a place word and its lower-case owner before the street.
                    if k >= line.lowerBound + 2, tokens[k - 1].text == ",",
                        let start = ((line.lowerBound)...(k - 2)).reversed().prefix(4).first(where: { p in
                            (prose.cue(.location, p, key: "place") != nil
                                || prose.cue(.location, p, key: "venue") != nil)
                                && ((p + 1)..<(k - 1)).allSatisfy({
                                    tokens[$0].kind == .word && !tokens[$0].isCapitalized
                                })
                                && ((p + 1)..<(k - 1)).contains(where: { !prose.isStopword(tokens[$0].text) })
                        })
                    {
                        candidates.append(
                            (
                                Location(name: prose.source(start..<(k - 1)), address: text),
                                Self.oneLine(prose.source(start..<e)), 1, prose.sentenceOf[k]
                            ))
                        break
                    }
                    candidates.append((Location(address: text), text, 0, prose.sentenceOf[k]))
                    break
                }
                k += 1
            }
        }
        // The signature's company and office ("Gerente de Marketing | Café Verde Torrefação") are no meeting place.
        if let signature = prose.signatureStartLine() {
            candidates.removeAll { prose.lineOf[prose.sentences[$0.3].lowerBound] >= signature }
        }
        guard let best = candidates.enumerated().max(by: { ($0.element.2, -$0.offset) < ($1.element.2, -$1.offset) })
        else { return nil }
        var location = best.element.0
        var evidence = best.element.1
        if location.address == nil, location.name != nil,
            let street =
                candidates.first(where: { $0.3 == best.element.3 && $0.0.name == nil && $0.0.address != nil })
                ?? candidates.first(where: { $0.3 == best.element.3 && $0.0.address != nil })
        {
            // "presso la sede di Roma, in Via Nazionale 45"
            location.address = street.0.address
            // The street's words may already hold the name ("Example Convention Center, 200 Harbor Blvd").
            evidence = street.1.contains(evidence) ? street.1 : evidence + " … " + street.1
        }
        return (location, evidence)
    }

    /// An address written over lines ("14 avenue Jean Jaurès\n33000 Bordeaux") on one line, its parts
    /// joined by commas.
    static func oneLine(_ text: String) -> String {
        let parts = text.split(whereSeparator: \.isNewline).map { part -> Substring in
            var p = part.drop(while: { $0 == " " || $0 == "\t" })
            while let last = p.last, last == " " || last == "," || last == "\t" { p = p.dropLast() }
            return p
        }
        return parts.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// Whether a spaced dash before a lower-case word opens a clause ("Madison -- it's quiet in the mornings").
    ///
    /// "Av. Paulista, 1578 – São Paulo" keeps its town.
    private func dashOpensClause(_ j: Int) -> Bool {
        let tokens = prose.tokens
        guard prose.isSpacedDash(j) else { return false }
        var n = j + 1
        while n < tokens.count, tokens[n].text == "-" { n += 1 }
        return n < tokens.count && tokens[n].kind == .word && !tokens[n].isCapitalized
    }

    /// Where a street address that starts at `k` ends: at the end of its sentence or line, at ';' or a
    /// parenthesis, and before a comma-separated part that reads as a clause rather than a postcode, city
    /// or floor ("…, Torino, in prima convocazione …").
    private func addressEnd(from k: Int, line: Range<Int>) -> Int {
        let tokens = prose.tokens
        let sentence = prose.sentence(of: k)
        var e = min(line.upperBound, max(sentence.upperBound, k + 1))
        for j in k..<e
        where tokens[j].text == ";" || tokens[j].text == "(" || tokens[j].text == ")" || (j > k && dashOpensClause(j)) {
            e = j
            break
        }
        // "12 rue des Martyrs. dis moi": a full stop before a lower-case word ends it too.
        for j in (k + 1)..<max(k + 1, e)
        where tokens[j].text == "." && j + 1 < e && tokens[j + 1].spaceBefore && tokens[j + 1].kind == .word
            && !tokens[j + 1].isCapitalized && tokens[j - 1].text.unicodeScalars.count > 2
        {
            e = j
            break
        }
        // "Calle Mayor 12 para repasar …": after a house number that follows the street's name, a lower-case word
        // (no particle, floor or room word) starts a clause.
        // "8, rue de l'Example": the comma after a French house number separates no part.
        let first = k + 2 < e && tokens[k].kind == .number && tokens[k + 1].text == "," ? k + 2 : k
        var firstPartEnd = first
        while firstPartEnd < e, tokens[firstPartEnd].text != "," { firstPartEnd += 1 }
        if let number = (k + 1..<firstPartEnd).first(where: { tokens[$0].kind == .number }),
            let clause = (number + 1..<firstPartEnd).first(where: { j in
                tokens[j].kind == .word && !tokens[j].isCapitalized && tokens[j].text.unicodeScalars.count > 2
                    && !ProseText.particles.contains(tokens[j].text) && prose.cue(.location, j, key: "room") == nil
            })
        {
            e = clause
        }
        // Parts after the first comma: each starts with a number or a capital and holds no lower-case
        // word other than a particle or a floor word ("3.ª planta").
        var part = first
        while part < e, tokens[part].text != "," { part += 1 }
        while part < e {
            var next = part + 1
            while next < e, tokens[next].text != "," { next += 1 }
            let words = ((part + 1)..<next).filter { tokens[$0].kind == .word }
            let first = part + 1 < next ? tokens[part + 1] : nil
            let startsLikeAddress = first.map { $0.kind == .number || $0.isCapitalized } ?? false
            // "3e étage gauche", "3.ª planta": a part with a floor or room word belongs to the address.
            let names = ((part + 1)..<next).contains { prose.cue(.location, $0, key: "room") != nil }
            let clause =
                !names
                && words.contains { w in
                    !tokens[w].isCapitalized && !ProseText.particles.contains(tokens[w].text)
                        && tokens[w].text.unicodeScalars.count > 2
                }
            // "calle Goya 42, D. Fernando Ruiz Sanz": a titled person is no part of an address.
            let person = first.map { ProseText.honorifics.contains($0.text) } ?? false
            if !startsLikeAddress || clause || person || words.count > 5 {
                e = part
                break
            }
            part = next
        }
        while e > k + 1, tokens[e - 1].kind == .punct || tokens[e - 1].kind == .newline { e -= 1 }
        // "14 avenue Jean Jaurès\n33000 Bordeaux": a postcode and city on the next line belong to it.
        if e == line.upperBound || (e < tokens.count && tokens[e].kind == .newline) {
            var n = e
            while n < tokens.count, tokens[n].kind != .newline { n += 1 }
            let next = n + 1
            if next + 1 < tokens.count, tokens[next].kind == .number, (4...5).contains(tokens[next].digits),
                let city = prose.name(startingAt: next + 1), city.lowerBound == next + 1,
                city.upperBound >= tokens.count || tokens[city.upperBound].kind == .newline
                    || tokens[city.upperBound].kind == .punct
            {
                e = city.upperBound
            }
        }
        return e
    }

    /// A street right after a place ("in piazza Garibaldi", "on Bridge Street", ", via Roma 12"): a street
    /// word and a name (and maybe a number), or a name that ends with a street word.
    private func streetNamed(after k: Int) -> Range<Int>? {
        let tokens = prose.tokens
        var a = k
        if a < tokens.count, tokens[a].text == "," { a += 1 }
        if let p = prose.cue(.location, a, key: "in") { a = p.end }
        guard a < tokens.count else { return nil }
        if let street = prose.cue(.location, a, key: "street") {
            var b = street.end
            if b < tokens.count, ProseText.particles.contains(tokens[b].text) { b += 1 }
            guard let name = prose.name(startingAt: b), name.lowerBound == b else { return nil }
            var e = name.upperBound
            if e < tokens.count, tokens[e].kind == .number, tokens[e].digits <= 4 {
                // A numbered street may go on with a postcode and a city: ", via Roma 12, Milano".
                e = max(e + 1, addressEnd(from: a, line: prose.line(of: a)))
            }
            return a..<e
        }
        if let name = prose.name(startingAt: a), name.lowerBound == a, name.count >= 2,
            prose.cue(.location, name.upperBound - 1, key: "street") != nil
        {
            return name
        }
        // "on 5th Ave", "on 42nd Street": an ordinal names the street.
        if a + 2 < tokens.count, tokens[a].kind == .number, tokens[a].digits <= 3, !tokens[a + 1].spaceBefore,
            tokens[a + 1].kind == .word, tokens[a + 1].text.unicodeScalars.count <= 3,
            let street = prose.cue(.location, a + 2, key: "street")
        {
            var e = street.end
            if e < tokens.count, tokens[e].text == ".", !tokens[e].spaceBefore { e += 1 }
            return a..<e
        }
        return nil
    }

    /// "The Foundry", "Le Petit Zinc": an article, then name words, filling `[start, end)`.
    private func leadingName(_ start: Int, _ end: Int) -> Range<Int>? {
        let tokens = prose.tokens
        guard start + 1 < end, tokens[start].kind == .word, tokens[start].isCapitalized,
            prose.isStopword(tokens[start].text), let rest = prose.name(startingAt: start + 1, limit: end),
            rest.upperBound == end
        else { return nil }
        return start..<end
    }

    /// `conferenceHosts` as bytes, grouped by their first byte.
    private static let hostsByFirstByte: [[[UInt8]]] = {
        var table: [[[UInt8]]] = Array(repeating: [], count: 256)
        for host in conferenceHosts {
            let bytes = Array(host.utf8)
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        return table
    }()

    /// Whether a URL names one of `conferenceHosts`, compared on bytes with ASCII letters lower-cased.
    static func containsConferenceHost(_ url: String) -> Bool {
        func search(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
            let table = hostsByFirstByte
            for start in 0..<p.count {
                let candidates = table[Int(p[start].asciiLowercased)]
                if candidates.isEmpty { continue }
                for host in candidates where start + host.count <= p.count {
                    var k = 1
                    while k < host.count, p[start + k].asciiLowercased == host[k] { k += 1 }
                    if k == host.count { return true }
                }
            }
            return false
        }
        if url.utf8.withContiguousStorageIfAvailable(search) ?? Array(url.utf8).withUnsafeBufferPointer(search) {
            return true
        }
        return hasMeetingLabel(url)
    }

    /// Host-name labels of company-branded meeting services ("acme.zoom.us", "acme.webex.com", a tenant
    /// domain such as "teams.acme.example").
    private static let meetingLabels: Set<Substring> = ["zoom", "webex", "teams", "whereby", "jitsi", "gotomeeting"]

    /// Whether a label of the URL's host (not its path) names a meeting service.
    private static func hasMeetingLabel(_ url: String) -> Bool {
        var rest = Substring(url)
        if let scheme = url.range(ofASCII: "://") { rest = url[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        return host.lowercased().split(separator: ".").dropLast().contains { meetingLabels.contains($0) }
    }

    static let conferenceHosts = [
        "zoom.us", "zoom.com", "teams.microsoft.com", "teams.live.com", "meet.google.com", "webex.com",
        "gotomeeting.com",
        "gotomeet.me", "meet.jit.si", "whereby.com", "bluejeans.com", "chime.aws", "skype.com", "meet.goto.com",
        "bigbluebutton",
        "jitsi", "ringcentral.com", "lifesize.com", "vc.", "meet.", "webinar",
    ]

    /// The join link, meeting ID, passcode and dial-in numbers.
    func conference(joinLines: Set<Int>) -> (Conference, String)? {
        let tokens = prose.tokens
        var conference = Conference()
        var evidence: [String] = []
        for i in tokens.indices where tokens[i].kind == .url {
            let t = tokens[i]
            // A link the sentence calls a video call ("tu pourras nous rejoindre en visio sur …", "inbellen via …").
            if PlaceReader.containsConferenceHost(t.text) || joinLines.contains(prose.lineOf[i])
                || prose.sentence(of: i).contains(where: { prose.cue(.online, $0, key: "videocall") != nil })
            {
                conference.url = t.text
                evidence.append(t.text)
                break
            }
        }
        var i = 0
        var sawDialCue = false
        while i < tokens.count {
            if let m = prose.cue(.online, i) {
                var k = m.end
                // "Meeting number (access code): 2744 118 9032", "Vergadernummer (toegangscode): …": a gloss in
                // parentheses after the label.
                if k < tokens.count, tokens[k].text == "(",
                    let close = (k + 1..<min(k + 6, tokens.count)).first(where: { tokens[$0].text == ")" }),
                    close + 1 < tokens.count, tokens[close + 1].text == ":"
                {
                    k = close + 1
                }
                while k < tokens.count, tokens[k].kind == .punct,
                    tokens[k].text == ":" || tokens[k].text == "-" || tokens[k].text == "#"
                { k += 1 }
                let line = prose.line(of: i)
                switch m.key {
                case "meetingid" where conference.meetingID == nil:
                    var e = k
                    while e < line.upperBound, tokens[e].kind == .number || (tokens[e].text == "-" && e > k) { e += 1 }
                    if e > k, (k..<e).reduce(0, { $0 + tokens[$1].digits }) >= 6 {
                        conference.meetingID = prose.source(k..<e)
                        evidence.append(prose.source(i..<e))
                    }
                case "passcode" where conference.passcode == nil:
                    if k < line.upperBound, k > m.end || tokens[k].kind == .number,
                        tokens[k].kind == .number || tokens[k].kind == .word
                    {
                        var e = k + 1
                        while e < line.upperBound, !tokens[e].spaceBefore { e += 1 }
                        if tokens[k].kind == .number {
                            // "PIN: 123 456 789#"
                            while e < line.upperBound, tokens[e].kind == .number, tokens[e - 1].kind == .number {
                                e += 1
                            }
                        }
                        // "(…, Passcode 440918)": closing punctuation glued to the code is the sentence's.
                        while e > k + 1, tokens[e - 1].kind == .punct,
                            [")", "]", ",", ".", ";", "»", "\u{201D}"].contains(tokens[e - 1].text)
                        { e -= 1 }
                        conference.passcode = prose.source(k..<e)
                        evidence.append(prose.source(i..<e))
                    }
                case "dialin":
                    sawDialCue = true
                default:
                    break
                }
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        // Dial-in numbers: "+1 646 558 8656", "+33 1 70 37 22 46"; a signature's phone number is none, unless a
        // dial-in word stands on its line (the packs' `phone` words, "Tel.", "Telefon", label a person's phone instead).
        let signature = prose.signatureStartLine() ?? Int.max
        if conference.url != nil || conference.meetingID != nil || sawDialCue {
            var dialedDigits: Set<String> = []
            var k = 0
            while k < tokens.count {
                if tokens[k].text == "+", k + 1 < tokens.count, tokens[k + 1].kind == .number,
                    !tokens[k + 1].spaceBefore,
                    prose.lineOf[k] < signature
                        || prose.line(of: k).contains(where: {
                            prose.cue(.online, $0, key: "dialin") != nil && prose.cue(.online, $0, key: "phone") == nil
                        })
                {
                    var e = k + 1
                    var digits = 0
                    while e < tokens.count,
                        tokens[e].kind == .number
                            || ((tokens[e].text == "-" || tokens[e].text == "(" || tokens[e].text == ")"
                                || tokens[e].text == ".") && e + 1 < tokens.count && tokens[e + 1].kind == .number)
                    {
                        digits += tokens[e].digits
                        e += 1
                        if e < tokens.count, tokens[e].kind == .number, tokens[e - 1].kind == .number,
                            tokens[e].spaceBefore, prose.lineOf[e] != prose.lineOf[k]
                        {
                            break
                        }
                    }
                    if digits >= 8 {
                        // The same number written twice ("+34 917 00 12 34" and "tel:+34917001234") is one.
                        let number = prose.source(k..<e)
                        let key = String(number.unicodeScalars.filter { $0.value &- 0x30 < 10 })
                        if dialedDigits.insert(key).inserted { conference.dialIn.append(number) }
                    }
                    k = e
                } else {
                    k += 1
                }
            }
        }
        // Google Meet names its meeting by the link's code ("meet.google.com/xqv-rmtb-kpe").
        if conference.meetingID == nil, let url = conference.url, let code = Self.meetCode(url) {
            conference.meetingID = code
        }
        // A telephone conference has no link: its numbers and PIN make it one.
        guard
            conference.url != nil || conference.meetingID != nil
                || (!conference.dialIn.isEmpty && conference.passcode != nil)
        else { return nil }
        return (conference, evidence.joined(separator: " "))
    }

    /// The meeting code of a Google Meet link: three letter groups, "abc-defg-hij".
    static func meetCode(_ url: String) -> String? {
        let lower = url.lowercased()
        guard let host = lower.range(ofASCII: "meet.google.com/") else { return nil }
        let code = lower[host.upperBound...].prefix { $0 != "?" && $0 != "/" && $0 != "#" }
        let groups = code.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [3, 4, 3], groups.allSatisfy({ $0.allSatisfy { $0 >= "a" && $0 <= "z" } })
        else { return nil }
        return String(code)
    }
}
