import InviteModel

/// Who invites and who is invited, as read from prose.
struct PeopleReader {
    let prose: ProseText
    /// Whether a name is an organization's (``ProseExtractor/namesOrganization(_:)``).
    var namesOrganization: (String) -> Bool = { _ in false }
    /// The names in the headers (From, To, Cc, and the forwarded original's From).
    var headerNames: [String] = []
    /// Whether a word is a compound title ("Verkehrsministerin") (``ProseExtractor/isCompoundTitle(_:)``).
    var isCompoundTitle: (String) -> Bool = { _ in false }

    struct HostFinding {
        var person: Person
        var evidence: String
        /// The host was named in the third person ("X a invité …"), as in a news report.
        var isReported: Bool
        /// Token range of the inviting verb's sentence.
        var sentence: Range<Int>
        var verbEnd: Int
        /// Where the host's name ends: invitees are listed after it.
        var nameEnd: Int
        /// The subject of a passive sentence ("Des représentants de A, B et C ont été invités par X"): the invited.
        var invitedBefore: Range<Int>? = nil
    }

    /// Whether the word at `i` is a name in the headers, or is written capitalized where no sentence starts.
    private func isNameElsewhere(_ i: Int) -> Bool {
        let tokens = prose.tokens
        let word = tokens[i].text
        if headerNames.contains(where: {
            TextFolding.fold($0).split(whereSeparator: { !$0.isLetter }).contains { $0 == word }
        }) {
            return true
        }
        return tokens.indices.contains { k in
            k != i && tokens[k].text == word && tokens[k].isCapitalized && prose.sentence(of: k).lowerBound != k
        }
    }

    /// The host named as inviting: "X invited …", "X a invité …", "X lädt … ein", "invited by X".
    ///
    /// A headline above a report ("Nordlicht-Chef lädt Netzbetreiber nach Hamburg ein", a line with no full
    /// stop) names the host by a byword: the report's own sentence below it wins when it names one.
    func invitingHost() -> HostFinding? {
        guard let first = invitingHost(from: 0) else { return nil }
        let line = prose.lineOf[first.verbEnd - 1]
        if isHeadline(line), let later = invitingHost(from: prose.lines[line].upperBound) { return later }
        return first
    }

    /// Whether line `n` stands alone (a blank line or the end below it) and no full stop, question or
    /// exclamation mark ends it.
    private func isHeadline(_ n: Int) -> Bool {
        let tokens = prose.tokens
        let lines = prose.lines
        guard let last = lines[n].last, ![".", "!", "?", ":", ","].contains(tokens[last].text) else { return false }
        // "Lucía Ferrer, coordinadora de …, te invita al" above the event's heading: a long line that ends with a stop
        // word goes on below (a headline is short, and German ones end with a verb's particle: "… nach Hamburg ein").
        if lines[n].count >= 12, tokens[last].kind == .word, !tokens[last].isCapitalized,
            prose.isStopword(tokens[last].text)
        {
            return false
        }
        return n + 1 >= lines.count || lines[n + 1].isEmpty
    }

