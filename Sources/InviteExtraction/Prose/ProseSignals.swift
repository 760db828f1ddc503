/// What kind of word a pack word is, for the byte-level prefilter (bit set).
struct SignalKinds: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    static let month = SignalKinds(rawValue: 1 << 0)
    /// A weekday or a relative day ("today", "demain", "übermorgen").
    static let day = SignalKinds(rawValue: 1 << 1)
    /// A word of a strong invitation phrase ("invite", "join", "rsvp") or of a "When:" label.
    static let invite = SignalKinds(rawValue: 1 << 2)
    /// "am", "pm", "Uhr", "h", "heures": a number before it is a clock time.
    static let clock = SignalKinds(rawValue: 1 << 3)
    /// "noon", "midi", "Mittag".
    static let noon = SignalKinds(rawValue: 1 << 4)
    /// The first word of a forward header name ("From", "De", "Von", "Envoyé").
    static let forwardHeader = SignalKinds(rawValue: 1 << 5)
    /// A word of a forward separator or reply attribution ("forwarded", "original", "wrote", "écrit").
    static let forwardWord = SignalKinds(rawValue: 1 << 6)
    /// A word of an event noun ("meeting", "réunion", "Besprechung").
    static let event = SignalKinds(rawValue: 1 << 7)
    /// "next", "this", "prochain", "kommenden": a day modifier, skipped between an event word and its day.
    static let modifier = SignalKinds(rawValue: 1 << 8)
    /// A word of a reply attribution ("wrote", "écrit", "schrieb").
    static let replyWord = SignalKinds(rawValue: 1 << 9)
    /// The first word of a "When:" label ("When", "Date", "Quand", "Wann").
    static let whenLabel = SignalKinds(rawValue: 1 << 10)
    /// A word that makes the number after it an hour ("alle 15", "a las 4", "um 15").
    static let barehour = SignalKinds(rawValue: 1 << 11)
    /// A word of an agenda cue ("agenda", "ordre", "Tagesordnung").
    static let agenda = SignalKinds(rawValue: 1 << 12)
    /// The longest word of a phrase without which prose makes no invitation: an invitation or event cue,
    /// a host verb ("organisiert"), an agenda cue.
    static let cue = SignalKinds(rawValue: 1 << 13)
    /// A one-word receipt cue ("invoice", "facture"), counted for ``ProseSignals/isReceipt(language:)``.
    static let receipt = SignalKinds(rawValue: 1 << 14)
    /// The longest word of a host verb ("organisiert", "invited"): without one, no host is found inviting.
    static let hostVerb = SignalKinds(rawValue: 1 << 15)
    /// An ordinal suffix ("th", "er", "º"): glued to a day number it names a day of month ("the 14th").
    static let ordinal = SignalKinds(rawValue: 1 << 16)
    /// An hour said as a word ("nine", "nueve"): after "at"/"a las" it is a clock time.
    static let hourWord = SignalKinds(rawValue: 1 << 17)
}

/// The pack words the prefilter knows, keyed by a hash of their folded UTF-8 bytes (open addressing,
/// built once per extractor).
struct SignalLexicon: Sendable {
    struct Slot: Sendable {
        var hash: UInt64 = 0
        /// Bit n: stop word of language n (low 16 bits); date or cue word of language n (high 16 bits).
        var languages: UInt32 = 0
        /// The word kinds (low bits), the phrase bits and the known bit (top bits): one 32-bit field, so that a
        /// slot stays 16 bytes and four share a cache line.
        var bits: UInt32 = 0

        var kinds: SignalKinds { SignalKinds(rawValue: bits & 0x0FFF_FFFF) }
        /// Which phrases this key starts.
        ///
        /// Bit 0: the first word of a phrase of two or more words; bit 1: the key of the first two words of a
        /// phrase of three or more. Phrase lookups run only after such a key.
        var phrase: UInt8 { UInt8(truncatingIfNeeded: (bits >> 28) & 3) }
        /// Whether the key is a word or phrase of the lexicon (not only a phrase head).
        var known: Bool { bits & (1 << 31) != 0 }
    }

    private(set) var slots: [Slot]
    private let mask: Int
    /// One bit per key, by other hash bits than the slot's: 4 KB that stay in the L1 cache and turn away
    /// most words the lexicon lacks before the table (too big for L1) is touched.
    private var filter: [UInt64] = Array(repeating: 0, count: 512)
    /// Whether every cue phrase has a word the byte scan can see (``SignalKinds/cue``); when one has none
    /// (an emoji, a letter outside Latin-1), the scan cannot rule cues out.
    let cuesAreVisible: Bool
    /// Per one-word receipt cue (by key): bit n when it counts in pack n's language (its own, or English).
    let receiptLanguages: [UInt64: UInt16]
    /// The English pack's index (its cues count in every language, as in ``ProseText/cue(_:_:key:english:)``).
    let englishIndex: Int?
    /// Whether the scan sees every invitation phrase and host verb, so that not seeing one proves there is
    /// none (the receipt test needs that proof).
    let invitationCuesAreVisible: Bool

