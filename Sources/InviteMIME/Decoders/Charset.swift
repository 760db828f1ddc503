#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes text in a MIME charset to a `String`.
///
/// UTF-8, US-ASCII, ISO-8859-1, ISO-8859-15 and Windows-1252 have fast paths of our own; every
/// other charset and alias goes through glibc `iconv` (STYLE.md §11: Foundation lacks many mail
/// charsets on Linux). Undecodable bytes become U+FFFD and are reported.
public enum Charset {
    /// The result of decoding: the text, and whether any byte had to be replaced or guessed.
    public struct Decoded: Sendable, Hashable {
        public var text: String
        /// Set when a fallback was used or bytes were replaced; says what happened.
        public var warning: String?
    }

    /// Decodes `bytes` declared as `label` (nil when undeclared).
    ///
    /// Undeclared or US-ASCII text that is valid UTF-8 is read as UTF-8; other 8-bit text falls back to
    /// Windows-1252 (what mail clients assume) with a warning.
    public static func decode(_ bytes: [UInt8], label: String?) -> Decoded {
        let name = label.map(canonicalName(for:)) ?? "us-ascii"
        switch name {
        case "utf-8", "us-ascii":
            if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text) }
            if name == "utf-8" {
                return Decoded(
                    text: String(decoding: bytes, as: UTF8.self),
                    warning: "invalid UTF-8 replaced with U+FFFD"
                )
            }
            return Decoded(
                text: decodeWindows1252(bytes),
                warning: label == nil
                    ? "undeclared 8-bit text read as windows-1252" : "8-bit bytes in us-ascii text read as windows-1252"
            )
        case "iso-8859-1":
            return Decoded(text: decodeLatin1(bytes))
        case "windows-1252":
            return Decoded(text: decodeWindows1252(bytes))
        case "iso-8859-15":
            return Decoded(text: decodeLatin9(bytes))
        default:
            if let decoded = decodeWithIconv(bytes, from: name) { return decoded }
            // Unknown label: the same guess as for undeclared text.
            if let text = String(validating: bytes, as: UTF8.self) {
                return Decoded(text: text, warning: "unknown charset \"\(name)\" read as utf-8")
            }
            return Decoded(
                text: decodeWindows1252(bytes),
                warning: "unknown charset \"\(name)\" read as windows-1252"
            )
        }
    }

    /// Whether `label` names a charset we can decode.
    public static func isSupported(_ label: String) -> Bool {
        let name = canonicalName(for: label)
        if ["utf-8", "us-ascii", "iso-8859-1", "windows-1252", "iso-8859-15"].contains(name) { return true }
        let cd = iconv_open("UTF-8", name)
        if cd == iconvFailure { return false }
        iconv_close(cd)
        return true
    }

    /// The canonical lower-case name for a charset label and its common aliases (WHATWG and IANA
    /// aliases; mail-specific quirks such as `ks_c_5601-1987` and `x-sjis`).
    public static func canonicalName(for label: String) -> String {
        var name = label.utf8.filter { !$0.isSpaceOrNewline && $0 != asciiQuote && $0 != asciiApostrophe }
            .map { $0.asciiLowercased }
        // RFC 2231 §5 allows a language suffix ("utf-8*en") in encoded words.
        if let star = name.firstIndex(of: asciiStar) { name.removeSubrange(star...) }
        let lower = String(decoding: name, as: UTF8.self)
        if let alias = aliases[lower] { return alias }
        if lower.hasPrefix("iso8859-") || lower.hasPrefix("iso_8859-") {
            return "iso-8859-" + (lower.split(separator: "-").last.map(String.init) ?? "1")
        }
        if lower.hasPrefix("cp125") { return "windows-125" + lower.dropFirst(5) }
        return lower
    }

    private static let aliases: [String: String] = [
        "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
        "ascii": "us-ascii", "us": "us-ascii", "ansi_x3.4-1968": "us-ascii", "iso646-us": "us-ascii",
        "646": "us-ascii", "default": "us-ascii",
        "latin1": "iso-8859-1", "latin-1": "iso-8859-1", "l1": "iso-8859-1", "iso8859-1": "iso-8859-1",
        "iso_8859-1": "iso-8859-1", "iso-ir-100": "iso-8859-1", "cp819": "iso-8859-1", "8859-1": "iso-8859-1",
        "iso8859_1": "iso-8859-1", "iso-8859-1:1987": "iso-8859-1",
        "latin9": "iso-8859-15", "latin-9": "iso-8859-15", "l9": "iso-8859-15", "iso8859-15": "iso-8859-15",
        "cp1252": "windows-1252", "x-cp1252": "windows-1252", "win-1252": "windows-1252", "ansi": "windows-1252",
        "latin2": "iso-8859-2", "l2": "iso-8859-2",
        "cp1250": "windows-1250", "cp1251": "windows-1251", "x-cp1250": "windows-1250", "x-cp1251": "windows-1251",
        "win-1251": "windows-1251",
        "koi8r": "koi8-r", "koi8u": "koi8-u", "koi8": "koi8-r",
        "unicode-1-1-utf-7": "utf-7", "utf7": "utf-7", "x-utf-7": "utf-7",
        "utf16": "utf-16", "utf-16le": "utf-16le", "utf-16be": "utf-16be", "ucs-2": "utf-16",
        "shift-jis": "shift_jis", "sjis": "shift_jis", "x-sjis": "shift_jis", "ms_kanji": "shift_jis",
        "csshiftjis": "shift_jis", "windows-31j": "cp932", "ms932": "cp932",
        "eucjp": "euc-jp", "x-euc-jp": "euc-jp", "cseucpkdfmtjapanese": "euc-jp",
        "iso2022jp": "iso-2022-jp", "csiso2022jp": "iso-2022-jp",
        // GB2312 mail is routinely GBK in practice; GB18030 is a superset of both.
        "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
        "x-euc-cn": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030", "hz-gb-2312": "hz-gb-2312",
        "big5": "big5-hkscs", "big-5": "big5-hkscs", "x-x-big5": "big5-hkscs", "cn-big5": "big5-hkscs",
        "csbig5": "big5-hkscs",
        "euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949",
        "korean": "cp949", "csksc56011987": "cp949", "windows-949": "cp949",
        "tis-620": "cp874", "windows-874": "cp874", "iso-8859-11": "cp874",
        "x-mac-roman": "macintosh", "mac": "macintosh", "macroman": "macintosh",
    ]

    // MARK: - Fast paths

    private static func decodeLatin1(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(Unicode.Scalar(b)) }
        return String(scalars)
    }

    /// Windows-1252 0x80–0x9F (the rest is ISO-8859-1); undefined positions map to the C1 control.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80, b < 0xA0, let scalar = Unicode.Scalar(windows1252High[Int(b - 0x80)]) {
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static func decodeLatin9(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value: UInt32
            switch b {
            case 0xA4: value = 0x20AC
            case 0xA6: value = 0x0160
            case 0xA8: value = 0x0161
            case 0xB4: value = 0x017D
            case 0xB8: value = 0x017E
            case 0xBC: value = 0x0152
            case 0xBD: value = 0x0153
            case 0xBE: value = 0x0178
            default: value = UInt32(b)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    // MARK: - iconv

    /// `iconv_open`'s failure value, `(iconv_t) -1`.
    private static var iconvFailure: iconv_t? { iconv_t(bitPattern: -1) }

    /// Converts through glibc iconv; invalid sequences are skipped byte by byte and replaced with U+FFFD.
    private static func decodeWithIconv(_ bytes: [UInt8], from name: String) -> Decoded? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconvFailure { return nil }
        defer { iconv_close(cd) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2 + 16)
        var replaced = 0
        var input = bytes
        let inputCount = input.count
        var chunk = [UInt8](repeating: 0, count: 4096)
        input.withUnsafeMutableBufferPointer { inBuffer in
            guard let inBase = inBuffer.baseAddress else { return }
            var consumed = 0
            while consumed < inputCount {
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount - consumed
                let (produced, result, err) = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (outBuffer.count - outLeft, r, errno)
                }
                output.append(contentsOf: chunk[0..<produced])
                consumed = inputCount - inLeft
                if result != -1 { break }
                switch err {
                case E2BIG:
                    continue
                case EILSEQ, EINVAL:
                    // An invalid or truncated sequence: replace one byte and go on (RFC 2045 leniency).
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                    consumed += 1
                    iconv(cd, nil, nil, nil, nil)
                default:
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    replaced += 1
                    consumed = inputCount
                }
            }
        }
        // Flush any shift state (ISO-2022-JP, UTF-7).
        chunk.withUnsafeMutableBufferPointer { outBuffer in
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                .assumingMemoryBound(to: CChar.self)
            var outLeft = outBuffer.count
            iconv(cd, nil, nil, &outPtr, &outLeft)
            output.append(contentsOf: outBuffer[0..<(outBuffer.count - outLeft)])
        }
        let text = String(decoding: output, as: UTF8.self)
        return Decoded(
            text: text,
            warning: replaced > 0 ? "\(replaced) invalid byte(s) in \(name) text replaced with U+FFFD" : nil
        )
    }
}
