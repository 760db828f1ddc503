/// Quoted-printable decoding (RFC 2045 §6.7), and the `Q` variant of encoded words (RFC 2047 §4.2).
public enum QuotedPrintable {
    /// Decodes a quoted-printable body.
    ///
    /// Soft line breaks (`=` at line end, CRLF or LF) are removed; trailing whitespace before a line
    /// break is dropped (§6.7 rule 3); an `=` not followed by two hex digits is kept literally, as
    /// §6.7 note (2) recommends for robustness. Returns whether such broken escapes were seen.
    public static func decode(_ bytes: [UInt8], range: Range<Int>? = nil) -> (bytes: [UInt8], hadErrors: Bool) {
        let range = range ?? 0..<bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var errors = false
        var i = range.lowerBound
        let end = range.upperBound
        var pendingWhitespace = 0  // count of WSP bytes at out's end that a line break would strip
        while i < end {
            let c = bytes[i]
            if c == asciiEquals {
                // Soft line break: "=" then optional whitespace then (CR)LF.
                var j = i + 1
                while j < end, bytes[j].isWhitespace { j += 1 }
                if j < end, bytes[j] == asciiLF {
                    i = j + 1
                    pendingWhitespace = 0
                    continue
                }
                if j + 1 < end, bytes[j] == asciiCR, bytes[j + 1] == asciiLF {
                    i = j + 2
                    pendingWhitespace = 0
                    continue
                }
                if j == end {
                    i = end
                    continue
                }
                if i + 2 < end, let hi = bytes[i + 1].hexValue, let lo = bytes[i + 2].hexValue {
                    out.append(hi << 4 | lo)
                    pendingWhitespace = 0
                    i += 3
                    continue
                }
                errors = true
                out.append(c)
                pendingWhitespace = 0
                i += 1
                continue
            }
            if c == asciiCR, i + 1 < end, bytes[i + 1] == asciiLF {
                out.removeLast(pendingWhitespace)
                pendingWhitespace = 0
                out.append(asciiCR)
                out.append(asciiLF)
                i += 2
                continue
            }
            if c == asciiLF {
                out.removeLast(pendingWhitespace)
                pendingWhitespace = 0
                out.append(asciiLF)
                i += 1
                continue
            }
            pendingWhitespace = c.isWhitespace ? pendingWhitespace + 1 : 0
            out.append(c)
            i += 1
        }
        return (out, errors)
    }

    /// Decodes the `Q` encoding of an encoded word: `_` is a space, `=XX` a byte.
    static func decodeQ(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let c = bytes[i]
            if c == asciiUnderscore {
                out.append(asciiSpace)
            } else if c == asciiEquals, i + 2 < bytes.endIndex, let hi = bytes[i + 1].hexValue,
                let lo = bytes[i + 2].hexValue
            {
                out.append(hi << 4 | lo)
                i += 3
                continue
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }
}