    init(packs: [LanguagePack], stopwordsExcluded: Set<String>) {
        var entries: [String: (UInt32, SignalKinds)] = [:]
        var phrases: [([String], SignalKinds)] = []
        func add(_ word: String, languages: UInt32 = 0, kinds: SignalKinds = []) {
            guard !word.isEmpty else { return }
            var e = entries[word] ?? (0, [])
            e.0 |= languages
            e.1.formUnion(kinds)
            entries[word] = e
        }
        /// The letter runs of a phrase, folded, as the tokenizer splits them.
        func words(_ phrase: String) -> [String] {
            Tokenizer.tokenize(Array(phrase.unicodeScalars), vocabulary: nil).filter { $0.kind == .word }.map(\.text)
        }
        /// The longest word of a phrase that the scan hashes as the tokenizer folds it (ASCII and Latin-1
        /// letters), nil when there is none; a word that is not a stop word wins over one that is ("host",
        /// not "will", for "will host"), so that the word is rare in mail that holds no such phrase.
        func longestVisibleWord(_ phrase: String) -> String? {
            let scalars = Array(phrase.unicodeScalars)
            var best: String?
            var bestIsStopword = true
            for t in Tokenizer.tokenize(scalars, vocabulary: nil) where t.kind == .word {
                guard SignalLexicon.isVisible(t, in: scalars), t.text.utf8.count <= 40 else { continue }
                let isStopword = stopwordsExcluded.contains(t.text)
                if best == nil || (bestIsStopword && !isStopword)
                    || (isStopword == bestIsStopword && t.text.utf8.count > best?.utf8.count ?? 0)
                {
                    best = t.text
                    bestIsStopword = isStopword
                }
            }
            return best
        }
        var cuesAreVisible = true
        for pack in packs {
            // ProseExtractor.isInvitation wants one of these (or a meeting link) before it calls text an invitation.
            let cueEntries =
                (pack.sections["cues.invite"] ?? []) + (pack.sections["cues.agenda"] ?? [])
                + (pack.sections["cues.host"] ?? []).filter { $0.key == "verb" }
            for entry in cueEntries {
                for v in entry.values {
                    if let w = longestVisibleWord(v) { add(w, kinds: .cue) } else { cuesAreVisible = false }
                }
            }
        }
        self.cuesAreVisible = cuesAreVisible
        // Receipt cues of one word, counted by the scan; a word that shares a longer receipt cue with another
        // such word is left out, so the scan's count never exceeds the tokenized text's.
        var receiptLanguages: [UInt64: UInt16] = [:]
        var receiptWords: [String: UInt16] = [:]
        var longerReceiptCues: [[String]] = []
        for (n, pack) in packs.enumerated() where n < 16 {
            for entry in pack.sections["cues.negative"] ?? [] where entry.key == "receipt" {
                for v in entry.values {
                    let ws = words(v)
                    if ws.count == 1, let w = longestVisibleWord(v), w == ws[0] {
                        receiptWords[w, default: 0] |= 1 << UInt16(n)
                    } else if ws.count > 1 {
                        longerReceiptCues.append(ws)
                    }
                }
            }
        }
        for ws in longerReceiptCues where ws.filter({ receiptWords[$0] != nil }).count > 1 {
            for w in ws { receiptWords[w] = nil }
        }
        let englishIndex = packs.firstIndex { $0.code == "en" }.flatMap { $0 < 16 ? $0 : nil }
        for (w, bits) in receiptWords {
            add(w, kinds: .receipt)
            // An English receipt cue counts in every language (ProseText.cue falls back to English).
            let english = englishIndex.map { bits & (1 << UInt16($0)) != 0 } ?? false
            receiptLanguages[SignalLexicon.hash(Array(w.utf8))] = english ? 0xFFFF : bits
        }
        self.receiptLanguages = receiptLanguages
        self.englishIndex = englishIndex
        // Invitation phrases must be words the scan hashes (no number, no letter beyond Latin-1); host verbs
        // need one such word.
        var invitationCuesAreVisible = true
        for pack in packs {
            for entry in pack.sections["cues.invite"] ?? [] where entry.key == "invite" {
                for v in entry.values {
                    let scalars = Array(v.unicodeScalars)
                    let tokens = Tokenizer.tokenize(scalars, vocabulary: nil)
                    let visible = tokens.allSatisfy { $0.kind == .punct || SignalLexicon.isVisible($0, in: scalars) }
                    if !visible || !tokens.contains(where: { $0.kind == .word }) { invitationCuesAreVisible = false }
                }
            }
            // Host verbs as whole phrases ("will host", "a invité"), matched like invitation phrases: the scan
            // sees one only where the tokenized text holds it.
            for entry in pack.sections["cues.host"] ?? [] where entry.key == "verb" {
                for v in entry.values {
                    let scalars = Array(v.unicodeScalars)
                    let tokens = Tokenizer.tokenize(scalars, vocabulary: nil)
                    let ws = tokens.filter { $0.kind == .word }.map(\.text)
                    let visible = tokens.allSatisfy { $0.kind == .word && SignalLexicon.isVisible($0, in: scalars) }
                    if !visible || ws.isEmpty {
                        invitationCuesAreVisible = false
                    } else if ws.count == 1 {
                        add(ws[0], kinds: .hostVerb)
                    } else {
                        phrases.append((ws, .hostVerb))
                    }
                }
            }
        }
        self.invitationCuesAreVisible = invitationCuesAreVisible
        for (n, pack) in packs.enumerated() {
            let bit = n < 16 ? UInt32(1) << UInt32(n) : 0
            let high = n < 16 ? UInt32(1) << UInt32(n + 16) : 0
            for entry in pack.sections["stopwords"] ?? [] {
                for v in entry.values { add(TextFolding.fold(v), languages: bit) }
            }
            for section in ["weekdays", "months", "relative", "cues.invite"] {
                for entry in pack.sections[section] ?? [] {
                    for v in entry.values where !v.contains(" ") { add(TextFolding.fold(v), languages: high) }
                }
            }
            for entry in pack.sections["months"] ?? [] {
                for v in entry.values { for w in words(v) { add(w, kinds: .month) } }
            }
            for entry in pack.sections["weekdays"] ?? [] {
                for v in entry.values { for w in words(v) { add(w, kinds: .day) } }
            }
            for entry in pack.sections["relative"] ?? []
            where ["today", "tomorrow", "aftertomorrow"].contains(entry.key) {
                for v in entry.values { for w in words(v) where !stopwordsExcluded.contains(w) { add(w, kinds: .day) } }
            }
            for entry in pack.sections["relative"] ?? [] where ["next", "this"].contains(entry.key) {
                for v in entry.values { for w in words(v) { add(w, kinds: .modifier) } }
            }
            for entry in pack.sections["cues.invite"] ?? [] where entry.key == "event" {
                for v in entry.values { for w in words(v) where w.utf8.count > 2 { add(w, kinds: .event) } }
            }
            for entry in pack.sections["cues.invite"] ?? [] where entry.key == "invite" {
                for v in entry.values { phrases.append((words(v), .invite)) }
            }
            for entry in pack.sections["cues.agenda"] ?? [] {
                for v in entry.values { if let w = words(v).first { add(w, kinds: .agenda) } }
            }
            for entry in pack.sections["labels"] ?? [] where entry.key == "agenda" {
                for v in entry.values { if let w = words(v).first { add(w, kinds: .agenda) } }
            }
            for entry in pack.sections["labels"] ?? [] where entry.key == "when" {
                for v in entry.values { if let w = words(v).first { add(w, kinds: .whenLabel) } }
            }
            for entry in pack.sections["time"] ?? [] {
                switch entry.key {
                case "am", "pm", "hour":
                    for v in entry.values { if let w = words(v).first { add(w, kinds: .clock) } }
                case "barehour":
                    for v in entry.values { if let w = words(v).last { add(w, kinds: .barehour) } }
                case "noon", "midnight":
                    for v in entry.values {
                        for w in words(v) where !stopwordsExcluded.contains(w) { add(w, kinds: .noon) }
                    }
                case "plushalf", "plusquarter", "minusquarter", "halfpast", "quarterpast", "quarterto":
                    // "y media", "half past": a spoken clock time (the full reading wants an hour with it).
                    for v in entry.values { phrases.append((words(v), .noon)) }
                case "halfbefore":
                    // "halb zehn", "half tien": the word and each hour word of the pack.
                    let hours = (pack.sections["time"] ?? []).filter { $0.key.count > 1 && $0.key.hasPrefix("h") }
                    for v in entry.values {
                        for hour in hours { for h in hour.values { phrases.append((words(v) + words(h), .noon)) } }
                    }
                case let key where key.count > 1 && key.hasPrefix("h") && Int(key.dropFirst()) != nil:
                    for v in entry.values { for w in words(v) { add(w, kinds: .hourWord) } }
                default: continue
                }
            }
            for entry in pack.sections["relative"] ?? [] where entry.key == "ordinal" {
                for v in entry.values { for w in words(v) { add(w, kinds: .ordinal) } }
            }
            for entry in pack.sections["forward.headers"] ?? [] {
                for v in entry.values { if let w = words(v).first { add(w, kinds: .forwardHeader) } }
            }
            for entry in pack.sections["forward.separators"] ?? [] {
                let kind: SignalKinds = entry.key == "reply" ? .replyWord : .forwardWord
                for v in entry.values { for w in words(v) where !stopwordsExcluded.contains(w) { add(w, kinds: kind) } }
            }
        }
        // Phrases of up to three words are keyed by the chained hash of their words (longer ones by their first three).
        var keyed: [UInt64: (UInt32, SignalKinds)] = [:]
        var heads: [UInt64: UInt8] = [:]
        for (word, value) in entries {
            let h = SignalLexicon.hash(Array(word.utf8))
            var e = keyed[h] ?? (0, [])
            e.0 |= value.0
            e.1.formUnion(value.1)
            keyed[h] = e
        }
        for (ws, kind) in phrases where !ws.isEmpty {
            var h = SignalLexicon.hash(Array(ws[0].utf8))
            if ws.count >= 2 { heads[h, default: 0] |= 1 }
            for (k, w) in ws.dropFirst().prefix(2).enumerated() {
                h = SignalLexicon.chain(h, SignalLexicon.hash(Array(w.utf8)))
                if k == 0, ws.count >= 3 { heads[h, default: 0] |= 2 }
            }
            keyed[h, default: (0, [])].1.formUnion(kind)
        }
        var size = 256
        while size < (keyed.count + heads.count) * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: Slot(), count: size)
        for (h, (languages, kinds)) in keyed {
            var at = SignalLexicon.slot(h, mask)
            while slots[at].hash != 0 && slots[at].hash != h { at = (at + 1) & mask }
            slots[at].hash = h
            slots[at].languages |= languages
            slots[at].bits |= kinds.rawValue & 0x0FFF_FFFF
            slots[at].bits |= 1 << 31
        }
        for (h, bits) in heads {
            var at = SignalLexicon.slot(h, mask)
            while slots[at].hash != 0 && slots[at].hash != h { at = (at + 1) & mask }
            slots[at].hash = h
            slots[at].bits |= UInt32(bits & 3) << 28
        }
        for slot in slots where slot.hash != 0 {
            let bit = SignalLexicon.filterBit(slot.hash)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether the scan sees a word as the tokenizer folds it: written in ASCII or Latin-1 letters, folded to
    /// "a"…"z" only.
    static func isVisible(_ token: Token, in scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .word && scalars[token.start..<token.end].allSatisfy { $0.value < 0x100 }
            && token.text.utf8.allSatisfy { $0 &- 0x61 < 26 }
    }

    /// The key of a folded word: its bytes taken as little-endian 64-bit chunks (so that the scan can load
    /// eight ASCII letters at once), one multiply per chunk, with the length at the end.
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(hash) }

