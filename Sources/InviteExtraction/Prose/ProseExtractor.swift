package import InviteModel

/// What the lead knows about a message when asking for its prose to be read.
package struct ProseContext: Sendable {
    package var subject: String?
    package var from: Person?
    package var to: [Person]
    package var cc: [Person]
    /// The `Date:` header, with its offset.
    package var messageDate: InvitationTime?
    /// `--reference-date`; wins over `messageDate` when set.
    package var referenceDate: InvitationTime?
    /// `--time-zone`: IANA name for times that name no zone.
    package var timeZone: String?
    /// Whether the text is an HTML part's structured text, whose lines are blocks and never hard-wrapped.
    package var isHTMLText = false

    package init(
        subject: String? = nil, from: Person? = nil, to: [Person] = [], cc: [Person] = [],
        messageDate: InvitationTime? = nil, referenceDate: InvitationTime? = nil, timeZone: String? = nil
    ) {
        self.subject = subject
        self.from = from
        self.to = to
        self.cc = cc
        self.messageDate = messageDate
        self.referenceDate = referenceDate
        self.timeZone = timeZone
    }
}

/// What prose gave: the language, the invitation (if any), the forward chain and warnings.
package struct ProseResult: Sendable {
    package var language: String?
    /// `source` `.text`, `evidence` filled for each field read.
    package var invitation: Invitation?
    /// Outermost first.
    package var forwarded: [ForwardedSummary]
    package var warnings: [String]
}

/// What prose adds to a message whose calendar part gave the invitations.
package struct CalendarProse: Sendable {
    package var language: String?
    /// Outermost first.
    package var forwarded: [ForwardedSummary] = []
    package var agenda: [String] = []
    package var conference: Conference?
    /// The role and organization under the organizer's name at the end of the text.
    package var signature: (role: String?, organization: String?)?
    /// Keys "agenda" and "conference".
    package var evidence: [String: String] = [:]
}

