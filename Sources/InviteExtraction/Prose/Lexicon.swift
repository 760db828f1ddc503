#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every word of every pack phrase, numbered once, so that tokens carry an integer id and a word that
/// no pack knows is rejected by every table without hashing.
///
/// `@unchecked Sendable` is safe: ids are only added while the extractor builds its lexicons (before the
/// instance is published); afterwards the vocabulary is read-only, which is also why its tables skip the
/// dynamic exclusivity checks (one per token lookup otherwise).
final class Vocabulary: @unchecked Sendable {
    /// One slot of the hash table: the hash and the id in one read.
    private struct Slot {
        var hash: UInt64 = 0
        /// -1 when empty.
        var id: Int32 = -1
    }

    /// The folded UTF-8 bytes of every word, one after another (`wordStarts[id]` ..< `wordStarts[id + 1]`).
    @exclusivity(unchecked) private var wordBytes: [UInt8] = []
    @exclusivity(unchecked) private var wordStarts: [UInt32] = [0]
    /// Word `id` as a string, so that tokens of known words share it instead of decoding their bytes again.
    @exclusivity(unchecked) private var strings: [String] = []
    /// Open addressing by byte hash.
    @exclusivity(unchecked) private var slots: [Slot] = Array(repeating: Slot(), count: 1024)
    @exclusivity(unchecked) private var mask = 1023
    /// One bit per word, by other hash bits than the slot's: 4 KB that stay in the L1 cache and answer most
    /// lookups of words no pack uses without touching the table.
    @exclusivity(unchecked) private var filter: [UInt64] = Array(repeating: 0, count: 512)

    /// Whether word `id` is `bytes` (the hashes already agree).
    @inline(__always)
    private func isWord(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(wordStarts[Int(id)])
        guard Int(wordStarts[Int(id) + 1]) - start == bytes.count else { return false }
        return wordBytes.withUnsafeBufferPointer { w in
            guard let a = w.baseAddress, let b = bytes.baseAddress else { return true }
            return memcmp(a + start, b, bytes.count) == 0
        }
    }

    /// The id of a folded word given as UTF-8 bytes, or -1 when no pack uses it.
    @inline(__always)
    func id(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = SignalLexicon.hash(bytes)
        let bit = SignalLexicon.filterBit(h)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        var at = SignalLexicon.slot(h, mask)
        while true {
            let slot = slots[at]
            if slot.id < 0 { return -1 }
            if slot.hash == h, isWord(slot.id, bytes) { return slot.id }
            at = (at + 1) & mask
        }
    }

    /// The id of a folded word, or -1 when no pack uses it.
    @inline(__always)
    func id(of word: String) -> Int32 {
        if let id = word.utf8.withContiguousStorageIfAvailable({ id(bytes: $0) }) { return id }
        return Array(word.utf8).withUnsafeBufferPointer { id(bytes: $0) }
    }

    /// The folded word `id` (an id this vocabulary gave).
    @inline(__always)
    func word(_ id: Int32) -> String? { id >= 0 && Int(id) < strings.count ? strings[Int(id)] : nil }

    /// The ids of a phrase's words, tokenized and folded like prose; words no pack used yet are added.
    func ids(adding phrase: String) -> [Int32] {
        if let words = Self.lowercaseASCIIWords(phrase) { return words.map { id(adding: $0) } }
        return Tokenizer.tokenize(Array(phrase.unicodeScalars), vocabulary: nil).filter { $0.kind != .newline }
            .map { id(adding: $0.text) }
    }