    private func invitingHost(from start: Int) -> HostFinding? {
        let tokens = prose.tokens
        // Passive participles ("invités", "convocados", "convidados") invite only with their agent ("par X").
        let passives = prose.cues(.host, key: "passive").filter { prose.cue(.host, $0.end, key: "by") != nil }
        let verbs = (prose.cues(.host, key: "verb") + passives).sorted { $0.start < $1.start }
        for verb in verbs where verb.start >= start {
            // "l'accueil des invités", "our invited guests": after a determiner the word is a noun.
            if verb.start > 0, prose.cue(.host, verb.start - 1, key: "determiner")?.end == verb.start { continue }
            let sentence = prose.sentence(of: verb.start)
            // Verb-final clauses: "X hat Vertreter von A, B und C … eingeladen", "X heeft … uitgenodigd": with the
            // participle at the clause's end, the subject stands before the auxiliary and the invited after it. Dutch
            // may go on after the participle ("Smit heeft A, B en C uitgenodigd voor een overleg"): there a name right
            // before the auxiliary is the subject.
            var verb = verb
            if let aux = (sentence.lowerBound..<verb.start).first(where: {
                prose.cue(.host, $0, key: "auxiliary") != nil
            }),
                aux > sentence.lowerBound, verb.start - aux > 2,
                let auxEnd = prose.cue(.host, aux, key: "auxiliary")?.end,
                verb.end == sentence.upperBound || tokens[verb.end].kind == .punct || prose.isNameWord(aux - 1)
            {
                verb = (start: aux, end: auxEnd)
            }
            // Passive: "invited by X", "invité par X".
            if let by = prose.cue(.host, verb.end, key: "by"), let found = passiveAgent(from: by.end, in: sentence) {
                // "Des représentants de Google … ont été invités par X" reports who was invited; "You have been invited
                // by X" invites the reader.
                let subject = passiveSubject(before: verb.start, in: sentence)
                let reported = subject.map { r in (r.lowerBound + 1..<r.upperBound).contains(where: prose.isNameWord) }
                return HostFinding(
                    person: found.person, evidence: prose.source(verb.start..<found.end),
                    isReported: reported ?? false, sentence: sentence, verbEnd: verb.end, nameEnd: verb.end,
                    invitedBefore: reported == true ? subject : nil)
            }
            // Subject: the name before the verb, skipping auxiliaries ("has", "a", "hat", "ha") and a comma.
            var c = verb.start
            var aux = 0
            while c > sentence.lowerBound, aux < 2, tokens[c - 1].kind == .word, !tokens[c - 1].isCapitalized {
                c -= 1
                aux += 1
            }
            var nameRange: Range<Int>
            var appositive: Range<Int>? = nil
            if c > sentence.lowerBound, tokens[c - 1].text == "," {
                // "X, <appositive>, invited" or "<appositive>, X, a invité"
                let comma = c - 1
                var segStart = comma
                // The appositive starts after a comma, or after a dateline's dash ("PARIS, 26 février (Reuters) - Le
                // ministre des Transports, Julien Mercier, a invité").
                while segStart > sentence.lowerBound, tokens[segStart - 1].text != ",",
                    !prose.isSpacedDash(segStart - 1)
                {
                    segStart -= 1
                }
                // "Matthias Brandt, Chef von Nordlicht Energie, lädt": a segment that opens with a title word is
                // the appositive of the name before it, though German writes its nouns in capitals.
                let opensWithTitle =
                    prose.cue(.host, segStart, key: "title") != nil && segStart > sentence.lowerBound
                    && prose.name(endingBefore: segStart - 1, limit: sentence.lowerBound) != nil
                if !opensWithTitle, let whole = prose.name(startingAt: segStart, limit: comma),
                    whole.upperBound == comma
                {
                    nameRange = whole
                } else if segStart > sentence.lowerBound,
                    let earlier = prose.name(endingBefore: segStart - 1, limit: sentence.lowerBound)
                {
                    nameRange = earlier
                    appositive = segStart..<comma
                } else if let n = prose.name(endingBefore: comma, limit: segStart) {
                    nameRange = n
                } else {
                    continue
                }
            } else if aux > 0 || c == verb.start, let n = prose.name(endingBefore: c, limit: sentence.lowerBound) {
                nameRange = n
            } else if let speaker = quotedSpeaker(before: c, after: verb.end, in: sentence) {
                return HostFinding(
                    person: speaker.person, evidence: prose.source(speaker.evidence), isReported: true,
                    sentence: sentence, verbEnd: verb.end, nameEnd: verb.end)
            } else {
                continue
            }
            // "Hierbij nodigt …", "Gostaria de convidá-los …": a lone capitalized word that opens the sentence is
            // a name only when the headers or the rest of the text write it as one.
            if nameRange.count == 1, nameRange.lowerBound == sentence.lowerBound,
                !isNameElsewhere(nameRange.lowerBound)
            {
                continue
            }
            if nameRange.count == 1 {
                // Verb-final clauses: "Anna Schmidt … hat … in München eingeladen": take the first full name.
                var k = sentence.lowerBound
                while k < nameRange.lowerBound {
                    if let n = prose.name(startingAt: k, limit: nameRange.lowerBound), n.count >= 2 {
                        nameRange = n
                        appositive = nil
                        break
                    }
                    k += 1
                }
            }
            var person = Person(name: prose.source(nameRange))
            // "… zegt Jeroen Smit, voorzitter van Havenbedrijf Example." then "Smit heeft … uitgenodigd": a surname names
            // the person introduced earlier, with the role given there.
            var introduced: (role: String?, organization: String?)? = nil
            if nameRange.count == 1, let full = fullName(endingWith: nameRange.lowerBound) {
                person.name = prose.source(full)
                var close = full.upperBound + 1
                if full.upperBound < tokens.count, tokens[full.upperBound].text == "," {
                    let end = prose.sentence(of: full.lowerBound).upperBound
                    while close < end, tokens[close].text != ",", !(tokens[close].text == "." && close + 1 >= end) {
                        close += 1
                    }
                    introduced = roleAndOrganization((full.upperBound + 1)..<close)
                }
            }
            // "Harborline Terminals CEO Denise Calloway", "Microsoft President Brad Smith": an organization, a title,
            // then the name.
            if let k = (nameRange.lowerBound + 1..<nameRange.upperBound).first(where: {
                prose.cue(.host, $0, key: "title") != nil
            }),
                let title = prose.cue(.host, k, key: "title"), title.end < nameRange.upperBound,
                prose.isNameWord(title.end)
            {
                person.organization = prose.source(nameRange.lowerBound..<k)
                person.role = prose.source(k..<title.end)
                nameRange = title.end..<nameRange.upperBound
                person.name = prose.source(nameRange)
            }
            // "Verkehrsministerin Sabine Example": German writes a title and its field as one word.
            if nameRange.count >= 3, prose.cue(.host, nameRange.lowerBound, key: "title") == nil,
                isCompoundTitle(tokens[nameRange.lowerBound].text)
            {
                person.role = prose.source(nameRange.lowerBound..<(nameRange.lowerBound + 1))
                nameRange = (nameRange.lowerBound + 1)..<nameRange.upperBound
                person.name = prose.source(nameRange)
            }
            // "Mayor Janet Okafor", "Oberbürgermeisterin Petra Vogel", "il sindaco Marco Rinaldi": a title before
            // the name is the host's role.
            if let title = prose.cue(.host, nameRange.lowerBound, key: "title"), title.end < nameRange.upperBound,
                prose.isNameWord(title.end)
            {
                person.role = prose.source(nameRange.lowerBound..<title.end)
                nameRange = title.end..<nameRange.upperBound
                person.name = prose.source(nameRange)
            } else if nameRange.lowerBound > sentence.lowerBound,
                let title = prose.cue(.host, nameRange.lowerBound - 1, key: "title"),
                title.end == nameRange.lowerBound
            {
                person.role = prose.source((nameRange.lowerBound - 1)..<nameRange.lowerBound)
            }
            var evidenceStart = nameRange.lowerBound
            var evidenceEnd = verb.end
            // Appositive before the name: ", le responsable de … de Facebook, Nathaniel Gleicher,"
            if appositive == nil, nameRange.lowerBound - 1 > sentence.lowerBound,
                tokens[nameRange.lowerBound - 1].text == ","
            {
                let comma = nameRange.lowerBound - 1
                var a = comma
                while a > sentence.lowerBound, tokens[a - 1].text != ",", tokens[a - 1].text != ":",
                    tokens[a - 1].kind != .newline, comma - a < 20, !prose.isSpacedDash(a - 1)
                {
                    a -= 1
                }
                if comma - a >= 2, let (role, org) = roleAndOrganization(a..<(nameRange.lowerBound - 1)) {
                    person.role = role
                    person.organization = org
                    evidenceStart = a
                }
            }
            // Appositive after the name: "Nathaniel Gleicher, head of cybersecurity policy at Facebook, invited"
            if let appositive, let (role, org) = roleAndOrganization(appositive) {
                person.role = role
                person.organization = org
            }
            if appositive == nil, person.role == nil, person.organization == nil, nameRange.upperBound < verb.start,
                tokens[nameRange.upperBound].text == ","
            {
                var b = nameRange.upperBound + 1
                while b < verb.start, tokens[b].text != "," { b += 1 }
                if b - nameRange.upperBound - 1 >= 2,
                    let (role, org) = roleAndOrganization((nameRange.upperBound + 1)..<b)
                {
                    person.role = role
                    person.organization = org
                }
            }
            if let introduced, person.role == nil, person.organization == nil {
                person.role = introduced.role
                person.organization = introduced.organization
            }
            // "X de Facebook a invité": organization right after the name.
            if person.organization == nil, let of = prose.cue(.host, nameRange.upperBound, key: "of"),
                let org = prose.name(startingAt: of.end, limit: verb.start)
            {
                person.organization = prose.source(org)
            }
            evidenceEnd = verb.end
            return HostFinding(
                person: person, evidence: prose.source(evidenceStart..<evidenceEnd),
                isReported: !addressesReader(verb), sentence: sentence, verbEnd: verb.end, nameEnd: nameRange.upperBound
            )
        }
        return nil
    }