/// Reads invitations out of prose in any language pack's language; create once and reuse.
package struct ProseExtractor: Sendable {
    private let lexicons: [LanguageLexicon]
    private let english: LanguageLexicon
    private let allZones: PhraseTable
    private let forwards: ForwardParser
    private let all: LanguageLexicon
    /// Folded word → bit n set when it is a stop word of `lexicons[n]` (low 16 bits) or one of its
    /// date or cue words (high 16 bits); one lookup per word for language detection.
    private let languageHints: [String: UInt32]
    /// The same hints and the prefilter's word kinds, keyed by byte hash.
    private let signalLexicon: SignalLexicon
    /// Folded words that mark an organization's name (`cues.host` key `organization` of every pack).
    private let organizationWords: Set<String>
    /// Those of six letters or more, which also end a longer word ("Förderverein").
    private let longOrganizationWords: [String]
    /// The packs' one-word titles of six letters or more, which end compound titles ("Verkehrsministerin").
    private let longTitles: [String]

    /// Whether the byte-level prefilter may refuse text before it is tokenized (off only to test that it
    /// never refuses what the full reading accepts).
    private let usesPrefilter: Bool

    /// Compiles the packs' lookups.
    package init(languagePacks: [LanguagePack] = LanguagePack.builtin, usesPrefilter: Bool = true) {
        self.usesPrefilter = usesPrefilter
        let packs = languagePacks.isEmpty ? LanguagePack.builtin : languagePacks
        var lexicons: [LanguageLexicon] = []
        let vocabulary = Vocabulary()
        for pack in packs { lexicons.append(LanguageLexicon(packs: [pack], code: pack.code, vocabulary: vocabulary)) }
        self.lexicons = lexicons
        english =
            lexicons.first(where: { $0.code == "en" })
            ?? LanguageLexicon(
                packs: LanguagePack.builtin.filter { $0.code == "en" }, code: "en", vocabulary: vocabulary)
        let all = LanguageLexicon(merging: lexicons, code: "all", vocabulary: vocabulary)
        self.all = all
        var hints: [String: UInt32] = [:]
        for (n, pack) in packs.enumerated() where n < 16 {
            for entry in pack.sections["stopwords"] ?? [] {
                for v in entry.values { hints[TextFolding.fold(v), default: 0] |= 1 << UInt32(n) }
            }
            for section in ["weekdays", "months", "relative", "cues.invite"] {
                for entry in pack.sections[section] ?? [] {
                    for v in entry.values where !v.contains(" ") {
                        hints[TextFolding.fold(v), default: 0] |= 1 << UInt32(n + 16)
                    }
                }
            }
        }
        languageHints = hints
        var stopwords: Set<String> = []
        for pack in packs {
            for entry in pack.sections["stopwords"] ?? [] {
                for v in entry.values { stopwords.insert(TextFolding.fold(v)) }
            }
        }
        signalLexicon = SignalLexicon(packs: packs, stopwordsExcluded: stopwords)
        organizationWords = Set(
            packs.flatMap { ($0.sections["cues.host"] ?? []).filter { $0.key == "organization" }.flatMap(\.values) }
                .map { TextFolding.fold($0) })
        longOrganizationWords = organizationWords.filter { $0.count >= 6 }.sorted()
        longTitles = Set(
            packs.flatMap { ($0.sections["cues.host"] ?? []).filter { $0.key == "title" }.flatMap(\.values) }
                .map { TextFolding.fold($0) }
        ).filter { $0.count >= 6 && !$0.contains(" ") }.sorted()
        allZones = all.zones
        forwards = ForwardParser(lexicon: all)
    }

    /// Reads the body text of a message (already decoded) with what its headers say.
    package func extract(text fullText: String, context: ProseContext) -> ProseResult {
        var context = context
        // "Maya Chen via Eventix", "Ana Silva (via Google Docs)": a platform sends on the person's behalf, from its own
        // address.
        if let name = context.from?.name, let person = Self.personSentVia(name) { context.from = Person(name: person) }
        let text = Self.bounded(fullText)
        // One pass over the bytes: the language, and whether anything here can be an invitation or a forward.
        let subjectBytes = context.subject.map { Array($0.utf8) }
        let signals = signals(of: text, subject: subjectBytes)
        let seeksForwards = !usesPrefilter || signals.mayHoldForward
        let scores = signals.languageScores
        let best = scores.indices.max(by: { scores[$0] < scores[$1] }).flatMap { scores[$0] > 0 ? $0 : nil }
        var language = best.map { lexicons[$0].code }
        // Text that is its own message (no forward in it) is refused by the prefilter when it can hold no
        // invitation or is a receipt; without a forward line that is known before it is unwrapped (de-quoting a
        // reply keeps the chain empty, and these tests read the same signals either way).
        let refused =
            usesPrefilter
            && (!signals.mayHoldInvitation || signals.isReceipt(language: best, lexicon: signalLexicon))
        if refused, !seeksForwards {
            return ProseResult(language: language, invitation: nil, forwarded: [], warnings: [])
        }
        let unwrapped =
            seeksForwards || signals.hasQuotes
            ? forwards.unwrap(text, seeksForwards: seeksForwards) : UnwrappedBody(chain: [], body: text)
        let original = unwrapped.chain.last
        let subjectRaw = original?.subject ?? context.subject
        if !unwrapped.chain.isEmpty { language = nil }
        // A reply ("AW: Jour fixe") quotes the message it answers under the same header block a forward has.
        var result = ProseResult(
            language: language, invitation: nil,
            forwarded: unwrapped.chain.isEmpty || isReply(context.subject) ? [] : unwrapped.chain.map(\.summary),
            warnings: [])
        if refused, unwrapped.chain.isEmpty { return result }
        // "FYI – can you join?" above a forwarded message: the forwarder invites the reader to the forwarded event.
        let forwarderInvites = original != nil && noteInvites(unwrapped.note)

        let bodyText = context.isHTMLText ? unwrapped.body : HardWrap.unwrap(unwrapped.body)
        let tokenized = TokenizedText(bodyText, vocabulary: all.vocabulary)
        if !unwrapped.chain.isEmpty {
            language = detectLanguage(tokenized, subject: subjectRaw)
            result.language = language
        }
        let lex = lexicons.first(where: { $0.code == language }) ?? english
        let prose = ProseText(text: tokenized, lex: lex, en: english)

        // Early exit: no cue of any kind and no date-like token.
        guard hasAnyCue(prose) || forwarderInvites else { return result }
        // A receipt (two receipt cues) with no invitation phrase and no inviting host is not an invitation
        // (isInvitation's receipt test, run before the text is read for dates, people and places).
        let headerNames =
            ([context.from?.name] + (context.to + context.cc).map(\.name)
            + unwrapped.chain.map { $0.from?.name }).compactMap { $0 }
        let people = PeopleReader(
            prose: prose, namesOrganization: namesOrganization, headerNames: headerNames,
            isCompoundTitle: isCompoundTitle)
        let inviting = people.invitingHost()
        if !forwarderInvites, inviting == nil, prose.cues(.invite, key: "invite").isEmpty,
            prose.cues(.negative, key: "receipt").count >= 2
        {
            return result
        }

        // Reference day: the original's own date, then --reference-date, then the Date: header.
        let refTime =
            unwrapped.chain.last(where: { $0.date != nil })?.date ?? context.referenceDate ?? context.messageDate
        let reference = refTime.map { CivilDay(year: $0.year, month: $0.month, day: $0.day) } ?? ZoneMath.today()
        let defaultOffset =
            unwrapped.chain.last(where: { $0.date?.utcOffsetSeconds != nil })?.date?.utcOffsetSeconds
            ?? context.messageDate?.utcOffsetSeconds ?? context.referenceDate?.utcOffsetSeconds

        // Labelled lines.
        var labels: [String: Range<Int>] = [:]
        var labelLines: [String: Set<Int>] = [:]
        var labelBlocks: [String: ClosedRange<Int>] = [:]
        for (n, line) in prose.lines.enumerated() where !line.isEmpty {
            var k = line.lowerBound
            while k < line.upperBound, prose.tokens[k].kind == .punct,
                ["-", "*", "•", "#", ">"].contains(prose.tokens[k].text)
            { k += 1 }
            guard let m = prose.cue(.labels, k) else { continue }
            var v = m.end
            // An emoji label may carry a variation selector ("🗓️").
            while v < line.upperBound, prose.tokens[v].text == "\u{FE0F}" { v += 1 }
            // "Where: …", and the key | value rows of HTML tables ("📍 | Room 4B", "When | Friday").
            let separator = v < line.upperBound && (prose.tokens[v].text == ":" || prose.tokens[v].text == "|")
            // A ticket's "Organizer" or "Location" heading alone on its line, the value below it.
            let heading = v == line.upperBound && k == line.lowerBound && ["organizer", "where"].contains(m.key)
            guard separator || heading || (v == line.upperBound && m.key == "agenda") else { continue }
            if v < line.upperBound { v += 1 }
            while v < line.upperBound, prose.tokens[v].text == "*" { v += 1 }
            labelLines[m.key, default: []].insert(n)
            if labels[m.key] == nil, v < line.upperBound { labels[m.key] = v..<line.upperBound }
            // "Host:" or "Date & Time:" alone on its line (booking tools): the value is the next line.
            if separator || heading, v == line.upperBound, m.key != "agenda", n + 1 < prose.lines.count,
                case let next = prose.lines[n + 1], !next.isEmpty, prose.cue(.labels, next.lowerBound) == nil
            {
                labelLines[m.key, default: []].insert(n + 1)
                if labels[m.key] == nil { labels[m.key] = next }
                // "Location" above a venue and its address lines: the block runs to the next blank line.
                if m.key == "where", labelBlocks[m.key] == nil {
                    var last = n + 1
                    while last + 1 < prose.lines.count, last - n < 4, !prose.lines[last + 1].isEmpty,
                        prose.cue(.labels, prose.lines[last + 1].lowerBound) == nil
                    {
                        last += 1
                    }
                    if last > n + 1 { labelBlocks[m.key] = (n + 1)...last }
                }
            } else if m.key == "where", separator, v < line.upperBound, labelBlocks[m.key] == nil,
                labels[m.key] == v..<line.upperBound
            {
                // "Local: Sala Ipê – 10º andar" above "Edifício Example Paulista" / "Av. Example, 1500" / "São Paulo":
                // short lines below the value, one of them with a number, are its address.
                var last = n
                while last + 1 < prose.lines.count, last - n < 4, case let below = prose.lines[last + 1],
                    !below.isEmpty,
                    below.count <= 12, prose.cue(.labels, below.lowerBound) == nil,
                    !below.contains(where: { prose.tokens[$0].text == ":" }),
                    !ProseText.startsItem(prose.tokens, below.lowerBound),
                    !below.contains(where: { prose.tokens[$0].kind == .url || prose.tokens[$0].text == "@" })
                {
                    last += 1
                }
                if last > n,
                    ((n + 1)...last).contains(where: { l in
                        prose.lines[l].contains { prose.tokens[$0].kind == .number }
                    })
                {
                    labelBlocks[m.key] = n...last
                }
            }
        }

        var invitation = Invitation(source: .text)
        var evidence: [String: String] = [:]

        // When.
        let grammar = DateGrammar(text: tokenized, lex: lex, en: english, zones: allZones, all: all)
        // The subject, read once: for a time the body lacks, invitation and cancellation cues.
        let subjectProse = subjectRaw.map {
            ProseText(text: TokenizedText($0, vocabulary: all.vocabulary), lex: lex, en: english)
        }
        var when = WhenReader(
            prose: prose, grammar: grammar, reference: reference, defaultZone: context.timeZone,
            defaultOffset: defaultOffset, whenLines: labelLines["when"] ?? []
        ).read()
        if !when.hasDate, !when.hasTime, let subjectProse {
            // "Quick call tomorrow at 4?" with a body that names no day or time: the subject does.
            let read = WhenReader(
                prose: subjectProse,
                grammar: DateGrammar(text: subjectProse.text, lex: lex, en: english, zones: allZones, all: all),
                reference: reference, defaultZone: context.timeZone, defaultOffset: defaultOffset, whenLines: []
            ).read()
            // A bare weekday in a subject ("Report for Monday") binds to nothing: a time or a full date must.
            if read.hasTime || read.isCalendarDate {
                when = read
                // Its tokens index the subject, not the body.
                when.dateTokens = nil
            }
        }
        invitation.start = when.start
        invitation.end = when.end
        invitation.timeZone = when.timeZone
        invitation.isAllDay = when.start != nil && !(when.start?.hasTime ?? false)
        if let e = when.evidenceStart { evidence["start"] = e }
        if let e = when.evidenceEnd, invitation.end != nil { evidence["end"] = e }
        result.warnings += when.warnings
        // isInvitation refuses a past date and wants a date, a time or a meeting link (a forwarder's "can you
        // join?" needs no date): text that fails here is not read for people and places.
        if when.hasDate && when.isPast { return result }
        let places = PlaceReader(prose: prose)
        let conference = places.conference(joinLines: labelLines["join"] ?? [])
        if !(when.hasDate || when.hasTime), conference?.0.url == nil, !forwarderInvites { return result }

        // Who.
        let sender: Person? = original?.from.map { Person(name: $0.name, email: $0.email) } ?? context.from
        var recipients: [Person]
        if let original {
            recipients = (original.to + original.cc).map { Person(name: $0.name, email: $0.email) }
        } else {
            recipients = context.to + context.cc
        }
        var reported = false
        // A reply that answers an invitation it quotes ("Count me in!" above "> I'm calling a meeting …"): the
        // quoted text's author, named by the attribution, invites; the replier is one of the invitees.
        var replyHost: MailboxSummary? = nil
        if original == nil, let author = unwrapped.replyAuthor, let quoted = unwrapped.quotedLine {
            let cueLines = (prose.cues(.invite) + prose.cues(.host, key: "verb")).map { prose.lineOf[$0.start] }
            // The reply's own lines may say "see you there" too, when they are a short answer without a date.
            let replyLines = prose.lines.prefix(quoted).filter { !$0.isEmpty }
            let shortAnswer =
                replyLines.count <= 3 && !replyLines.contains { $0.contains { prose.tokens[$0].kind == .number } }
            if cueLines.contains(where: { $0 >= quoted }), shortAnswer || cueLines.allSatisfy({ $0 >= quoted }) {
                replyHost = author
                if let sender { recipients.insert(sender, at: 0) }
            }
        }
        if var range = labels["organizer"] {
            // "👤 | Hosted by Anna Smith <anna@example.com>": the value may repeat the label's words.
            if let m = prose.cue(.labels, range.lowerBound, key: "organizer"), m.end < range.upperBound {
                range = m.end..<range.upperBound
            }
            labels["organizer"] = range
        }
        if let range = labels["organizer"], let mailbox = forwards.parseMailbox(prose.source(range)) {
            // "Organizer: Anna Smith <anna@example.com>"
            var host = Person(name: mailbox.name, email: mailbox.email)
            if host.email == nil, let name = prose.name(startingAt: range.lowerBound, limit: range.upperBound),
                name.count >= 2, name.upperBound < range.upperBound, prose.tokens[name.upperBound].text == ","
            {
                // "Host: Sam Whitfield, Community Manager, Harbor Analytics": read like a one-line signature (a
                // one-word name before a comma is rather "Weber, Thomas").
                host.name = prose.source(name)
                (host.role, host.organization) = people.signatureDetails(
                    after: name, nameLine: prose.lineOf[name.lowerBound])
            }
            if let sender, host.email == nil, let sn = sender.name, let hn = host.name,
                TextFolding.fold(sn) == TextFolding.fold(hn)
            {
                host = sender
            }
            invitation.host = host
            evidence["host"] = prose.source(range)
        } else if let behalf = people.onBehalfOf() {
            // The writer invites for someone else: that person hosts.
            invitation.host = behalf.person
            evidence["host"] = behalf.evidence
        } else if let inviting {
            var host = inviting.person
            if let name = host.name, host.organization == nil, namesOrganization(name) {
                // "Energiecoöperatie Zonnig Zwolle nodigt u uit": the inviter is an organization, and the person
                // who signs for it hosts.
                host.organization = name
                host.name = nil
                if let signer = people.signer() {
                    host.name = signer.name
                    host.role = signer.role
                    if let sender, let sn = sender.name,
                        Self.firstNameFirst(TextFolding.fold(sn)) == TextFolding.fold(signer.name)
                    {
                        host.email = sender.email
                    }
                }
            }
            if let sender, let sn = sender.name, let hn = host.name,
                TextFolding.fold(sn) == TextFolding.fold(hn)
                    || TextFolding.fold(sn).hasPrefix(TextFolding.fold(hn) + " ")
            {
                host.email = sender.email
                host.name = host.name ?? sender.name
            } else if inviting.isReported {
                // A report ("X has invited A, B and C"): the mail's recipients are its readers, not the invitees.
                // "Hosted by X" on an event platform's card invites the recipient.
                reported = true
            }
            invitation.host = host
            evidence["host"] = inviting.evidence
        } else if let author = replyHost {
            var host = Person(name: author.name, email: author.email)
            // The quoted invitation's signature may give the author's role and organization.
            if let signer = people.signer(), let name = author.name,
                TextFolding.fold(name) == TextFolding.fold(signer.name)
                    || TextFolding.fold(name).hasPrefix(TextFolding.fold(signer.name) + " ")
            {
                host.role = signer.role
                host.organization = signer.organization
            }
            invitation.host = host
            evidence["host"] = [author.name, author.email.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
        } else if let signer = people.signer() {
            var host = Person(name: signer.name)
            if let sender, let sn = sender.name {
                let fs = Self.firstNameFirst(TextFolding.fold(sn)), fh = TextFolding.fold(signer.name)
                if fs == fh || fs.hasPrefix(fh + " ") || fs.hasSuffix(" " + fh) || fh.hasPrefix(fs + " ") {
                    host = sender
                    // "Weber, Sabine" (Outlook's directory form) signs "Sabine Weber": the signature's spelling.
                    if fs == fh, Self.firstNameFirst(sn) != sn { host.name = signer.name }
                }
            } else if let sender, sender.name == nil, let email = sender.email {
                host.email = email
            }
            host.role = host.role ?? signer.role
            host.organization = host.organization ?? signer.organization
            invitation.host = host
            evidence["host"] = signer.evidence
        } else if let sender {
            invitation.host = sender
            evidence["host"] = [sender.name, sender.email.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " ")
        }
        // The host's name on a line of its own signs the text, with no closing before it or found another way
        // ("Julien Marchetti vous invite …" above "Julien Marchetti", "Chef de projet", "Valmont Ingénierie").
        if var host = invitation.host, host.role == nil, host.organization == nil, let name = host.name,
            let details = people.signatureDetails(signedBy: Self.firstNameFirst(name))
        {
            host.role = details.role
            host.organization = details.organization
            invitation.host = host
        }

        // A host named in prose who is also a recipient or the sender: that address is theirs.
        if var host = invitation.host, host.email == nil, let name = host.name.map({ TextFolding.fold($0) }) {
            let known = ([sender].compactMap { $0 } + recipients).first { p in
                p.email != nil && p.name.map { TextFolding.fold($0) == name } == true
            }
            if let known {
                host.email = known.email
                invitation.host = host
            }
        }

        var invitees: [Person] = []
        var inviteeEvidence: [String] = []
        if !reported {
            for r in recipients
            where !samePerson(r, invitation.host) && !invitees.contains(where: { samePerson($0, r) }) {
                invitees.append(r)
            }
            if !recipients.isEmpty {
                inviteeEvidence.append(recipients.compactMap { $0.name ?? $0.email }.joined(separator: ", "))
            }
            let greeted = people.greeted()
            for g in greeted {
                guard let gn = g.name.map({ TextFolding.fold($0) }) else { continue }
                let known = invitees.contains { p in
                    guard let pn = p.name.map({ TextFolding.fold($0) }) else { return false }
                    return pn == gn || pn.hasPrefix(gn + " ") || pn.hasSuffix(" " + gn)
                }
                // "Oi Juliana" in a reply to Juliana Martins, who hosts: the greeting names the host.
                let isHost = invitation.host?.name.map { TextFolding.fold($0).hasPrefix(gn + " ") } ?? false
                if !known && !isHost && !samePerson(g, invitation.host) { invitees.append(g) }
            }
            if !greeted.isEmpty { inviteeEvidence.append(greeted.compactMap(\.name).joined(separator: ", ")) }
        }
        if let range = labels["attendees"] {
            let listed = forwards.parseMailboxList(prose.source(range)).flatMap { m -> [Person] in
                // "Anna, Ben and Carla" without addresses: split the names on the final conjunction too.
                guard m.email == nil, let name = m.name else { return [Person(name: m.name, email: m.email)] }
                return people.splitNames(name).map { Person(name: $0) }
            }
            for p in listed where !samePerson(p, invitation.host) && !invitees.contains(where: { samePerson($0, p) }) {
                invitees.append(p)
            }
            inviteeEvidence.append(prose.source(range))
        }
        if let inviting {
            let named = people.invitedInProse(after: inviting)
            invitees += named.people
            if let e = named.evidence { inviteeEvidence.append(e) }
        }
        invitation.invitees = invitees
        if !invitees.isEmpty, !inviteeEvidence.isEmpty {
            evidence["invitees"] = inviteeEvidence.joined(separator: "; ")
        }

        // Where and how to join.
        if let (c, e) = conference {
            invitation.conference = c
            evidence["conference"] = e
        }
        if let range = labels["where"], Self.isUndecided(prose, range) {
            // "Where: TBD": the place is not known yet.
        } else if let block = labelBlocks["where"], let range = labels["where"],
            prose.tokens[range.lowerBound].kind == .word,
            let street = block.dropFirst().first(where: {
                places.location(fromLabelValue: prose.lines[$0])?.address != nil
            }),
            let address = places.location(fromLabelValue: prose.lines[street])?.address
        {
            // "Location" / "Riverbend Art Studio" / "410 Alder Street" / "Portland, OR 97205"; "Local: Sala Ipê" /
            // "Edifício Example Paulista" / "Av. Example, 1500" / "São Paulo – SP": lines above the street name the
            // place, the street and the lines below it are the address.
            let names = [prose.source(range)] + (block.lowerBound + 1..<street).map { prose.source(prose.lines[$0]) }
            let rest = (street...block.upperBound).map { prose.source(prose.lines[$0]) }
            invitation.location = Location(
                name: names.joined(separator: ", "),
                address: address == rest.first ? rest.joined(separator: ", ") : address)
            evidence["location"] = (names + rest).joined(separator: ", ")
        } else if let range = labels["where"], var location = places.location(fromLabelValue: range) {
            if location.url == nil, range.count == 1, prose.tokens[range.lowerBound].kind == .url {
                location.url = prose.tokens[range.lowerBound].text
            }
            invitation.location = location
            evidence["location"] = prose.source(range)
        } else {
            var cueSentences: Set<Int> = []
            for c in prose.cues(.invite) { cueSentences.insert(prose.sentenceOf[c.start]) }
            if let inviting { cueSentences.insert(prose.sentenceOf[max(inviting.sentence.lowerBound, 0)]) }
            if let (location, e) = eventCardPlace(prose, when: when) ?? places.statedPlace()
                ?? places.location(preferring: cueSentences)
            {
                invitation.location = location
                evidence["location"] = e
            }
        }

        // Agenda.
        if let agenda = AgendaReader(prose: prose).read() {
            invitation.agenda = agenda.items
            evidence["agenda"] = agenda.evidence
        }

        // Title: the subject without its prefixes, else a labelled title.
        let cleanedSubject = subjectRaw.flatMap(cleanSubject)
        if let title = cleanedSubject, let heading = headingInSubject(prose, subject: title) {
            // Subject "Join us - Roadmap review", heading "Roadmap review": the heading names the event.
            invitation.title = heading
            evidence["title"] = heading
        } else if let subject = subjectRaw, var title = cleanedSubject, !title.isEmpty {
            // Google Calendar: "Team sync @ Fri Sep 13, 2024 10am - 11am (PDT) (anna@example.com)"
            if let at = title.range(ofASCII: " @ "), title[at.upperBound...].contains(where: { $0.isNumber }) {
                title = String(title[..<at.lowerBound]).trimmingSpaces
            }
            invitation.title = title
            evidence["title"] = subject
        } else if let range = labels["title"] {
            invitation.title = prose.source(range)
            evidence["title"] = prose.source(range)
        } else if subjectRaw == nil, let headline = Self.headline(prose) {
            // A bare text (a news story, a pasted note) with no subject: its heading (CONTRACT.md: "a heading").
            invitation.title = headline
            evidence["title"] = headline
        }

        // "The design review on Thursday is cancelled", "Abgesagt: …": the event is called off, not called.
        if let cancel = cancellation(prose, subject: subjectProse, when: when) {
            invitation.status = "CANCELLED"
            evidence["status"] = cancel
        }
        invitation.evidence = evidence
        if isInvitation(
            prose, when: when, invitation: invitation, inviting: inviting != nil, subject: subjectProse,
            whenLines: labelLines["when"] ?? [], hasWhereLine: labelLines["where"] != nil)
            || (forwarderInvites && !(when.hasDate && when.isPast) && prose.cues(.negative, key: "newsletter").isEmpty
                && invitation.title != nil),
            // "Leider kann ich am Freitag nicht" above a quoted invitation: the reply declines it.
            !(unwrapped.chain.isEmpty && declinesQuotedMessage(prose, quotedLine: unwrapped.quotedLine))
        {
            result.invitation = invitation
        }
        return result
    }

    /// What prose still gives a message whose calendar part already gave the invitations: the language,
    /// the inline forward chain, and the agenda and meeting link (for events that lack them).
    ///
    /// One byte pass;
    /// the forward unwrapper runs only when that pass sees a forward, and the body is tokenized only when
    /// it names an agenda or a meeting host.
    package func readLanguageAndForwards(
        text fullText: String, context: ProseContext, wantsAgenda: Bool = false, wantsConference: Bool = false,
        signedBy host: String? = nil
    ) -> CalendarProse {
        let text = Self.bounded(fullText)
        let subjectBytes = context.subject.map { Array($0.utf8) }
        var signals = signals(of: text, subject: subjectBytes)
        var result = CalendarProse()
        var body = text
        if signals.mayHoldForward {
            let unwrapped = forwards.unwrap(text)
            result.forwarded =
                unwrapped.chain.isEmpty || isReply(context.subject) ? [] : unwrapped.chain.map(\.summary)
            if !unwrapped.chain.isEmpty {
                body = unwrapped.body
                signals = self.signals(
                    of: body, subject: unwrapped.chain.last?.subject.map { Array($0.utf8) } ?? subjectBytes)
            }
        }
        let scores = signals.languageScores
        if let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 {
            result.language = lexicons[best].code
        }
        // The organizer's signature under the note ("Dana Whitfield", "Procurement Lead", "Harborline Freight"):
        // only the body's last lines are read for it, and only when one of them is the name (Google's guest list
        // writes "Dana Whitfield - organizer").
        let signerName = host.map(Self.firstNameFirst)
        let tail = signerName.map { _ in Self.lastLines(of: body, maxBytes: 1500) } ?? ""
        if let signerName, Self.hasNameLine(tail, signerName) {
            let lex = lexicons.first(where: { $0.code == result.language }) ?? english
            let prose = ProseText(text: TokenizedText(tail, vocabulary: all.vocabulary), lex: lex, en: english)
            let people = PeopleReader(prose: prose, namesOrganization: namesOrganization)
            result.signature = people.signatureDetails(signedBy: signerName)
        }
        let agenda = wantsAgenda && signals.hasAgendaHeading
        let conference = wantsConference && signals.hasConferenceLink
        guard agenda || conference else { return result }
        if !agenda, let window = Self.conferenceWindow(body) {
            // Only the link is wanted: read the lines around it (meeting ID, passcode and dial-in sit there).
            body = window
        }
        let lex = lexicons.first(where: { $0.code == result.language }) ?? english
        let prose = ProseText(text: TokenizedText(body, vocabulary: all.vocabulary), lex: lex, en: english)
        if agenda, let found = AgendaReader(prose: prose).read() {
            result.agenda = found.items
            result.evidence["agenda"] = found.evidence
        }
        if conference, let (c, e) = PlaceReader(prose: prose).conference(joinLines: []) {
            result.conference = c
            result.evidence["conference"] = e
        }
        return result
    }

    /// The first line of a text when it is a heading: short, set apart by a blank line, ended by no full stop,
    /// question mark or colon, with more text below it.
    static func headline(_ prose: ProseText) -> String? {
        let lines = prose.lines
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), first + 2 < lines.count, lines[first + 1].isEmpty,
            let last = lines[first].last, lines[first].count <= 24,
            ![".", "!", "?", ":", ",", ";"].contains(prose.tokens[last].text),
            lines[(first + 2)...].contains(where: { !$0.isEmpty })
        else { return nil }
        return prose.source(lines[first])
    }

    /// The person's part of a display name that a platform sent "via" itself, or nil.
    static func personSentVia(_ name: String) -> String? {
        guard let via = name.range(ofASCII: " via ") ?? name.range(ofASCII: " (via ") else { return nil }
        let person = String(name[..<via.lowerBound]).trimmingSpaces
        let platform = name[via.upperBound...].split(separator: " ")
        return !person.isEmpty && (1...3).contains(platform.count) ? person : nil
    }

    /// Whether a line of `text` is `name`, or starts with it before "," or " |".
    static func hasNameLine(_ text: String, _ name: String) -> Bool {
        let needle = "\n" + name
        var from = text.startIndex
        while let found = text.range(ofASCII: needle, after: from) {
            let rest = text.utf8[found.upperBound...].prefix(2)
            if rest.isEmpty || rest.first == UInt8(ascii: "\n") || rest.first == UInt8(ascii: "\r")
                || rest.first == UInt8(ascii: ",") || rest.elementsEqual(" |".utf8)
            {
                return true
            }
            from = found.upperBound
        }
        return false
    }

    /// The whole lines at the end of `text` that fit in `maxBytes` UTF-8 bytes.
    static func lastLines(of text: String, maxBytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > maxBytes else { return text }
        var start = utf8.index(utf8.endIndex, offsetBy: -maxBytes)
        while start < utf8.endIndex, utf8[start] != UInt8(ascii: "\n") { start = utf8.index(after: start) }
        return String(text[start...])
    }

    /// "weber, thomas" (the directory form Outlook puts in From) as "thomas weber".
    static func firstNameFirst(_ name: String) -> String {
        let parts = name.split(separator: ",", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return name }
        return String(parts[1]).trimmingSpaces + " " + String(parts[0]).trimmingSpaces
    }

    /// Whether a word ends with one of the packs' long titles and is longer: "Verkehrsministerin",
    /// "Landesbürgermeister".
    func isCompoundTitle(_ word: String) -> Bool {
        let folded = TextFolding.fold(word)
        return longTitles.contains { folded != $0 && folded.hasSuffix($0) }
    }

    /// Whether a name is an organization's: a word of it is one of the packs' `organization` words
    /// ("GmbH", "Stichting"), or ends with a long one ("Förderverein", "Energiecoöperatie").
    func namesOrganization(_ name: String) -> Bool {
        let words = TextFolding.fold(name).split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains { word in
            organizationWords.contains(word) || longOrganizationWords.contains { word != $0 && word.hasSuffix($0) }
        }
    }

    /// The words that call the event off: a cancellation cue in the subject or in the sentence of its date.
    private func cancellation(_ prose: ProseText, subject: ProseText?, when: ProseWhen) -> String? {
        if let subject, let c = subject.cues(.negative, key: "cancel").first { return subject.source(c.start..<c.end) }
        guard let date = when.dateTokens else { return nil }
        let sentence = prose.sentence(of: date.lowerBound)
        guard let c = prose.cues(.negative, key: "cancel", in: sentence).first else { return nil }
        return prose.source(c.start..<c.end)
    }

    /// Whether the writer's own lines above a quoted message (the lines before `quotedLine`) decline it:
    /// "I can't make it on Friday", "leider kann ich nicht", "no podré ir".
    private func declinesQuotedMessage(_ prose: ProseText, quotedLine: Int?) -> Bool {
        guard let quotedLine, quotedLine > 0, quotedLine < prose.lines.count else { return false }
        return !prose.cues(.negative, key: "decline", in: 0..<prose.lines[quotedLine].lowerBound).isEmpty
    }

    /// The lines from a few before the first meeting link to some after it.
    static func conferenceWindow(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { p -> String? in
            guard let at = ProseSignals.firstConferenceHost(p) else { return nil }
            var start = at
            var lines = 0
            while start > 0 {
                if p[start - 1] == 0x0A {
                    lines += 1
                    if lines > 4 { break }
                }
                start -= 1
            }
            var end = at
            lines = 0
            while end < p.count {
                if p[end] == 0x0A {
                    lines += 1
                    if lines > 16 { break }
                }
                end += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }
    }

    private func signals(of text: String, subject: [UInt8]?) -> ProseSignals {
        var text = text
        return text.withUTF8 {
            ProseSignals(bytes: $0, lexicon: signalLexicon, languages: lexicons.count, subject: subject)
        }
    }

    /// Bodies are read up to their first 32 KB (cut at a line end): invitations say what they are early.
    static func bounded(_ text: String) -> String {
        let limit = 32 * 1024
        let utf8 = text.utf8
        guard utf8.count > limit else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        var back = 0
        while end > utf8.startIndex, utf8[utf8.index(before: end)] != 0x0A, back < 2000 {
            end = utf8.index(before: end)
            back += 1
        }
        if back >= 2000 { end = utf8.index(utf8.startIndex, offsetBy: limit) }
        // Never cut inside a scalar.
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(Substring(utf8[..<end]))
    }

    /// Whether a forwarder's note (a few lines) asks the reader to join: an invitation phrase in it.
    private func noteInvites(_ note: String) -> Bool {
        guard !note.isEmpty, note.utf8.count <= 600 else { return false }
        let tokens = TokenizedText(note, vocabulary: all.vocabulary)
        let text = ProseText(text: tokens, lex: all, en: english)
        return !text.cues(.invite, key: "invite").isEmpty
    }

    // MARK: event cards

    /// "TBD", "TBA", "to be determined": a labelled value that names no place yet.
    static func isUndecided(_ prose: ProseText, _ range: Range<Int>) -> Bool {
        let words = range.compactMap { prose.tokens[$0].kind == .word ? prose.tokens[$0].text : nil }
        switch words {
        case ["tbd"], ["tba"], ["tbc"], ["to", "be", "determined"], ["to", "be", "announced"],
            ["to", "be", "confirmed"], ["n", "a"]:
            return true
        default:
            return false
        }
    }

    /// Whether a subject's prefixes mark a reply and no forward (`[subject.prefixes]` keys `reply` and
    /// `forward`): "AW: Jour fixe" is a reply, "AW: WG: Jour fixe" a reply to a forward.
    func isReply(_ subject: String?) -> Bool {
        guard let subject else { return false }
        let tokens = Tokenizer.tokenize(Array(subject.unicodeScalars), vocabulary: all.vocabulary)
        var k = 0
        var sawReply = false
        while k < tokens.count {
            if all.subjectPrefixes.match(tokens, k, key: "forward") != nil { return false }
            guard let end = all.subjectPrefixes.match(tokens, k, key: "reply") else { break }
            sawReply = true
            k = end
            // "RE[2]:", "AW(3):", then the colon.
            while k < tokens.count, tokens[k].kind == .number || ["(", ")", "[", "]", ":"].contains(tokens[k].text) {
                k += 1
            }
        }
        return sawReply
    }

    /// The first line of the text, when the subject ends with it after a separator (":", "-", "|"):
    /// the heading of an event mail whose subject adds a call to action ("Join us: Roadmap review").
    func headingInSubject(_ prose: ProseText, subject: String) -> String? {
        guard let first = prose.lines.first(where: { !$0.isEmpty }), first.count <= 24 else { return nil }
        let heading = prose.source(first).trimmingSpaces
        let h = TextFolding.fold(heading), s = TextFolding.fold(subject)
        guard h.utf8.count >= 3, s.utf8.count > h.utf8.count + 2, s.hasSuffix(h) else { return nil }
        var before = s.dropLast(h.count)
        while before.last == " " { before = before.dropLast() }
        guard let mark = before.last, mark == ":" || mark == "-" || mark == "|" || mark == "–" else { return nil }
        return heading
    }

    /// An event card of short lines: the date line, then the place on its own line, then the host line
    /// ("Hosted by …", "Organizer: …").
    ///
    /// The line between them is the place.
    private func eventCardPlace(_ prose: ProseText, when: ProseWhen) -> (Location, String)? {
        guard let date = when.dateTokens, date.lowerBound < prose.lineOf.count else { return nil }
        let n = prose.lineOf[date.lowerBound]
        guard n + 2 < prose.lines.count else { return nil }
        let place = prose.lines[n + 1], host = prose.lines[n + 2]
        guard !place.isEmpty, place.count <= 14, !host.isEmpty else { return nil }
        var k = host.lowerBound
        while k < host.upperBound, prose.tokens[k].kind == .punct { k += 1 }
        guard prose.cue(.labels, k, key: "organizer") != nil else { return nil }
        let tokens = prose.tokens
        // Not a sentence, not another date, not a label line.
        if let last = place.last, tokens[last].text == "." || tokens[last].text == "!" || tokens[last].text == "?" {
            return nil
        }
        for i in place where tokens[i].text == ":" { return nil }
        if Self.isUndecided(prose, place) { return nil }
        let text = prose.source(place)
        if place.count == 1, tokens[place.lowerBound].kind == .url { return (Location(url: text), text) }
        guard let location = PlaceReader(prose: prose).location(fromLabelValue: place) else { return nil }
        return (location, text)
    }

    // MARK: decisions

    private func samePerson(_ a: Person, _ b: Person?) -> Bool {
        guard let b else { return false }
        if let ea = a.email, let eb = b.email { return equalsIgnoringCase(ea, eb) }
        if let na = a.name, let nb = b.name { return TextFolding.fold(na) == TextFolding.fold(nb) }
        return false
    }

    private func hasAnyCue(_ prose: ProseText) -> Bool {
        for i in prose.tokens.indices {
            let kind = prose.tokens[i].kind
            if kind == .number || kind == .url { return true }
            if kind != .word { continue }
            if prose.cue(.invite, i) != nil || prose.cue(.weekdays, i) != nil || prose.cue(.relative, i) != nil
                || prose.cue(.agenda, i) != nil || prose.cue(.host, i, key: "verb") != nil || prose.cue(.time, i) != nil
            {
                return true
            }
        }
        return false
    }

    /// Whether a day mention is bound to an invitation: an invitation phrase in its sentence, a "When:" line,
    /// or an event word next to it (only stop words and modifiers between) in a sentence of at most 8 words.
    private func isBound(_ date: Range<Int>, in prose: ProseText, whenLines: Set<Int>, invitedElsewhere: Bool) -> Bool {
        let tokens = prose.tokens
        guard date.lowerBound < tokens.count else { return false }
        if whenLines.contains(prose.lineOf[date.lowerBound]) { return true }
        let sentence = prose.sentence(of: date.lowerBound)
        if !prose.cues(.invite, key: "invite", in: sentence).isEmpty { return true }
        let words = sentence.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
        // An event word tied to the day by stop words or modifiers ("möte på fredag", "meeting on Friday").
        func light(_ k: Int) -> Bool {
            let t = tokens[k]
            if t.kind == .punct { return t.text == "," || t.text == ":" || t.text == "'" || t.text == "-" }
            guard t.kind == .word, prose.cue(.invite, k) == nil else { return false }
            return t.text.utf8.count <= 1 || prose.isStopword(t.text) || prose.cue(.relative, k, key: "next") != nil
                || prose.cue(.relative, k, key: "this") != nil
        }
        var back = date.lowerBound - 1
        var lightWords = 0
        while back >= sentence.lowerBound, light(back) {
            if tokens[back].kind == .word, tokens[back].text.utf8.count > 1 { lightWords += 1 }
            back -= 1
        }
        if lightWords > 0, back >= sentence.lowerBound {
            for s in max(sentence.lowerBound, back - 3)...back {
                if let m = prose.cue(.invite, s, key: "event"), m.end == back + 1 { return true }
            }
        }
        // An event word within a few tokens ("une réunion privée vendredi", "Friday's team lunch").
        var near = false
        for s in max(sentence.lowerBound, date.lowerBound - 5)..<date.lowerBound {
            if let m = prose.cue(.invite, s, key: "event"), m.end <= date.lowerBound, date.lowerBound - m.end <= 3 {
                near = true
            }
        }
        if !near {
            for s in date.upperBound..<min(sentence.upperBound, date.upperBound + 4)
            where prose.cue(.invite, s, key: "event") != nil {
                near = true
            }
        }
        guard near else { return false }
        // In a short sentence the event word alone binds it ("Meeting next Tuesday."); in a long one, only
        // when the text invites someone elsewhere (a report of an invitation).
        return words <= 8 || invitedElsewhere
    }

    private func isInvitation(
        _ prose: ProseText, when: ProseWhen, invitation: Invitation, inviting: Bool, subject: ProseText?,
        whenLines: Set<Int>, hasWhereLine: Bool = false
    ) -> Bool {
        let newsletter = prose.cues(.negative, key: "newsletter").count
        let receipt = prose.cues(.negative, key: "receipt").count
        let invites = prose.cues(.invite, key: "invite").count + prose.apartInviteCount() + (inviting ? 1 : 0)
        let events = prose.cues(.invite, key: "event").count
        var subjectInvite = 0
        var subjectStrong = false
        if let subject {
            subjectInvite = subject.cues(.invite).count
            subjectStrong = !subject.cues(.invite, key: "invite").isEmpty
        }
        let hasJoin = invitation.conference?.url != nil
        // Event platforms and webinar tools put an unsubscribe footer under their invitations: a newsletter cue
        // only loses to a mail about one event with a clock time — an invitation phrase with a "When" row or an
        // invitation in the subject, or a meeting link to join — not to an event listed among a newsletter's
        // items. A newsletter may report an invitation ("X has invited Y to …"): the inviting host keeps it.
        // An announcement whose text names one day and a place ("Join us … Saturday, April 11 · 2:00–3:30 PM",
        // "Maple Grove Public Library, 1450 Example Avenue") is about one event too, whatever footer its mailing
        // service adds; a digest's "join us at our webinar on Thursday" names no place.
        let announcement = when.distinctDays == 1 && invitation.location != nil
        let oneEvent =
            when.hasTime
            && (((invites > 0 || subjectStrong) && (!whenLines.isEmpty || subjectStrong || announcement)) || hasJoin)
        if newsletter > 0, !inviting, !oneEvent { return false }
        if receipt >= 2 && invites == 0 { return false }
        if when.hasDate && when.isPast { return false }
        let hasWhen = when.hasDate || when.hasTime
        guard hasWhen || hasJoin else { return false }
        // A weekday or relative day alone ("Monday", "tomorrow") is an event's date only when the words bind it
        // to one: an invitation phrase in its sentence or the subject, a "When:" label, or an event word right
        // next to it in a short sentence ("Meeting next Tuesday.").
        if !hasJoin, !when.hasTime, !when.isCalendarDate, let date = when.dateTokens,
            !(subjectStrong || isBound(date, in: prose, whenLines: whenLines, invitedElsewhere: invites > 0))
        {
            return false
        }
        if !when.hasDate {
            let past = prose.cues(.past, english: prose.lex.code == "en").count
            if past > 0 && invites == 0 { return false }
        }
        // "When: …" and "Where: …" rows (Outlook's forwarded meeting request) describe an event by themselves.
        let labelledEvent = !whenLines.isEmpty && hasWhereLine && when.hasTime
        return invites + events + subjectInvite > 0 || !invitation.agenda.isEmpty || hasJoin || labelledEvent
    }

    private func detectLanguage(_ text: TokenizedText, subject: String?) -> String? {
        var counts = Array(repeating: 0, count: lexicons.count)
        var seen = 0
        func count(_ tokens: [Token]) {
            for t in tokens where t.kind == .word {
                seen += 1
                if seen > 600 { return }
                // Stop words, then the pack's own date and cue words, decide the language.
                guard let bits = languageHints[t.text] else { continue }
                for n in 0..<min(counts.count, 16) {
                    if bits & (1 << UInt32(n)) != 0 {
                        counts[n] += 2
                    } else if bits & (1 << UInt32(n + 16)) != 0 {
                        counts[n] += 1
                    }
                }
            }
        }
        if let subject { count(TokenizedText(subject, vocabulary: nil).tokens) }
        count(text.tokens)
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else { return nil }
        return lexicons[best].code
    }

    /// How many tokens at the start of a subject head are prefixes ("Fwd", "Invitation"), with the counts
    /// some mailers add ("RE[2]", "AW(3)").
    private func prefixLength(_ tokens: [Token]) -> Int {
        var k = 0
        while k < tokens.count, let m = all.subjectPrefixes.match(tokens, k) {
            k = m.end
            while k < tokens.count, tokens[k].kind == .number || tokens[k].text == "(" || tokens[k].text == ")" {
                k += 1
            }
        }
        return k
    }

    /// The subject without "Fwd:", "TR:", "WG:", "RE:", "AW:", "RV:", "Invitation:" prefixes.
    func cleanSubject(_ subject: String) -> String? {
        var s = Substring(subject)
        var changed = true
        while changed {
            changed = false
            s = s.drop(while: { $0 == " " || $0 == "\t" })
            if s.first == "[", let close = s.firstIndex(of: "]"), s.distance(from: s.startIndex, to: close) < 20 {
                let inner = TextFolding.fold(s[s.index(after: s.startIndex)..<close])
                if all.subjectPrefixes.contains(id: all.vocabulary.id(of: inner)) || inner == "external"
                    || inner == "ext"
                {
                    s = s[s.index(after: close)...]
                    changed = true
                    continue
                }
            }
            // "Invitation – Assemblée générale", "Convite - Jantar": a prefix before a dash.
            let whole = String(s)
            s = Substring(whole)
            // The first separator, whichever it is ("Invito · Inaugurazione … – giovedì 9 aprile").
            let dashes = [" – ", " — ", " - ", " · "].compactMap { whole.range(ofASCII: $0) }
            if let dash = dashes.min(by: { $0.lowerBound < $1.lowerBound }),
                s.distance(from: s.startIndex, to: dash.lowerBound) <= 40
            {
                let head = s[..<dash.lowerBound]
                let tokens = Tokenizer.tokenize(Array(head.unicodeScalars), vocabulary: all.vocabulary)
                if !tokens.isEmpty, prefixLength(tokens) == tokens.count,
                    s[dash.upperBound...].contains(where: { $0.isLetter })
                {
                    s = s[dash.upperBound...]
                    changed = true
                    continue
                }
            }
            guard let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }),
                s.distance(from: s.startIndex, to: colon) <= 24
            else { break }
            let head = s[..<colon]
            let tokens = Tokenizer.tokenize(Array(head.unicodeScalars), vocabulary: all.vocabulary).filter {
                !($0.kind == .punct && ($0.text == "[" || $0.text == "]"))
            }
            guard !tokens.isEmpty else { break }
            if prefixLength(tokens) == tokens.count {
                s = s[s.index(after: colon)...]
                changed = true
            } else if tokens.count <= 8, s[s.index(after: colon)...].contains(where: { $0.isLetter }),
                tokens.indices.contains(where: { start in
                    // The invitation phrase ends the head ("You're invited", "Vous êtes invité(e)"), so
                    // "Invitation – Interview: …" keeps its event.
                    guard let end = all.invite.match(tokens, start, key: "invite") else { return false }
                    return tokens[end...].allSatisfy {
                        $0.kind == .punct || ($0.kind == .word && $0.text.unicodeScalars.count == 1)
                    }
                })
            {
                // "You're invited: Spring Gala", "Vous êtes invité(e) : Conférence …": the event follows.
                s = s[s.index(after: colon)...]
                changed = true
            }
        }
        // "Your tickets for Intro to Watercolor", "You're going to Spring Gala": a prefix that ends with a stop
        // word ("for", "to") leads into the event's name with no separator.
        let tokens = Tokenizer.tokenize(Array(s.unicodeScalars), vocabulary: all.vocabulary)
        if let m = all.subjectPrefixes.match(tokens, 0), m.end < tokens.count, m.end >= 2,
            all.stopwords.contains(tokens[m.end - 1].text)
        {
            let scalars = Array(s.unicodeScalars)
            s = Substring(String(String.UnicodeScalarView(scalars[tokens[m.end].start...])))
        }
        let result = withoutDateSuffix(String(s).trimmingSpaces)
        return result.isEmpty ? nil : result
    }

    /// A subject without the date some senders append after a dash ("Q1 review – Tue Mar 10", "Atelier compost
    /// – samedi 18 avril"): the tail goes when it holds only date and time words and numbers, with a weekday
    /// or month among them; the date itself is read from the text.
    private func withoutDateSuffix(_ subject: String) -> String {
        var last: Range<String.Index>? = nil
        for separator in [" – ", " — ", " - "] {
            var from = subject.startIndex
            while let found = subject.range(ofASCII: separator, after: from) {
                if found.lowerBound > last?.lowerBound ?? subject.startIndex { last = found }
                from = found.upperBound
            }
        }
        guard let dash = last, subject[..<dash.lowerBound].contains(where: { $0.isLetter }) else { return subject }
        let tokens = Tokenizer.tokenize(Array(subject[dash.upperBound...].unicodeScalars), vocabulary: all.vocabulary)
        var k = 0
        var named = false
        while k < tokens.count {
            if let m = all.weekdays.match(tokens, k) ?? all.months.match(tokens, k) {
                named = true
                k = m.end
            } else if let m = all.time.match(tokens, k) {
                k = m.end
            } else if let end = all.relative.match(tokens, k, key: "ordinal") {
                k = end
            } else if tokens[k].kind == .number || tokens[k].kind == .punct {
                k += 1
            } else {
                return subject
            }
        }
        return named ? String(subject[..<dash.lowerBound]).trimmingSpaces : subject
    }
}
