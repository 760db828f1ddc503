/// Reads a `Message-ID` (RFC 5322 §3.6.4): the first `<…>` token, or the bare value when a mailer
/// forgot the brackets.
enum MessageIDParser {
    static func parse(_ raw: [UInt8]) -> String? {
        let bytes = EncodedWord.unfold(raw)
        if let open = bytes.firstIndex(of: asciiLess),
            let close = bytes[open...].firstIndex(of: asciiGreater), close > open + 1
        {
            return String(decoding: bytes[open...close], as: UTF8.self)
        }
        let token = bytes.prefix { !$0.isSpaceOrNewline }
        guard !token.isEmpty else { return nil }
        return "<" + String(decoding: token, as: UTF8.self) + ">"
    }
}
