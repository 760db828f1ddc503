/// Base64 decoding (RFC 2045 §6.8), tolerant of what real mail contains.
///
/// Characters outside the alphabet (line breaks, spaces, junk) are skipped, as §6.8 requires;
/// missing padding is accepted; decoding stops at the first `=` pad.
public enum Base64 {
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0xFF, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    /// Decodes `bytes[range]`.
    ///
    /// `hadJunk` reports characters that are neither alphabet nor whitespace.
    public static func decode(_ bytes: [UInt8], range: Range<Int>? = nil) -> (bytes: [UInt8], hadJunk: Bool) {
        let range = range ?? 0..<bytes.count
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 3 / 4 + 3)
        var junk = false
        bytes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in
                var acc: UInt32 = 0
                var n = 0
                var i = range.lowerBound
                let end = range.upperBound
                while i < end {
                    let c = p[i]
                    i += 1
                    let v = t[Int(c)]
                    if v == 0xFF {
                        if c == asciiEquals { break }
                        if !c.isSpaceOrNewline { junk = true }
                        continue
                    }
                    acc = acc << 6 | UInt32(v)
                    n += 1
                    if n == 4 {
                        out.append(UInt8(truncatingIfNeeded: acc >> 16))
                        out.append(UInt8(truncatingIfNeeded: acc >> 8))
                        out.append(UInt8(truncatingIfNeeded: acc))
                        acc = 0
                        n = 0
                    }
                }
                // Leftover sextets: 2 → 1 byte, 3 → 2 bytes; a lone sextet carries no whole byte.
                if n == 2 {
                    out.append(UInt8(truncatingIfNeeded: acc >> 4))
                } else if n == 3 {
                    out.append(UInt8(truncatingIfNeeded: acc >> 10))
                    out.append(UInt8(truncatingIfNeeded: acc >> 2))
                } else if n == 1 {
                    junk = true
                }
            }
        }
        return (out, junk)
    }

    /// Encodes bytes as base64, with CRLF line breaks every `lineLength` characters (0 for none).
    public static func encode(_ bytes: [UInt8], lineLength: Int = 76) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4 + bytes.count / 38 + 4)
        var column = 0
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(v >> 6 & 63)] : asciiEquals)
            out.append(i + 2 < bytes.count ? alphabet[Int(v & 63)] : asciiEquals)
            i += 3
            column += 4
            if lineLength > 0, column >= lineLength, i < bytes.count {
                out.append(asciiCR)
                out.append(asciiLF)
                column = 0
            }
        }
        return out
    }
}