    /// The speaker of a quote in which "I" or "we" invite: '"I have invited A, B and C to …," Linda Example, the
    /// authority's chief executive, told …' (the packs' `cues.host` key `firstperson`).
    private func quotedSpeaker(before c: Int, after verbEnd: Int, in sentence: Range<Int>) -> (
        person: Person, evidence: Range<Int>
    )? {
        let tokens = prose.tokens
        guard c > sentence.lowerBound, prose.cue(.host, c - 1, key: "firstperson") != nil,
            let close = (verbEnd..<sentence.upperBound).first(where: { ProseText.quoteMarks.contains(tokens[$0].text) })
        else { return nil }
        var k = close + 1
        if k < sentence.upperBound, tokens[k].text == "," { k += 1 }
        guard let n = prose.name(startingAt: k, limit: sentence.upperBound), n.lowerBound == k, n.count >= 2 else {
            return nil
        }
        var person = Person(name: prose.source(n))
        var end = n.upperBound
        if end < sentence.upperBound, tokens[end].text == ",",
            let next = (end + 1..<min(end + 12, sentence.upperBound)).first(where: { tokens[$0].text == "," }),
            let (role, organization) = roleAndOrganization((end + 1)..<next)
        {
            person.role = role
            person.organization = organization
            end = next
        }
        return (person, n.lowerBound..<end)
    }

    /// A full name earlier in the text whose last word is the surname at `i` ("Jeroen Smit" for "Smit").
    private func fullName(endingWith i: Int) -> Range<Int>? {
        let tokens = prose.tokens
        var k = 0
        while k < i {
            if tokens[k].kind == .word, tokens[k].isCapitalized, let n = prose.name(startingAt: k, limit: i) {
                if n.count >= 2, n.count <= 4, tokens[n.upperBound - 1].text == tokens[i].text { return n }
                k = n.upperBound
            } else {
                k += 1
            }
        }
        return nil
    }

    /// Whether the inviting verb has the reader as its object: "te invita", "invites you", "lädt Sie … ein" (the
    /// packs' `cues.host` key `you`, right before or after the verb).
    private func addressesReader(_ verb: (start: Int, end: Int)) -> Bool {
        (verb.start > 0 && prose.cue(.host, verb.start - 1, key: "you") != nil)
            || prose.cue(.host, verb.end, key: "you") != nil
    }

