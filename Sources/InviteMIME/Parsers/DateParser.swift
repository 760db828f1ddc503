/// Reads `Date:` values (RFC 5322 §3.3) and the obsolete forms of §4.3: named zones, two- and
/// three-digit years, missing seconds, comments and extra words; also ISO 8601-like dates some
/// broken mailers write.
public enum DateParser {
    /// Parses a date-time; nil when no day, month and year can be found.
    public static func parse(_ raw: some Collection<UInt8>) -> MailDate? {
        let tokens = tokenize(Array(raw))
        var day: Int?
        var month: Int?
        var year: Int?
        var time: (Int, Int, Int)?
        var offset: Int?
        var yearWasShort = false

        for token in tokens {
            switch token {
            case .number(let value, let digits):
                if digits == 8, year == nil, month == nil {  // 20180821
                    year = value / 10_000
                    month = value / 100 % 100
                    day = value % 100
                } else if day == nil, digits <= 2, value >= 1, value <= 31, month == nil || year == nil {
                    day = value
                } else if year == nil, digits >= 2 {
                    year = value
                    yearWasShort = digits < 4
                } else if day == nil, value >= 1, value <= 31 {
                    day = value
                }
            case .time(let h, let m, let s):
                if time == nil { time = (h, m, s) }
            case .word(let w):
                if month == nil, let m = monthNumber(w) {
                    month = m
                } else if offset == nil, time != nil, let z = namedZoneOffset(w) {
                    offset = z
                }
            case .offset(let seconds):
                if offset == nil, time != nil || year != nil { offset = seconds }
            case .isoDate(let y, let m, let d):
                year = y
                month = m
                day = d
            }
        }
        guard var y = year, let m = month, let d = day, (1...12).contains(m), (1...31).contains(d) else { return nil }
        if yearWasShort {
            // RFC 5322 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999; three digits add 1900.
            if y < 50 { y += 2000 } else if y < 1000 { y += 1900 }
        }
        let (h, mi, s) = time ?? (0, 0, 0)
        guard h < 24, mi < 60, s <= 60 else { return nil }
        return MailDate(
            year: y, month: m, day: d, hour: h, minute: mi, second: min(s, 59), utcOffsetSeconds: offset ?? 0
        )
    }

    enum Token {
        case number(Int, digits: Int)
        case time(Int, Int, Int)
        case word([UInt8])
        case offset(Int)
        case isoDate(Int, Int, Int)
    }

    /// The value with comments (which may nest) turned into spaces: a zone in a comment, "(PDT)",
    /// is only a hint, and RFC 5322 §4.2 allows comments even inside the time.
    private static func withoutComments(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var depth = 0
        for c in raw {
            if c == asciiOpenParen {
                depth += 1
            } else if c == asciiCloseParen, depth > 0 {
                depth -= 1
                out.append(asciiSpace)
            } else if depth == 0 {
                out.append(c == asciiCR || c == asciiLF ? asciiSpace : c)
            }
        }
        return out
    }

    /// The index after any whitespace at `i`.
    private static func skipSpace(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count, b[i].isWhitespace { i += 1 }
        return i
    }

