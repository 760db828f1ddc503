/// Splits a header block into fields (RFC 5322 §2.2): unfolding is deferred to the value
/// decoders, so each field keeps its raw bytes; duplicates are kept in order.
struct HeaderParser {
    var limits: MIMEParserLimits

    struct Result {
        var headers: Headers
        /// Index of the first body byte (after the blank line), or the end.
        var bodyStart: Int
    }

    /// Reads header fields from `bytes[range]`; appends recovered problems to `diagnostics`.
    ///
    /// A line that is neither a field nor a continuation ends the header block (the blank line
    /// was missing) with a diagnostic; a leading mbox `From ` line is skipped.
    func parse(_ bytes: [UInt8], range: Range<Int>, diagnostics: inout [ParseDiagnostic]) -> Result {
        var fields: [HeaderField] = []
        var bodyStart = range.upperBound
        var truncatedField = false
        bytes.withUnsafeBufferPointer { p in
            let end = range.upperBound
            var lineStart = range.lowerBound
            var fieldName: String?
            var valueStart = 0
            var valueEnd = 0

            func flush() {
                guard let name = fieldName else { return }
                fieldName = nil
                if fields.count >= limits.maxHeaderFields { return }
                var upper = valueEnd
                if upper - valueStart > limits.maxHeaderBytes {
                    upper = valueStart + limits.maxHeaderBytes
                    truncatedField = true
                }
                fields.append(HeaderField(name: name, rawValue: Array(p[valueStart..<max(valueStart, upper)])))
            }

            while lineStart < end {
                let lf = indexOfLF(p, from: lineStart, end: end)
                var contentEnd = lf
                if contentEnd > lineStart, p[contentEnd - 1] == asciiCR { contentEnd -= 1 }
                let next = lf < end ? lf + 1 : end
                if contentEnd == lineStart {  // the blank line
                    flush()
                    bodyStart = next
                    return
                }
                let first = p[lineStart]
                if first.isWhitespace, fieldName != nil {  // continuation (folded) line
                    valueEnd = contentEnd
                    lineStart = next
                    continue
                }
                if let colon = fieldNameEnd(p, lineStart, contentEnd) {
                    flush()
                    var nameEnd = colon
                    while nameEnd > lineStart, p[nameEnd - 1].isWhitespace { nameEnd -= 1 }
                    fieldName = String(decoding: UnsafeBufferPointer(rebasing: p[lineStart..<nameEnd]), as: UTF8.self)
                    valueStart = colon + 1
                    valueEnd = contentEnd
                    if fields.count == limits.maxHeaderFields {
                        diagnostics.append(
                            ParseDiagnostic(
                                byteOffset: lineStart,
                                message: "more than \(limits.maxHeaderFields) header fields; rest ignored"
                            )
                        )
                    }
                    lineStart = next
                    continue
                }
                if lineStart == range.lowerBound, hasPrefix(p, lineStart, contentEnd, "From ") {
                    lineStart = next  // an mbox From_ line left on the message
                    continue
                }
                if first.isWhitespace, fields.isEmpty {  // leading whitespace before any field
                    lineStart = next
                    continue
                }
                flush()
                if next < end, fieldNameEnd(p, next, lineEnd(p, next, end)) != nil {
                    // A stray line between fields: skip it and keep reading the header block.
                    diagnostics.append(
                        ParseDiagnostic(byteOffset: lineStart, message: "header line without a colon skipped"))
                    lineStart = next
                    continue
                }
                diagnostics.append(
                    ParseDiagnostic(
                        byteOffset: lineStart, message: "header block ended without a blank line; the rest is body"
                    )
                )
                bodyStart = lineStart
                return
            }
            flush()
            bodyStart = end
        }
        if truncatedField {
            diagnostics.append(
                ParseDiagnostic(
                    byteOffset: range.lowerBound,
                    message: "header field longer than \(limits.maxHeaderBytes) bytes truncated"
                )
            )
        }
        return Result(headers: Headers(fields), bodyStart: bodyStart)
    }

    /// The end of the line starting at `start`, without its CR LF.
    private func lineEnd(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = indexOfLF(p, from: start, end: end)
        if e > start, p[e - 1] == asciiCR { e -= 1 }
        return e
    }

    /// The index of the colon ending a valid field name (printable ASCII, no spaces; obsolete
    /// whitespace before the colon allowed, RFC 5322 §4.5), or nil.
    private func fieldNameEnd(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = start
        while i < end {
            let c = p[i]
            if c == asciiColon { return i > start ? i : nil }
            if c.isWhitespace {
                var j = i
                while j < end, p[j].isWhitespace { j += 1 }
                return j < end && p[j] == asciiColon && i > start ? j : nil
            }
            if c < 0x21 || c > 0x7E { return nil }
            i += 1
        }
        return nil
    }

    private func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard end - start >= n else { return false }
        return prefix.withUTF8Buffer { q in (0..<n).allSatisfy { p[start + $0] == q[$0] } }
    }
}
