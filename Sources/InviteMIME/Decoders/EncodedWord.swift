/// Decoding of header text: unfolding (RFC 5322 §2.2.3), RFC 2047 encoded words, and raw
/// 8-bit UTF-8 (RFC 6532) or legacy bytes.
public enum EncodedWord {
    /// Unfolds and decodes an unstructured header value (or a display name) to text.
    ///
    /// Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2); adjacent words in the
    /// same charset are joined before decoding so a multi-byte character split across two words
    /// survives; a malformed word is left as written.
    public static func decode(_ raw: some Collection<UInt8>) -> String {
        let bytes = unfold(raw)
        // Most names and subjects hold no encoded word: their bytes are the text.
        guard hasEncodedWordStart(bytes) else { return decodeLiteral(bytes) }
        var result = ""
        var plain: [UInt8] = []  // undecoded literal bytes not yet flushed
        var heldWhitespace: [UInt8] = []  // whitespace after an encoded word, dropped if another follows
        var pending: [UInt8] = []  // decoded bytes of consecutive encoded words in `pendingCharset`
        var pendingCharset = ""
        var afterEncodedWord = false

        func flushPending() {
            if !pending.isEmpty {
                result += Charset.decode(pending, label: pendingCharset).text
                pending.removeAll(keepingCapacity: true)
            }
        }
        func flushPlain() {
            if !plain.isEmpty {
                result += decodeLiteral(plain)
                plain.removeAll(keepingCapacity: true)
            }
        }

        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == asciiEquals, i + 1 < bytes.count, bytes[i + 1] == asciiQuestion,
                let word = parseWord(bytes, at: i)
            {
                // Whitespace between two encoded words is dropped; anything else separates them.
                heldWhitespace.removeAll(keepingCapacity: true)
                if !plain.isEmpty {
                    flushPending()
                    flushPlain()
                }
                if word.charset != pendingCharset { flushPending() }
                pendingCharset = word.charset
                pending.append(contentsOf: word.decoded)
                afterEncodedWord = true
                i = word.end
                continue
            }
            if afterEncodedWord, c.isWhitespace {
                heldWhitespace.append(c)
                i += 1
                continue
            }
            if afterEncodedWord {
                flushPending()
                plain.append(contentsOf: heldWhitespace)
                heldWhitespace.removeAll(keepingCapacity: true)
                afterEncodedWord = false
            }
            plain.append(c)
            i += 1
        }
        flushPending()
        plain.append(contentsOf: heldWhitespace)
        flushPlain()
        return result
    }

    /// Whether "=?" occurs in the bytes.
    private static func hasEncodedWordStart(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == asciiEquals, bytes[i + 1] == asciiQuestion { return true }
            i += 1
        }
        return false
    }

    /// Removes folding line breaks (CRLF or bare LF/CR) and trims the ends.
    static func unfold(_ raw: some Collection<UInt8>) -> [UInt8] {
        var out = Array(raw)
        // Most values are one line of text: only those with a control byte are rewritten.
        if out.contains(where: { $0 < 0x20 && $0 != asciiTab }) {
            out.removeAll(keepingCapacity: true)
            for b in raw where b != asciiCR && b != asciiLF {
                // A NUL or other C0 control (other than TAB) is not text: read it as a space.
                out.append(b < 0x20 && b != asciiTab ? asciiSpace : b)
            }
        }
        var lower = 0
        var upper = out.count
        while lower < upper, out[lower].isWhitespace { lower += 1 }
        while upper > lower, out[upper - 1].isWhitespace { upper -= 1 }
        if lower == 0 && upper == out.count { return out }
        return Array(out[lower..<upper])
    }

    /// Literal header bytes: UTF-8 when valid (RFC 6532), else Windows-1252.
    static func decodeLiteral(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return Charset.decode(bytes, label: "windows-1252").text
    }

    struct Word {
        var charset: String
        var decoded: [UInt8]
        var end: Int
    }

    /// Parses `=?charset?B|Q?text?=` at `start` (RFC 2047 §2).
    ///
    /// Lenient: spaces inside the text are
    /// accepted (some mailers emit them), but not line breaks; words longer than 4096 bytes are refused.
    static func parseWord(_ b: [UInt8], at start: Int) -> Word? {
        var i = start + 2
        let charsetStart = i
        while i < b.count, b[i] != asciiQuestion {
            if b[i].isSpaceOrNewline || i - charsetStart > 64 { return nil }
            i += 1
        }
        guard i + 2 < b.count, i > charsetStart, b[i + 2] == asciiQuestion else { return nil }
        let charset = Charset.canonicalName(for: String(decoding: b[charsetStart..<i], as: UTF8.self))
        let encoding = b[i + 1].asciiLowercased
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = i + 3
        var j = textStart
        while j + 1 < b.count {
            if b[j] == asciiQuestion, b[j + 1] == asciiEquals { break }
            if b[j] == asciiCR || b[j] == asciiLF || j - textStart > 4096 { return nil }
            j += 1
        }
        guard j + 1 < b.count else { return nil }
        let text = b[textStart..<j]
        let decoded: [UInt8]
        if encoding == UInt8(ascii: "b") {
            decoded = Base64.decode(b, range: textStart..<j).bytes
        } else {
            decoded = QuotedPrintable.decodeQ(text)
        }
        return Word(charset: charset, decoded: decoded, end: j + 2)
    }
}