    /// The agent after a passive's "by": "par Nathaniel Example, responsable de la cybersécurité chez Facebook,",
    /// "por la ministra de Industria, Ana Example,", "von Hans Example, Chef der Example AG,".
    private func passiveAgent(from start: Int, in sentence: Range<Int>) -> (person: Person, end: Int)? {
        let tokens = prose.tokens
        if var n = prose.name(startingAt: start, limit: sentence.upperBound) {
            var person = Person(name: prose.source(n))
            // "von Landesverkehrsministerin Dr. Sabine Krüger": a title, an honorific, then the name.
            var title: Range<Int>? = nil
            if n.upperBound + 1 < sentence.upperBound, ProseText.honorifics.contains(tokens[n.upperBound - 1].text),
                tokens[n.upperBound].text == ".",
                let after = prose.name(startingAt: n.upperBound + 1, limit: sentence.upperBound),
                after.count >= 2
            {
                if n.count > 1 { title = n.lowerBound..<(n.upperBound - 1) }
                n = after
                person = Person(name: prose.source(n))
            }
            person.role = title.map { prose.source($0) }
            var end = n.upperBound
            // ", head of security at Example Corp," after the name.
            if end < sentence.upperBound, tokens[end].text == ",",
                let close = (end + 1..<min(end + 16, sentence.upperBound)).first(where: { tokens[$0].text == "," }),
                close - end >= 3, let (role, organization) = roleAndOrganization((end + 1)..<close)
            {
                person.role = role
                person.organization = organization
                end = close
            }
            return (person, end)
        }
        // "la ministra de Industria, Ana Example,": the role first, then the name between commas.
        guard
            let comma = (start..<min(start + 12, sentence.upperBound)).first(where: { tokens[$0].text == "," }),
            comma > start, let n = prose.name(startingAt: comma + 1, limit: sentence.upperBound),
            n.lowerBound == comma + 1, n.count >= 2
        else { return nil }
        var person = Person(name: prose.source(n))
        if let (role, organization) = roleAndOrganization(start..<comma) {
            person.role = role
            person.organization = organization
        }
        return (person, n.upperBound)
    }

    /// The subject of a passive sentence, before its auxiliaries: the lower-case words ("ont été", "fueron",
    /// "have been", "wurden") right before the participle.
    private func passiveSubject(before verb: Int, in sentence: Range<Int>) -> Range<Int>? {
        let tokens = prose.tokens
        var end = verb
        while end > sentence.lowerBound, verb - end < 3, tokens[end - 1].kind == .word, !tokens[end - 1].isCapitalized {
            end -= 1
        }
        // A dateline ("PARIS, 5 mai 2026 (Agence Example) - Des représentants …") or a colon comes before it; an
        // event card's lines above "Hosted by …" are none of it.
        var start = max(sentence.lowerBound, prose.line(of: verb).lowerBound)
        if let mark = (start..<max(start, end)).last(where: { prose.isSpacedDash($0) || tokens[$0].text == ":" }) {
            start = mark + 1
        }
        return end > start ? start..<end : nil
    }

    /// The person a message speaks for (`cues.host` key `behalf`).
    ///
    /// "On behalf of Dr Helen Marsh, Chief Operating Officer, …", "im Auftrag von Prof. Dr. Martin Hahn",
    /// "per conto del prof. Roberto Ferrari".
    func onBehalfOf() -> (person: Person, evidence: String)? {
        let tokens = prose.tokens
        for cue in prose.cues(.host, key: "behalf") {
            var k = cue.end
            // Titles before the name: "Dr", "Prof. Dr.", "prof."
            while k + 1 < tokens.count, ProseText.honorifics.contains(tokens[k].text) {
                k += tokens[k + 1].text == "." ? 2 : 1
            }
            let sentence = prose.sentence(of: cue.start)
            guard let name = prose.name(startingAt: k, limit: sentence.upperBound), name.lowerBound == k,
                name.count >= 2
            else { continue }
            var person = Person(name: prose.source(name))
            var end = name.upperBound
            // ", Chief Operating Officer," after the name is the role (and organization).
            if end < sentence.upperBound, tokens[end].text == "," {
                var b = end + 1
                while b < sentence.upperBound, tokens[b].text != ",", b - end < 12 { b += 1 }
                if b < sentence.upperBound, b - end >= 2, let (role, org) = roleAndOrganization((end + 1)..<b) {
                    person.role = role
                    person.organization = org
                    end = b
                } else if b < sentence.upperBound, b - end >= 2 {
                    person.role = prose.source((end + 1)..<b)
                    end = b
                }
            }
            return (person, prose.source(cue.start..<end))
        }
        return nil
    }

