/// Every word of every pack phrase, numbered once, so that tokens carry an integer id and a word that
/// no pack knows is rejected by every table without hashing.
///
/// `@unchecked Sendable` is safe: ids are only added while the extractor builds its lexicons (before the
/// instance is published); afterwards the vocabulary is read-only.
final class Vocabulary: @unchecked Sendable {
    private var ids: [String: Int32] = [:]

    /// The id of a folded word, or -1 when no pack uses it.
    @inline(__always)
    func id(of word: String) -> Int32 { ids[word] ?? -1 }

    func id(adding word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(ids.count)
        ids[word] = id
        return id
    }
}

/// A dictionary of phrases (token sequences) to keys, looked up by the phrase's first token.
struct PhraseTable: Sendable {
    struct Phrase: Sendable {
        var words: [Int32]
        var key: String
    }

    private(set) var byFirst: [Int32: [Phrase]] = [:]

    var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase (tokenized and folded like prose); longer phrases are tried first.
    mutating func add(_ phrase: String, key: String, vocabulary: Vocabulary) {
        let words = Tokenizer.tokenize(Array(phrase.unicodeScalars), vocabulary: nil).filter { $0.kind != .newline }
            .map { vocabulary.id(adding: $0.text) }
        guard let first = words.first else { return }
        var list = byFirst[first, default: []]
        if list.contains(where: { $0.words == words && $0.key == key }) { return }
        // Longest first; among equal lengths, the order the pack gives.
        let at = list.firstIndex(where: { $0.words.count < words.count }) ?? list.endIndex
        list.insert(Phrase(words: words, key: key), at: at)
        byFirst[first] = list
    }

    /// The longest phrase starting at token `i`: its key and the index after it.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int) -> (key: String, end: Int)? {
        guard i < tokens.count, tokens[i].id >= 0, let list = byFirst[tokens[i].id] else { return nil }
        outer: for p in list {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].id != p.words[k] { continue outer }
            return (p.key, i + p.words.count)
        }
        return nil
    }

    /// The phrase starting at `i` whose key is `key`.
    func match(_ tokens: [Token], _ i: Int, key: String) -> Int? {
        guard i < tokens.count, tokens[i].id >= 0, let list = byFirst[tokens[i].id] else { return nil }
        outer: for p in list where p.key == key {
            guard i + p.words.count <= tokens.count else { continue }
            for k in 1..<max(1, p.words.count) where tokens[i + k].id != p.words[k] { continue outer }
            return i + p.words.count
        }
        return nil
    }

    /// Whether a single word (by id) is a one-word phrase with `key` (or any key when nil).
    func contains(id: Int32, key: String? = nil) -> Bool {
        guard id >= 0, let list = byFirst[id] else { return false }
        return list.contains { $0.words.count == 1 && (key == nil || $0.key == key) }
    }
}

/// The compiled lookups of one or more language packs (built once, at extractor init).
///
/// A class so that the many lookups per token share one instance instead of copying eighteen tables.
/// `@unchecked Sendable` is safe: tables are only written by `add(_:)`, which the initializers call
/// before the instance is published; afterwards it is read-only.
final class LanguageLexicon: @unchecked Sendable {
    let code: String
    let vocabulary: Vocabulary
    private(set) var weekdays = PhraseTable()
    private(set) var months = PhraseTable()
    private(set) var relative = PhraseTable()
    private(set) var time = PhraseTable()
    private(set) var durations = PhraseTable()
    private(set) var zones = PhraseTable()
    private(set) var labels = PhraseTable()
    private(set) var invite = PhraseTable()
    private(set) var host = PhraseTable()
    private(set) var location = PhraseTable()
    private(set) var agenda = PhraseTable()
    private(set) var online = PhraseTable()
    private(set) var negative = PhraseTable()
    private(set) var past = PhraseTable()
    private(set) var forwardSeparators = PhraseTable()
    private(set) var forwardHeaders = PhraseTable()
    private(set) var subjectPrefixes = PhraseTable()
    private(set) var stopwords: Set<String> = []
    private(set) var stopwordIDs: Set<Int32> = []

    init(packs: [LanguagePack], code: String, vocabulary: Vocabulary) {
        self.code = code
        self.vocabulary = vocabulary
        for pack in packs { add(pack) }
    }

    private func add(_ pack: LanguagePack) {
        for (section, entries) in pack.sections {
            if section == "stopwords" {
                for entry in entries {
                    for value in entry.values {
                        let folded = TextFolding.fold(value)
                        stopwords.insert(folded)
                        stopwordIDs.insert(vocabulary.id(adding: folded))
                    }
                }
                continue
            }
            for entry in entries {
                for value in entry.values { addPhrase(section, value, entry.key) }
            }
        }
    }

    private func addPhrase(_ section: String, _ value: String, _ key: String) {
        switch section {
        case "weekdays": weekdays.add(value, key: key, vocabulary: vocabulary)
        case "months": months.add(value, key: key, vocabulary: vocabulary)
        case "relative": relative.add(value, key: key, vocabulary: vocabulary)
        case "time": time.add(value, key: key, vocabulary: vocabulary)
        case "durations": durations.add(value, key: key, vocabulary: vocabulary)
        case "zones": zones.add(value, key: key, vocabulary: vocabulary)
        case "labels": labels.add(value, key: key, vocabulary: vocabulary)
        case "cues.invite": invite.add(value, key: key, vocabulary: vocabulary)
        case "cues.host": host.add(value, key: key, vocabulary: vocabulary)
        case "cues.location": location.add(value, key: key, vocabulary: vocabulary)
        case "cues.agenda": agenda.add(value, key: key, vocabulary: vocabulary)
        case "cues.online": online.add(value, key: key, vocabulary: vocabulary)
        case "cues.negative": negative.add(value, key: key, vocabulary: vocabulary)
        case "cues.past": past.add(value, key: key, vocabulary: vocabulary)
        case "forward.separators": forwardSeparators.add(value, key: key, vocabulary: vocabulary)
        case "forward.headers": forwardHeaders.add(value, key: key, vocabulary: vocabulary)
        case "subject.prefixes": subjectPrefixes.add(value, key: key, vocabulary: vocabulary)
        default: break
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
