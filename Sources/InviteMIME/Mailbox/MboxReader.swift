#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the messages of an mbox file one at a time, in constant memory.
///
/// Framing rules (lenient, as real mailboxes need):
/// - A message starts at a line beginning `From ` (the From_ line) at the start of the input or after a
///   blank line (`\n` or `\r\n`). A `From ` line *without* a blank line before it also starts a message when
///   it looks like a From_ line (`From` + sender, then a month name, a `hh:mm` time and a 19xx/20xx year);
///   that adds a ``MailboxReadError/Code/fromLineWithoutBlankLine`` warning. Lines over 64 KiB never do.
/// - mboxcl/mboxcl2: when a message's header has `Content-Length:` and the byte after that many body bytes
///   is the end of input or (after at most one blank line) a `From ` line, the header decides where the
///   message ends, so unquoted `From ` lines inside its body survive. If that body contains such an
///   unquoted line the file is mboxcl2 and the message is not un-quoted. A `Content-Length:` that does
///   not fit adds a ``MailboxReadError/Code/contentLengthMismatch`` warning and From_ lines decide.
/// - The blank line that separates a message from the next From_ line (exactly one `\n` or `\r\n`)
///   is removed, as is the From_ line; `>From ` lines are un-quoted as ``MailboxOptions/fromQuoting`` says.
/// - Text before the first From_ line is a message (with a warning) when it starts like a header
///   (`Name:`), is skipped with a ``MailboxReadError/Code/leadingJunk`` warning otherwise, and ignored when
///   it is only blank lines. Input with no From_ line at all is one message, with a
///   ``MailboxReadError/Code/notAnMbox`` warning. An empty input has no messages.
/// - A message over ``MailboxOptions/maxMessageBytes`` is skipped without being held in memory and
///   comes back as an entry whose ``MailboxEntry/error`` says so; every message gets an index.
///
/// Memory stays around ``MailboxOptions/bufferSize`` plus the largest message. The reader is a single-pass
/// sequence: copies share one position in the file.
public struct MboxReader: IteratorProtocol, Sequence {
    private let splitter: MboxSplitter

    /// Problems not tied to one message (leading junk, a failed read); message problems are on each entry.
    public var warnings: [MailboxReadError] { splitter.warnings }

    /// Opens the mbox at `path`.
    ///
    /// - Throws: ``MailboxReadError`` with code ``MailboxReadError/Code/cannotOpen`` when the file cannot be
    ///   opened or is a directory.
    public init(path: String, options: MailboxOptions = MailboxOptions()) throws(MailboxReadError) {
        let fd = try openForReading(path).get()
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw MailboxReadError(code: .cannotOpen, path: path, reason: "is a directory, not an mbox file")
        }
        #if os(Linux)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
        let input = MboxInput(
            fileDescriptor: fd, closesOnDeinit: true, chunkSize: options.bufferSize,
            growthLimit: Self.growthLimit(options))
        splitter = MboxSplitter(input: input, options: options, path: path)
    }

    /// Reads an mbox from an open file descriptor, such as `STDIN_FILENO`, which is not closed.
    public init(fileDescriptor: Int32, options: MailboxOptions = MailboxOptions()) {
        let input = MboxInput(
            fileDescriptor: fileDescriptor, closesOnDeinit: false, chunkSize: options.bufferSize,
            growthLimit: Self.growthLimit(options))
        splitter = MboxSplitter(input: input, options: options, path: nil)
    }

    /// Reads an mbox held in memory, `options.bufferSize` bytes at a time (as from a file).
    package init(bytes: [UInt8], options: MailboxOptions = MailboxOptions()) {
        splitter = MboxSplitter(
            input: MboxInput(bytes: bytes, chunkSize: options.bufferSize, growthLimit: Self.growthLimit(options)),
            options: options, path: nil)
    }

    /// The next message, or `nil` at the end of the mbox.
    public mutating func next() -> MailboxEntry? {
        splitter.next()
    }

    /// The most the splitter keeps buffered: one message at the limit, its From_ line and a read.
    private static func growthLimit(_ options: MailboxOptions) -> Int {
        options.maxMessageBytes + maxFromLineLength + 2 * options.bufferSize
    }
}

