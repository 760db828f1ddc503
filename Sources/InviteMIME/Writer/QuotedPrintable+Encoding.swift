extension QuotedPrintable {
    /// Encodes text as quoted-printable (RFC 2045 §6.7) with CRLF line breaks.
    ///
    /// Line breaks in the input (CRLF, LF or a lone CR) become hard CRLF breaks; `=`, control
    /// characters and bytes ≥ 0x80 are escaped; a space or tab before a line break is escaped
    /// (rule 3); soft breaks keep every encoded line at 76 characters or fewer, never inside an
    /// escape. A line starting with `From ` or `.` is escaped so mbox and SMTP leave it alone.
    public static func encode(text bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
        var column = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == asciiCR || b == asciiLF {
                out.append(asciiCR)
                out.append(asciiLF)
                column = 0
                i += (b == asciiCR && i + 1 < n && bytes[i + 1] == asciiLF) ? 2 : 1
                continue
            }
            let atLineEnd = i + 1 == n || bytes[i + 1] == asciiCR || bytes[i + 1] == asciiLF
            var escape = b == asciiEquals || b >= 0x7F || (b < 0x20 && b != asciiTab)
            if (b == asciiSpace || b == asciiTab) && atLineEnd { escape = true }
            if column == 0 && (b == asciiDot || (b == UInt8(ascii: "F") && startsWithFrom(bytes, at: i))) {
                escape = true
            }
            let width = escape ? 3 : 1
            // Leave room for the "=" of a soft break unless this is the last character of the line.
            let limit = atLineEnd ? 76 : 75
            if column + width > limit {
                out.append(asciiEquals)
                out.append(asciiCR)
                out.append(asciiLF)
                column = 0
                if b == asciiDot || (b == UInt8(ascii: "F") && startsWithFrom(bytes, at: i)) { escape = true }
            }
            if escape {
                out.append(asciiEquals)
                appendHex(b, to: &out)
                column += 3
            } else {
                out.append(b)
                column += 1
            }
            i += 1
        }
        return out
    }

    private static func startsWithFrom(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 5 <= bytes.count && bytes[i + 1] == UInt8(ascii: "r") && bytes[i + 2] == UInt8(ascii: "o")
            && bytes[i + 3] == UInt8(ascii: "m") && bytes[i + 4] == asciiSpace
    }

    /// How many bytes of `bytes` quoted-printable would escape (to choose between QP and base64).
    static func escapedCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        for b in bytes
        where b == asciiEquals || b >= 0x7F || (b < 0x20 && b != asciiTab && b != asciiCR && b != asciiLF) {
            count += 1
        }
        return count
    }
}
