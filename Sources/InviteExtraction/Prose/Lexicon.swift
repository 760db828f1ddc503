/// A dictionary of phrases (token sequences) to keys, looked up by the phrase's first token.
struct PhraseTable: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var key: String
    }

    private(set) var byFirst: [String: [Phrase]] = [:]

    var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase (tokenized and folded like prose); longer phrases are tried first.
    mutating func add(_ phrase: String, key: String) {
        let words = Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .newline }.map(\.text)
        guard let first = words.first else { return }
        var list = byFirst[first, default: []]
        if list.contains(where: { $0.words == words && $0.key == key }) { return }
        list.append(Phrase(words: words, key: key))
        list.sort { $0.words.count > $1.words.count }
        byFirst[first] = list
    }

    /// The longest phrase starting at token `i`: its key and the index after it.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int) -> (key: String, end: Int)? {
        guard i < tokens.count, let list = byFirst[tokens[i].text] else { return nil }
        outer: for p in list {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].text != p.words[k] { continue outer }
            return (p.key, i + p.words.count)
        }
        return nil
    }

    /// The phrase starting at `i` whose key is `key`.
    func match(_ tokens: [Token], _ i: Int, key: String) -> Int? {
        guard i < tokens.count, let list = byFirst[tokens[i].text] else { return nil }
        outer: for p in list where p.key == key {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].text != p.words[k] { continue outer }
            return i + p.words.count
        }
        return nil
    }

    /// Whether a single folded word is a one-word phrase with `key` (or any key when nil).
    func contains(word: String, key: String? = nil) -> Bool {
        guard let list = byFirst[word] else { return false }
        return list.contains { $0.words.count == 1 && (key == nil || $0.key == key) }
    }
}

/// The compiled lookups of one or more language packs (built once, at extractor init).
struct LanguageLexicon: Sendable {
    var code: String
    var weekdays = PhraseTable()
    var months = PhraseTable()
    var relative = PhraseTable()
    var time = PhraseTable()
    var durations = PhraseTable()
    var zones = PhraseTable()
    var labels = PhraseTable()
    var invite = PhraseTable()
    var host = PhraseTable()
    var location = PhraseTable()
    var agenda = PhraseTable()
    var online = PhraseTable()
    var negative = PhraseTable()
    var past = PhraseTable()
    var forwardSeparators = PhraseTable()
    var forwardHeaders = PhraseTable()
    var subjectPrefixes = PhraseTable()
    var stopwords: Set<String> = []

    init(code: String) { self.code = code }

    init(packs: [LanguagePack], code: String) {
        self.code = code
        for pack in packs { add(pack) }
    }

    mutating func add(_ pack: LanguagePack) {
        let map: [(String, WritableKeyPath<LanguageLexicon, PhraseTable>)] = [
            ("weekdays", \.weekdays), ("months", \.months), ("relative", \.relative), ("time", \.time),
            ("durations", \.durations), ("zones", \.zones), ("labels", \.labels), ("cues.invite", \.invite),
            ("cues.host", \.host), ("cues.location", \.location), ("cues.agenda", \.agenda),
            ("cues.online", \.online), ("cues.negative", \.negative), ("cues.past", \.past),
            ("forward.separators", \.forwardSeparators), ("forward.headers", \.forwardHeaders),
            ("subject.prefixes", \.subjectPrefixes),
        ]
        for (section, path) in map {
            for entry in pack.sections[section] ?? [] {
                for value in entry.values { self[keyPath: path].add(value, key: entry.key) }
            }
        }
        for entry in pack.sections["stopwords"] ?? [] {
            for value in entry.values { stopwords.insert(TextFolding.fold(value)) }
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
