/// The agenda: a list under an agenda cue, or an inline enumeration after one.
struct AgendaReader {
    let prose: ProseText

    func read() -> (items: [String], evidence: String)? {
        let tokens = prose.tokens
        for cue in prose.cues(.agenda) {
            let line = prose.line(of: cue.start)
            // "do programa de desenvolvimento de lideranças", "le programme de l'année": an agenda word that an "of"
            // word follows inside a sentence names something else, unless its line heads a list ("les sujets de la
            // semaine :").
            if cue.start > line.lowerBound, prose.cue(.host, cue.end, key: "of") != nil,
                prose.cue(.agenda, cue.start, key: "discuss") == nil, let last = line.last, tokens[last].text != ":"
            {
                continue
            }
            // Heading form: the cue (maybe after a bullet or '#') ends its line, perhaps with ':'.
            var lead = line.lowerBound
            while lead < cue.start, tokens[lead].kind == .punct { lead += 1 }
            var after = cue.end
            // "Programme (prévisionnel) :", "Programa resumido:": a parenthesis or one word before the colon.
            if after < line.upperBound, tokens[after].text == "(",
                let close = (after..<line.upperBound).first(where: { tokens[$0].text == ")" })
            {
                after = close + 1
            } else if after + 1 < line.upperBound, tokens[after].kind == .word, !tokens[after].isCapitalized,
                tokens[after + 1].text == ":", after + 2 == line.upperBound
            {
                after += 1
            }
            while after < line.upperBound, tokens[after].kind == .punct,
                [":", "-", "*", "#", "="].contains(tokens[after].text)
            { after += 1 }
            if lead == cue.start, after == line.upperBound {
                if let list = listItems(afterLine: prose.lineOf[cue.start]) { return list }
                continue
            }
            // "Programma della mattinata:", "The evening will include:": a short line that names the agenda and
            // ends with a colon heads the list below it.
            if line.count <= 10, let last = line.last, tokens[last].text == ":",
                let list = listItems(afterLine: prose.lineOf[cue.start]), list.items.count >= 2
            {
                return list
            }
            // Inline: "… ordre du jour en trois parties: a; b; et c."
            var colon = cue.end
            while colon < min(cue.end + 8, tokens.count), tokens[colon].text != ":", tokens[colon].kind != .newline {
                colon += 1
            }
            guard colon < tokens.count, tokens[colon].text == ":" else {
                // "The agenda covers a, b and c.", "Auf der Tagesordnung stehen a, b und c.": no colon, a verb
                // or two, then an enumeration of at least three items.
                // "I'd like to go through a, b and c", "on parle du budget, du calendrier et du choix": after a verb of
                // discussion the list starts at once.
                if prose.cue(.agenda, cue.start, key: "discuss") != nil {
                    if let inline = inlineItems(from: cue.end, endingAfterConjunction: true), inline.items.count >= 3 {
                        return inline
                    }
                    continue
                }
                let k = cue.end + 1
                if k < tokens.count, tokens[cue.end].kind == .word, !tokens[cue.end].isCapitalized,
                    let inline = inlineItems(from: k, endingAfterConjunction: true), inline.items.count >= 3
                {
                    return inline
                }
                continue
            }
            if let inline = inlineItems(from: colon + 1), inline.items.count >= 2 { return inline }
            // "Agenda: budget" on its own line followed by items.
            if let list = listItems(afterLine: prose.lineOf[cue.start]), !list.items.isEmpty { return list }
        }
        return nil
    }

