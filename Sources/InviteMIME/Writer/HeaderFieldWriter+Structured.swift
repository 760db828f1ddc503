// Structured field values: addresses (RFC 5322 §3.4), parameters (RFC 2045 §5.1, RFC 2231),
// message identifiers (RFC 5322 §3.6.4). What cannot be made safe is refused, naming the field.

extension HeaderFieldWriter {
    /// Appends an address list: `"Doe, Jane" <jane@example.com>, bob@example.com`.
    mutating func appendAddressList(_ mailboxes: [Mailbox], field: String) throws(MIMEWriterError) {
        for (index, mailbox) in mailboxes.enumerated() {
            guard let addrSpec = mailbox.addrSpec, Self.isValidAddrSpec(addrSpec) else {
                throw .make(.invalidAddress, field: field, value: mailbox.addrSpec ?? mailbox.description)
            }
            let isLast = index == mailboxes.count - 1
            var atom: [UInt8] = []
            if let name = mailbox.displayName, !name.isEmpty {
                appendPhrase(name)
                atom.append(asciiLess)
                atom.append(contentsOf: addrSpec.utf8)
                atom.append(asciiGreater)
            } else {
                atom.append(contentsOf: addrSpec.utf8)
            }
            if !isLast { atom.append(asciiComma) }
            appendAtom(atom)
        }
    }

    /// Appends `type/subtype; name=value; …`, quoting values or using RFC 2231 `name*=UTF-8''…`.
    mutating func appendContentValue(
        _ value: String, parameters: [MIMEParameter], field: String, isMediaType: Bool
    ) throws(MIMEWriterError) {
        let valueBytes = Array(value.utf8)
        let valid: Bool
        if isMediaType {
            let slash = valueBytes.firstIndex(of: asciiSlash)
            valid =
                slash.map { s in
                    s > 0 && s < valueBytes.count - 1 && Self.isToken(valueBytes[..<s])
                        && Self.isToken(valueBytes[(s + 1)...])
                } ?? false
        } else {
            valid = !valueBytes.isEmpty && Self.isToken(valueBytes[...])
        }
        guard valid else {
            throw .make(isMediaType ? .invalidMediaType : .invalidFieldValue, field: field, value: value)
        }
        var head = valueBytes
        if !parameters.isEmpty { head.append(asciiSemicolon) }
        appendAtom(head)
        for (index, parameter) in parameters.enumerated() {
            let name = Array(parameter.name.utf8)
            guard !name.isEmpty, Self.isToken(name[...]), !name.contains(asciiStar) else {
                throw .make(.invalidParameter, field: field, value: parameter.name)
            }
            let isLast = index == parameters.count - 1
            for var piece in Self.parameterPieces(name: name, value: Array(parameter.value.utf8)) {
                if !isLast || piece.isContinuation { piece.bytes.append(asciiSemicolon) }
                appendAtom(piece.bytes)
            }
        }
    }

    private struct ParameterPiece {
        var bytes: [UInt8]
        var isContinuation: Bool
    }