    /// Splits an appositive noun phrase into a role and an organization.
    ///
    /// "le responsable de la politique de cybersécurité de Facebook" → ("responsable de la politique de
    /// cybersécurité", "Facebook"); "Facebook's head of cybersecurity policy" → ("head of cybersecurity
    /// policy", "Facebook").
    func roleAndOrganization(_ range: Range<Int>) -> (String?, String?)? {
        let tokens = prose.tokens
        var lo = range.lowerBound
        let hi = range.upperBound
        guard lo < hi else { return nil }
        // "On Monday, Denise Calloway invited …": a day is no role.
        if (lo..<hi).contains(where: {
            prose.cue(.weekdays, $0) != nil || prose.cue(.months, $0) != nil
                || prose.cue(.relative, $0, key: "today") != nil || prose.cue(.relative, $0, key: "tomorrow") != nil
        }) {
            return nil
        }
        // English possessive: "Facebook's head of …"
        if let org = prose.name(startingAt: lo, limit: hi), org.upperBound + 1 < hi, tokens[org.upperBound].text == "'",
            tokens[org.upperBound + 1].text == "s"
        {
            let roleStart = org.upperBound + 2
            return (roleStart < hi ? prose.source(roleStart..<hi) : nil, prose.source(org))
        }
        // Leading article, elided ones too ("L'amministratore delegato", "L'adjointe au maire").
        if lo + 2 < hi, tokens[lo].kind == .word, tokens[lo].text.utf8.count == 1, tokens[lo + 1].text == "'" {
            lo += 2
        }
        while lo < hi, tokens[lo].kind == .word, !tokens[lo].isCapitalized || lo == range.lowerBound,
            prose.isStopword(tokens[lo].text)
        {
            lo += 1
        }
        if lo < hi, tokens[lo].text == "'" { lo += 1 }
        guard lo < hi else { return nil }
        // Trailing "de Facebook" / "at Facebook" / "bei Facebook".
        // "Chef von Nordlicht Energie": capitalized nouns make the whole phrase look like one name; the role ends
        // at its first lower-case "of" word.
        if let org = prose.name(endingBefore: hi, limit: lo), org.lowerBound == lo,
            let of = (lo + 1..<hi).first(where: { !tokens[$0].isCapitalized && prose.cue(.host, $0, key: "of") != nil }
            ),
            let ofEnd = prose.cue(.host, of, key: "of")?.end, ofEnd < hi, prose.isNameWord(ofEnd)
        {
            return (prose.source(lo..<of), prose.source(ofEnd..<hi))
        }
        if let org = prose.name(endingBefore: hi, limit: lo), org.lowerBound > lo {
            var k = org.lowerBound
            if k - 1 > lo, tokens[k - 1].text == "'" { k -= 1 }  // d'Acme
            var ofStart = k - 1
            while ofStart > lo, prose.cue(.host, ofStart, key: "of") == nil {
                ofStart -= 1; if k - ofStart > 2 { break }
            }
            if let ofEnd = prose.cue(.host, ofStart, key: "of")?.end, ofEnd <= org.lowerBound, ofStart > lo {
                return (prose.source(lo..<ofStart), prose.source(org))
            }
        }
        // No organization: the phrase is the role when it has no capital name at all.
        if prose.name(startingAt: lo, limit: hi) == nil { return (prose.source(lo..<hi), nil) }
        return nil
    }

    /// Organizations and people listed as invited after the inviting verb:
    /// "a invité des employés d'une douzaine de sociétés, notamment Google, Microsoft et Snapchat".
    func invitedInProse(after host: HostFinding) -> (people: [Person], evidence: String?) {
        let tokens = prose.tokens
        let sentence = host.sentence
        var people: [Person] = []
        var evidenceRange: Range<Int>? = nil
        // A passive's subject: "Des représentants de Google, Microsoft et Snapchat ont été invités par …".
        if let subject = host.invitedBefore {
            let (invited, end) = invitedList(from: subject.lowerBound, limit: subject.upperBound)
            if !invited.isEmpty,
                (end..<subject.upperBound).allSatisfy({ tokens[$0].kind == .punct }) || tokens[end].kind == .word
            {
                return (invited, prose.source(subject))
            }
        }
        // A list cue ("including", "notamment", "darunter") followed by names.
        var i = min(host.verbEnd, host.nameEnd)
        while i < sentence.upperBound {
            if let list = prose.cue(.host, i, key: "list") {
                let (names, end) = nameList(from: list.end, limit: sentence.upperBound)
                if !names.isEmpty {
                    people += names.map { Person(organization: prose.source($0)) }
                    evidenceRange = i..<end
                    break
                }
                i = list.end
            } else {
                i += 1
            }
        }
        if people.isEmpty {
            // Names right after the verb: "invited Anna Smith and Ben Jones to …", "a invité les représentants de
            // la CGT, de FO et de la CFDT", "has invited Acme, Globex and Initech".
            let (invited, end) = invitedList(from: host.verbEnd, limit: sentence.upperBound)
            people = invited
            if !people.isEmpty { evidenceRange = host.verbEnd..<end }
        }
        _ = tokens
        return (people, evidenceRange.map { prose.source($0) })
    }