    static func tokenize(_ raw: [UInt8]) -> [Token] {
        let b = withoutComments(raw)
        var tokens: [Token] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == asciiPlus || c == asciiDash, i + 1 < b.count, b[i + 1].isDigit {
                var j = i + 1
                var value = 0
                var digits = 0
                while j < b.count, b[j].isDigit, digits < 4 {
                    value = value * 10 + Int(b[j] - 0x30)
                    digits += 1
                    j += 1
                }
                if j < b.count, b[j] == asciiColon, digits == 2 {  // +05:30
                    j += 1
                    while j < b.count, b[j].isDigit, digits < 4 {
                        value = value * 10 + Int(b[j] - 0x30)
                        digits += 1
                        j += 1
                    }
                }
                if digits == 4 {
                    let seconds = (value / 100) * 3600 + (value % 100) * 60
                    if value / 100 <= 23, value % 100 < 60 {
                        tokens.append(.offset(c == asciiDash ? -seconds : seconds))
                    }
                    i = j
                    continue
                }
                i += 1
                continue
            }
            if c.isDigit {
                var j = i
                var value = 0
                var digits = 0
                while j < b.count, b[j].isDigit {
                    if digits < 9 { value = value * 10 + Int(b[j] - 0x30) }
                    digits += 1
                    j += 1
                }
                if digits <= 2, skipSpace(b, j) < b.count, b[skipSpace(b, j)] == asciiColon {
                    // hh:mm[:ss], with obsolete whitespace around the colons (RFC 5322 §4.3)
                    var parts = [value]
                    while skipSpace(b, j) < b.count, b[skipSpace(b, j)] == asciiColon, parts.count < 3 {
                        var k = skipSpace(b, skipSpace(b, j) + 1)
                        var v = 0
                        var n = 0
                        while k < b.count, b[k].isDigit, n < 2 {
                            v = v * 10 + Int(b[k] - 0x30)
                            n += 1
                            k += 1
                        }
                        if n == 0 { break }
                        parts.append(v)
                        j = k
                    }
                    if j < b.count, b[j] == asciiDot {  // fractional seconds
                        j += 1
                        while j < b.count, b[j].isDigit { j += 1 }
                    }
                    tokens.append(.time(parts[0], parts.count > 1 ? parts[1] : 0, parts.count > 2 ? parts[2] : 0))
                    i = j
                    continue
                }
                if digits == 4, let (m, d, next) = isoMonthDay(b, from: j) {
                    tokens.append(.isoDate(value, m, d))
                    i = next
                    if i < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") { i += 1 }
                    continue
                }
                tokens.append(.number(value, digits: digits))
                i = j
                continue
            }
            if c.isLetter {
                var j = i
                while j < b.count, b[j].isLetter { j += 1 }
                tokens.append(.word(b[i..<j].map { $0.asciiLowercased }))
                i = j
                continue
            }
            i += 1
        }
        return tokens
    }

    /// Reads "-MM-DD" at `dash` (the tail of an ISO 8601 date).
    private static func isoMonthDay(_ b: [UInt8], from dash: Int) -> (Int, Int, Int)? {
        guard dash + 5 < b.count, b[dash] == asciiDash, b[dash + 1].isDigit, b[dash + 2].isDigit,
            b[dash + 3] == asciiDash, b[dash + 4].isDigit, b[dash + 5].isDigit
        else { return nil }
        let m = Int(b[dash + 1] - 0x30) * 10 + Int(b[dash + 2] - 0x30)
        let d = Int(b[dash + 4] - 0x30) * 10 + Int(b[dash + 5] - 0x30)
        return (m, d, dash + 6)
    }

    static func monthNumber(_ w: [UInt8]) -> Int? {
        guard w.count >= 3 else { return nil }
        switch (w[0], w[1], w[2]) {
        case (0x6A, 0x61, 0x6E): return 1  // jan
        case (0x66, 0x65, 0x62): return 2  // feb
        case (0x6D, 0x61, 0x72): return 3  // mar
        case (0x61, 0x70, 0x72): return 4  // apr
        case (0x6D, 0x61, 0x79): return 5  // may
        case (0x6A, 0x75, 0x6E): return 6  // jun
        case (0x6A, 0x75, 0x6C): return 7  // jul
        case (0x61, 0x75, 0x67): return 8  // aug
        case (0x73, 0x65, 0x70): return 9  // sep
        case (0x6F, 0x63, 0x74): return 10  // oct
        case (0x6E, 0x6F, 0x76): return 11  // nov
        case (0x64, 0x65, 0x63): return 12  // dec
        default: return nil
        }
    }

    /// RFC 5322 §4.3 obsolete zones.
    ///
    /// Military single letters are unreliable (RFC 1123 §5.2.14
    /// notes their signs were defined backwards), so they read as +0000, as §4.3 advises.
    static func namedZoneOffset(_ w: [UInt8]) -> Int? {
        switch String(decoding: w, as: UTF8.self) {
        case "ut", "utc", "gmt", "z", "wet": return 0
        case "edt": return -4 * 3600
        case "est", "cdt": return -5 * 3600
        case "cst", "mdt": return -6 * 3600
        case "mst", "pdt": return -7 * 3600
        case "pst": return -8 * 3600
        case "bst", "cet", "met", "west": return 3600
        case "cest", "mest", "eet": return 2 * 3600
        case "eest", "msk": return 3 * 3600
        case "ist": return 5 * 3600 + 1800
        case "jst", "kst": return 9 * 3600
        case "aest": return 10 * 3600
        default: return w.count == 1 ? 0 : nil
        }
    }
}