    /// ``hash(_:)`` on a buffer, eight bytes per load (the vocabulary's lookup of every token uses it too).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashSeed
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                h = mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
        }
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            chunk |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return finish(h, chunk, n)
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
        return x ^ (x >> 32)
    }

    /// The last partial chunk (at most seven bytes) and the length; never 0, the empty slot's mark.
    @inline(__always)
    static func finish(_ h: UInt64, _ chunk: UInt64, _ count: Int) -> UInt64 {
        mix(h, chunk ^ UInt64(truncatingIfNeeded: count) << 56) | 1
    }

    @inline(__always)
    static func filterBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & 32767 }

    /// The first slot to probe for key `h` (its low bit is always set, so it is left out).
    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 1) & mask }

    /// The key of a two- or three-word sequence.
    @inline(__always)
    static func chain(_ a: UInt64, _ b: UInt64) -> UInt64 { ((a &* 0x9E37_79B9_7F4A_7C15) ^ b) | 1 }

    /// The slot of a key: a word, a phrase or a phrase head (``Slot/known`` tells the first two apart).
    @inline(__always)
    func lookup(_ h: UInt64) -> Slot? {
        let bit = SignalLexicon.filterBit(h)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var at = SignalLexicon.slot(h, mask)
        while true {
            let s = slots[at]
            if s.hash == h { return s }
            if s.hash == 0 { return nil }
            at = (at + 1) & mask
        }
    }
}