/// Longest line that can still be a From_ line.
private let maxFromLineLength = 65_536

/// The framing state machine behind ``MboxReader``.
final class MboxSplitter {
    private struct Record {
        var start: Int
        var hasFromLine: Bool
        var contentStart: Int
        var end: Int
        var next: Int?
        var isOversize = false
        var warnings: [MailboxReadError] = []
    }

    private let input: MboxInput
    private let options: MailboxOptions
    private let path: String?
    private(set) var warnings: [MailboxReadError] = []
    private var nextIndex = 0
    private var nextRecord: Int?
    private var hasStarted = false
    private var isFinished = false
    /// Absolute offsets of `>` bytes to drop when copying the current message out.
    private var quoted: [Int] = []

    init(input: MboxInput, options: MailboxOptions, path: String?) {
        self.input = input
        self.options = options
        self.path = path
    }

    func next() -> MailboxEntry? {
        while !isFinished {
            if !hasStarted {
                hasStarted = true
                input.ensure(5, keeping: 0)
                if input.end == 0 {
                    finish()
                    return nil
                }
                if input.hasFromPrefix(at: 0) {
                    nextRecord = 0
                } else {
                    let record = readRecord(start: 0, hasFromLine: false)
                    nextRecord = record.next
                    if let entry = leadingEntry(record) { return entry }
                    continue
                }
            }
            guard let start = nextRecord else {
                finish()
                return nil
            }
            let record = readRecord(start: start, hasFromLine: true)
            nextRecord = record.next
            return makeEntry(record, warnings: record.warnings)
        }
        return nil
    }

    private func finish() {
        isFinished = true
        if let code = input.failure {
            warnings.append(.readFailed(path, byteOffset: input.end, errno: code))
        }
    }

    // MARK: Entries

    private func makeEntry(_ record: Record, warnings: [MailboxReadError]) -> MailboxEntry {
        let index = nextIndex
        nextIndex += 1
        if isTooLarge(record) {
            let size = record.end - record.contentStart
            let error = MailboxReadError.tooLarge(
                path, byteOffset: record.start, size: size, limit: options.maxMessageBytes)
            return MailboxEntry(
                index: index, offset: record.start, path: nil, bytes: [], warnings: warnings, error: error)
        }
        let bytes = input.copy(record.contentStart..<record.end, skipping: quoted)
        return MailboxEntry(index: index, offset: record.start, path: nil, bytes: bytes, warnings: warnings)
    }

    /// Whether a record is over the size limit (decided by its size alone, whatever the buffer size).
    private func isTooLarge(_ record: Record) -> Bool {
        let limit = options.maxMessageBytes
        return record.isOversize || record.end - record.contentStart > limit
            || record.contentStart - record.start > limit + maxFromLineLength
    }

    /// The entry for text before the first From_ line, or `nil` when it is skipped.
    ///
    /// Text too large to look at is reported as a message (with an error), never dropped.
    private func leadingEntry(_ record: Record) -> MailboxEntry? {
        if isTooLarge(record) {
            let warning = MailboxReadError(
                code: record.next == nil ? .notAnMbox : .messageWithoutFromLine,
                path: path,
                byteOffset: 0,
                reason: record.next == nil
                    ? "no From_ line; read as a single message" : "text before the first From_ line read as a message"
            )
            return makeEntry(record, warnings: record.warnings + [warning])
        }
        guard let first = firstNonWhitespace(in: record.contentStart..<record.end) else { return nil }
        if record.next == nil {
            let warning = MailboxReadError(
                code: .notAnMbox,
                path: path,
                byteOffset: 0,
                reason: "no From_ line; read as a single message"
            )
            return makeEntry(record, warnings: record.warnings + [warning])
        }
        let firstFrom = record.next ?? record.end
        if first == record.contentStart && startsWithHeaderField(at: first, end: record.end) {
            let warning = MailboxReadError(
                code: .messageWithoutFromLine,
                path: path,
                byteOffset: 0,
                reason: "\(firstFrom) bytes before the first From_ line read as a message"
            )
            return makeEntry(record, warnings: record.warnings + [warning])
        }
        warnings.append(
            MailboxReadError(
                code: .leadingJunk,
                path: path,
                byteOffset: 0,
                reason: "skipped \(firstFrom) bytes before the first From_ line at offset \(firstFrom)"
            )
        )
        return nil
    }

