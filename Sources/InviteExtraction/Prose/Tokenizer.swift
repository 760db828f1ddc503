/// One token of prose: a word, a number, a punctuation mark, a URL, an e-mail address or a line break.
struct Token: Sendable, Hashable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, url, email, newline
    }

    var kind: Kind
    /// Scalar offsets into ``TokenizedText/scalars``.
    var start: Int
    var end: Int
    /// Folded text: lower case without accents (words), the digits (numbers), the normalized mark (punct).
    var text: String
    /// The value of a number token (capped), else -1.
    var number: Int
    /// Digit count of a number token.
    var digits: Int
    /// Whether the word starts with an upper-case letter.
    var isCapitalized: Bool
    /// Whether whitespace (or a line start) precedes the token.
    var spaceBefore: Bool
    /// The word's id in the packs' ``Vocabulary``, -1 when no pack phrase uses it.
    var id: Int32 = -1
}

/// Text split once into tokens, keeping the scalars so any token range maps back to the source words.
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(_ text: String, vocabulary: Vocabulary?) {
        let scalars = Tokenizer.scalars(of: text)
        self.scalars = scalars
        self.tokens = Tokenizer.tokenize(scalars, vocabulary: vocabulary)
    }

    /// The source text covered by tokens `range` (from the first token's start to the last token's end).
    func source(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return source(scalarsFrom: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// The source text between two scalar offsets.
    func source(scalarsFrom start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        return Tokenizer.string(scalars, start, end)
    }
}

extension Tokenizer {
    /// The text of `scalars[start..<end]` (a valid range), encoded to UTF-8 by hand: appending scalars to a
    /// String one by one costs several times more.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for k in start..<end {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v))
            } else if v < 0x800 {
                bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (v >> 6)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (v >> 12)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (v >> 18)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Splits scalars into tokens in one pass.
enum Tokenizer {
    /// The scalars of a text, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)` walks the
    /// text twice: once to count, once to copy).
    static func scalars<S: StringProtocol>(of text: S) -> [Unicode.Scalar] {
        text.utf8.withContiguousStorageIfAvailable(decode) ?? Array(text.unicodeScalars)
    }

    /// Decodes well-formed UTF-8 (a Swift string's storage).
    private static func decode(_ p: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(p.count)
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                out.append(Unicode.Scalar(b))
                i += 1
                continue
            }
            var v: UInt32
            let len: Int
            if b < 0xE0 {
                v = UInt32(b & 0x1F)
                len = 2
            } else if b < 0xF0 {
                v = UInt32(b & 0x0F)
                len = 3
            } else {
                v = UInt32(b & 0x07)
                len = 4
            }
            guard i + len <= n else { break }
            for k in 1..<len { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
            out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            i += len
        }
        return out
    }

    static func tokenize(_ scalars: [Unicode.Scalar], vocabulary: Vocabulary?) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        var space = true
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        // The vocabulary id of each ASCII mark, looked up on first use (marks are a quarter of all tokens).
        var markIDs = [Int32](repeating: .min, count: vocabulary == nil ? 0 : 0x80)
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                tokens.append(
                    Token(
                        kind: .newline, start: i, end: i + 1, text: "\n", number: -1, digits: 0,
                        isCapitalized: false, spaceBefore: space))
                space = true
                i += 1
                continue
            }
            if isSpace(s) {
                space = true
                i += 1
                continue
            }
            // A whitespace-delimited run: look for URLs and e-mail addresses first.
            var runEnd = i
            while runEnd < n, !isSpace(scalars[runEnd]) { runEnd += 1 }
            if let special = special(scalars, i, runEnd) {
                plain(scalars, i, special.range.lowerBound, &tokens, &space, &scratch, &markIDs, vocabulary)
                let text = string(scalars, special.range.lowerBound, special.range.upperBound)
                tokens.append(
                    Token(
                        kind: special.kind, start: special.range.lowerBound, end: special.range.upperBound,
                        text: text, number: -1, digits: 0, isCapitalized: false, spaceBefore: space))
                space = false
                plain(scalars, special.range.upperBound, runEnd, &tokens, &space, &scratch, &markIDs, vocabulary)
                i = runEnd
                continue
            }
            plain(scalars, i, runEnd, &tokens, &space, &scratch, &markIDs, vocabulary)
            i = runEnd
        }
        return tokens
    }

    /// Words, numbers and punctuation of `[from, to)`, a stretch without whitespace.
    private static func plain(
        _ scalars: [Unicode.Scalar], _ from: Int, _ runEnd: Int, _ tokens: inout [Token], _ space: inout Bool,
        _ scratch: inout [UInt8], _ markIDs: inout [Int32], _ vocabulary: Vocabulary?
    ) {
        var i = from
        while i < runEnd {
            let c = scalars[i]
            if isDigit(c) {
                let start = i
                var value = 0
                while i < runEnd, isDigit(scalars[i]) {
                    if i - start < 9 { value = value * 10 + Int(scalars[i].value - 0x30) }
                    i += 1
                }
                var digits: [UInt8] = []
                swap(&digits, &scratch)
                digits.removeAll(keepingCapacity: true)
                for k in start..<i { digits.append(UInt8(truncatingIfNeeded: scalars[k].value)) }
                let text = String(decoding: digits, as: UTF8.self)
                let id = vocabulary.map { v in digits.withUnsafeBufferPointer { v.id(bytes: $0) } } ?? -1
                swap(&digits, &scratch)
                tokens.append(
                    Token(
                        kind: .number, start: start, end: i, text: text, number: value,
                        digits: i - start, isCapitalized: false, spaceBefore: space, id: id))
            } else if isLetter(c) {
                let start = i
                var bytes: [UInt8] = []
                swap(&bytes, &scratch)
                bytes.removeAll(keepingCapacity: true)
                while i < runEnd, isLetter(scalars[i]) {
                    TextFolding.append(scalars[i], to: &bytes)
                    i += 1
                }
                let id = vocabulary.map { v in bytes.withUnsafeBufferPointer { v.id(bytes: $0) } } ?? -1
                let text = vocabulary?.word(id) ?? String(decoding: bytes, as: UTF8.self)
                swap(&bytes, &scratch)
                tokens.append(
                    Token(
                        kind: .word, start: start, end: i, text: text, number: -1, digits: 0,
                        isCapitalized: isUpper(c), spaceBefore: space, id: id))
            } else if isInvisible(c) {
                // Direction marks and zero-width characters (Gmail wraps phone numbers and PINs in U+202A…U+202C)
                // are no marks: skipped, they leave "PIN: 482 915 307" readable.
                i += 1
                continue
            } else {
                var token = punct(c, i, space)
                if let vocabulary {
                    let v = Int(c.value)
                    if v < markIDs.count {
                        if markIDs[v] == .min { markIDs[v] = vocabulary.id(of: token.text) }
                        token.id = markIDs[v]
                    } else {
                        token.id = vocabulary.id(of: token.text)
                    }
                }
                tokens.append(token)
                i += 1
            }
            space = false
        }
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    /// Zero-width and bidirectional formatting characters: U+200B…U+200F, U+202A…U+202E, U+2060…U+2064,
    /// U+2066…U+2069, U+FEFF.
    @inline(__always) static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard v >= 0x200B else { return false }
        return v <= 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2060 && v <= 0x2069 && v != 0x2065)
            || v == 0xFEFF
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 0x0B || s.value == 0x0C
            || (s.value > 0x7F && (s.value == 0xA0 || s.value == 0x202F || s.properties.isWhitespace))
    }

    /// One-character strings for the ASCII range, made once.
    private static let asciiMarks: [String] = (0..<0x80).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    private static func punct(_ s: Unicode.Scalar, _ at: Int, _ space: Bool) -> Token {
        var text: String
        if s.value < 0x80 {
            text = asciiMarks[Int(s.value)]
        } else {
            text = ""
            TextFolding.append(s, to: &text)
        }
        return Token(
            kind: .punct, start: at, end: at + 1, text: text, number: -1, digits: 0, isCapitalized: false,
            spaceBefore: space)
    }

    /// A URL (`http://`, `https://`, `www.`) or e-mail address inside `[from, to)`, trimmed of
    /// surrounding punctuation.
    private static func special(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> (kind: Token.Kind, range: Range<Int>)?
    {
        guard to - from >= 5 else { return nil }
        // URLs and addresses hold '@', '/' or a dot inside a name ("www.example"): most runs are plain words,
        // or words before a full stop, and stop here.
        var marked = false
        for k in from..<to {
            let v = s[k].value
            if v == 0x40 || v == 0x2F || (v == 0x2E && k + 1 < to && (isLetter(s[k + 1]) || isDigit(s[k + 1]))) {
                marked = true
                break
            }
        }
        guard marked else { return nil }
        func lowerAt(_ k: Int) -> UInt32 {
            let v = s[k].value
            return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
        }
        func hasPrefix(_ p: String, at start: Int) -> Bool {
            var k = start
            for c in p.unicodeScalars {
                guard k < to, lowerAt(k) == c.value else { return false }
                k += 1
            }
            return true
        }
        var b = to
        while b > from, ">)]}\"'».,;:!?".unicodeScalars.contains(s[b - 1]) { b -= 1 }
        for a in from..<max(from, b - 4)
        where lowerAt(a) == 0x68 || lowerAt(a) == 0x77 || lowerAt(a) == 0x6D || lowerAt(a) == 0x7A || lowerAt(a) == 0x74
        {
            if a > from, s[a - 1].properties.isAlphabetic || isDigit(s[a - 1]) { continue }
            if hasPrefix("https://", at: a) || hasPrefix("http://", at: a) || hasPrefix("www.", at: a)
                || hasPrefix("meet.google.com/", at: a) || hasPrefix("zoom.us/", at: a)
                || hasPrefix("teams.microsoft.com/", at: a)
            {
                // A URL in angle brackets ends at '>'.
                var e = a
                while e < b, s[e] != ">", s[e] != "\"" { e += 1 }
                return (.url, a..<e)
            }
        }
        var a = from
        while a < to, "<([{\"'«".unicodeScalars.contains(s[a]) { a += 1 }
        guard b - a >= 5 else { return nil }
        var at = -1
        for k in a..<b where s[k] == "@" {
            at = k
            break
        }
        guard at > a, at < b - 3 else { return nil }
        var hasDot = false
        for k in (at + 1)..<b {
            if s[k] == "." {
                hasDot = true
            } else if !(s[k].properties.isAlphabetic || isDigit(s[k]) || s[k] == "-") {
                return nil
            }
        }
        for k in a..<at {
            let c = s[k]
            guard c.properties.isAlphabetic || isDigit(c) || "._%+-'".unicodeScalars.contains(c) else { return nil }
        }
        return hasDot ? (.email, a..<b) : nil
    }
}
