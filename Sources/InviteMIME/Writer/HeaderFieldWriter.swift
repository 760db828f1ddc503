/// Writes one header field, folding at whitespace so no line exceeds 78 characters (RFC 5322 §2.1.1,
/// §2.2.3) and encoding text that is not plain ASCII as RFC 2047 encoded words.
///
/// Every piece is appended as an "atom" preceded by one space; the writer replaces that space by
/// CRLF + space when the atom would overflow the line, so unfolding gives back the value exactly.
struct HeaderFieldWriter {
    static let lineLimit = 78
    /// RFC 2047 §2: an encoded word is at most 75 characters.
    static let encodedWordLimit = 75
    /// The smallest room worth starting an encoded word in; a four-byte scalar needs 20 in B.
    private static let minimumEncodedWord = 20

    private(set) var bytes: [UInt8]
    private var column: Int
    private var isEmpty = true

    /// Starts a field; `name` must already be valid `ftext`.
    init(name: String) {
        bytes = Array(name.utf8)
        bytes.append(asciiColon)
        column = bytes.count
        bytes.reserveCapacity(128)
    }

    /// The finished field with its CRLF.
    func finished() -> [UInt8] { bytes + [asciiCR, asciiLF] }

    /// Appends a piece that may not be broken, after one (foldable) space.
    mutating func appendAtom(_ atom: some Collection<UInt8>) {
        let count = atom.count
        if !isEmpty, count > 0, column + 1 + count > Self.lineLimit {
            bytes.append(asciiCR)
            bytes.append(asciiLF)
            bytes.append(asciiSpace)
            column = 1
        } else {
            bytes.append(asciiSpace)
            column += 1
        }
        bytes.append(contentsOf: atom)
        column += count
        isEmpty = false
    }

    /// Appends a piece glued to the previous one (no space), such as the `;` after a parameter.
    mutating func appendGlued(_ byte: UInt8) {
        bytes.append(byte)
        column += 1
    }

    /// Appends UTF-8 text as one or more encoded words (RFC 2047), each ≤ 75 characters and never
    /// splitting a UTF-8 sequence, each in Q or B, whichever is shorter.
    ///
    /// Q words use only the characters RFC 2047 §5(3) allows in a phrase, so they are safe in
    /// display names as well as in unstructured fields.
    mutating func appendEncodedWords(_ text: [UInt8]) {
        var i = 0
        while i < text.count {
            var room = Self.lineLimit - column - 1
            if !isEmpty, room < Self.minimumEncodedWord { room = Self.lineLimit - 1 }
            // Fold first rather than split text that fits one word on a fresh line: some readers
            // (Python's phrase parser) keep the whitespace between two encoded words of a name.
            if i == 0, !isEmpty, room < Self.lineLimit - 1, Self.encodedLength(text) > room - 12,
                Self.encodedLength(text) <= Self.encodedWordLimit - 12
            {
                room = Self.lineLimit - 1
            }
            let maxText = min(Self.encodedWordLimit, room) - 12  // "=?UTF-8?Q?" + "?="
            var j = i
            var qLength = 0
            var count = 0
            while j < text.count {
                var length = 1
                while j + length < text.count, text[j + length] & 0xC0 == 0x80 { length += 1 }
                var q = 0
                for k in j..<(j + length) { q += Self.qLength(text[k]) }
                let qFits = qLength + q <= maxText
                let bFits = (count + length + 2) / 3 * 4 <= maxText
                if !qFits && !bFits && j > i { break }
                qLength += q
                count += length
                j += length
            }
            let bLength = (count + 2) / 3 * 4
            var word: [UInt8] = Array("=?UTF-8?".utf8)
            if qLength <= maxText && qLength <= bLength {
                word.append(UInt8(ascii: "Q"))
                word.append(asciiQuestion)
                for k in i..<j { Self.appendQ(text[k], to: &word) }
            } else {
                word.append(UInt8(ascii: "B"))
                word.append(asciiQuestion)
                word.append(contentsOf: Base64.encode(Array(text[i..<j]), lineLength: 0))
            }
            word.append(asciiQuestion)
            word.append(asciiEquals)
            appendAtom(word)
            i = j
        }
    }

