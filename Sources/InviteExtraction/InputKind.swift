/// What an input to `invite parse` is, decided from its content, not its file name.
public enum InputKind: String, Sendable, Hashable {
    case message, calendar, html, text, binary

    /// Sniffs the first few kilobytes.
    ///
    /// NUL bytes or mostly control bytes mean binary; `BEGIN:VCALENDAR` a calendar; a header block
    /// (an mbox `From ` line or two or more `Name: value` lines first) a message; markup an HTML
    /// document; anything else readable is text.
    public static func detect(_ bytes: [UInt8]) -> InputKind {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, bytes[start].isASCIIWhitespaceByte { start += 1 }
        let head = bytes[start..<min(bytes.count, start + 8192)]
        if head.isEmpty { return .text }
        if startsWithIgnoringCase(head, "BEGIN:VCALENDAR") { return .calendar }
        // A header block decides before any binary check: bodies may hold NULs (binary transfer encoding).
        if startsWithIgnoringCase(head, "From ") || headerLineCount(head) >= 2 { return .message }
        var controls = 0
        for b in head {
            if b == 0 { return .binary }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { controls += 1 }
        }
        if controls * 10 > head.count { return .binary }
        if startsWithIgnoringCase(head, "<!DOCTYPE html") || startsWithIgnoringCase(head, "<html")
            || startsWithIgnoringCase(head, "<!--") || startsWithIgnoringCase(head, "<head")
            || startsWithIgnoringCase(head, "<body") || startsWithIgnoringCase(head, "<div")
            || startsWithIgnoringCase(head, "<table") || startsWithIgnoringCase(head, "<p>")
            || startsWithIgnoringCase(head, "<meta")
        {
            return .html
        }
        // One "Name: value" line makes a message only when the name is a mail header's: a headline such as
        // "Autozulieferer: Kestrel lädt zum Krisengipfel" above a story is text.
        if headerLineCount(head) == 1, startsWithMailHeader(head) { return .message }
        // Not valid UTF-8 and full of bytes no legacy text would use: binary.
        if String(validating: head.prefix(4096), as: UTF8.self) == nil {
            let high = head.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
            if high * 3 > head.count { return .binary }
        }
        return .text
    }

    /// How many leading lines look like RFC 5322 header fields (before the first blank line).
    private static func headerLineCount(_ b: ArraySlice<UInt8>) -> Int {
        var count = 0
        var i = b.startIndex
        while i < b.endIndex, count < 3 {
            var nameEnd = i
            while nameEnd < b.endIndex, b[nameEnd] > 0x20, b[nameEnd] < 0x7F, b[nameEnd] != 0x3A { nameEnd += 1 }
            guard nameEnd > i, nameEnd < b.endIndex, b[nameEnd] == 0x3A else { return count }
            count += 1
            // Skip this line and its continuation lines.
            repeat {
                i = (b[i...].firstIndex(of: 0x0A) ?? b.endIndex) + 1
            } while i < b.endIndex && (b[i] == 0x20 || b[i] == 0x09)
        }
        return count
    }

    /// Header fields that open real messages (RFC 5322 §3.6, RFC 2045 §3, trace and common extension fields).
    private static let mailHeaders: Set<String> = [
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version", "content-type",
        "content-transfer-encoding", "received", "return-path", "reply-to", "sender", "delivered-to", "in-reply-to",
        "references", "user-agent", "dkim-signature", "arc-seal", "thread-topic", "importance", "envelope-to",
    ]

    /// Whether the first line's field name is a mail header's ("X-" fields included).
    private static func startsWithMailHeader(_ b: ArraySlice<UInt8>) -> Bool {
        guard let colon = b.prefix(80).firstIndex(of: 0x3A) else { return false }
        let name = String(decoding: b[b.startIndex..<colon].map(\.asciiLowercased), as: UTF8.self)
        return mailHeaders.contains(name) || name.hasPrefix("x-")
    }

    private static func startsWithIgnoringCase(_ b: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard b.count >= p.count else { return false }
        for (x, y) in zip(b, p) where x.asciiLowercased != y.asciiLowercased { return false }
        return true
    }
}

extension UInt8 {
    var isASCIIWhitespaceByte: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
    /// The byte with an ASCII capital lowered.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
