/// Reads address lists (RFC 5322 §3.4, with the obsolete syntax of §4.4) leniently: a broken
/// entry never takes its neighbours with it.
///
/// Handles quoted and encoded display names (commas inside quotes), groups (`Team: a@x, b@y;`),
/// comments (`a@x (Ann)` gives the name Ann), angle-less addresses, obsolete routes
/// (`<@relay:a@x>`), spaces around `@`, missing commas between bare addresses, and UTF-8 (RFC 6532).
public enum AddressParser {
    /// Parses a raw header value into addresses.
    public static func parse(_ raw: some Collection<UInt8>) -> [Address] {
        let tokens = tokenize(EncodedWord.unfold(raw))
        var result: [Address] = []
        var current: [Token] = []
        var groupName: String?
        var groupMembers: [Mailbox] = []

        func finishElement() {
            let mailboxes = makeMailboxes(current)
            current.removeAll()
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

        for token in tokens {
            switch token {
            case .comma:
                finishElement()
            case .colon where groupName == nil && !current.contains(where: \.isAngle):
                groupName = displayName(of: current) ?? ""
                current.removeAll()
            case .semicolon where groupName != nil:
                finishElement()
                finishGroup()
            case .semicolon:
                finishElement()
            default:
                current.append(token)
            }
        }
        finishElement()
        finishGroup()
        return result
    }

    enum Token {
        case atom([UInt8])
        case quoted([UInt8])
        case comment([UInt8])
        case angle([UInt8])
        case comma, colon, semicolon

        var isAngle: Bool {
            if case .angle = self { return true }
            return false
        }
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
                tokens.append(.comma)
                i += 1
            case asciiColon:
                tokens.append(.colon)
                i += 1
            case asciiSemicolon:
                tokens.append(.semicolon)
                i += 1
            case asciiQuote where b[(i + 1)...].contains(asciiQuote) == false:
                i += 1  // an unterminated quote: ignore it so the addresses after it survive
            case asciiQuote:
                var value: [UInt8] = []
                i += 1
                while i < b.count, b[i] != asciiQuote {
                    if b[i] == asciiBackslash, i + 1 < b.count { i += 1 }
                    value.append(b[i])
                    i += 1
                }
                i += 1  // closing quote (or past the end when unterminated)
                tokens.append(.quoted(value))
            case asciiOpenParen:
                var depth = 1
                var value: [UInt8] = []
                i += 1
                while i < b.count, depth > 0 {
                    if b[i] == asciiBackslash, i + 1 < b.count {
                        value.append(b[i + 1])
                        i += 2
                        continue
                    }
                    if b[i] == asciiOpenParen { depth += 1 }
                    if b[i] == asciiCloseParen {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    value.append(b[i])
                    i += 1
                }
                i += 1
                tokens.append(.comment(value))
            case asciiLess:
                // An angle address runs to '>'. When it is unterminated (the end, or another '<',
                // comes first), it ends at the first comma so the next address survives.
                var j = i + 1
                while j < b.count, b[j] != asciiGreater, b[j] != asciiLess { j += 1 }
                if j == b.count || b[j] == asciiLess {
                    j = i + 1
                    while j < b.count, b[j] != asciiComma { j += 1 }
                    tokens.append(.angle(Array(b[(i + 1)..<j])))
                    i = j
                } else {
                    tokens.append(.angle(Array(b[(i + 1)..<j])))
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
                tokens.append(.atom(Array(b[i..<j])))
                i = j
            }
        }
        return tokens
    }

    /// The display name made of the words before an angle address (quoted strings unquoted,
    /// encoded words decoded), or nil when there are none.
    static func displayName(of tokens: [Token]) -> String? {
        var bytes: [UInt8] = []
        for token in tokens {
            switch token {
            case .atom(let w), .quoted(let w):
                if !bytes.isEmpty { bytes.append(asciiSpace) }
                bytes.append(contentsOf: w)
            default:
                continue
            }
        }
        let name = EncodedWord.decode(bytes)
        return name.isEmpty ? nil : name
    }

    static func makeMailboxes(_ tokens: [Token]) -> [Mailbox] {
        guard !tokens.isEmpty else { return [] }
        if let angleIndex = tokens.firstIndex(where: \.isAngle), case .angle(let inner) = tokens[angleIndex] {
            let address = cleanAddrSpec(inner)
            var name = displayName(of: Array(tokens[..<angleIndex]))
            if name == nil { name = commentName(tokens) }
            if address == nil && name == nil { return [] }
            return [Mailbox(displayName: name, addrSpec: address)]
        }
        // No angle brackets: the atoms form the address ("a @ example.com" joins up); a comment names it.
        var words: [[UInt8]] = []
        for token in tokens {
            switch token {
            case .atom(let w): words.append(w)
            case .quoted(let w): words.append([asciiQuote] + w + [asciiQuote])
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
            return [Mailbox(displayName: commentName(tokens), addrSpec: EncodedWord.decodeLiteral(addr))]
        }
        // Words without any address: a name alone ("Undisclosed recipients").
        return [Mailbox(displayName: displayName(of: tokens), addrSpec: nil)]
    }

    private static func commentName(_ tokens: [Token]) -> String? {
        for token in tokens {
            if case .comment(let c) = token {
                let name = EncodedWord.decode(c)
                if !name.isEmpty { return name }
            }
        }
        return nil
    }

    /// The addr-spec inside angle brackets, without whitespace, comments, quotes around it, or an
    /// obsolete route (`@a,@b:`) (RFC 5322 §4.4).
    private static func cleanAddrSpec(_ inner: [UInt8]) -> String? {
        var bytes: [UInt8] = []
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
        if bytes.hasPrefix(Array("mailto:".utf8)) { bytes.removeFirst(7) }
        guard !bytes.isEmpty else { return nil }
        return EncodedWord.decodeLiteral(bytes)
    }
}

extension Array where Element == UInt8 {
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        count >= prefix.count && self[0..<prefix.count].elementsEqual(prefix)
    }
}
