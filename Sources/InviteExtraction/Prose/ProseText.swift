/// Tokenized prose with its lines and sentences, and the lexicons to read it with.
struct ProseText {
    let text: TokenizedText
    let lex: LanguageLexicon
    let en: LanguageLexicon
    /// Token ranges of lines (without the newline tokens).
    private(set) var lines: [Range<Int>] = []
    /// Line index of each token.
    private(set) var lineOf: [Int] = []
    /// Token ranges of sentences.
    private(set) var sentences: [Range<Int>] = []
    private(set) var sentenceOf: [Int] = []

    var tokens: [Token] { text.tokens }

    /// Whether the message's lexicon is not the English one, so that cues fall back to English.
    private let hasEnglishFallback: Bool

    init(text: TokenizedText, lex: LanguageLexicon, en: LanguageLexicon) {
        hasEnglishFallback = lex !== en && lex.code != en.code
        self.text = text
        self.lex = lex
        self.en = en
        let tokens = text.tokens
        lineOf = Array(repeating: 0, count: tokens.count)
        var start = 0
        // Fields are read in place: copying whole tokens (and retaining their text) costs more than the test.
        for i in tokens.indices {
            lineOf[i] = lines.count
            if tokens[i].kind == .newline {
                lines.append(start..<i)
                start = i + 1
            }
        }
        lines.append(start..<tokens.count)
        // Sentences: end at . ! ? before a capital or a line break, at blank lines, and at line breaks
        // that start a list item or a labelled line.
        sentenceOf = Array(repeating: 0, count: tokens.count)
        var s = 0
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            var boundary = false
            var next = i + 1
            // A mark is one scalar, its own folded text for these four: compared without copying the text.
            let mark: Unicode.Scalar = kind == .punct ? text.scalars[tokens[i].start] : " "
            if kind == .punct, mark == "." || mark == "!" || mark == "?" || mark == "…" {
                let prevKind: Token.Kind? = i > 0 ? tokens[i - 1].kind : nil
                let isOrdinal = prevKind == .number && lex.code == "de"
                // "J. Smith", "Dr. Weber", "Av. Paulista", "St. Mary's Road": no sentence ends there.
                let isInitial =
                    prevKind == .word
                    && ((tokens[i - 1].text.unicodeScalars.count == 1 && tokens[i - 1].isCapitalized)
                        || ProseText.honorifics.contains(tokens[i - 1].text)
                        || (tokens[i - 1].text.unicodeScalars.count <= 4
                            && (lex.location.match(tokens, i - 1, key: "street") == i
                                || en.location.match(tokens, i - 1, key: "street") == i)))
                // "at 9 a.m. Friday": a clock's "a.m." before a day or month ends no sentence.
                let isClockBeforeDay =
                    i >= 3 && tokens[i - 1].text == "m" && tokens[i - 2].text == "."
                    && (tokens[i - 3].text == "a" || tokens[i - 3].text == "p") && next < tokens.count
                    && (lex.weekdays.match(tokens, next) != nil || en.weekdays.match(tokens, next) != nil
                        || lex.months.match(tokens, next) != nil || en.months.match(tokens, next) != nil)
                if next >= tokens.count {
                    boundary = true
                } else if isClockBeforeDay {
                    boundary = false
                } else if tokens[next].kind == .newline
                    || (tokens[next].spaceBefore && (tokens[next].isCapitalized || tokens[next].kind == .punct))
                {
                    boundary = !isOrdinal && !isInitial
                }
                if !boundary && (mark == "!" || mark == "?") && tokens[next].spaceBefore { boundary = true }
            } else if kind == .newline {
                let lineEnd = i
                let prevBlank = i > 0 && tokens[i - 1].kind == .newline
                let nextBlank = next < tokens.count && tokens[next].kind == .newline
                let prevColon = i > 0 && tokens[i - 1].text == ":"
                let lineTokens = lineEnd - (lines[lineOf[i]].lowerBound)
                boundary = prevBlank || nextBlank || prevColon || lineTokens < 8 || ProseText.startsItem(tokens, next)
                next = i + 1
            }
            if boundary {
                for k in s..<next { sentenceOf[k] = sentences.count }
                sentences.append(s..<next)
                s = next
            }
            i += 1
        }
        if s < tokens.count {
            for k in s..<tokens.count { sentenceOf[k] = sentences.count }
            sentences.append(s..<tokens.count)
        }
    }

    /// Whether a list item (number + "." or ")", a bullet) starts at token `i`.
    static func startsItem(_ tokens: [Token], _ i: Int) -> Bool { itemMarkLength(tokens, i) != nil }

    /// Words that number agenda items: "TOP 1:", "Item 2.", "Punto 3)".
    static let itemWords: Set<String> = ["top", "item", "punkt", "point", "punto", "ponto", "punt", "agendapunt"]

    /// Marks that bullet a list item.
    private static let bulletMarks: Set<String> = ["-", "*", "•", "·", "◦", "▪", "‣", "+"]
    /// Ordinal marks after an item number ("1º", "2.ª").
    private static let ordinalMarks: Set<String> = ["º", "ª", "°"]

    /// The number of tokens of the bullet or numbering that starts a list item at `i`: "-", "•", "1.", "2)",
    /// "1.º", "3º", "4:", "TOP 1:"; nil when none does.
    static func itemMarkLength(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .punct, bulletMarks.contains(t.text) { return 1 }
        var k = i
        if t.kind == .word, itemWords.contains(t.text), i + 1 < tokens.count, tokens[i + 1].kind == .number {
            k = i + 1
        }
        guard tokens[k].kind == .number, tokens[k].digits <= 2, k + 1 < tokens.count else { return nil }
        let next = tokens[k + 1]
        if next.text == "." || next.text == ")" {
            // "1.º Lectura …"
            if k + 2 < tokens.count, ordinalMarks.contains(tokens[k + 2].text) || tokens[k + 2].text == "o",
                !tokens[k + 2].spaceBefore
            {
                return k + 3 - i
            }
            return k + 2 - i
        }
        if ordinalMarks.contains(next.text), !next.spaceBefore { return k + 2 - i }
        // "4: Kassenbericht" (not "10:00").
        if next.text == ":", k + 2 < tokens.count, tokens[k + 2].kind != .number { return k + 2 - i }
        // "TOP 1 Begrüßung"
        if k > i { return k + 1 - i }
        return nil
    }

    func sentence(of i: Int) -> Range<Int> {
        guard i >= 0, i < sentenceOf.count else { return 0..<0 }
        return sentences[sentenceOf[i]]
    }

    func line(of i: Int) -> Range<Int> {
        guard i >= 0, i < lineOf.count else { return 0..<0 }
        return lines[lineOf[i]]
    }

    /// Matches a cue of `table` (key `key`, or any) at token `i`, in the message's language then English.
    func cue(_ table: LanguageLexicon.Table, _ i: Int, key: String? = nil, english: Bool = true) -> (
        key: String, end: Int
    )? {
        // Every phrase is looked up by its first word's id: a word no pack uses starts none.
        guard i >= 0, i < text.tokens.count, text.tokens[i].id >= 0 else { return nil }
        let count = english && hasEnglishFallback ? 2 : 1
        for n in 0..<count {
            let lexicon = n == 0 ? lex : en
            if let key {
                if let e = lexicon.match(table, tokens, i, key: key) { return (key, e) }
            } else if let m = lexicon.match(table, tokens, i) {
                return m
            }
        }
        return nil
    }

    /// Positions of cues of `table` in `range`.
    func cues(_ table: LanguageLexicon.Table, key: String? = nil, in range: Range<Int>? = nil, english: Bool = true)
        -> [(start: Int, end: Int)]
    {
        var result: [(Int, Int)] = []
        var i = range?.lowerBound ?? 0
        let end = range?.upperBound ?? tokens.count
        while i < end {
            if let m = cue(table, i, key: key, english: english) {
                result.append((i, m.end))
                i = m.end
            } else {
                i += 1
            }
        }
        return result
    }

    func source(_ r: Range<Int>) -> String { text.source(r) }

    /// The first line of the signature block at the end of the text, nil when there is none.
    ///
    /// The block is the lines after a "--" separator (RFC 3676 §4.3) or a closing line ("Best,",
    /// "Cordialement,"), when at most ten short lines follow it, and maybe one paragraph of long lines (a
    /// confidentiality notice).
    func signatureStartLine() -> Int? {
        var n = lines.count - 1
        // A confidentiality notice may close the mail below the signature: one paragraph of long lines, skipped.
        while n >= 0, lines[n].isEmpty { n -= 1 }
        var top = n
        while top > 0, !lines[top - 1].isEmpty { top -= 1 }
        if top > 0, top <= n, lines[top].count > 10 { n = top - 1 }
        var following = 0
        while n >= 0 {
            let line = lines[n]
            if !line.isEmpty {
                let isSeparator = line.allSatisfy { tokens[$0].text == "-" || tokens[$0].text == "_" }
                if isSeparator || closing(on: line) != nil { return following > 0 ? n + 1 : nil }
                following += 1
                // An address line may run longer: "350 Hudson Street, 9th floor, New York, NY 10014".
                let long = line.count > 10 && !(line.count <= 20 && line.contains { tokens[$0].kind == .number })
                if following > 10 || long { return nil }
            }
            n -= 1
        }
        return nil
    }

    /// The closing words of a line that opens with them ("Best,", "Viele Grüße") or, when long, ends with them
    /// ("Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.").
    func closing(on line: Range<Int>) -> Range<Int>? {
        if line.count <= 7 { return cue(.host, line.lowerBound, key: "closing").map { line.lowerBound..<$0.end } }
        var last = line.upperBound
        while last > line.lowerBound, tokens[last - 1].kind == .punct { last -= 1 }
        for k in max(line.lowerBound, last - 5)..<last {
            if let c = cue(.host, k, key: "closing"), c.end == last { return k..<c.end }
        }
        return nil
    }

    /// Whether token `i` is a dash with a space before it (" – ", " - "), which sets a clause apart; a dash
    /// inside a word ("Nordlicht-Chef") is none.
    func isSpacedDash(_ i: Int) -> Bool { tokens[i].text == "-" && tokens[i].spaceBefore }

    /// How many sentences hold an invitation phrase whose two words stand apart ("der Sprechtag findet am
    /// Donnerstag … statt"), in the message's language or English.
    func apartInviteCount() -> Int {
        var count = 0
        for (first, second) in lex.apartInvites + (lex === en ? [] : en.apartInvites) {
            var i = 0
            while i < tokens.count {
                if tokens[i].id == first {
                    let s = sentence(of: i)
                    if tokens[(i + 1)..<max(i + 1, s.upperBound)].contains(where: { $0.id == second }) {
                        count += 1
                        i = max(i + 1, s.upperBound)
                        continue
                    }
                }
                i += 1
            }
        }
        return count
    }

    func isStopword(_ word: String) -> Bool { lex.stopwords.contains(word) || en.stopwords.contains(word) }

    /// Whether token `i` can be part of a proper name (capitalized, not a stop word, weekday or month).
    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        // Fields, not a copy of the token (which would retain its text): this runs for every word of a name.
        guard tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        let id = tokens[i].id
        if lex.stopwordIDs.contains(id) || en.stopwordIDs.contains(id) {
            // "São Paulo", "La Paz": a capitalized stop word inside a sentence, before another name word.
            guard i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .word || tokens[i - 1].text == ",",
                tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, tokens[i + 1].spaceBefore,
                !lex.stopwordIDs.contains(tokens[i + 1].id), !en.stopwordIDs.contains(tokens[i + 1].id)
            else { return false }
        }
        if lex.weekdays.contains(id: id) || lex.months.contains(id: id) || en.weekdays.contains(id: id)
            || en.months.contains(id: id)
        {
            // "ministère de la Mer", "Gasthaus Zum Mi": a day's short form after a particle or article is a name's.
            return tokens[i].text.unicodeScalars.count <= 3 && i > 0 && tokens[i - 1].kind == .word
                && (ProseText.particles.contains(tokens[i - 1].text) || lex.stopwordIDs.contains(tokens[i - 1].id))
        }
        return true
    }

    /// Double quotation marks and guillemets as tokens (folding makes most of them '"').
    static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{AB}", "\u{BB}"]

    static let honorifics: Set<String> = [
        "dr", "prof", "mr", "mrs", "ms", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "dott", "dottssa", "dra",
        "ing", "mevr", "dhr", "d", "dna", "don", "dona", "rag", "avv", "arch", "geom", "dottssa", "profssa", "lic",
        "eng", "ir", "drs",
    ]

    /// Lower-case words inside a name: "Ana de Souza", "Jan van Dijk", and "of" in organizations' names ("Port of
    /// Tacoma Authority", "Bank of Example").
    static let particles: Set<String> = [
        "de", "van", "von", "da", "di", "del", "du", "der", "den", "ten", "dos", "das", "do", "y", "e", "la", "le",
        "of", "des", "della", "delle", "dei", "degli", "dello",
    ]

    /// The proper-name span ending just before `end` (walking back), such as "Nathaniel Gleicher".
    func name(endingBefore end: Int, limit: Int = 0) -> Range<Int>? {
        var i = end - 1
        guard i >= limit, isNameWord(i) else { return nil }
        var start = i
        while i - 1 >= limit {
            // "Rosa's Diner": a possessive name before the name.
            if i - 3 >= limit, tokens[i - 1].text == "s", tokens[i - 2].text == "'", !tokens[i - 1].spaceBefore,
                !tokens[i - 2].spaceBefore, isNameWord(i - 3), tokens[i].spaceBefore
            {
                i -= 3
                start = i
                continue
            }
            if isNameWord(i - 1) && tokens[i].spaceBefore {
                i -= 1
                start = i
            } else if i - 2 >= limit, tokens[i - 1].text == "-" || tokens[i - 1].text == "'", !tokens[i].spaceBefore,
                isNameWord(i - 2)
            {
                i -= 2
                start = i
            } else if i - 2 >= limit, ProseText.particles.contains(tokens[i - 1].text), !tokens[i - 1].isCapitalized,
                isNameWord(i - 2), end - start <= 3
            {
                i -= 2
                start = i
            } else {
                break
            }
        }
        return start..<end
    }

    /// The proper-name span starting at `start` (walking forward).
    func name(startingAt first: Int, limit: Int? = nil) -> Range<Int>? {
        let limit = limit ?? tokens.count
        var start = first
        // Titles: "Dr. Helen Park", "Prof. Weber", "Mme Dupont".
        if start + 1 < limit, ProseText.honorifics.contains(tokens[start].text) {
            start += tokens[start + 1].text == "." ? 2 : 1
        }
        guard start < limit, isNameWord(start) else { return nil }
        var i = start + 1
        while i < limit {
            if isNameWord(i), tokens[i].spaceBefore {
                i += 1
            } else if i + 1 < limit, tokens[i].text == "-" || tokens[i].text == "'" || tokens[i].text == "&",
                isNameWord(i + 1), !tokens[i + 1].spaceBefore || tokens[i].text == "&"
            {
                i += 2
            } else if i + 2 < limit, i - start >= 1, ProseText.particles.contains(tokens[i].text),
                ProseText.particles.contains(tokens[i + 1].text), !tokens[i].isCapitalized,
                !tokens[i + 1].isCapitalized,
                isNameWord(i + 2), tokens[i].text != "y" && tokens[i].text != "e" && tokens[i].text != "of"
            {
                // "Joost van der Meulen", "María de la Fuente": two particles.
                i += 3
            } else if i + 1 < limit, ProseText.particles.contains(tokens[i].text), !tokens[i].isCapitalized,
                isNameWord(i + 1),
                tokens[i].text != "y" && tokens[i].text != "e"
            {
                // "Ana de Souza" but not "Google y Microsoft"
                if i - start >= 1, isNameWord(i + 1) { i += 2 } else { break }
            } else {
                break
            }
        }
        return start..<i
    }
}
