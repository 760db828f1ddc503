/// Accent- and case-folding of text, so that "Août", "aout" and "AOÛT" compare equal.
///
/// Letters with diacritics fold to their base letter, `ß` to `ss`, ligatures to their letters,
/// curly apostrophes to `'` and dashes to `-`; everything is lower-cased.
enum TextFolding {
    /// Folded replacements for non-ASCII scalars, built once.
    private static let mapping: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăąǎ", "a"), ("ÀÁÂÃÄÅĀĂĄǍ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ĥħ", "h"), ("ĤĦ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("Ĵ", "j"), ("ķ", "k"), ("Ķ", "k"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"), ("òóôõöøōŏő", "o"),
            ("ÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("śŝşš", "s"), ("ŚŜŞŠ", "s"), ("ţťŧ", "t"),
            ("ŢŤŦ", "t"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("Ŵ", "w"), ("ýÿŷ", "y"),
            ("ÝŸŶ", "y"), ("źżž", "z"), ("ŹŻŽ", "z"), ("’‘ʼ`´′", "'"), ("–—‐‑‒―−", "-"), ("«»“”„", "\""),
            ("\u{00A0}\u{2009}\u{202F}", " "),
        ]
        var t: [UInt32: String] = [:]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { t[s.value] = base }
        }
        t[0x00DF] = "ss"
        t[0x1E9E] = "ss"
        t[0x00E6] = "ae"
        t[0x00C6] = "ae"
        t[0x0153] = "oe"
        t[0x0152] = "oe"
        return t
    }()

    /// `mapping` as a flat array for U+0080…U+024F (Latin-1 and Latin Extended), the common case.
    private static let latin: [String?] = (0x80..<0x250).map { mapping[UInt32($0)] }

    /// Appends the folded form of one scalar.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41, v <= 0x5A {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(v + 0x20)))
            } else {
                out.unicodeScalars.append(scalar)
            }
            return
        }
        if v < 0x250 {
            if let mapped = latin[Int(v) - 0x80] {
                out += mapped
                return
            }
        } else if let mapped = mapping[v] {
            out += mapped
            return
        }
        if scalar.properties.isUppercase {
            out += scalar.properties.lowercaseMapping
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    /// `latin` as UTF-8 bytes.
    private static let latinBytes: [[UInt8]?] = latin.map { $0.map { Array($0.utf8) } }

    /// Appends the folded form of one scalar as UTF-8 bytes (the tokenizer's scratch buffer).
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            return
        }
        if v < 0x250, let mapped = latinBytes[Int(v) - 0x80] {
            out += mapped
            return
        }
        var folded = ""
        append(scalar, to: &folded)
        out += folded.utf8
    }

    /// The folded form of a string.
    static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { append(s, to: &out) }
        return out
    }

    /// Whether a scalar folds to a dash (hyphen, en dash, em dash, minus).
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || mapping[s.value] == "-"
    }
}