    /// The words of a phrase of lower-case ASCII letters and single spaces, which the tokenizer splits at
    /// the spaces and leaves as they are (most pack phrases); nil for any other phrase.
    static func lowercaseASCIIWords(_ phrase: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in phrase.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                word.append(byte)
            } else if byte == UInt8(ascii: " "), !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            } else {
                return nil
            }
        }
        guard !word.isEmpty else { return nil }
        words.append(String(decoding: word, as: UTF8.self))
        return words
    }

    func id(adding word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(strings.count)
        wordBytes += word.utf8
        wordStarts.append(UInt32(wordBytes.count))
        strings.append(word)
        if strings.count * 2 > slots.count {
            slots = Array(repeating: Slot(), count: slots.count * 2)
            mask = slots.count - 1
            for n in strings.indices { insert(Int32(n)) }
        } else {
            insert(id)
        }
        return id
    }

    private func insert(_ id: Int32) {
        let range = Int(wordStarts[Int(id)])..<Int(wordStarts[Int(id) + 1])
        let h = wordBytes[range].withUnsafeBufferPointer { SignalLexicon.hash($0) }
        var at = SignalLexicon.slot(h, mask)
        while slots[at].id >= 0 { at = (at + 1) & mask }
        slots[at] = Slot(hash: h, id: id)
        let bit = SignalLexicon.filterBit(h)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

/// A dictionary of phrases (token sequences) to keys, looked up by the phrase's first token.
struct PhraseTable: Sendable {
    struct Phrase: Sendable, Equatable {
        var words: [Int32]
        var key: String
    }

    /// The phrases that start with one word, longest first; one list per distinct first word.
    private var lists: [[Phrase]] = []
    /// The index in `lists` of each word's list (by vocabulary id), or -1.
    ///
    /// A flat array of integers, so that a lookup is one bounds check (not a hash) and building or freeing a
    /// table touches no references.
    private var listOfFirst: [Int32] = []
    /// Bit `id` set when some phrase starts with word `id`: a test that reads one word, not a phrase list.
    private(set) var starters: [UInt64] = []

    var isEmpty: Bool { lists.isEmpty }

    /// The phrases starting with word `id`, longest first.
    @inline(__always)
    private func phrases(_ id: Int32) -> [Phrase]? {
        guard id >= 0, Int(id) < listOfFirst.count else { return nil }
        let k = Int(listOfFirst[Int(id)])
        return k >= 0 ? lists[k] : nil
    }

    /// Adds a phrase (tokenized and folded like prose); longer phrases are tried first.
    mutating func add(_ phrase: String, key: String, vocabulary: Vocabulary) {
        add(Phrase(words: vocabulary.ids(adding: phrase), key: key))
    }

    /// Adds every phrase of `other`, after this table's own phrases of the same length.
    mutating func add(contentsOf other: PhraseTable) {
        for list in other.lists { for phrase in list { add(phrase) } }
    }

    private mutating func add(_ phrase: Phrase) {
        guard let first = phrase.words.first else { return }
        let word = Int(first)
        if listOfFirst.count <= word {
            listOfFirst += repeatElement(-1, count: max(word + 1, listOfFirst.count * 2) - listOfFirst.count)
        }
        var k = Int(listOfFirst[word])
        if k < 0 {
            k = lists.count
            lists.append([])
            listOfFirst[word] = Int32(k)
        }
        if lists[k].contains(phrase) { return }
        // Longest first; among equal lengths, the order the pack gives.
        let at = lists[k].firstIndex(where: { $0.words.count < phrase.words.count }) ?? lists[k].endIndex
        lists[k].insert(phrase, at: at)
        if starters.count <= word >> 6 { starters += repeatElement(0, count: (word >> 6) + 1 - starters.count) }
        starters[word >> 6] |= 1 << UInt64(word & 63)
    }

    /// The longest phrase starting at token `i`: its key and the index after it.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int) -> (key: String, end: Int)? {
        guard i < tokens.count, let list = phrases(tokens[i].id) else { return nil }
        outer: for p in list {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].id != p.words[k] { continue outer }
            return (p.key, i + p.words.count)
        }
        return nil
    }

    /// The phrase starting at `i` whose key is `key`.
    func match(_ tokens: [Token], _ i: Int, key: String) -> Int? {
        guard i < tokens.count, let list = phrases(tokens[i].id) else { return nil }
        outer: for p in list where p.key == key {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].id != p.words[k] { continue outer }
            return i + p.words.count
        }
        return nil
    }

    /// Whether some phrase starts with the word `id`.
    @inline(__always)
    func startsPhrase(id: Int32) -> Bool { LanguageLexicon.contains(starters, id) }

    /// Whether a single word (by id) is a one-word phrase with `key` (or any key when nil).
    func contains(id: Int32, key: String? = nil) -> Bool {
        guard let list = phrases(id) else { return false }
        return list.contains { $0.words.count == 1 && (key == nil || $0.key == key) }
    }
}