    /// `name=token`, `name="quoted"`, or RFC 2231 extended (and continued) `name*0*=UTF-8''%C3%A9…`.
    private static func parameterPieces(name: [UInt8], value: [UInt8]) -> [ParameterPiece] {
        if !value.isEmpty, isToken(value[...]), name.count + value.count < 70 {
            return [ParameterPiece(bytes: name + [asciiEquals] + value, isContinuation: false)]
        }
        let printable = !value.contains { $0 < 0x20 || $0 >= 0x7F }
        if printable, name.count + value.count < 66 {
            var bytes = name + [asciiEquals, asciiQuote]
            for b in value {
                if b == asciiQuote || b == asciiBackslash { bytes.append(asciiBackslash) }
                bytes.append(b)
            }
            bytes.append(asciiQuote)
            return [ParameterPiece(bytes: bytes, isContinuation: false)]
        }
        // RFC 2231 §3-4: percent-encode everything outside attribute-char, in sections of ≤ 60.
        var sections: [[UInt8]] = [Array("UTF-8''".utf8)]
        var i = 0
        while i < value.count {
            var length = 1
            while i + length < value.count, value[i + length] & 0xC0 == 0x80 { length += 1 }
            var encoded: [UInt8] = []
            for k in i..<(i + length) {
                let b = value[k]
                if b.isLetter || b.isDigit || b == asciiDash || b == asciiDot || b == asciiUnderscore {
                    encoded.append(b)
                } else {
                    encoded.append(asciiPercent)
                    appendHex(b, to: &encoded)
                }
            }
            if let last = sections.last, last.count + encoded.count > 60 { sections.append([]) }
            sections[sections.count - 1].append(contentsOf: encoded)
            i += length
        }
        if sections.count == 1 {
            return [ParameterPiece(bytes: name + Array("*=".utf8) + sections[0], isContinuation: false)]
        }
        return sections.enumerated().map { index, section in
            ParameterPiece(
                bytes: name + Array("*\(index)*=".utf8) + section, isContinuation: index < sections.count - 1)
        }
    }

    /// RFC 2045 §5.1 `token`: printable ASCII without space or tspecials.
    static func isToken(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        for b in bytes {
            if b <= 0x20 || b >= 0x7F { return false }
            switch b {
            case asciiOpenParen, asciiCloseParen, asciiLess, asciiGreater, asciiAt, asciiComma, asciiSemicolon,
                asciiColon, asciiBackslash, asciiQuote, asciiSlash, UInt8(ascii: "["), UInt8(ascii: "]"),
                asciiQuestion, asciiEquals:
                return false
            default: continue
            }
        }
        return true
    }

    /// Whether `text` is an RFC 5322 `addr-spec` in `dot-atom` form on both sides (or a domain
    /// literal), ASCII only, at most 254 characters (RFC 5321 §4.5.3.1.3).
    static func isValidAddrSpec(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 254, let at = bytes.lastIndex(of: asciiAt), at > 0, at < bytes.count - 1 else {
            return false
        }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard isDotAtom(local) else { return false }
        if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
            return domain.dropFirst().dropLast().allSatisfy {
                $0 > 0x20 && $0 < 0x7F && $0 != 0x5B && $0 != 0x5D
                    && $0 != asciiBackslash
            }
        }
        return isDotAtom(domain)
    }

    /// RFC 5322 §3.2.3 `dot-atom-text`.
    static func isDotAtom(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != asciiDot, last != asciiDot else {
            return false
        }
        var previous: UInt8 = 0
        for b in bytes {
            if b == asciiDot {
                if previous == asciiDot { return false }
            } else if !isAtext(b) {
                return false
            }
            previous = b
        }
        return true
    }

    /// Normalises a message identifier to `<id-left@id-right>`, or nil when it is not one
    /// (RFC 5322 §3.6.4: `dot-atom-text` or `no-fold-literal` on the right).
    static func normalizedMessageID(_ raw: String) -> String? {
        var bytes = Array(raw.utf8)
        if bytes.first == asciiLess, bytes.last == asciiGreater {
            bytes = Array(bytes.dropFirst().dropLast())
        }
        guard bytes.count <= 250, let at = bytes.lastIndex(of: asciiAt) else { return nil }
        let left = bytes[..<at]
        let right = bytes[(at + 1)...]
        guard isDotAtom(left) else { return nil }
        let rightValid =
            isDotAtom(right)
            || (right.first == UInt8(ascii: "[") && right.last == UInt8(ascii: "]") && right.count > 2
                && right.dropFirst().dropLast().allSatisfy {
                    $0 > 0x20 && $0 < 0x7F && $0 != 0x5B && $0 != 0x5D
                        && $0 != asciiBackslash
                })
        guard rightValid else { return nil }
        return "<" + String(decoding: bytes, as: UTF8.self) + ">"
    }
}
