/// `text/plain; format=flowed` (RFC 3676): soft line breaks joined back into the paragraphs the writer typed.
///
/// Thunderbird and other clients wrap plain text at about 72 columns and mark each soft break with a trailing
/// space. Read line by line, such text splits a venue or a name across two lines ("at the Example" /
/// "Convention Center"); unflowed, each paragraph is one line again.
public enum FormatFlowed {
    /// The paragraphs of flowed `text`.
    ///
    /// - A line that ends in a space is flowed: it joins the next line (§4.1). With `deleteSpace` (`DelSp=yes`)
    ///   that space is the writer's break, not a character of the text, and is removed (§4.2).
    /// - The signature separator "-- " is neither flowed nor joined to the line above (§4.3).
    /// - One space after the quote marks is stuffing and is removed (§4.4); quoted lines join only lines of the
    ///   same quote depth (§4.5) and keep their depth as a "> " prefix.
    /// - A flowed last line is read as fixed.
    ///
    /// Line ends come out as the input's first line end (CRLF or LF).
    public static func unflow(_ text: String, deleteSpace: Bool) -> String {
        let bytes = Array(text.utf8)
        var lines: [(depth: Int, content: Range<Int>, flowed: Bool, isSignature: Bool)] = []
        var crlf: Bool?
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != asciiLF { end += 1 }
            let next = end + 1
            if end < bytes.count, crlf == nil { crlf = end > start && bytes[end - 1] == asciiCR }
            if end > start, bytes[end - 1] == asciiCR { end -= 1 }
            if end == bytes.count, start == bytes.count { break }
            var at = start
            while at < end, bytes[at] == asciiGreater { at += 1 }
            let depth = at - start
            if at < end, bytes[at] == asciiSpace { at += 1 }
            let isSignature = end - at == 3 && bytes[at] == asciiDash && bytes[at + 1] == asciiDash
            let flowed = end > at && bytes[end - 1] == asciiSpace && !isSignature
            lines.append((depth, at..<end, flowed, isSignature))
            start = next
        }

        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let newline: [UInt8] = crlf == true ? [asciiCR, asciiLF] : [asciiLF]
        var inParagraph = false
        for (index, line) in lines.enumerated() {
            if !inParagraph, line.depth > 0 {
                out.append(contentsOf: repeatElement(asciiGreater, count: line.depth))
                if !line.content.isEmpty { out.append(asciiSpace) }
            }
            let joinsNext =
                line.flowed && index + 1 < lines.count && lines[index + 1].depth == line.depth
                && !lines[index + 1].isSignature
            var content = line.content
            if joinsNext, deleteSpace { content = content.lowerBound..<(content.upperBound - 1) }
            out.append(contentsOf: bytes[content])
            inParagraph = joinsNext
            if !joinsNext, index + 1 < lines.count || text.utf8.last == asciiLF { out.append(contentsOf: newline) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