/// The compiled lookups of one or more language packs (built once, at extractor init).
///
/// A class with constant tables, so that the many lookups per token share one instance instead of
/// copying eighteen tables.
final class LanguageLexicon: Sendable {
    let code: String
    let vocabulary: Vocabulary
    let weekdays: PhraseTable
    let months: PhraseTable
    let relative: PhraseTable
    let time: PhraseTable
    let durations: PhraseTable
    let zones: PhraseTable
    let labels: PhraseTable
    let invite: PhraseTable
    let host: PhraseTable
    let location: PhraseTable
    let agenda: PhraseTable
    let online: PhraseTable
    let negative: PhraseTable
    let past: PhraseTable
    let forwardSeparators: PhraseTable
    let forwardHeaders: PhraseTable
    let subjectPrefixes: PhraseTable
    let stopwords: Set<String>
    let stopwordIDs: Set<Int32>
    /// Every table, in the order of `sections` (for merging).
    private let tables: [PhraseTable]
    /// Invitation phrases of two words that may stand apart in one sentence (`[cues.invite]` key `apart`:
    /// "findet … statt", "vindt … plaats"), as vocabulary ids.
    let apartInvites: [(first: Int32, second: Int32)]

    /// The sections a pack compiles into phrase tables, in the order of `tables`.
    private static let sections = [
        "weekdays", "months", "relative", "time", "durations", "zones", "labels", "cues.invite", "cues.host",
        "cues.location", "cues.agenda", "cues.online", "cues.negative", "cues.past", "forward.separators",
        "forward.headers", "subject.prefixes",
    ]

    /// Compiles packs, adding their words to `vocabulary`.
    convenience init(packs: [LanguagePack], code: String, vocabulary: Vocabulary) {
        var tables = Array(repeating: PhraseTable(), count: Self.sections.count)
        var stopwords: Set<String> = []
        var stopwordIDs: Set<Int32> = []
        var apartInvites: [(first: Int32, second: Int32)] = []
        for pack in packs {
            for entry in pack.sections["stopwords"] ?? [] {
                for value in entry.values {
                    let folded = TextFolding.fold(value)
                    stopwords.insert(folded)
                    stopwordIDs.insert(vocabulary.id(adding: folded))
                }
            }
            for (n, section) in Self.sections.enumerated() {
                for entry in pack.sections[section] ?? [] {
                    for value in entry.values { tables[n].add(value, key: entry.key, vocabulary: vocabulary) }
                }
            }
            for value in pack.values("cues.invite", "apart") {
                let ids = vocabulary.ids(adding: value)
                if ids.count == 2 { apartInvites.append((ids[0], ids[1])) }
            }
        }
        self.init(
            code: code, vocabulary: vocabulary, tables: tables, stopwords: stopwords, stopwordIDs: stopwordIDs,
            apartInvites: apartInvites)
    }

    /// The union of lexicons compiled with one vocabulary, in their order (the same tables as compiling all
    /// their packs at once, without tokenizing every phrase again).
    convenience init(merging lexicons: [LanguageLexicon], code: String, vocabulary: Vocabulary) {
        var tables = Array(repeating: PhraseTable(), count: Self.sections.count)
        for lexicon in lexicons {
            for n in tables.indices { tables[n].add(contentsOf: lexicon.tables[n]) }
        }
        self.init(
            code: code, vocabulary: vocabulary, tables: tables,
            stopwords: lexicons.reduce(into: []) { $0.formUnion($1.stopwords) },
            stopwordIDs: lexicons.reduce(into: []) { $0.formUnion($1.stopwordIDs) },
            apartInvites: lexicons.flatMap(\.apartInvites))
    }

