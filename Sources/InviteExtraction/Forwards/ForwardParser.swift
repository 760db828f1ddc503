package import InviteModel

/// One earlier message found inside a mail body.
package struct ForwardedMessage: Sendable, Hashable {
    package var from: MailboxSummary?
    package var to: [MailboxSummary] = []
    package var cc: [MailboxSummary] = []
    /// The header's date, parsed (with its offset when the header gives one).
    package var date: InvitationTime?
    /// The date line as written.
    package var dateText: String?
    package var subject: String?

    /// The contract's summary form.
    package var summary: ForwardedSummary {
        ForwardedSummary(from: from, to: to + cc, date: date?.description ?? dateText, subject: subject)
    }
}

/// The forward chain of a body and the text of the innermost message.
package struct UnwrappedBody: Sendable {
    /// Outermost first.
    package var chain: [ForwardedMessage]
    /// The body of the innermost message (the original).
    package var body: String
    /// The forwarder's own words above the first forward ("FYI – can you join?"); empty without a forward.
    package var note: String = ""
    /// In a reply without a forward: the author its attribution names ("… Lucía Ortega <lucia@…> escribió:").
    package var replyAuthor: MailboxSummary? = nil
    /// In a reply without a forward: the line of `body` where the quoted message begins (its attribution or
    /// first quoted line); the lines above it are the replier's own.
    package var quotedLine: Int? = nil
}

