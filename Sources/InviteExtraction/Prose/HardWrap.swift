/// Paragraphs of plain text that a mail client hard-wrapped at a fixed width (mutt, Thunderbird without
/// `format=flowed`, text pasted from a wire story), so that line-based reading does not cut a venue, an address
/// or a name at a wrap ("at the Example" / "Convention Center").
///
/// A break is a wrap when the line above is near the text's width and the next line's first word would not have
/// fitted on it: a writer who pressed Enter early left room for that word. Blank lines, quoted lines, list
/// items, labels ("Where:") and lines that end a sentence or in ":" are never joined.
enum HardWrap {
    /// Lines shorter than this are never a wrapped paragraph's width.
    static let minimumWidth = 55
    /// Lines longer than this are not wrapped text (a URL, a pasted paragraph).
    static let maximumWidth = 100

    /// `text` with its wrapped lines joined by a space; `text` itself when it shows no fixed width.
    static func unwrap(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let lines = lineRanges(bytes)
        // The width: the longest line that can be a wrapped one. The text is wrapped when at least two lines
        // inside paragraphs come near it, and they are two in five of the lines inside paragraphs: a block of
        // short lines (a signature, a meeting footer) with one long line among them is not.
        let lengths = lines.map { characterCount(bytes, trimmedEnd(bytes, $0)) }
        guard let width = lengths.filter({ $0 <= maximumWidth }).max(), width >= minimumWidth else { return text }
        let inner = lengths.indices.dropLast().filter { lengths[$0] > 0 && lengths[$0 + 1] > 0 }
        let near = inner.filter { lengths[$0] <= width && lengths[$0] > width - 15 }.count
        guard near >= 2, near * 5 >= inner.count * 2 else { return text }

        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var joined = false
        for (index, line) in lines.enumerated() {
            let content = trimmedEnd(bytes, line)
            out.append(contentsOf: bytes[content])
            joined =
                index + 1 < lines.count
                && joins(bytes, content, lengths[index], next: lines[index + 1], width: width)
            if joined {
                out.append(0x20)
            } else {
                out.append(contentsOf: bytes[content.upperBound..<line.upperBound])
                if line.upperBound < bytes.count { out.append(0x0A) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the break after `line` (of `length` characters) is a wrap.
    private static func joins(_ bytes: [UInt8], _ line: Range<Int>, _ length: Int, next: Range<Int>, width: Int)
        -> Bool
    {
        // A line that ends a sentence or a label ends there: only a break inside a sentence is a wrap.
        guard length > width - 20, let last = line.last.map({ bytes[$0] }), last != 0x3A, last != 0x2E,
            last != 0x21, last != 0x3F,
            let first = line.first.map({ bytes[$0] }), first != 0x3E
        else { return false }
        let following = trimmedEnd(bytes, next)
        guard let head = following.first.map({ bytes[$0] }), head != 0x20, head != 0x09, head != 0x3E,
            !isListMarker(bytes, following)
        else { return false }
        // The next line's first word, and whether it would have fitted.
        var end = following.lowerBound
        while end < following.upperBound, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
        if end > following.lowerBound, bytes[end - 1] == 0x3A { return false }  // "Where:", "Ort:"
        if following.count == 3, bytes[following].elementsEqual("-- ".utf8) { return false }
        return length + 1 + characterCount(bytes, following.lowerBound..<end) > width
    }

    /// "-", "*", "+", "•", "1.", "12)", "a)" at the start of a line.
    private static func isListMarker(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let b = bytes[line.lowerBound]
        if b == 0x2D || b == 0x2A || b == 0x2B || bytes[line].starts(with: "•".utf8) { return true }
        var i = line.lowerBound
        while i < line.upperBound, i - line.lowerBound < 2, bytes[i] &- 0x30 < 10 { i += 1 }
        if i == line.lowerBound, (b | 0x20) &- 0x61 < 26, line.count > 1, bytes[i + 1] == 0x29 { return true }
        return i > line.lowerBound && i < line.upperBound && (bytes[i] == 0x2E || bytes[i] == 0x29)
    }

    /// Line ranges without their "\n".
    private static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }

    /// `line` without its trailing spaces, tabs and CR.
    private static func trimmedEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D {
            end -= 1
        }
        return line.lowerBound..<end
    }

    /// Characters (scalars) in a range of UTF-8: the bytes that start one.
    private static func characterCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