/// Cheap facts about a t/// Cheap facts about a text, read in one pass over its UTF-8 bytes without building strings: enough
/// to pick the language and to reject text that cannot hold an invitation before it is tokenized.
///
/// Every test here is looser than the token rules of ``ProseExtractor`` that decide an invitation, so a
/// text the prefilter rejects is one the full reading would reject too.
struct ProseSignals: Sendable {
    /// Per language pack: 2 per stop word, 1 per date or cue word (first 600 words).
    var languageScores: [Int]
    /// "3:30", "14h30", "10am", "14 Uhr", "noon" (outside reply attributions).
    var hasClockTime = false
    /// "24/08", "2024-01-09", "24.08.".
    var hasNumericDate = false
    /// A month name next to a day number.
    var hasMonthDay = false
    /// A weekday or relative day.
    var hasDayWord = false
    /// A sentence with a day word and an invitation phrase.
    var hasDayInviteSentence = false
    /// The subject holds an invitation phrase.
    var subjectInvites = false
    /// A short sentence with an event word next to a day word ("Meeting next Tuesday.", "Réunion vendredi.").
    var hasEventDay = false
    /// An event word within three tokens of a day word, in a sentence of any length.
    var hasEventNearDay = false
    /// A link to a known video-meeting host.
    var hasConferenceLink = false
    /// A line that may start a forward ("From:", "-----Original Message-----", "Begin forwarded message:").
    var mayHoldForward = false
    /// Quoted lines or a reply attribution ("> ", "On … wrote:").
    var hasQuotes = false
    /// The first word of an agenda cue ("Agenda", "Ordre du jour", "Tagesordnung").
    var hasAgendaCue = false
    /// An agenda cue that starts a line (a heading or label: "Agenda:", "Tagesordnung").
    var hasAgendaHeading = false
    /// A word of an invitation, event, host-verb or agenda cue in the body or subject, or a lexicon whose cues
    /// the scan cannot see.
    var hasCue = false
    /// Per language pack: one-word receipt cues of that pack or of English.
    private var receiptCounts: [Int] = []
    private var sawHostVerb = false

    /// Whether ``ProseExtractor``'s receipt test refuses the text already: two receipt cues in the
    /// language of pack `language` (or English), and no invitation phrase or host verb at all.
    func isReceipt(language: Int?, lexicon: SignalLexicon) -> Bool {
        guard lexicon.invitationCuesAreVisible, !sawInvite, !sawHostVerb,
            let index = language ?? lexicon.englishIndex, index < receiptCounts.count
        else { return false }
        return receiptCounts[index] >= 2
    }

    /// "http", "www." or a bare meeting host: the tokenizer may find a URL, so a meeting link (looked for
    /// only when nothing else lets the text through).
    var mayHoldURL = false

    /// Whether the text could hold an invitation by the rules of ``ProseExtractor``: a concrete date or time,
    /// a meeting link, or a day word bound to an invitation or event word.
    ///
    /// It also needs what ``ProseExtractor``'s final test needs: a cue word (invitation, event, host verb,
    /// agenda) or a URL that could be the meeting link.
    var mayHoldInvitation: Bool { mayHoldWhen && (hasCue || mayHoldURL) }

    /// A concrete date or time, a meeting link, or a day word bound to an invitation or event word.
    private var mayHoldWhen: Bool {
        hasClockTime || hasNumericDate || hasMonthDay || hasConferenceLink || hasEventDay || hasDayInviteSentence
            || (subjectInvites && hasDayWord) || (hasEventNearDay && (sawInvite || subjectInvites))
    }

