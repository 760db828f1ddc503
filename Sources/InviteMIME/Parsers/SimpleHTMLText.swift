/// A minimal HTML-to-text conversion for ``Message/text(htmlToText:)`` when no better converter is
/// supplied: drops tags, `<script>`/`<style>` contents and comments, turns block ends and `<br>` into
/// line breaks, decodes the common entities and numeric references.
public enum SimpleHTMLText {
    public static func text(_ body: [UInt8], charset: String?) -> String {
        let source = Array(Charset.decode(body, label: charset).text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count / 2)
        var i = 0
        while i < source.count {
            let c = source[i]
            if c == asciiLess {
                if hasPrefixIgnoringCase(source, at: i, "<!--") {
                    i = find(source, "-->", from: i + 4).map { $0 + 3 } ?? source.count
                    continue
                }
                var j = i + 1
                while j < source.count, source[j] != asciiGreater { j += 1 }
                let isScript = hasPrefixIgnoringCase(source, at: i, "<script")
                let isStyle = hasPrefixIgnoringCase(source, at: i, "<style")
                if isScript || isStyle {
                    let close = isScript ? "</script" : "</style"
                    j =
                        findIgnoringCase(source, close, from: j).flatMap { k in
                            source[k...].firstIndex(of: asciiGreater)
                        } ?? source.count
                } else if hasPrefixIgnoringCase(source, at: i, "<br") || hasPrefixIgnoringCase(source, at: i, "</p")
                    || hasPrefixIgnoringCase(source, at: i, "</div") || hasPrefixIgnoringCase(source, at: i, "</tr")
                    || hasPrefixIgnoringCase(source, at: i, "</li") || hasPrefixIgnoringCase(source, at: i, "</h")
                    || hasPrefixIgnoringCase(source, at: i, "<li")
                {
                    out.append(asciiLF)
                } else if hasPrefixIgnoringCase(source, at: i, "</td") {
                    out.append(asciiSpace)
                }
                i = j + 1
                continue
            }
            if c == UInt8(ascii: "&"), let (scalar, next) = entity(source, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = next
                continue
            }
            out.append(c == asciiCR || c == asciiLF || c == asciiTab ? asciiSpace : c)
            i += 1
        }
        // Collapse runs of spaces and blank lines.
        var lines: [String] = []
        for line in out.split(separator: asciiLF, omittingEmptySubsequences: false) {
            let words = line.split(separator: asciiSpace)
            let text = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            if text.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(text)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func find(_ b: [UInt8], _ needle: StaticString, from: Int) -> Int? {
        findIgnoringCase(b, String(describing: needle), from: from)
    }

    private static func findIgnoringCase(_ b: [UInt8], _ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, b.count >= n.count, from <= b.count - n.count else { return nil }
        var i = from
        while i <= b.count - n.count {
            var k = 0
            while k < n.count, b[i + k].asciiLowercased == n[k].asciiLowercased { k += 1 }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20, "eacute": 0xE9,
        "egrave": 0xE8, "agrave": 0xE0, "ccedil": 0xE7, "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4, "szlig": 0xDF,
        "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "rsquo": 0x2019, "lsquo": 0x2018, "ldquo": 0x201C,
        "rdquo": 0x201D, "euro": 0x20AC, "copy": 0xA9, "middot": 0xB7, "bull": 0x2022,
    ]

    private static func entity(_ b: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        while j < b.count, j - start < 12, b[j] != UInt8(ascii: ";") { j += 1 }
        guard j < b.count, b[j] == UInt8(ascii: ";"), j > start + 1 else { return nil }
        let name = b[(start + 1)..<j]
        if name.first == UInt8(ascii: "#") {
            let digits = name.dropFirst()
            let hex = digits.first.map { $0 | 0x20 } == UInt8(ascii: "x")
            var value: UInt32 = 0
            for d in hex ? digits.dropFirst() : digits {
                guard let v = hex ? d.hexValue : (d.isDigit ? d - 0x30 : nil) else { return nil }
                value = value &* (hex ? 16 : 10) &+ UInt32(v)
                if value > 0x10FFFF { return nil }
            }
            return Unicode.Scalar(value).map { ($0, j + 1) }
        }
        guard let value = named[String(decoding: name, as: UTF8.self)], let scalar = Unicode.Scalar(value) else {
            return nil
        }
        return (scalar, j + 1)
    }
}
