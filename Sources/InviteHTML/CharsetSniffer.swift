internal import CLibXML2

/// Decides the encoding name handed to libxml2 (WHATWG Encoding §4.2 labels, simplified).
enum CharsetSniffer {
    /// The encoding name to parse `bytes` with.
    ///
    /// May strip a byte-order mark or repair invalid UTF-8 in place.
    static func resolve(_ bytes: inout [UInt8], declared: String?, warnings: inout [String]) -> String {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
            return utf8(&bytes, declared: true, warnings: &warnings)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            bytes.removeFirst(2)
            return "UTF-16LE"
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            bytes.removeFirst(2)
            return "UTF-16BE"
        }
        if let declared, let name = usable(declared, bytes: &bytes, warnings: &warnings) { return name }
        if let meta = metaCharset(bytes), let name = usable(meta, bytes: &bytes, warnings: &warnings) { return name }
        if isValidUTF8(bytes) { return "UTF-8" }
        return "windows-1252"
    }

    /// The libxml2 encoding name for a declared charset, or `nil` (with a warning) when it is unknown.
    private static func usable(_ label: String, bytes: inout [UInt8], warnings: inout [String]) -> String? {
        let name = label.utf8.filter { $0 > 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
            .map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let lower = String(decoding: name, as: UTF8.self)
        switch lower {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return utf8(&bytes, declared: true, warnings: &warnings)
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso-8859-1", "iso8859-1", "latin1", "l1", "cp819", "iso_8859-1",
            "windows-1252", "cp1252", "x-cp1252":
            // Mail often labels UTF-8 as ASCII; Latin-1 labels mean windows-1252 (WHATWG Encoding §4.2).
            if lower.hasPrefix("us") || lower.hasPrefix("ascii") || lower.hasPrefix("ansi"), isValidUTF8(bytes) {
                return "UTF-8"
            }
            return "windows-1252"
        case "utf-16", "utf-16le", "utf-16be", "unicode":
            return lower == "utf-16be" ? "UTF-16BE" : "UTF-16LE"
        default:
            let known = lower.withCString { name -> Bool in
                guard let handler = xmlFindCharEncodingHandler(name) else { return false }
                xmlCharEncCloseFunc(handler)
                return true
            }
            if known { return lower }
            warnings.append("unknown charset \"\(label)\"; guessed from the content")
            return nil
        }
    }

    /// UTF-8, repairing invalid sequences (U+FFFD) so libxml2 never switches encodings halfway.
    private static func utf8(_ bytes: inout [UInt8], declared: Bool, warnings: inout [String]) -> String {
        if !isValidUTF8(bytes) {
            warnings.append("invalid UTF-8 in HTML; replaced with U+FFFD")
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        return "UTF-8"
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in the
    /// first 4 KB (HTML §13.2.3.2 prescan, simplified).
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, 4096)
        var i = 0
        while i + 5 < end {
            guard bytes[i] == UInt8(ascii: "<"), bytes[i + 1] | 0x20 == UInt8(ascii: "m"),
                bytes[i + 2] | 0x20 == UInt8(ascii: "e"), bytes[i + 3] | 0x20 == UInt8(ascii: "t"),
                bytes[i + 4] | 0x20 == UInt8(ascii: "a")
            else {
                i += 1
                continue
            }
            var j = i + 5
            while j + 7 < end, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] | 0x20 == UInt8(ascii: "c"), matches(bytes, at: j, "charset") {
                    var k = j + 7
                    while k < end, bytes[k] == 0x20 { k += 1 }
                    guard k < end, bytes[k] == UInt8(ascii: "=") else {
                        j += 1
                        continue
                    }
                    k += 1
                    while k < end, bytes[k] == 0x20 || bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'") {
                        k += 1
                    }
                    let start = k
                    while k < end, isLabelByte(bytes[k]) { k += 1 }
                    if k > start { return String(decoding: bytes[start..<k], as: UTF8.self) }
                }
                j += 1
            }
            i = j
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { w in
            guard i + w.count <= bytes.count else { return false }
            for n in 0..<w.count where bytes[i + n] | 0x20 != w[n] { return false }
            return true
        }
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    /// Whether `bytes` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return true }
            var i = 0
            let n = b.count
            while i < n {
                // ASCII fast path, 8 bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { return true }
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return false
                }
                guard i + length <= n, b[i + 1] >= lower, b[i + 1] <= upper else { return false }
                for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return false }
                i += length
            }
            return true
        }
    }
}