    private init(
        code: String, vocabulary: Vocabulary, tables: [PhraseTable], stopwords: Set<String>, stopwordIDs: Set<Int32>,
        apartInvites: [(first: Int32, second: Int32)]
    ) {
        self.apartInvites = apartInvites
        self.code = code
        self.vocabulary = vocabulary
        self.tables = tables
        weekdays = tables[0]
        months = tables[1]
        relative = tables[2]
        time = tables[3]
        durations = tables[4]
        zones = tables[5]
        labels = tables[6]
        invite = tables[7]
        host = tables[8]
        location = tables[9]
        agenda = tables[10]
        online = tables[11]
        negative = tables[12]
        past = tables[13]
        forwardSeparators = tables[14]
        forwardHeaders = tables[15]
        subjectPrefixes = tables[16]
        self.stopwords = stopwords
        self.stopwordIDs = stopwordIDs
        calendarWordStarters = Self.union([weekdays, months])
        dateStarters = Self.union([relative, weekdays, months, time, durations])
    }

    /// Words that start a weekday or month name (bit per vocabulary id).
    let calendarWordStarters: [UInt64]
    /// Words that start a date, time or length phrase: relative days, weekdays, months, times, durations.
    let dateStarters: [UInt64]

    private static func union(_ tables: [PhraseTable]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: tables.map(\.starters.count).max() ?? 0)
        for table in tables { for (k, word) in table.starters.enumerated() { bits[k] |= word } }
        return bits
    }

    /// Whether bit `id` is set in a bitset of vocabulary ids.
    @inline(__always)
    static func contains(_ bits: [UInt64], _ id: Int32) -> Bool {
        let word = Int(id)
        return id >= 0 && word >> 6 < bits.count && bits[word >> 6] & (1 << UInt64(word & 63)) != 0
    }

    /// The tables cue lookups name.
    enum Table: Sendable {
        case weekdays, months, relative, time, labels, invite, host, location, agenda, online, negative, past
    }

    @inline(__always)
    func table(_ t: Table) -> PhraseTable {
        switch t {
        case .weekdays: weekdays
        case .months: months
        case .relative: relative
        case .time: time
        case .labels: labels
        case .invite: invite
        case .host: host
        case .location: location
        case .agenda: agenda
        case .online: online
        case .negative: negative
        case .past: past
        }
    }

    /// ``PhraseTable/match(_:_:)`` on table `t`, called on the stored table in place (no copy of it).
    @inline(__always)
    func match(_ t: Table, _ tokens: [Token], _ i: Int) -> (key: String, end: Int)? {
        switch t {
        case .weekdays: weekdays.match(tokens, i)
        case .months: months.match(tokens, i)
        case .relative: relative.match(tokens, i)
        case .time: time.match(tokens, i)
        case .labels: labels.match(tokens, i)
        case .invite: invite.match(tokens, i)
        case .host: host.match(tokens, i)
        case .location: location.match(tokens, i)
        case .agenda: agenda.match(tokens, i)
        case .online: online.match(tokens, i)
        case .negative: negative.match(tokens, i)
        case .past: past.match(tokens, i)
        }
    }

    /// ``PhraseTable/match(_:_:key:)`` on table `t`, in place.
    @inline(__always)
    func match(_ t: Table, _ tokens: [Token], _ i: Int, key: String) -> Int? {
        switch t {
        case .weekdays: weekdays.match(tokens, i, key: key)
        case .months: months.match(tokens, i, key: key)
        case .relative: relative.match(tokens, i, key: key)
        case .time: time.match(tokens, i, key: key)
        case .labels: labels.match(tokens, i, key: key)
        case .invite: invite.match(tokens, i, key: key)
        case .host: host.match(tokens, i, key: key)
        case .location: location.match(tokens, i, key: key)
        case .agenda: agenda.match(tokens, i, key: key)
        case .online: online.match(tokens, i, key: key)
        case .negative: negative.match(tokens, i, key: key)
        case .past: past.match(tokens, i, key: key)
        }
    }

    static let weekdayNumbers: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let monthNumbers: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
}