    private func firstNonWhitespace(in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            switch input.byte(at: i) {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"): i += 1
            default: return i
            }
        }
        return nil
    }

    /// Whether a line starts with an RFC 5322 field name and a colon (§2.2: printable ASCII except `:`).
    private func startsWithHeaderField(at start: Int, end: Int) -> Bool {
        var i = start
        while i < end {
            let byte = input.byte(at: i)
            if byte == UInt8(ascii: ":") { return i > start }
            if byte < 33 || byte > 126 { return false }
            i += 1
        }
        return false
    }

    // MARK: Framing

    /// Reads one message starting at `start` (its From_ line, or the start of input) up to the next From_ line.
    private func readRecord(start: Int, hasFromLine: Bool) -> Record {
        var record = Record(start: start, hasFromLine: hasFromLine, contentStart: start, end: start)
        quoted.removeAll(keepingCapacity: true)
        let limit = options.maxMessageBytes
        var position = start
        var isFirstLine = hasFromLine
        var previousBlank = true
        // Bytes of the previous line with its line break, to drop it when it is the separating blank line.
        var previousLength = 0
        var inHeaders = true
        var contentLength: Int?
        while true {
            if position + 5 > input.end && !input.isAtEnd {
                // Every line before this one belongs to the message.
                if !record.isOversize && !isFirstLine && position - record.contentStart > limit {
                    record.isOversize = true
                }
                input.ensure(position + 5, keeping: record.isOversize ? position : start)
            }
            if position >= input.end {
                record.end = position
                record.next = nil
                break
            }
            let headIsFrom = !isFirstLine && input.hasFromPrefix(at: position)
            let headIsQuote = input.byte(at: position) == UInt8(ascii: ">")
            // Find the end of the line (memchr over whatever is buffered; read more when needed).
            var searchFrom = position
            var lineEnd: Int
            var hasNewline = true
            var isHeadKept = true
            while true {
                if let newline = input.firstIndex(of: UInt8(ascii: "\n"), from: searchFrom) {
                    lineEnd = newline
                    break
                }
                searchFrom = input.end
                // The line runs to the end of what is buffered, so the message is at least this long
                // (unless the line is a From_ line that ends this message).
                let mayEndMessage = headIsFrom && input.end - position <= maxFromLineLength
                if !record.isOversize
                    && (isFirstLine
                        ? input.end - start > limit + maxFromLineLength
                        : !mayEndMessage && input.end - record.contentStart > limit)
                {
                    record.isOversize = true
                }
                var keep = record.isOversize ? position : start
                if record.isOversize && searchFrom - position > maxFromLineLength {
                    keep = searchFrom
                    isHeadKept = false
                }
                if !input.fill(keeping: keep) {
                    lineEnd = input.end
                    hasNewline = false
                    break
                }
            }
            let nextLine = hasNewline ? lineEnd + 1 : lineEnd
            let length = lineEnd - position
            if isFirstLine {
                isFirstLine = false
                record.contentStart = nextLine
                previousBlank = false
                previousLength = nextLine - position
                position = nextLine
                continue
            }
            if headIsFrom && isHeadKept && length <= maxFromLineLength {
                if previousBlank {
                    record.end = position
                    record.next = position
                    break
                }
                if looksLikeFromLine(position..<lineEnd) {
                    record.warnings.append(
                        MailboxReadError(
                            code: .fromLineWithoutBlankLine,
                            path: path,
                            byteOffset: position,
                            reason: "From_ line at offset \(position) has no blank line before it; split there"
                        )
                    )
                    record.end = position
                    record.next = position
                    break
                }
            }
            let isBlank = hasNewline && (length == 0 || (length == 1 && input.byte(at: position) == UInt8(ascii: "\r")))
            if !record.isOversize {
                if headIsQuote { noteQuotedLine(position..<lineEnd) }
                if inHeaders {
                    if isBlank {
                        inHeaders = false
                        if hasFromLine, options.usesContentLength, let declared = contentLength,
                            nextLine - record.contentStart <= limit
                        {
                            if frame(&record, bodyStart: nextLine, length: declared) { return record }
                            record.warnings.append(
                                MailboxReadError(
                                    code: .contentLengthMismatch,
                                    path: path,
                                    byteOffset: start,
                                    reason:
                                        "Content-Length: \(declared) does not end at a From_ line; framed by From_ lines"
                                )
                            )
                        }
                    } else if contentLength == nil {
                        contentLength = parseContentLength(position..<lineEnd)
                    }
                }
            }
            previousBlank = isBlank
            previousLength = nextLine - position
            position = nextLine
        }
        // Drop the one blank line that separates a message from the next From_ line (or ends the file).
        if previousBlank && record.end - previousLength >= record.contentStart { record.end -= previousLength }
        return record
    }

    /// Ends the record after `length` body bytes if that lands on the end of input or a From_ line (mboxcl/mboxcl2).
    private func frame(_ record: inout Record, bodyStart: Int, length: Int) -> Bool {
        let target = bodyStart + length
        guard length >= 0, target - record.contentStart <= options.maxMessageBytes else { return false }
        input.ensure(target + 7, keeping: record.start)
        guard target <= input.end else { return false }
        var next: Int?
        if target < input.end {
            guard target == bodyStart || input.byte(at: target - 1) == UInt8(ascii: "\n") else { return false }
            var after = target
            if input.byte(at: after) == UInt8(ascii: "\n") {
                after += 1
            } else if input.byte(at: after) == UInt8(ascii: "\r") && after + 1 < input.end
                && input.byte(at: after + 1) == UInt8(ascii: "\n")
            {
                after += 2
            }
            if after < input.end {
                guard input.hasFromPrefix(at: after) else { return false }
                next = after
            }
        }
        // An unquoted "From " line in the body means mboxcl2 (no quoting): keep every `>` then.
        var hasUnquotedFrom = false
        var line = bodyStart
        while line < target {
            let lineEnd = min(input.firstIndex(of: UInt8(ascii: "\n"), from: line) ?? target, target)
            if lineEnd - line >= 5 && input.hasFromPrefix(at: line) { hasUnquotedFrom = true }
            if lineEnd > line && input.byte(at: line) == UInt8(ascii: ">") { noteQuotedLine(line..<lineEnd) }
            line = lineEnd + 1
        }
        if hasUnquotedFrom { quoted.removeAll(keepingCapacity: true) }
        record.end = target
        record.next = next
        return true
    }

    /// Records the `>` to drop when `line` matches `^>+From ` (mboxrd) or `^>From ` (mboxo).
    private func noteQuotedLine(_ line: Range<Int>) {
        guard options.fromQuoting != .none else { return }
        var i = line.lowerBound
        while i < line.upperBound && input.byte(at: i) == UInt8(ascii: ">") { i += 1 }
        guard line.upperBound - i >= 5, input.hasFromPrefix(at: i) else { return }
        if options.fromQuoting == .mboxo && i - line.lowerBound != 1 { return }
        quoted.append(line.lowerBound)
    }

    private static let contentLengthName: [UInt8] = Array("content-length:".utf8)

    /// The value of a `Content-Length:` header line, or `nil` when the line is another field or malformed.
    private func parseContentLength(_ line: Range<Int>) -> Int? {
        let name = Self.contentLengthName
        guard line.count > name.count, input.byte(at: line.lowerBound) | 0x20 == UInt8(ascii: "c") else { return nil }
        var i = line.lowerBound
        for expected in name {
            var byte = input.byte(at: i)
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != expected { return nil }
            i += 1
        }
        while i < line.upperBound && (input.byte(at: i) == UInt8(ascii: " ") || input.byte(at: i) == UInt8(ascii: "\t"))
        { i += 1 }
        var value = 0
        var digits = 0
        while i < line.upperBound, case let digit = input.byte(at: i) &- UInt8(ascii: "0"), digit < 10 {
            value = value * 10 + Int(digit)
            digits += 1
            i += 1
            if digits > 15 { return nil }
        }
        guard digits > 0 else { return nil }
        while i < line.upperBound {
            switch input.byte(at: i) {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): i += 1
            default: return nil
            }
        }
        return value
    }

    /// Whether a `From ` line without a blank line before it is a From_ line: `From sender` followed by a
    /// month name (`Jan`…`Dec`), a `hh:mm` time and a 19xx/20xx year, as in `From a@example.com Mon Jan  8 08:00:00 2024`.
    private func looksLikeFromLine(_ line: Range<Int>) -> Bool {
        var i = line.lowerBound + 5
        let senderStart = i
        while i < line.upperBound && !isBlankByte(input.byte(at: i)) { i += 1 }
        guard i > senderStart, i < line.upperBound else { return false }
        var hasMonth = false
        var hasTime = false
        var hasYear = false
        while i < line.upperBound {
            // One word at a time.
            while i < line.upperBound && isBlankByte(input.byte(at: i)) { i += 1 }
            let wordStart = i
            while i < line.upperBound && !isBlankByte(input.byte(at: i)) && input.byte(at: i) != UInt8(ascii: ",") {
                i += 1
            }
            let word = wordStart..<i
            if i < line.upperBound && input.byte(at: i) == UInt8(ascii: ",") { i += 1 }
            if word.count == 3 && isMonth(at: wordStart) { hasMonth = true }
            if word.count == 4 && isCentury(at: wordStart) && isDigits(word) { hasYear = true }
            if word.count >= 4 && isTime(word) { hasTime = true }
        }
        return hasMonth && hasTime && hasYear
    }

    private func isBlankByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private func isDigits(_ range: Range<Int>) -> Bool {
        range.allSatisfy { input.byte(at: $0) &- UInt8(ascii: "0") < 10 }
    }

    /// `h:mm`, `hh:mm` or `hh:mm:ss`.
    private func isTime(_ word: Range<Int>) -> Bool {
        let colon = input.byte(at: word.lowerBound + 1) == UInt8(ascii: ":") ? word.lowerBound + 1 : word.lowerBound + 2
        guard colon + 3 <= word.upperBound, input.byte(at: colon) == UInt8(ascii: ":") else { return false }
        return isDigits(word.lowerBound..<colon) && isDigits(colon + 1..<colon + 3)
            && (colon + 3 == word.upperBound || input.byte(at: colon + 3) == UInt8(ascii: ":"))
    }

    private static let months: [[UInt8]] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .map { Array($0.utf8) }

    private func isMonth(at offset: Int) -> Bool {
        let word = [input.byte(at: offset), input.byte(at: offset + 1), input.byte(at: offset + 2)]
        return Self.months.contains(word)
    }

    private func isCentury(at offset: Int) -> Bool {
        let first = input.byte(at: offset)
        let second = input.byte(at: offset + 1)
        return (first == UInt8(ascii: "1") && second == UInt8(ascii: "9"))
            || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
    }
}
