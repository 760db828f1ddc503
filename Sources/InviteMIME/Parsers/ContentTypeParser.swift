/// Reads `Content-Type` and `Content-Disposition` values with their parameters (RFC 2045 §5.1,
/// RFC 2183), including RFC 2231 continuations, charsets and percent-encoding, and the common broken
/// form `name="=?utf-8?B?…?="` (RFC 2047 words inside a quoted parameter).
public enum ContentTypeParser {
    /// Parses a `Content-Type` value; nil when no `type/subtype` can be read.
    public static func parseContentType(_ raw: some Collection<UInt8>) -> ContentType? {
        let bytes = EncodedWord.unfold(raw)
        let (token, rest) = leadingToken(bytes)
        guard let slash = token.firstIndex(of: asciiSlash), slash > 0, slash < token.count - 1 else { return nil }
        let type = lowercasedASCII(token[..<slash])
        let subtype = lowercasedASCII(token[(slash + 1)...])
        return ContentType(type: type, subtype: subtype, parameters: parameters(bytes, from: rest))
    }

    /// Parses a `Content-Disposition` value.
    public static func parseContentDisposition(_ raw: some Collection<UInt8>) -> ContentDisposition {
        let bytes = EncodedWord.unfold(raw)
        let (token, rest) = leadingToken(bytes)
        let params = parameters(bytes, from: rest)
        let filename = params.first { $0.name == "filename" }?.value
        return ContentDisposition(type: lowercasedASCII(token), filename: filename)
    }

    /// The first token (up to `;` or whitespace) and the index after it.
    private static func leadingToken(_ b: [UInt8]) -> ([UInt8], Int) {
        var i = 0
        while i < b.count, b[i].isWhitespace { i += 1 }
        let start = i
        while i < b.count, b[i] != asciiSemicolon, !b[i].isWhitespace { i += 1 }
        var token = Array(b[start..<i])
        // Tolerate "text / plain".
        var j = i
        while j < b.count, b[j].isWhitespace { j += 1 }
        if !token.contains(asciiSlash), j < b.count, b[j] == asciiSlash {
            j += 1
            while j < b.count, b[j].isWhitespace { j += 1 }
            let subStart = j
            while j < b.count, b[j] != asciiSemicolon, !b[j].isWhitespace { j += 1 }
            token += [asciiSlash] + b[subStart..<j]
            i = j
        }
        return (token, i)
    }

    private struct RawParameter {
        var name: String  // lower case, without the RFC 2231 section and star
        var section: Int?
        var isExtended: Bool
        var value: [UInt8]
    }

    /// Parses `; name=value` pairs and joins RFC 2231 sections.
    static func parameters(_ b: [UInt8], from start: Int) -> [(name: String, value: String)] {
        var raws: [RawParameter] = []
        var i = start
        while i < b.count {
            while i < b.count, b[i] == asciiSemicolon || b[i].isWhitespace { i += 1 }
            let nameStart = i
            while i < b.count, b[i] != asciiEquals, b[i] != asciiSemicolon { i += 1 }
            var nameBytes = Array(b[nameStart..<i])
            while nameBytes.last?.isWhitespace == true { nameBytes.removeLast() }
            guard i < b.count, b[i] == asciiEquals else { continue }  // a parameter without a value: skip
            i += 1
            while i < b.count, b[i].isWhitespace { i += 1 }
            var value: [UInt8] = []
            if i < b.count, b[i] == asciiQuote {
                i += 1
                while i < b.count, b[i] != asciiQuote {
                    if b[i] == asciiBackslash, i + 1 < b.count { i += 1 }
                    value.append(b[i])
                    i += 1
                }
                i += 1
                while i < b.count, b[i] != asciiSemicolon { i += 1 }
            } else {
                // Unquoted; lenient: runs to ';' (values with spaces are common in broken mail).
                while i < b.count, b[i] != asciiSemicolon {
                    value.append(b[i])
                    i += 1
                }
                while value.last?.isWhitespace == true { value.removeLast() }
            }
            guard !nameBytes.isEmpty else { continue }
            raws.append(rawParameter(name: nameBytes, value: value))
        }
        return join(raws)
    }

    private static func rawParameter(name: [UInt8], value: [UInt8]) -> RawParameter {
        var name = name.map { $0.asciiLowercased }
        var isExtended = false
        if name.last == asciiStar {
            isExtended = true
            name.removeLast()
        }
        var section: Int?
        if let star = name.lastIndex(of: asciiStar), star + 1 < name.count, name[(star + 1)...].allSatisfy(\.isDigit) {
            var n = 0
            for d in name[(star + 1)...].prefix(6) { n = n * 10 + Int(d - 0x30) }
            section = n
            name.removeSubrange(star...)
        }
        return RawParameter(
            name: String(decoding: name, as: UTF8.self), section: section, isExtended: isExtended, value: value
        )
    }

    /// Joins sections in numeric order (RFC 2231 §3; they may arrive out of order) and decodes
    /// `charset'language'%XX` values (§4).
    private static func join(_ raws: [RawParameter]) -> [(name: String, value: String)] {
        var order: [String] = []
        var groups: [String: [RawParameter]] = [:]
        for raw in raws {
            if groups[raw.name] == nil { order.append(raw.name) }
            groups[raw.name, default: []].append(raw)
        }
        var result: [(name: String, value: String)] = []
        for name in order {
            guard var sections = groups[name] else { continue }
            // A plain value and an RFC 2231 one for the same name: the extended one wins.
            if sections.contains(where: { $0.isExtended || $0.section != nil }) {
                sections.removeAll { !$0.isExtended && $0.section == nil }
            }
            sections.sort { ($0.section ?? 0) < ($1.section ?? 0) }
            var charset: String?
            var bytes: [UInt8] = []
            var anyExtended = false
            for (k, section) in sections.enumerated() {
                if section.isExtended {
                    anyExtended = true
                    var value = section.value[...]
                    if k == 0 || charset == nil,
                        let q1 = value.firstIndex(of: asciiApostrophe),
                        let q2 = value[(q1 + 1)...].firstIndex(of: asciiApostrophe)
                    {
                        charset = String(decoding: value[value.startIndex..<q1], as: UTF8.self)
                        value = value[(q2 + 1)...]
                    }
                    bytes.append(contentsOf: percentDecode(value))
                } else {
                    bytes.append(contentsOf: section.value)
                }
            }
            let value: String
            if anyExtended, let charset, !charset.isEmpty {
                value = Charset.decode(bytes, label: charset).text
            } else {
                value = EncodedWord.decode(bytes)  // also decodes the broken "=?utf-8?…?=" form
            }
            result.append((name, value))
        }
        return result
    }

    private static func percentDecode(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == asciiPercent, i + 2 < s.endIndex, let hi = s[i + 1].hexValue, let lo = s[i + 2].hexValue {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }
}