    /// Items on the lines after a heading line: numbered or bulleted lines, else plain lines until a blank one.
    private func listItems(afterLine lineIndex: Int) -> (items: [String], evidence: String)? {
        let tokens = prose.tokens
        var items: [String] = []
        var n = lineIndex + 1
        var blanks = 0
        var first: Int? = nil
        var last = 0
        var bulleted: Bool? = nil
        while n < prose.lines.count {
            let line = prose.lines[n]
            if line.isEmpty {
                if !items.isEmpty { break }
                blanks += 1
                if blanks > 1 { break }
                n += 1
                continue
            }
            let isItem = ProseText.startsItem(tokens, line.lowerBound) || isLetterItem(line.lowerBound)
            if bulleted == nil { bulleted = isItem }
            if bulleted == true && !isItem { break }
            if bulleted == false, line.count > 25 { break }
            if let text = clean(line), !text.isEmpty {
                items.append(text)
                if first == nil { first = line.lowerBound }
                last = line.upperBound
            }
            n += 1
        }
        guard items.count >= 1, let first else { return nil }
        return (items, prose.source(first..<last))
    }

    private func isLetterItem(_ i: Int) -> Bool {
        let tokens = prose.tokens
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i].text.unicodeScalars.count == 1 else {
            return false
        }
        return tokens[i + 1].text == ")" || (tokens[i + 1].text == "." && !tokens[i].isCapitalized)
    }

    /// The line's text without its numbering, bullet or trailing punctuation.
    private func clean(_ line: Range<Int>) -> String? {
        let tokens = prose.tokens
        var lo = line.lowerBound
        let hi = line.upperBound
        if lo < hi, tokens[lo].kind == .punct, ["–", "—"].contains(tokens[lo].text) {
            lo += 1
        } else if lo < hi, let mark = ProseText.itemMarkLength(tokens, lo), lo + mark < hi {
            lo += mark
        } else if lo + 1 < hi, tokens[lo].text == "(", tokens[lo + 1].kind == .number, lo + 2 < hi,
            tokens[lo + 2].text == ")"
        {
            lo += 3
        } else if isLetterItem(lo) {
            lo += 2
        }
        return trimmedItem(lo, hi)
    }

    private func trimmedItem(_ lo: Int, _ hi: Int) -> String? {
        let tokens = prose.tokens
        var h = hi
        while h > lo, tokens[h - 1].kind == .punct, [".", ";", ",", ":"].contains(tokens[h - 1].text) { h -= 1 }
        guard h > lo else { return nil }
        return prose.source(lo..<h)
    }

    /// "a; b; and c." — split on ';' (or ',' when there is none) and the final conjunction.
    ///
    /// With `endingAfterConjunction`, the enumeration ends with the item after its final "and" (a sentence
    /// may go on: "…, and c, Ellery wrote").
    private func inlineItems(from start: Int, endingAfterConjunction: Bool = false) -> (
        items: [String], evidence: String
    )? {
        let tokens = prose.tokens
        // The enumeration runs to the end of the sentence.
        var end = start
        var semicolons = 0
        while end < tokens.count {
            let t = tokens[end]
            if t.kind == .newline, end + 1 < tokens.count, tokens[end + 1].kind == .newline { break }
            if t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" {
                if end + 1 >= tokens.count || tokens[end + 1].spaceBefore || tokens[end + 1].kind == .newline { break }
            }
            if t.text == ";" { semicolons += 1 }
            end += 1
        }
        let separator = semicolons > 0 ? ";" : ","
        var items: [String] = []
        var lo = start
        var k = start
        var afterConjunction = false
        while k <= end {
            if k == end || tokens[k].text == separator {
                var a = lo
                if let and = prose.cue(.host, a, key: "and") {
                    a = and.end
                    afterConjunction = true
                }
                if k > a, let text = trimmedItem(a, k) { items.append(text) }
                lo = k + 1
                if endingAfterConjunction, afterConjunction {
                    end = k
                    break
                }
            } else if separator == ",", k > lo, let and = prose.cue(.host, k, key: "and"), k == lastAnd(lo, end) {
                if let text = trimmedItem(lo, k) { items.append(text) }
                lo = and.end
                k = and.end
                afterConjunction = true
                continue
            }
            k += 1
        }
        guard items.count >= 2 else { return nil }
        return (items, prose.source(start..<end))
    }

    private func lastAnd(_ lo: Int, _ end: Int) -> Int {
        var last = -1
        var k = lo
        while k < end {
            if prose.cue(.host, k, key: "and") != nil { last = k }
            k += 1
        }
        return last
    }
}
