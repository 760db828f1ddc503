/// Reads address lists (RFC 5322 §3.4, with the obsolete syntax of §4.4) leniently: a broken
/// entry never takes its neighbours with it.
///
/// Handles quoted and encoded display names (commas inside quotes), groups (`Team: a@x, b@y;`),
/// comments (`a@x (Ann)` gives the name Ann), angle-less addresses, obsolete routes
/// (`<@relay:a@x>`), spaces around `@`, missing commas between bare addresses, and UTF-8 (RFC 6532).
public enum AddressParser {
    /// Parses a raw header value into addresses.
    public static func parse(_ raw: some Collection<UInt8>) -> [Address] {
        let b = EncodedWord.unfold(raw)
        let tokens = tokenize(b)
        var result: [Address] = []
        var current: ArraySlice<Token> = tokens[0..<0]
        var groupName: String?
        var groupMembers: [Mailbox] = []

        func finishElement(at end: Int) {
            let mailboxes = makeMailboxes(current, in: b)
            current = tokens[end..<end]
            if groupName != nil {
                groupMembers.append(contentsOf: mailboxes)
            } else {
                result.append(contentsOf: mailboxes.map(Address.mailbox))
            }
        }
        func finishGroup() {
            if let name = groupName { result.append(.group(name: name, members: groupMembers)) }
            groupName = nil
            groupMembers = []
        }

        // `current` is the run of tokens since the last separator, as a slice of `tokens` (no copies).
        for (n, token) in tokens.enumerated() {
            switch token.kind {
            case .comma:
                finishElement(at: n + 1)
            case .colon where groupName == nil && !current.contains(where: { $0.kind == .angle }):
                groupName = displayName(of: current, in: b) ?? ""
                current = tokens[(n + 1)..<(n + 1)]
            case .semicolon where groupName != nil:
                finishElement(at: n + 1)
                finishGroup()
            case .semicolon:
                finishElement(at: n + 1)
            default:
                current = tokens[current.startIndex..<(n + 1)]
            }
        }
        finishElement(at: tokens.count)
        finishGroup()
        return result
    }

    /// A lexical token of an address list: its kind and the bytes it covers in the unfolded value.
    ///
    /// Quoted strings and comments cover their content without the delimiters; their escapes
    /// (quoted-pairs, RFC 5322 §3.2.1) are removed by ``content(_:in:)``.
    struct Token {
        enum Kind { case atom, quoted, comment, angle, comma, colon, semicolon }
        var kind: Kind
        var range: Range<Int>
        /// Whether the content holds a backslash escape.
        var escaped = false
    }

    /// The bytes of a token, quoted-pairs resolved.
    static func content(_ token: Token, in b: [UInt8]) -> ArraySlice<UInt8> {
        guard token.escaped else { return b[token.range] }
        var out: [UInt8] = []
        var i = token.range.lowerBound
        while i < token.range.upperBound {
            if b[i] == asciiBackslash, i + 1 < token.range.upperBound { i += 1 }
            out.append(b[i])
            i += 1
        }
        return out[...]
    }