    /// The invited listed from `start`, and where the list ends.
    ///
    /// "representatives of A, B and C" gives organizations (after up to three lower-case words and an "of" word),
    /// "Anna Smith and Ben Jones" people, "Acme, Globex and Initech" organizations (one-word names in a list). A
    /// clause's first word may be a capitalized article ("Des représentants de …").
    private func invitedList(from start: Int, limit: Int) -> (people: [Person], end: Int) {
        let tokens = prose.tokens
        var from = start
        var k = from
        while k < limit, k - from < 3, tokens[k].kind == .word,
            !tokens[k].isCapitalized || prose.cue(.host, k + 1, key: "of") != nil
                || (k == start && (k == 0 || tokens[k - 1].kind != .word) && prose.isStopword(tokens[k].text)),
            prose.cue(.host, k, key: "of") == nil
        { k += 1 }
        var ofOrganizations = false
        if k > from, let of = prose.cue(.host, k, key: "of") {
            from = of.end
            ofOrganizations = true
        }
        let (names, end) = nameList(from: from, limit: limit)
        var people: [Person] = []
        for n in names {
            if ofOrganizations {
                people.append(Person(organization: prose.source(n)))
            } else if n.count >= 2 {
                people.append(Person(name: prose.source(n)))
            } else if names.count >= 2 {
                // One word in a list of several: an organization ("Acme, Globex and Initech").
                people.append(Person(organization: prose.source(n)))
            }
        }
        return (people, end)
    }

    /// Names separated by commas and a final "and/et/und/y/e/en".
    func nameList(from start: Int, limit: Int) -> ([Range<Int>], Int) {
        let tokens = prose.tokens
        var names: [Range<Int>] = []
        var i = start
        if i < limit, tokens[i].text == ":" { i += 1 }
        // "de trois compagnies, A, B et C", "of a dozen companies, A, B and C": a count before the names.
        if let comma = (i..<min(i + 4, limit)).first(where: { tokens[$0].text == "," }), comma > i,
            (i..<comma).allSatisfy({
                (tokens[$0].kind == .word && !tokens[$0].isCapitalized) || tokens[$0].kind == .number
            }),
            comma + 1 < limit, tokens[comma + 1].isCapitalized
        {
            i = comma + 1
        }
        var end = i
        while i < limit {
            // "the Port Authority", "la CGT", "de FO", "d'Hydrane", "de la Compagnie X": articles, particles and
            // elisions before a name are skipped, and so is one common noun before it ("del consorzio Seta Lariana").
            var first = i
            while first < limit, first - i < 3,
                tokens[first].text == "'"
                    || (tokens[first].kind == .word && !tokens[first].isCapitalized
                        && (prose.cue(.host, first, key: "article")?.end == first + 1
                            || prose.cue(.host, first, key: "of")?.end == first + 1))
            { first += 1 }
            if first + 1 < limit, first - i < 3, tokens[first].kind == .word, !tokens[first].isCapitalized,
                !prose.isStopword(tokens[first].text), tokens[first + 1].isCapitalized,
                prose.name(startingAt: first + 1, limit: limit) != nil
            {
                first += 1
            }
            guard var n = prose.name(startingAt: first, limit: limit) ?? prose.name(startingAt: i, limit: limit)
            else { break }
            // "the Dockworkers' Union": a plural possessive inside an organization's name.
            if n.upperBound + 1 < limit, tokens[n.upperBound].text == "'", tokens[n.upperBound - 1].text.hasSuffix("s"),
                let more = prose.name(startingAt: n.upperBound + 1, limit: limit), more.lowerBound == n.upperBound + 1
            {
                n = n.lowerBound..<more.upperBound
            }
            names.append(n)
            end = n.upperBound
            i = n.upperBound
            if i < limit, tokens[i].text == "," {
                if let a = prose.cue(.host, i + 1, key: "and") { i = a.end } else { i += 1 }
            } else if let a = prose.cue(.host, i, key: "and") {
                i = a.end
            } else {
                break
            }
        }
        return (names, end)
    }