    /// Scans `bytes` (UTF-8) once, and the subject for invitation phrases.
    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: SignalLexicon, languages: Int, subject: [UInt8]? = nil) {
        languageScores = Array(repeating: 0, count: languages)
        receiptCounts = Array(repeating: 0, count: languages)
        hasCue = !lexicon.cuesAreVisible
        if let subject {
            var s = ProseSignals(languages: languages)
            subject.withUnsafeBufferPointer { s.scan($0, lexicon: lexicon, isBody: false) }
            subjectInvites = s.sawInvite
            hasCue = hasCue || s.hasCue
            // "Quick call tomorrow at 4?": the subject may hold the only date or time.
            hasClockTime = s.hasClockTime
            hasNumericDate = s.hasNumericDate
            hasMonthDay = s.hasMonthDay
            hasDayWord = s.hasDayWord
            hasEventDay = s.hasEventDay
            hasDayInviteSentence = s.hasDayInviteSentence
            languageScores = s.languageScores
            words = s.words
        }
        scan(bytes, lexicon: lexicon, isBody: true)
        if !hasCue, mayHoldWhen { mayHoldURL = hasConferenceLink || ProseSignals.mayHoldURL(bytes) }
    }

    private init(languages: Int) {
        languageScores = Array(repeating: 0, count: languages)
        receiptCounts = Array(repeating: 0, count: languages)
    }

    private var words = 0
    private var sawInvite = false

    /// Kinds that make a word significant between an event word and a day (a constant: an option-set literal
    /// in the loop would build an array per word).
    private static let dateOrCue = SignalKinds(
        rawValue: SignalKinds.day.rawValue | SignalKinds.event.rawValue
            | SignalKinds.invite.rawValue | SignalKinds.month.rawValue)

    /// ASCII class of each byte: 1 letter, 2 digit, 4 space, 8 newline.
    private static let classes: [UInt8] = (0..<256).map { b in
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { return 1 }
        if b >= 0x30 && b <= 0x39 { return 2 }
        if b == 0x20 || b == 0x09 || b == 0x0D { return 4 }
        if b == 0x0A { return 8 }
        return 0
    }

    /// Eight bytes lowered (ASCII letters to lower case) and how many of them, from the first, are ASCII letters.
    @inline(__always)
    static func letterRun(_ w: UInt64) -> (lower: UInt64, run: Int) {
        let lower = w | 0x2020_2020_2020_2020
        let t = lower & 0x7F7F_7F7F_7F7F_7F7F
        // High bit of each byte: set when it lies in "a"..."z" once lowered, and was ASCII.
        let letters = (t &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(t &+ 0x0505_0505_0505_0505) & ~w & 0x8080_8080_8080_8080
        return (lower, (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3)
    }

    /// Eight bytes from `offset`, at any alignment.
    @inline(__always)
    static func load(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Folded ASCII for U+00C0…U+00FF (two bytes `C3 xx`): the base letter(s), 0 when none.
    private static let latin1: [(UInt8, UInt8)] = (0xC0...0xFF).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return (0, 0) }
        let f = Array(TextFolding.fold(String(Character(scalar))).utf8)
        guard f.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return (0, 0) }
        if f.count == 1 { return (f[0], 0) }
        if f.count == 2 { return (f[0], f[1]) }
        return (0, 0)
    }

    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, lexicon: SignalLexicon, isBody: Bool) {
        let n = p.count
        let base = p.baseAddress
        var i = 0
        var tokenIndex = 0
        var lastNumberIndex = -10
        var lastNumberDigits = 0
        var lastNumberValue = 0
        var lastNumberEnd = -10
        var lastMonthIndex = -10
        var prevPunct: UInt8 = 0
        var prevPunctEnd = -10
        var prevPunctIndex = -10
        var timeCandidate = -10  // token index of a number followed by a glued ':' or '.'
        var dateCandidate = -10  // token index of a number followed by a glued '/', '.', '-'
        // Line state.
        var lineStart = true
        var lineFirstKinds: SignalKinds = []
        var lineHasForwardWord = false
        var lineHasReplyWord = false
        var lineColonAt = -1
        var lineStartOffset = 0
        var lineLastByte: UInt8 = 0
        var lineRun = false
        var lineWords = 0
        var runByte: UInt8 = 0
        var runCount = 0
        var saved = (false, false, false)
        // Sentence state.
        var sentenceWords = 0
        var sentenceDay = false
        var sentenceInvite = false
        var sentenceEventDay = false
        // The last significant token (not a stop word, modifier, one-letter word or light punctuation).
        var lastSignificantKinds: SignalKinds = []
        var lastEventIndex = -10
        var lightRun = 0
        var lastBarehourIndex = -10
        var lastDayIndex = -10
        var prevHash: UInt64 = 0
        var prevChain: UInt64 = 0
        var words = self.words
        defer { self.words = words }
        var prevHead = false  // the previous word starts a phrase of two or more words
        var prevTwoHead = false  // the previous two words start a phrase of three or more
        let classes = ProseSignals.classes
        let latin1 = ProseSignals.latin1

        func endSentence() {
            if sentenceDay && sentenceInvite { hasDayInviteSentence = true }
            if sentenceEventDay && sentenceWords <= 10 { hasEventDay = true }
            sentenceWords = 0
            sentenceDay = false
            sentenceInvite = false
            sentenceEventDay = false
            lastSignificantKinds = SignalKinds(rawValue: 0)
        }

        while i < n {
            let b = p[i]
            // A space (most bytes between words) needs no class lookup.
            if b == 0x20 {
                i += 1
                continue
            }
            let c = classes[Int(b)]
            if c & 8 != 0 {
                // End of a line.
                if isBody {
                    if lineFirstKinds.contains(.forwardHeader), lineColonAt >= 0, lineColonAt - lineStartOffset <= 30 {
                        mayHoldForward = true
                    }
                    if lineHasForwardWord, lineLastByte == 0x3A || lineRun { mayHoldForward = true }
                    if lineHasReplyWord, lineLastByte == 0x3A {
                        // "On Mon, Jan 8, 2024 at 10:00 AM Bob <bob@example.com> wrote:" dates the quote, not a meeting.
                        hasQuotes = true
                        (hasClockTime, hasNumericDate, hasMonthDay) = saved
                    }
                }
                if lineWords == 0 || lineWords < 8 || lineLastByte == 0x3A { endSentence() }
                saved = (hasClockTime, hasNumericDate, hasMonthDay)
                lineStart = true
                lineFirstKinds = SignalKinds(rawValue: 0)
                lineHasForwardWord = false
                lineHasReplyWord = false
                lineColonAt = -1
                lineStartOffset = i + 1
                lineLastByte = 0
                lineRun = false
                lineWords = 0
                runCount = 0
                i += 1
                continue
            }
            if c & 4 != 0 {
                i += 1
                continue
            }
            if c == 1 || (b >= 0xC3 && b != 0xE2 && b < 0xF0) {
                // A word: letters, folded and hashed as they are read.
                var len = 0  // folded letters (an "é" is two bytes, one letter; "ß" two letters)
                var hashable = true
                var h = SignalLexicon.hashSeed
                var chunk: UInt64 = 0
                let start = i
                var ended = false
                // Eight bytes at a time while they are ASCII letters: one load, a SWAR letter test, one mix.
                while let base, i + 8 <= n {
                    let (lower, run) = ProseSignals.letterRun(ProseSignals.load(UnsafeRawPointer(base), i))
                    if run == 8 {
                        h = SignalLexicon.mix(h, lower)
                        len += 8
                        i += 8
                        continue
                    }
                    if run > 0 {
                        chunk = lower & ((1 << UInt64(run * 8)) - 1)
                        len += run
                        i += run
                    }
                    // An ASCII byte that is no letter ends the word: the byte loop below is for accents.
                    ended = p[i] < 0x80
                    break
                }
                while !ended, i < n {
                    let x = p[i]
                    // An ASCII letter (the class table's 1), tested without a table load.
                    if (x | 0x20) &- 0x61 < 26 {
                        chunk |= UInt64(x | 0x20) << UInt64((len & 7) * 8)
                        len += 1
                        if len & 7 == 0 {
                            h = SignalLexicon.mix(h, chunk)
                            chunk = 0
                        }
                        i += 1
                    } else if x == 0xC3, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0xBF {
                        let folded = latin1[Int(p[i + 1]) - 0x80]
                        if folded.0 == 0 {
                            hashable = false
                        } else {
                            chunk |= UInt64(folded.0) << UInt64((len & 7) * 8)
                            len += 1
                            if len & 7 == 0 {
                                h = SignalLexicon.mix(h, chunk)
                                chunk = 0
                            }
                            if folded.1 != 0 {
                                chunk |= UInt64(folded.1) << UInt64((len & 7) * 8)
                                len += 1
                                if len & 7 == 0 {
                                    h = SignalLexicon.mix(h, chunk)
                                    chunk = 0
                                }
                            }
                        }
                        i += 2
                    } else if x >= 0xC4, x != 0xE2, x < 0xF0 {
                        // Other letters (Latin Extended, Greek, Cyrillic, CJK …): no prefilter word uses them.
                        hashable = false
                        i += 1
                        while i < n, p[i] & 0xC0 == 0x80 { i += 1 }
                    } else {
                        break
                    }
                }
                if i == start {
                    i += 1
                    continue
                }
                // The space after the word is taken here, not by a turn of the loop.
                if i < n { i &+= p[i] == 0x20 ? 1 : 0 }
                h = SignalLexicon.finish(h, chunk, len)
                tokenIndex += 1
                words += 1
                lineWords += 1
                sentenceWords += 1
                lineStart = false
                lineLastByte = 1
                let isFirstOfLine = lineWords == 1 && lineColonAt < 0 && start - lineStartOffset <= 4
                guard hashable, len <= 40 else {
                    if isFirstOfLine { lineFirstKinds = SignalKinds(rawValue: 0) }
                    lastSignificantKinds = SignalKinds(rawValue: 0)
                    prevChain = 0
                    prevHash = 0
                    continue
                }
                // Two- and three-word phrases, looked up only after a phrase head.
                if prevHash != 0, prevHead || prevTwoHead {
                    let two = SignalLexicon.chain(prevHash, h)
                    var twoHead = false
                    if prevHead, let m = lexicon.lookup(two) {
                        if m.kinds.contains(.invite) {
                            sentenceInvite = true
                            sawInvite = true
                        }
                        if m.kinds.contains(.noon) { hasClockTime = true }
                        if m.kinds.contains(.hostVerb) { sawHostVerb = true }
                        twoHead = m.phrase & 2 != 0
                    }
                    if prevTwoHead, prevChain != 0, let m = lexicon.lookup(SignalLexicon.chain(prevChain, h)) {
                        if m.kinds.contains(.invite) {
                            sentenceInvite = true
                            sawInvite = true
                        }
                        if m.kinds.contains(.noon) { hasClockTime = true }
                        if m.kinds.contains(.hostVerb) { sawHostVerb = true }
                    }
                    prevChain = two
                    prevTwoHead = twoHead
                } else {
                    prevChain = 0
                    prevTwoHead = false
                }
                prevHash = h
                let found = lexicon.lookup(h)
                prevHead = (found?.phrase ?? 0) & 1 != 0
                guard let slot = found, slot.known else {
                    if len > 1 { lastSignificantKinds = SignalKinds(rawValue: 0) }
                    continue
                }
                if words <= 600, slot.languages != 0 {
                    // 2 for each language the word is a stop word of, else 1 for each it is a date or cue word of.
                    let stop = slot.languages & 0xFFFF
                    var bits = stop
                    while bits != 0 {
                        let l = bits.trailingZeroBitCount
                        if l < languageScores.count { languageScores[l] += 2 }
                        bits &= bits - 1
                    }
                    bits = (slot.languages >> 16) & ~stop
                    while bits != 0 {
                        let l = bits.trailingZeroBitCount
                        if l < languageScores.count { languageScores[l] += 1 }
                        bits &= bits - 1
                    }
                }
                let kinds = slot.kinds
                if kinds.isEmpty {
                    // A stop word or a language hint and nothing more (most known words): only the line's first
                    // word and the light-word run change, as in the general case below.
                    if isFirstOfLine { lineFirstKinds = kinds }
                    if len > 1 {
                        if slot.languages & 0xFFFF != 0 {
                            lightRun += 1
                        } else {
                            lastSignificantKinds = kinds
                            lightRun = 0
                        }
                    }
                    continue
                }
                if kinds.contains(.cue) { hasCue = true }
                if kinds.contains(.hostVerb) { sawHostVerb = true }
                if kinds.contains(.receipt), var counted = lexicon.receiptLanguages[h] {
                    while counted != 0 {
                        let l = counted.trailingZeroBitCount
                        if l < receiptCounts.count { receiptCounts[l] += 1 }
                        counted &= counted - 1
                    }
                }
                if isFirstOfLine { lineFirstKinds = kinds }
                if kinds.contains(.agenda) {
                    hasAgendaCue = true
                    if isFirstOfLine { hasAgendaHeading = true }
                }
                let light =
                    len <= 1
                    || (kinds.isDisjoint(with: ProseSignals.dateOrCue)
                        && (slot.languages & 0xFFFF != 0 || kinds.contains(.modifier)))
                if kinds.contains(.day), tokenIndex - lastEventIndex <= 4 { hasEventNearDay = true }
                if kinds.contains(.event) {
                    if tokenIndex - lastDayIndex <= 4 { hasEventNearDay = true }
                    lastEventIndex = tokenIndex
                }
                if kinds.contains(.day) { lastDayIndex = tokenIndex }
                if kinds.contains(.barehour) { lastBarehourIndex = tokenIndex }
                if !light {
                    // "möte på fredag", "meeting on Friday": an event word tied to the day by a preposition or modifier
                    // holds in any sentence; with nothing between ("meeting Friday") only in a short one.
                    if kinds.contains(.day), lastSignificantKinds.contains(.event) {
                        if lightRun > 0 { hasEventDay = true } else { sentenceEventDay = true }
                    }
                    if kinds.contains(.event), lastSignificantKinds.contains(.day) { sentenceEventDay = true }
                    lastSignificantKinds = kinds
                    lightRun = 0
                } else if len > 1 {
                    lightRun += 1
                }
                if kinds.isEmpty { continue }
                if kinds.contains(.invite) {
                    sentenceInvite = true
                    sawInvite = true
                }
                if kinds.contains(.forwardWord) { lineHasForwardWord = true }
                if kinds.contains(.replyWord) { lineHasReplyWord = true }
                if kinds.contains(.day) {
                    hasDayWord = true
                    sentenceDay = true
                }
                if kinds.contains(.noon) { hasClockTime = true }
                if kinds.contains(.hourWord), tokenIndex - lastBarehourIndex == 1 { hasClockTime = true }
                if kinds.contains(.ordinal), start == lastNumberEnd, lastNumberDigits <= 2, lastNumberValue >= 1,
                    lastNumberValue <= 31
                {
                    hasMonthDay = true
                }
                if kinds.contains(.clock), tokenIndex - lastNumberIndex <= 2, lastNumberDigits <= 2,
                    lastNumberValue <= 24,
                    start - lastNumberEnd <= 2
                {
                    hasClockTime = true
                }
                if kinds.contains(.month) {
                    lastMonthIndex = tokenIndex
                    if tokenIndex - lastNumberIndex <= 3, lastNumberDigits <= 2, lastNumberValue >= 1,
                        lastNumberValue <= 31
                    {
                        hasMonthDay = true
                    }
                }
                continue
            }
            let glued = i > 0 && classes[Int(p[i - 1])] & 12 == 0
            if c == 2 {
                let start = i
                var value = 0
                while i < n, p[i] &- 0x30 < 10 {
                    if i - start < 9 { value = value * 10 + Int(p[i] - 0x30) }
                    i += 1
                }
                let digits = i - start
                tokenIndex += 1
                lastSignificantKinds = SignalKinds(rawValue: 0)
                prevHash = 0
                lineStart = false
                lineLastByte = 2
                if glued, prevPunctEnd == start, prevPunctIndex == tokenIndex - 1, lastNumberIndex == tokenIndex - 2 {
                    if timeCandidate == tokenIndex - 2, prevPunct == 0x3A, digits == 2, lastNumberValue <= 24 {
                        hasClockTime = true
                    }
                    if dateCandidate == tokenIndex - 2, digits <= 2, value >= 1, value <= 31 { hasNumericDate = true }
                    if dateCandidate == tokenIndex - 2, lastNumberDigits == 4, digits <= 2 { hasNumericDate = true }
                }
                if tokenIndex - lastMonthIndex <= 3, digits <= 2, value >= 1, value <= 31 { hasMonthDay = true }
                if tokenIndex - lastBarehourIndex == 1, digits <= 2, value <= 24 { hasClockTime = true }
                lastNumberIndex = tokenIndex
                lastNumberDigits = digits
                lastNumberValue = value
                lastNumberEnd = i
                continue
            }
            // Punctuation (ASCII or a multi-byte mark).
            let start = i
            i += 1
            if b >= 0x80 { while i < n, p[i] & 0xC0 == 0x80 { i += 1 } }
            tokenIndex += 1
            if !(b == 0x3A || b == 0x2C || b == 0x27 || b == 0xE2 || b == 0x2D) {
                lastSignificantKinds = SignalKinds(rawValue: 0)
                lightRun = 0
            }
            if b == 0x3E, lineStart, isBody { hasQuotes = true }
            lineStart = false
            if b == 0x3A, lineColonAt < 0 {
                lineColonAt = start
                if lineWords <= 3, lineFirstKinds.contains(.whenLabel) {
                    sentenceInvite = true
                    sawInvite = true
                }
            }
            if b == runByte, b == 0x2D || b == 0x3D || b == 0x2A || b == 0x5F {
                runCount += 1
                if runCount >= 2 { lineRun = true }
            } else {
                runByte = b
                runCount = 1
            }
            lineLastByte = b
            if glued, lastNumberIndex == tokenIndex - 1, lastNumberEnd == start, lastNumberDigits <= 4 {
                if b == 0x3A || b == 0x2E { timeCandidate = lastNumberIndex }
                if b == 0x2F || b == 0x2E || b == 0x2D { dateCandidate = lastNumberIndex }
            }
            // "10 a.m.": a number, then a or p glued to '.'.
            if b == 0x2E, start >= 2, p[start - 1] | 0x20 == 0x61 || p[start - 1] | 0x20 == 0x70,
                tokenIndex - lastNumberIndex == 2,
                lastNumberDigits <= 2, start - 1 - lastNumberEnd <= 1
            {
                hasClockTime = true
            }
            if b == 0x2E || b == 0x21 || b == 0x3F {
                // A sentence ends at . ! ? before a space or line end (not "2.14", not "e.g.").
                if i >= n || classes[Int(p[i])] & 12 != 0 { endSentence() }
            }
            prevPunct = b
            prevPunctEnd = i
            prevPunctIndex = tokenIndex
        }
        endSentence()
        if isBody, !hasConferenceLink { hasConferenceLink = ProseSignals.containsConferenceHost(p) }
    }

    /// Whether the tokenizer could find a URL in the text: "http", "www." or a meeting host it takes without
    /// a scheme ("zoom.us/", "meet.google.com/", "teams.microsoft.com/"), case-insensitively.
    static func mayHoldURL(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        while i + 3 < n {
            let b = p[i] | 0x20
            if b == 0x68 || b == 0x77, i + 3 < n {
                let w = (UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24)
                let folded = w | 0x2020_2020
                if folded == 0x7074_7468 { return true }  // "http"
                if w | 0x0020_2020 == 0x2E77_7777 { return true }  // "www."
            }
            if b == 0x7A || b == 0x6D || b == 0x74 {
                for host in schemelessHosts where matches(p, at: i, host) { return true }
            }
            i += 1
        }
        return false
    }

    private static let schemelessHosts: [[UInt8]] = ["zoom.us/", "meet.google.com/", "teams.microsoft.com/"].map {
        Array($0.utf8)
    }

    /// Hosts of video meetings, lower case.
    private static let hosts: [[UInt8]] = [
        "zoom.us/", "zoom.com/", "teams.microsoft.com", "teams.live.com", "meet.google.com", "webex.com",
        "gotomeeting.com",
        "gotomeet.me", "meet.jit.si", "whereby.com", "bluejeans.com", "chime.aws", "meet.goto.com",
    ].map { Array($0.utf8) }

    /// Whether a meeting host appears: each '.' of the text is checked against the hosts whose first '.'
    /// sits at the same offset, case-insensitively.
    static func containsConferenceHost(_ p: UnsafeBufferPointer<UInt8>) -> Bool { firstConferenceHost(p) != nil }

    /// The byte offset of the first meeting host in the text.
    static func firstConferenceHost(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        var i = 0
        guard let base = p.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let afterDot = hostLettersAfterDot
        while i < n {
            // Eight bytes at a time while none of them is a '.' (the SWAR zero-byte test on bytes ^ '.').
            if i + 8 <= n {
                let x = ProseSignals.load(raw, i) ^ 0x2E2E_2E2E_2E2E_2E2E
                if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            // Only a '.' followed by a letter that follows the first '.' of some host (folded) can start one.
            if p[i] == 0x2E, i + 1 < n, (p[i + 1] | 0x20) &- 0x61 < 26,
                afterDot & (1 << UInt32((p[i + 1] | 0x20) &- 0x61)) != 0
            {
                for (host, dot) in hostsWithDot where i >= dot && matches(p, at: i - dot, host) { return i - dot }
            }
            i += 1
        }
        return nil
    }

    private static let hostsWithDot: [([UInt8], Int)] = hosts.map { h in (h, h.firstIndex(of: 0x2E) ?? 0) }

    /// Bit n: some host has letter n ("a" is 0) right after its first '.'.
    private static let hostLettersAfterDot: UInt32 = hostsWithDot.reduce(0) { bits, entry in
        let (host, dot) = entry
        guard dot + 1 < host.count, host[dot + 1] &- 0x61 < 26 else { return bits }
        return bits | 1 << UInt32(host[dot + 1] &- 0x61)
    }

    @inline(__always)
    private static func matches(_ p: UnsafeBufferPointer<UInt8>, at s: Int, _ host: [UInt8]) -> Bool {
        guard s + host.count <= p.count else { return false }
        for (k, h) in host.enumerated() where p[s + k] | (p[s + k] >= 0x41 && p[s + k] <= 0x5A ? 0x20 : 0) != h {
            return false
        }
        return true
    }
}