/// Recognises inline forwards (Gmail, Outlook desktop and web, Apple Mail, Thunderbird, Yahoo, Proton,
/// Zimbra) in every language pack, nested and `>`-quoted, and splits the chain from the original body.
package struct ForwardParser: Sendable {
    let lex: LanguageLexicon

    /// Builds the parser from the separators, header names, months and weekdays of all packs.
    package init(languagePacks: [LanguagePack]) {
        lex = LanguageLexicon(packs: languagePacks, code: "all", vocabulary: Vocabulary())
    }

    init(lexicon: LanguageLexicon) { lex = lexicon }

    /// Splits a body into its forward chain and the innermost message's text.
    ///
    /// `seeksForwards` false (the byte prefilter saw no line that could start a forward) only removes quote
    /// marks and reply attributions.
    package func unwrap(_ text: String, seeksForwards: Bool = true) -> UnwrappedBody {
        var lines = splitLines(text)
        var chain: [ForwardedMessage] = []
        var depth = 0
        var note = ""
        while seeksForwards, depth < 12, let found = findForward(lines) {
            if depth == 0 { note = lines[..<min(found.start, lines.count)].joined(separator: "\n") }
            chain.append(found.message)
            var rest = Array(lines[found.bodyStart...]).map { dequote($0, levels: found.quoteDepth) }
            let nonEmpty = rest.filter { !isBlank($0) }
            let quoted = nonEmpty.filter { $0.hasPrefix(">") }
            if !nonEmpty.isEmpty, quoted.count * 10 >= nonEmpty.count * 6 { rest = rest.map { dequote($0, levels: 1) } }
            lines = rest
            depth += 1
        }
        // Nothing found and nothing quoted: the text is its own body.
        if chain.isEmpty,
            !lines.contains(where: {
                $0.utf8.first == 0x3E || $0.utf8.first == 0x20 && quoteDepth($0).0 > 0 || isReplyAttribution($0)
            })
        {
            return UnwrappedBody(chain: [], body: text)
        }
        // Reply attributions ("On Tue, Sep 10, 2024 at 9:00 AM Bob <bob@example.com> wrote:") carry a date
        // that is not the meeting's: drop them, and the quote marks of the text they introduce. A reply's
        // attribution also names who wrote the quoted text.
        var out: [String] = []
        var replyAuthor: MailboxSummary? = nil
        var quotedLine: Int? = nil
        for (n, line) in lines.enumerated() {
            if isReplyAttribution(line) {
                if chain.isEmpty, replyAuthor == nil {
                    if let author = Self.attributionAuthor(line) {
                        replyAuthor = author
                    } else if n > 0, !out.isEmpty, let author = Self.attributionAuthor(lines[n - 1] + " " + line) {
                        // Gmail wraps a long attribution: "… Lucía Ortega (<lucia@…>)" / "escribió:".
                        replyAuthor = author
                        out.removeLast()
                    }
                }
                if chain.isEmpty, quotedLine == nil { quotedLine = out.count }
                continue
            }
            if chain.isEmpty, quotedLine == nil, line.utf8.first == 0x3E || quoteDepth(line).0 > 0 {
                quotedLine = out.count
            }
            out.append(dequote(line, levels: 1))
        }
        return UnwrappedBody(
            chain: chain, body: out.joined(separator: "\n"), note: note, replyAuthor: replyAuthor,
            quotedLine: quotedLine)
    }

    /// The author an attribution line names: the address in it, and the capitalized words just before that
    /// address ("On Tue, 10 Sep 2024 at 9:00 AM Bob Smith <bob@example.com> wrote:" → Bob Smith); nil when it
    /// holds no address.
    static func attributionAuthor(_ line: String) -> MailboxSummary? {
        func trimmed(_ word: Substring) -> Substring {
            var word = word
            let marks: Set<Character> = ["<", ">", "(", ")", "[", "]", "\"", "'", ",", ":", ";"]
            while let c = word.first, marks.contains(c) { word.removeFirst() }
            while let c = word.last, marks.contains(c) { word.removeLast() }
            return word
        }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let at = words.firstIndex(where: { $0.contains("@") }) else { return nil }
        let email = String(trimmed(words[at]))
        guard email.contains("@"), !email.hasPrefix("@"), !email.hasSuffix("@") else { return nil }
        var name: [Substring] = []
        var k = at - 1
        while k >= 0, name.count < 4 {
            let word = trimmed(words[k])
            guard let first = word.first, first.isUppercase, word != "AM", word != "PM" else { break }
            name.insert(word, at: 0)
            k -= 1
        }
        return MailboxSummary(name: name.isEmpty ? nil : name.joined(separator: " "), email: email)
    }

    // MARK: lines

    /// Lines split on LF bytes, a CR before the LF dropped (mail is CRLF; one `Character` is "\r\n").
    private func splitLines(_ text: String) -> [String] {
        if let lines = text.utf8.withContiguousStorageIfAvailable(Self.splitLines) { return lines }
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                var end = i
                if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
                lines.append(String(Substring(utf8[start..<end])))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        var end = utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        lines.append(String(Substring(utf8[start..<end])))
        return lines
    }

    /// `splitLines` on the contiguous UTF-8 of a native string.
    private static func splitLines(_ p: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        var start = 0
        func line(_ from: Int, _ to: Int) -> String {
            var end = to
            if end > from, p[end - 1] == 0x0D { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: p[from..<end]), as: UTF8.self)
        }
        for i in 0..<p.count where p[i] == 0x0A {
            lines.append(line(start, i))
            start = i + 1
        }
        lines.append(line(start, p.count))
        return lines
    }

    private func isBlank(_ line: some StringProtocol) -> Bool { line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The number of leading `>` marks, and the line without them.
    private func quoteDepth(_ line: String) -> (Int, Substring) {
        let utf8 = line.utf8
        guard let first = utf8.first, first == 0x20 || first == 0x3E else { return (0, Substring(line)) }
        var depth = 0
        var i = utf8.startIndex
        var afterQuotes = i
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x3E {
                depth += 1
                afterQuotes = utf8.index(after: i)
            } else if b != 0x20 {
                break
            }
            i = utf8.index(after: i)
        }
        guard depth > 0 else { return (0, Substring(line)) }
        var start = afterQuotes
        while start < utf8.endIndex, utf8[start] == 0x20 { start = utf8.index(after: start) }
        return (depth, line[start...])
    }

    private func dequote(_ line: String, levels: Int) -> String {
        guard levels > 0 else { return line }
        var rest = Substring(line)
        for _ in 0..<levels {
            let trimmed = rest.drop(while: { $0 == " " })
            guard trimmed.first == ">" else { break }
            rest = trimmed.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
        return String(rest)
    }

    private func isReplyAttribution(_ line: String) -> Bool {
        // The colon test first, on bytes: most lines end otherwise and are never counted or tokenized.
        let utf8 = line.utf8
        guard let last = utf8.last else { return false }
        if last != 0x3A {
            guard last == 0x20, utf8.count >= 2, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0x3A else {
                return false
            }
        }
        guard utf8.count <= 200 || line.unicodeScalars.count <= 200,
            line.hasSuffix(":") || line.hasSuffix(": ")
        else { return false }
        var tokens = Tokenizer.tokenize(Tokenizer.scalars(of: line), vocabulary: lex.vocabulary)
        while let last = tokens.last, last.kind == .punct { tokens.removeLast() }
        for start in max(0, tokens.count - 3)..<tokens.count {
            if let m = lex.forwardSeparators.match(tokens, start), m.key == "reply", m.end == tokens.count {
                return true
            }
        }
        return false
    }

    // MARK: detection

    private struct Found {
        var message: ForwardedMessage
        var bodyStart: Int
        /// The line where the forward begins (its separator or first header line).
        var start: Int
        var quoteDepth: Int
    }

    private func findForward(_ lines: [String]) -> Found? {
        var i = 0
        while i < lines.count {
            let (depth, content) = quoteDepth(lines[i])
            if let kind = separatorKind(content) {
                var j = i + 1
                var skipped = 0
                while j < lines.count, skipped < 2, isBlank(quoteDepth(lines[j]).1) {
                    j += 1
                    skipped += 1
                }
                if let block = headerBlock(lines, from: j, depth: depth), block.fields >= (kind == .rule ? 2 : 1) {
                    return Found(message: block.message, bodyStart: block.end, start: i, quoteDepth: depth)
                }
                if kind == .words {
                    return Found(message: ForwardedMessage(), bodyStart: i + 1, start: i, quoteDepth: depth)
                }
            }
            if let key = headerKey(content), key.key == "from" || key.key == "date",
                let block = headerBlock(lines, from: i, depth: depth), block.fields >= 3, block.message.from != nil
            {
                return Found(message: block.message, bodyStart: block.end, start: i, quoteDepth: depth)
            }
            i += 1
        }
        return nil
    }

    /// A separator line: "---------- Forwarded message ---------", "-----Original Message-----",
    /// "Begin forwarded message:", "Début du message réexpédié :", a line of underscores (Outlook).
    private enum SeparatorKind { case words, rule }

    /// The marks of a line that a separator needs, read from its bytes (every mark tested is ASCII);
    /// nil when the line has too many spaces to be one.
    private struct SeparatorMarks {
        var underscores = 0
        var other = false
        var runs = false
        var spaces = 0
        var last: UInt8 = 0x20
    }

    @inline(__always)
    private static func separatorMarks<S: Sequence<UInt8>>(_ bytes: S) -> SeparatorMarks? {
        var m = SeparatorMarks()
        var previous: UInt8 = 0x20
        for s in bytes {
            if s == 0x5F { m.underscores += 1 } else if s != 0x20 { m.other = true }
            if s == 0x20 {
                m.spaces += 1
                if m.spaces > 10 && m.underscores == 0 { return nil }
            }
            if (s == 0x2D || s == 0x3D || s == 0x2A) && s == previous { m.runs = true }
            previous = s
            if s != 0x20 && s != 0x09 { m.last = s }
        }
        return m
    }

    private func separatorKind(_ content: Substring) -> SeparatorKind? {
        let scanned =
            content.utf8.withContiguousStorageIfAvailable { Self.separatorMarks($0) }
            ?? Self.separatorMarks(content.utf8)
        guard let marks = scanned else { return nil }
        if marks.underscores >= 10 && !marks.other { return .rule }
        // Separators carry runs of dashes or end with a colon, and are short.
        guard marks.runs || marks.last == 0x3A, marks.spaces <= 10 else { return nil }
        let tokens = Tokenizer.tokenize(Tokenizer.scalars(of: content), vocabulary: lex.vocabulary).filter {
            !($0.kind == .punct && ["-", "_", "*", "=", ":", "<", ">", "#"].contains($0.text))
        }
        guard !tokens.isEmpty, tokens.count <= 8 else { return nil }
        guard let m = lex.forwardSeparators.match(tokens, 0), m.end == tokens.count, m.key == "forwarded" else {
            return nil
        }
        return .words
    }

    private struct HeaderKey {
        var key: String
        var value: Substring
    }

    private func headerKey(_ content: Substring) -> HeaderKey? {
        // Header names are short: look for the colon in the first bytes only, by byte.
        let utf8 = content.utf8
        let offset =
            utf8.withContiguousStorageIfAvailable { p -> Int? in
                var k = 0
                let n = min(p.count, 72)
                while k < n {
                    if p[k] == 0x3A { return k }
                    k += 1
                }
                return nil
            } ?? utf8.prefix(72).firstIndex(of: 0x3A).map { utf8.distance(from: utf8.startIndex, to: $0) }
        guard let offset else { return nil }
        let colon = utf8.index(utf8.startIndex, offsetBy: offset)
        let name = content[..<colon]
        guard name.unicodeScalars.count <= 24, !name.isEmpty, mayStartHeader(name) else { return nil }
        let tokens = Tokenizer.tokenize(Tokenizer.scalars(of: name), vocabulary: lex.vocabulary).filter {
            !($0.kind == .punct && $0.text == "*")
        }
        guard !tokens.isEmpty, let m = lex.forwardHeaders.match(tokens, 0), m.end == tokens.count else { return nil }
        var value = content[content.index(after: colon)...]
        value = value.drop(while: { $0 == " " || $0 == "\t" || $0 == "*" })
        return HeaderKey(key: m.key, value: value)
    }

    /// Whether the first word of `name` (after '*' or spaces) is the first word of some header name: one
    /// folded-word lookup that spares tokenizing the many lines that merely hold a colon.
    private func mayStartHeader(_ name: Substring) -> Bool {
        var bytes: [UInt8] = []
        for scalar in name.unicodeScalars {
            if Tokenizer.isLetter(scalar) {
                TextFolding.append(scalar, to: &bytes)
            } else if bytes.isEmpty, scalar == "*" || scalar == " " || scalar == "\t" {
                continue
            } else {
                break
            }
        }
        guard !bytes.isEmpty else { return false }
        return lex.forwardHeaders.startsPhrase(id: lex.vocabulary.id(of: String(decoding: bytes, as: UTF8.self)))
    }

    private func headerBlock(_ lines: [String], from start: Int, depth: Int) -> (
        message: ForwardedMessage, end: Int, fields: Int
    )? {
        var message = ForwardedMessage()
        var fields = 0
        var j = start
        var last: String? = nil
        var values: [String: String] = [:]
        while j < lines.count {
            let (d, content) = quoteDepth(lines[j])
            if d != depth && !(d == 0 && depth == 0) { break }
            if isBlank(content) { break }
            if let h = headerKey(content) {
                if values[h.key] == nil {
                    values[h.key] = String(h.value).trimmingSpaces
                    fields += 1
                }
                last = h.key
            } else if let k = last, let first = lines[j].unicodeScalars.first, first == " " || first == "\t" || d > 0,
                k == "to" || k == "cc"
            {
                values[k, default: ""] += " " + String(content).trimmingSpaces
            } else if fields > 0, Self.isOtherHeaderRow(content),
                lines[(j + 1)..<min(j + 4, lines.count)].contains(where: { headerKey(quoteDepth($0).1) != nil })
            {
                // "Organización: Fundación …", "Importance: High": a row the packs don't name, between rows they do.
                last = nil
            } else {
                break
            }
            j += 1
        }
        guard fields > 0 else { return nil }
        while j < lines.count, isBlank(quoteDepth(lines[j]).1) { j += 1 }
        if let v = values["from"] { message.from = parseMailbox(v) }
        if let v = values["to"] { message.to = parseMailboxList(v) }
        if let v = values["cc"] { message.cc = parseMailboxList(v) }
        if let v = values["subject"] { message.subject = v }
        if let v = values["date"] {
            message.dateText = v
            message.date = parseDate(v)
        }
        return (message, j, fields)
    }

    /// "Organisation: Example GmbH": one to three words, a colon, then a value.
    private static func isOtherHeaderRow(_ line: Substring) -> Bool {
        guard let colon = line.utf8.firstIndex(of: 0x3A) else { return false }
        let key = line[..<colon]
        let value = String(line[line.index(after: colon)...]).trimmingSpaces
        let words = key.split(separator: " ", omittingEmptySubsequences: true)
        return !value.isEmpty && (1...3).contains(words.count) && key.utf8.count <= 30
            && key.first.map({ $0.isUppercase }) == true
    }

    // MARK: values

    private static let addressBrackets = [("<", ">"), ("[mailto:", "]"), ("(", ")")]

    /// Parses "Name <addr>", "\"Name\" <addr>", "Name [mailto:addr]", "Name (addr)" or a bare address.
    package func parseMailbox(_ raw: String) -> MailboxSummary? {
        let v = raw.trimmingSpaces
        guard !v.isEmpty else { return nil }
        var name = v
        var email: String? = nil
        for (open, close) in Self.addressBrackets {
            if let o = v.range(ofASCII: open), let c = v.range(ofASCII: close, after: o.upperBound) {
                let inner = String(v[o.upperBound..<c.lowerBound]).trimmingSpaces
                let innerClean = inner.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner
                if innerClean.utf8.contains(0x40) {
                    email = innerClean
                    name = String(v[..<o.lowerBound]) + String(v[c.upperBound...])
                    break
                }
            }
        }
        // Bytes, not Characters: every mark looked for is ASCII, and header values run long (a To: of twenty).
        if email == nil, !v.utf8.contains(0x20), v.utf8.contains(0x40) {
            return MailboxSummary(name: nil, email: v)
        }
        if email == nil {
            // "Name addr@example.com"
            let parts = v.utf8.split(separator: 0x20).map { String(Substring($0)) }
            if let lastPart = parts.last, lastPart.utf8.contains(0x40) {
                email = lastPart
                name = parts.dropLast().joined(separator: " ")
            }
        }
        var n = name.trimmingSpaces
        while let f = n.first, f == "\"" || f == "'" { n.removeFirst() }
        while let l = n.last, l == "\"" || l == "'" { n.removeLast() }
        n = n.trimmingSpaces
        return MailboxSummary(name: n.isEmpty ? nil : n, email: email)
    }

    package func parseMailboxList(_ raw: String) -> [MailboxSummary] {
        let separator: UInt8 = raw.utf8.contains(0x3B) ? 0x3B : 0x2C
        var result: [MailboxSummary] = []
        var pending = ""
        let pieces = raw.utf8.split(separator: separator).map { String(Substring($0)) }
        var k = 0
        while k < pieces.count {
            let piece = pieces[k]
            k += 1
            let p = pending.isEmpty ? piece : pending + String(UnicodeScalar(separator)) + piece
            // "Doe, Jane" <jane@…>: keep joining until the piece carries an address or closes the quote.
            if separator == 0x2C, !p.utf8.contains(0x40), p.utf8.reduce(0, { $0 + ($1 == 0x22 ? 1 : 0) }) % 2 == 1 {
                pending = p
                continue
            }
            pending = ""
            // Outlook's directory form without quotes, "Lehmann, Markus <m.lehmann@example.de>": a lone surname
            // that the next piece's address repeats belongs to that piece, and the person is Markus Lehmann.
            if separator == 0x2C, k < pieces.count, Self.isLoneWord(p), let next = parseMailbox(pieces[k]),
                let person = Self.surnameFirst(p, next)
            {
                result.append(person)
                k += 1
                continue
            }
            if let m = parseMailbox(p) { result.append(m) }
        }
        if !pending.isEmpty, let m = parseMailbox(pending) { result.append(m) }
        return result
    }

    /// Whether a list piece is one bare word: no address, no quote, no bracket, no inner space.
    private static func isLoneWord(_ piece: String) -> Bool {
        let word = piece.trimmingSpaces
        return !word.isEmpty && !word.utf8.contains(where: { $0 == 0x40 || $0 == 0x20 || $0 == 0x3C || $0 == 0x22 })
    }

    /// The mailbox of "Surname" + "Firstname <address>" (the surname a lone word) when the first name is one
    /// word and the address's local part holds the surname; nil otherwise ("Anna, Ben <ben@…>" stays two
    /// people).
    private static func surnameFirst(_ surnamePiece: String, _ next: MailboxSummary) -> MailboxSummary? {
        let surname = surnamePiece.trimmingSpaces
        guard let email = next.email, let first = next.name, !first.utf8.contains(0x20),
            let at = email.firstIndex(of: "@")
        else { return nil }
        let local = TextFolding.fold(email[..<at])
        guard local.contains(TextFolding.fold(surname)) else { return nil }
        return MailboxSummary(name: first + " " + surname, email: email)
    }

    /// Parses a localized header date ("vendredi 17 août 2018 à 10:12", "Fri, Aug 17, 2018 at 10:12 AM",
    /// RFC 5322 "Fri, 17 Aug 2018 10:12:00 +0200").
    package func parseDate(_ raw: String) -> InvitationTime? {
        let text = TokenizedText(raw, vocabulary: lex.vocabulary)
        let grammar = DateGrammar(text: text, lex: lex, en: lex, zones: lex.zones)
        let tokens = text.tokens
        var day: (Int, Int, Int)? = nil
        var time: TimeMention? = nil
        var offset: Int? = nil
        var i = 0
        while i < tokens.count {
            if day == nil, let d = grammar.date(at: i), case .absolute(let y, let m, let dd, _, _) = d.kind, let y {
                day = (y, m, dd)
                i = d.tokens.upperBound
                continue
            }
            if time == nil, let t = grammar.time(at: i) {
                time = t
                if let o = t.offset { offset = o }
                i = t.tokens.upperBound
                continue
            }
            if offset == nil, tokens[i].text == "+" || tokens[i].text == "-", i + 1 < tokens.count,
                tokens[i + 1].kind == .number, tokens[i + 1].digits == 4, time != nil
            {
                let v = tokens[i + 1].number
                offset = (tokens[i].text == "-" ? -1 : 1) * ((v / 100) * 3600 + (v % 100) * 60)
            }
            if offset == nil, time != nil, tokens[i].text == "gmt" || tokens[i].text == "utc" || tokens[i].text == "z" {
                if i + 1 >= tokens.count || (tokens[i + 1].text != "+" && tokens[i + 1].text != "-") { offset = 0 }
            }
            i += 1
        }
        guard let (y, m, d) = day else { return nil }
        guard let time else { return InvitationTime(year: y, month: m, day: d) }
        if offset == nil, let zone = time.zone {
            offset = ZoneMath.offset(zone: zone, year: y, month: m, day: d, hour: time.hour, minute: time.minute)
        }
        return InvitationTime(
            year: y, month: m, day: d, hour: time.hour, minute: time.minute, second: time.second,
            utcOffsetSeconds: offset)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func range(ofASCII needle: String, after: String.Index? = nil) -> Range<String.Index>? {
        // On bytes: an ASCII needle matches where its bytes do (no per-Character comparison).
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let hay = utf8
        let from = hay.distance(from: hay.startIndex, to: after ?? startIndex)
        let search = { (p: UnsafeBufferPointer<UInt8>) -> Int? in
            var i = max(0, from)
            while i + pattern.count <= p.count {
                if p[i] == first {
                    var k = 1
                    while k < pattern.count, p[i + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return i }
                }
                i += 1
            }
            return nil
        }
        let found = hay.withContiguousStorageIfAvailable(search) ?? Array(hay).withUnsafeBufferPointer(search)
        guard let found else { return nil }
        let lower = hay.index(hay.startIndex, offsetBy: found)
        return lower..<hay.index(lower, offsetBy: pattern.count)
    }
}