    /// Splits "Anna and Ben" / "Anna et Ben" into names.
    func splitNames(_ text: String) -> [String] {
        let t = TokenizedText(text, vocabulary: prose.lex.vocabulary)
        let sub = ProseText(text: t, lex: prose.lex, en: prose.en)
        var names: [String] = []
        var start = 0
        var i = 0
        while i <= t.tokens.count {
            if i == t.tokens.count || sub.cue(.host, i, key: "and") != nil {
                if i > start { names.append(t.source(start..<i)) }
                start = (i < t.tokens.count ? sub.cue(.host, i, key: "and")?.end : nil) ?? i + 1
                i = start
                continue
            }
            i += 1
        }
        return names.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// People greeted on the first lines: "Hi Anna, Ben," / "Bonjour Marie et Paul,".
    func greeted() -> [Person] {
        let tokens = prose.tokens
        for line in prose.lines.prefix(6) where !line.isEmpty {
            guard let g = prose.cue(.host, line.lowerBound, key: "greeting") else { return [] }
            var i = g.end
            var people: [Person] = []
            while i < line.upperBound {
                if let group = prose.cue(.host, i, key: "group") {
                    i = group.end
                } else if let n = prose.name(startingAt: i, limit: line.upperBound) {
                    // "Dear Board Members", "Liebe Kolleginnen": groups are no one's name.
                    if !n.contains(where: { prose.cue(.host, $0, key: "group") != nil }) {
                        people.append(Person(name: prose.source(n)))
                    }
                    i = n.upperBound
                } else if tokens[i].text == "," || prose.cue(.host, i, key: "and") != nil {
                    i = prose.cue(.host, i, key: "and")?.end ?? i + 1
                } else {
                    break
                }
            }
            return people
        }
        return []
    }

    /// The signer: the name on the line after a closing ("Best,", "Cordialement,", "Viele Grüße").
    ///
    /// A first name signed under the closing ("Thanks,\nDana") gives way to the signature block below it
    /// ("-- \nDana Whitfield\nProcurement Lead, Brightwater Logistics") when that block's name begins with it.
    func signer() -> (name: String, evidence: String, role: String?, organization: String?)? {
        let tokens = prose.tokens
        let lines = prose.lines
        var found: (String, String, String?, String?)? = nil
        for (n, line) in lines.enumerated() where !line.isEmpty {
            guard let c = prose.closing(on: line) else { continue }
            // The rest of the closing line: punctuation, or the name itself ("Thanks, Anna").
            var k = c.upperBound
            while k < line.upperBound, tokens[k].kind == .punct { k += 1 }
            var signed: (name: Range<Int>, line: Int)? = nil
            if k < line.upperBound, let nm = prose.name(startingAt: k, limit: line.upperBound),
                nm.upperBound == line.upperBound
            {
                signed = (nm, n)
            } else if k == line.upperBound {
                // The name, past blank lines and a signature separator ("Un abrazo,", "", "--", "Javier Ruiz").
                var m = n + 1
                // A formal closing wrapped onto a short line of its own ("… nos salutations\ndistinguées.").
                if m < lines.count, !lines[m].isEmpty, lines[m].count <= 3, tokens[lines[m].lowerBound].kind == .word,
                    !tokens[lines[m].lowerBound].isCapitalized
                {
                    m += 1
                }
                while m < lines.count, m <= n + 5, lines[m].allSatisfy({ tokens[$0].kind == .punct }) { m += 1 }
                guard m < lines.count else { continue }
                let next = lines[m]
                var s = next.lowerBound
                if s < next.upperBound, tokens[s].text == "-" { s += 1 }
                if let nm = prose.name(startingAt: s, limit: next.upperBound), nm.count <= 5,
                    nm.upperBound == next.upperBound || tokens[nm.upperBound].kind == .punct
                {
                    signed = (nm, m)
                }
            }
            guard var (nm, m) = signed else { continue }
            // A formal closing line is long: its closing words are the evidence.
            let closingWords = line.count <= 7 ? prose.source(line) : prose.source(c)
            if let block = signatureBlock(below: m, signed: nm) { (nm, m) = block }
            let details = signatureDetails(after: nm, nameLine: m)
            let evidence = m == n ? closingWords : closingWords + " " + prose.source(nm)
            found = (prose.source(nm), evidence, details.role, details.organization)
        }
        return found
    }

    /// The role and organization under a line that is exactly `name`, among the text's last lines.
    func signatureDetails(signedBy name: String) -> (role: String?, organization: String?)? {
        let lines = prose.lines
        let folded = TextFolding.fold(name)
        for n in lines.indices.reversed().prefix(30) where !lines[n].isEmpty && lines[n].count <= 14 {
            guard let nm = prose.name(startingAt: lines[n].lowerBound, limit: lines[n].upperBound),
                nm.upperBound == lines[n].upperBound || [",", "|"].contains(prose.tokens[nm.upperBound].text),
                TextFolding.fold(prose.source(nm)) == folded
            else { continue }
            let details = signatureDetails(after: nm, nameLine: n)
            return details.role == nil && details.organization == nil ? nil : details
        }
        return nil
    }

    /// The full name of a signature block a few lines below a signed first name: past blank lines and a
    /// separator ("--", RFC 3676 §4.3 "-- "), a line that is a longer name beginning with the same word.
    private func signatureBlock(below line: Int, signed: Range<Int>) -> (Range<Int>, Int)? {
        let tokens = prose.tokens
        let lines = prose.lines
        var m = line + 1
        while m < lines.count, m <= line + 4,
            lines[m].isEmpty || lines[m].allSatisfy({ tokens[$0].kind == .punct })
        {
            m += 1
        }
        guard m > line + 1, m < lines.count, m <= line + 4 else { return nil }
        let next = lines[m]
        // "Dr. Katharina Weißenfels | Leiterin Qualitätsmanagement | …": an honorific may come first, and the name may
        // open a line of fields.
        var start = next.lowerBound
        if start + 2 < next.upperBound, ProseText.honorifics.contains(tokens[start].text), tokens[start + 1].text == "."
        {
            start += 2
        }
        guard let nm = prose.name(startingAt: start, limit: next.upperBound), nm.count <= 5,
            nm.count > signed.count, tokens[nm.lowerBound].text == tokens[signed.lowerBound].text,
            nm.upperBound == next.upperBound || tokens[nm.upperBound].text == "," || tokens[nm.upperBound].text == "|"
        else { return nil }
        return (nm, m)
    }

    /// The role and organization a signature gives after the name: "Helen Marsh, Honorary Secretary, Riverside
    /// Rowing Club" on one line; "Helen Marsh" then "Honorary Secretary" then "Riverside Rowing Club"; or one
    /// line "Procurement Lead, Brightwater Logistics" below the name.
    func signatureDetails(after name: Range<Int>, nameLine: Int) -> (role: String?, organization: String?) {
        let tokens = prose.tokens
        let lines = prose.lines
        /// A short line of words that is no address, phone number or link ("Klassenlehrerin 4b" is one: a
        /// single short number after a word).
        func detail(_ range: Range<Int>) -> Range<Int>? {
            let numbers = range.filter { tokens[$0].kind == .number }
            guard !range.isEmpty, range.count <= 10, tokens[range.lowerBound].kind == .word,
                range.allSatisfy({ tokens[$0].kind == .word || tokens[$0].kind == .punct || tokens[$0].kind == .number }
                ),
                numbers.count <= 1, numbers.allSatisfy({ tokens[$0].digits <= 2 }),
                !range.contains(where: { tokens[$0].text == "@" || tokens[$0].text == ":" }),
                // "via Roma 10": an address line.
                !range.contains(where: { prose.cue(.location, $0, key: "street") != nil })
            else { return nil }
            var e = range.upperBound
            while e > range.lowerBound, tokens[e - 1].kind == .punct {
                // "S.A." and "Inc." keep the full stop of their abbreviation.
                if tokens[e - 1].text == ".", e - 2 >= range.lowerBound, tokens[e - 2].kind == .word,
                    tokens[e - 2].text.count <= 3, e - 2 > range.lowerBound
                {
                    break
                }
                e -= 1
            }
            return e > range.lowerBound ? range.lowerBound..<e : nil
        }
        /// "Role, Organization" split at its first comma, unless what follows is only a legal form ("Lusoverde
        /// Energia, S.A.").
        func splitAtSeparator(_ range: Range<Int>) -> (String, String)? {
            // A comma, or a spaced dash or bar ("Responsable RH – Thermalis SAS").
            guard
                let comma = range.first(where: {
                    tokens[$0].text == "," || prose.isSpacedDash($0)
                        || (tokens[$0].text == "|" && tokens[$0].spaceBefore)
                }), comma > range.lowerBound,
                comma + 1 < range.upperBound
            else { return nil }
            let after = comma + 1..<range.upperBound
            let words = after.filter { tokens[$0].kind == .word }
            if words.allSatisfy({ tokens[$0].text.count <= 3 || namesOrganization(tokens[$0].text) }) { return nil }
            // "Director, Sales": one word after the comma is more often a department than an organization.
            if words.count < 2, !namesOrganization(prose.source(after)) { return nil }
            return (prose.source(range.lowerBound..<comma), prose.source(after))
        }
        let line = lines[nameLine]
        var values: [Range<Int>] = []
        if name.upperBound < line.upperBound, tokens[name.upperBound].text == "," || tokens[name.upperBound].text == "|"
        {
            // One line: "Name, Role, Organization", "Name | Role" (the organization may follow on the next line).
            // Bars separate whole fields ("Name | Role | Organization | Street 7, Town | Tel."); commas then stay
            // inside a field.
            let barred = tokens[name.upperBound].text == "|"
            var parts: [Range<Int>] = []
            var start = name.upperBound + 1
            for k in start..<line.upperBound where tokens[k].text == "|" || (!barred && tokens[k].text == ",") {
                parts.append(start..<k)
                start = k + 1
            }
            parts.append(start..<line.upperBound)
            let isAddress = { (part: Range<Int>) in part.contains { prose.cue(.location, $0, key: "street") != nil } }
            if barred {
                // The address is one field of the signature.
                parts.removeAll(where: isAddress)
            } else if parts.contains(where: isAddress) {
                // "Palazzo Example, via Roma 10, Torino" is the venue's address line, not a signature.
                return (nil, nil)
            }
            let found = parts.compactMap(detail)
            if found.count > 1 { return (prose.source(found[0]), prose.source(found[1])) }
            values = found
        }
        var n = nameLine + 1
        while n < lines.count, values.count < 2, !lines[n].isEmpty, let value = detail(lines[n]) {
            values.append(value)
            n += 1
        }
        // An organization set apart by a blank line ("Projektleitung", "", "Hahn & Sommer Architekten GmbH").
        if values.count < 2, n + 1 < lines.count, lines[n].isEmpty, let value = detail(lines[n + 1]),
            namesOrganization(prose.source(value))
        {
            values.append(value)
        }
        switch values.count {
        case 0: return (nil, nil)
        case 1:
            if let (role, organization) = splitAtSeparator(values[0]) { return (role, organization) }
            // "secretaris Tennisvereniging De Linde": a role in lower case, then the organization's name.
            if !tokens[values[0].lowerBound].isCapitalized,
                let k = values[0].first(where: { tokens[$0].isCapitalized && tokens[$0].kind == .word }),
                namesOrganization(prose.source(k..<values[0].upperBound))
            {
                return (prose.source(values[0].lowerBound..<k), prose.source(k..<values[0].upperBound))
            }
            if namesOrganization(prose.source(values[0])) { return (nil, prose.source(values[0])) }
            return (prose.source(values[0]), nil)
        default:
            // "Head de Parcerias | Pagora Pagamentos" then "São Paulo - SP": the first line holds both (a comma
            // may stand inside a role: "Director, Carrier Procurement" above the organization).
            if !values[0].contains(where: { tokens[$0].text == "," }),
                let (role, organization) = splitAtSeparator(values[0])
            {
                return (role, organization)
            }
            return (prose.source(values[0]), prose.source(values[1]))
        }
    }
}