    static func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case asciiSpace, asciiTab:
                i += 1
            case asciiComma:
                tokens.append(Token(kind: .comma, range: i..<(i + 1)))
                i += 1
            case asciiColon:
                tokens.append(Token(kind: .colon, range: i..<(i + 1)))
                i += 1
            case asciiSemicolon:
                tokens.append(Token(kind: .semicolon, range: i..<(i + 1)))
                i += 1
            case asciiQuote where b[(i + 1)...].contains(asciiQuote) == false:
                i += 1  // an unterminated quote: ignore it so the addresses after it survive
            case asciiQuote:
                i += 1
                let start = i
                var escaped = false
                while i < b.count, b[i] != asciiQuote {
                    if b[i] == asciiBackslash, i + 1 < b.count {
                        escaped = true
                        i += 1
                    }
                    i += 1
                }
                tokens.append(Token(kind: .quoted, range: start..<min(i, b.count), escaped: escaped))
                i += 1  // closing quote (or past the end when unterminated)
            case asciiOpenParen:
                var depth = 1
                i += 1
                let start = i
                var escaped = false
                while i < b.count {
                    if b[i] == asciiBackslash, i + 1 < b.count {
                        escaped = true
                        i += 2
                        continue
                    }
                    if b[i] == asciiOpenParen { depth += 1 }
                    if b[i] == asciiCloseParen {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    i += 1
                }
                tokens.append(Token(kind: .comment, range: start..<min(i, b.count), escaped: escaped))
                i += 1
            case asciiLess:
                // An angle address runs to '>'. When it is unterminated (the end, or another '<',
                // comes first), it ends at the first comma so the next address survives.
                var j = i + 1
                while j < b.count, b[j] != asciiGreater, b[j] != asciiLess { j += 1 }
                if j == b.count || b[j] == asciiLess {
                    j = i + 1
                    while j < b.count, b[j] != asciiComma { j += 1 }
                    tokens.append(Token(kind: .angle, range: (i + 1)..<j))
                    i = j
                } else {
                    tokens.append(Token(kind: .angle, range: (i + 1)..<j))
                    i = j + 1
                }
            case asciiGreater:
                i += 1  // stray '>'
            default:
                var j = i
                while j < b.count {
                    let d = b[j]
                    if d.isWhitespace || d == asciiComma || d == asciiColon || d == asciiSemicolon || d == asciiQuote
                        || d == asciiOpenParen || d == asciiLess || d == asciiGreater
                    {
                        break
                    }
                    j += 1
                }
                tokens.append(Token(kind: .atom, range: i..<j))
                i = j
            }
        }
        return tokens
    }

    /// The display name made of the words before an angle address (quoted strings unquoted,
    /// encoded words decoded), or nil when there are none.
    static func displayName(of tokens: ArraySlice<Token>, in b: [UInt8]) -> String? {
        let words = tokens.filter { $0.kind == .atom || $0.kind == .quoted }
        if words.count == 1, let only = words.first, !only.escaped {
            // One word or quoted string ("Anna Smith" <…>): decoded from its bytes in place.
            let name = EncodedWord.decode(b[only.range])
            return name.isEmpty ? nil : name
        }
        var bytes: [UInt8] = []
        for token in tokens where token.kind == .atom || token.kind == .quoted {
            if !bytes.isEmpty { bytes.append(asciiSpace) }
            bytes.append(contentsOf: content(token, in: b))
        }
        let name = EncodedWord.decode(bytes)
        return name.isEmpty ? nil : name
    }

    static func makeMailboxes(_ tokens: ArraySlice<Token>, in b: [UInt8]) -> [Mailbox] {
        guard !tokens.isEmpty else { return [] }
        if let angleIndex = tokens.firstIndex(where: { $0.kind == .angle }) {
            let address = cleanAddrSpec(b[tokens[angleIndex].range])
            var name = displayName(of: tokens[..<angleIndex], in: b)
            if name == nil { name = commentName(tokens, in: b) }
            if address == nil && name == nil { return [] }
            return [Mailbox(displayName: name, addrSpec: address)]
        }
        // No angle brackets: the atoms form the address ("a @ example.com" joins up); a comment names it.
        var words: [[UInt8]] = []
        for token in tokens {
            switch token.kind {
            case .atom: words.append(Array(b[token.range]))
            case .quoted: words.append([asciiQuote] + content(token, in: b) + [asciiQuote])
            default: continue
            }
        }
        let withAt = words.filter { $0.contains(asciiAt) && $0.count > 1 }
        if withAt.count > 1 {
            // Bare addresses with the commas missing: keep each one.
            return withAt.map { Mailbox(displayName: nil, addrSpec: String(decoding: $0, as: UTF8.self)) }
        }
        let joined = words.joined()
        guard !joined.isEmpty else { return [] }  // only comments: nothing to address
        if joined.contains(asciiAt) || words.count == 1 {
            var addr = Array(joined)
            if addr.first == asciiQuote, words.count == 1, !addr.contains(asciiAt) {
                return [Mailbox(displayName: EncodedWord.decode(addr.filter { $0 != asciiQuote }), addrSpec: nil)]
            }
            while addr.last == asciiDot { addr.removeLast() }
            return [Mailbox(displayName: commentName(tokens, in: b), addrSpec: EncodedWord.decodeLiteral(addr))]
        }
        // Words without any address: a name alone ("Undisclosed recipients").
        return [Mailbox(displayName: displayName(of: tokens, in: b), addrSpec: nil)]
    }

    private static func commentName(_ tokens: ArraySlice<Token>, in b: [UInt8]) -> String? {
        for token in tokens where token.kind == .comment {
            let name = EncodedWord.decode(content(token, in: b))
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// The addr-spec inside angle brackets, without whitespace, comments, quotes around it, or an
    /// obsolete route (`@a,@b:`) (RFC 5322 §4.4).
    private static func cleanAddrSpec(_ inner: ArraySlice<UInt8>) -> String? {
        // The usual "local@domain": nothing to remove.
        if let first = inner.first, first != asciiAt, !inner.starts(with: "mailto:".utf8),
            !inner.contains(where: { $0 == asciiOpenParen || $0.isSpaceOrNewline })
        {
            return String(validating: inner, as: UTF8.self) ?? EncodedWord.decodeLiteral(Array(inner))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(inner.count)
        var depth = 0
        for b in inner {
            if b == asciiOpenParen {
                depth += 1
                continue
            }
            if b == asciiCloseParen, depth > 0 {
                depth -= 1
                continue
            }
            if depth > 0 || b.isSpaceOrNewline { continue }
            bytes.append(b)
        }
        if bytes.first == asciiAt, let colon = bytes.lastIndex(of: asciiColon) {
            bytes.removeSubrange(...colon)
        }
        if bytes.starts(with: "mailto:".utf8) { bytes.removeFirst(7) }
        guard !bytes.isEmpty else { return nil }
        return EncodedWord.decodeLiteral(bytes)
    }
}

extension Array where Element == UInt8 {
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        count >= prefix.count && self[0..<prefix.count].elementsEqual(prefix)
    }
}