    /// Appends unstructured text (RFC 5322 §3.2.5): plain words as they are, runs of words that are
    /// not plain printable ASCII (or that look like encoded words, or are too long to fold) as
    /// encoded words.
    ///
    /// CR and LF become spaces, so a value can never start a new header line.
    mutating func appendUnstructured(_ value: String) {
        let words = Self.words(of: value)
        var index = 0
        while index < words.count {
            let word = words[index]
            guard Self.needsEncoding(word) else {
                appendAtom(word)
                index += 1
                continue
            }
            // Join following words into the same encoded run when only spaces separate them, since
            // whitespace between two encoded words disappears on decoding (RFC 2047 §6.2).
            var run = word
            var next = index + 1
            while true {
                var m = next
                while m < words.count, words[m].isEmpty { m += 1 }
                guard m < words.count, Self.needsEncoding(words[m]) else { break }
                for _ in next...m { run.append(asciiSpace) }
                run.append(contentsOf: words[m])
                next = m + 1
            }
            appendEncodedWords(run)
            index = next
        }
    }

    /// Appends a display name (RFC 5322 §3.4 `phrase`): atoms, a quoted string, or encoded words.
    mutating func appendPhrase(_ name: String) {
        let words = Self.words(of: name)
        let text = Array(name.utf8)
        let printable = !text.contains { $0 < 0x20 || $0 >= 0x7F }
        let looksEncoded = Self.contains(text, "=?")
        if printable, !looksEncoded, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(Self.isAtext) }) {
            if words.allSatisfy({ $0.count <= Self.lineLimit - 2 }) {
                for word in words { appendAtom(word) }
                return
            }
        }
        if printable, !looksEncoded {
            var quoted: [UInt8] = [asciiQuote]
            for b in text {
                if b == asciiQuote || b == asciiBackslash { quoted.append(asciiBackslash) }
                quoted.append(b)
            }
            quoted.append(asciiQuote)
            if quoted.count <= Self.lineLimit - 2 {
                appendAtom(quoted)
                return
            }
        }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == asciiCR || b == asciiLF || b == asciiTab {
                if !(b == asciiLF && i > 0 && text[i - 1] == asciiCR) { cleaned.append(asciiSpace) }
            } else {
                cleaned.append(b)
            }
            i += 1
        }
        appendEncodedWords(cleaned)
    }

    // MARK: - Helpers

    /// The value split at spaces, with CR, LF, CRLF and tab turned into spaces first.
    static func words(of value: String) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        var previous: UInt8 = 0
        for b in value.utf8 {
            defer { previous = b }
            if b == asciiLF && previous == asciiCR { continue }
            if b == asciiSpace || b == asciiCR || b == asciiLF || b == asciiTab {
                words.append(current)
                current = []
            } else {
                current.append(b)
            }
        }
        words.append(current)
        return words
    }

    static func needsEncoding(_ word: [UInt8]) -> Bool {
        if word.count > lineLimit - 2 { return true }
        for b in word where b < 0x21 || b >= 0x7F { return true }
        return contains(word, "=?")
    }

    static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        return needle.withUTF8Buffer { p in
            for start in 0...(bytes.count - n) {
                var k = 0
                while k < n, bytes[start + k] == p[k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
    }

    /// RFC 5322 §3.2.3 `atext`.
    static func isAtext(_ b: UInt8) -> Bool {
        if b.isLetter || b.isDigit { return true }
        switch b {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Characters a Q-encoded word may carry literally in any context (RFC 2047 §5(3)).
    private static func isQLiteral(_ b: UInt8) -> Bool {
        b.isLetter || b.isDigit || b == UInt8(ascii: "!") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+")
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "/")
    }

    /// The length of `text` as one Q or B word's payload, whichever is shorter.
    private static func encodedLength(_ text: [UInt8]) -> Int {
        var q = 0
        for b in text { q += qLength(b) }
        return min(q, (text.count + 2) / 3 * 4)
    }

    private static func qLength(_ b: UInt8) -> Int { isQLiteral(b) || b == asciiSpace ? 1 : 3 }

    private static func appendQ(_ b: UInt8, to word: inout [UInt8]) {
        if isQLiteral(b) {
            word.append(b)
        } else if b == asciiSpace {
            word.append(asciiUnderscore)
        } else {
            word.append(asciiEquals)
            appendHex(b, to: &word)
        }
    }
}

private let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

/// Appends the two upper-case hexadecimal digits of a byte.
func appendHex(_ b: UInt8, to out: inout [UInt8]) {
    out.append(hexDigits[Int(b >> 4)])
    out.append(hexDigits[Int(b & 0x0F)])
}
