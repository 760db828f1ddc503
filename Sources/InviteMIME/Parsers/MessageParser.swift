/// Parses RFC 5322 messages into a MIME tree (RFC 2045/2046), leniently.
///
/// It never fails: whatever can be read is returned, and every recovery (missing final boundary,
/// broken base64, a limit reached) is recorded in ``Message/diagnostics``.
public struct MessageParser: Sendable {
    public var limits: MIMEParserLimits

    public init(limits: MIMEParserLimits = MIMEParserLimits()) { self.limits = limits }

    /// Parses a whole message.
    public func parse(_ bytes: [UInt8]) -> Message {
        var state = State()
        let root = parseEntity(bytes, range: 0..<bytes.count, depth: 0, defaultType: .defaultType, state: &state)
        return Message(root: root, diagnostics: state.diagnostics)
    }

    struct State {
        var diagnostics: [ParseDiagnostic] = []
        var partCount = 0
        var reportedPartLimit = false
    }

    private func parseEntity(
        _ bytes: [UInt8], range: Range<Int>, depth: Int, defaultType: ContentType, state: inout State
    ) -> MIMEPart {
        state.partCount += 1
        let header = HeaderParser(limits: limits).parse(bytes, range: range, diagnostics: &state.diagnostics)
        let headers = header.headers
        let bodyRange = header.bodyStart..<range.upperBound

        var contentType = defaultType
        if let field = headers.first("Content-Type") {
            if let parsed = ContentTypeParser.parseContentType(field.rawValue) {
                contentType = parsed
            } else {
                state.diagnostics.append(
                    ParseDiagnostic(
                        byteOffset: range.lowerBound, message: "unreadable Content-Type; read as text/plain")
                )
                contentType = .defaultType
            }
        }
        let disposition = headers.first("Content-Disposition").map {
            ContentTypeParser.parseContentDisposition($0.rawValue)
        }
        let encoding =
            headers.first("Content-Transfer-Encoding").map {
                lowercasedASCII(EncodedWord.unfold($0.rawValue).filter { !$0.isWhitespace })
            } ?? "7bit"

        func part(_ content: MIMEPart.Content) -> MIMEPart {
            MIMEPart(
                headers: headers, contentType: contentType, contentDisposition: disposition,
                transferEncoding: encoding, content: content, byteOffset: range.lowerBound
            )
        }

        if contentType.isMultipart || contentType.isMessage {
            if depth >= limits.maxDepth {
                state.diagnostics.append(
                    ParseDiagnostic(
                        byteOffset: range.lowerBound,
                        message: "nesting deeper than \(limits.maxDepth) levels; inner parts kept as raw bytes"
                    )
                )
                return part(.body(Array(bytes[bodyRange])))
            }
        }

        if contentType.isMultipart {
            guard let boundary = contentType.parameter("boundary"), !boundary.isEmpty else {
                state.diagnostics.append(
                    ParseDiagnostic(byteOffset: range.lowerBound, message: "multipart without a boundary; read as text")
                )
                contentType = ContentType(type: "text", subtype: "plain")
                return part(.body(Array(bytes[bodyRange])))
            }
            let childRanges = MultipartSplitter.split(
                bytes, range: bodyRange, boundary: Array(boundary.utf8), diagnostics: &state.diagnostics
            )
            guard let childRanges else {
                state.diagnostics.append(
                    ParseDiagnostic(
                        byteOffset: bodyRange.lowerBound,
                        message: "no boundary \"\(boundary)\" found; body read as text"
                    )
                )
                contentType = ContentType(type: "text", subtype: "plain")
                return part(.body(Array(bytes[bodyRange])))
            }
            // RFC 2046 §5.1.5: in multipart/digest the default child type is message/rfc822.
            let childDefault =
                contentType.subtype == "digest"
                ? ContentType(type: "message", subtype: "rfc822") : ContentType.defaultType
            var children: [MIMEPart] = []
            children.reserveCapacity(childRanges.count)
            for childRange in childRanges {
                if state.partCount >= limits.maxParts {
                    if !state.reportedPartLimit {
                        state.reportedPartLimit = true
                        state.diagnostics.append(
                            ParseDiagnostic(
                                byteOffset: childRange.lowerBound,
                                message: "more than \(limits.maxParts) parts; the rest ignored"
                            )
                        )
                    }
                    break
                }
                children.append(
                    parseEntity(bytes, range: childRange, depth: depth + 1, defaultType: childDefault, state: &state)
                )
            }
            return part(.multipart(children))
        }

        let decoded = decodeBody(bytes, range: bodyRange, encoding: encoding, state: &state)
        if contentType.isMessage {
            var inner = State()
            inner.partCount = state.partCount
            let message = parseEntity(
                decoded, range: 0..<decoded.count, depth: depth + 1, defaultType: .defaultType, state: &inner
            )
            state.partCount = inner.partCount
            state.diagnostics.append(
                contentsOf: inner.diagnostics.map {
                    ParseDiagnostic(
                        byteOffset: bodyRange.lowerBound + $0.byteOffset, message: "attached message: " + $0.message
                    )
                }
            )
            return part(.message(Message(root: message, diagnostics: inner.diagnostics)))
        }
        return part(.body(decoded))
    }

    /// Undoes the Content-Transfer-Encoding (RFC 2045 §6).
    private func decodeBody(_ bytes: [UInt8], range: Range<Int>, encoding: String, state: inout State) -> [UInt8] {
        switch encoding {
        case "base64":
            let (decoded, junk) = Base64.decode(bytes, range: range)
            if junk {
                state.diagnostics.append(
                    ParseDiagnostic(byteOffset: range.lowerBound, message: "invalid characters in base64 body skipped")
                )
            }
            return decoded
        case "quoted-printable":
            let (decoded, errors) = QuotedPrintable.decode(bytes, range: range)
            if errors {
                state.diagnostics.append(
                    ParseDiagnostic(
                        byteOffset: range.lowerBound, message: "broken quoted-printable escapes kept as written"
                    )
                )
            }
            return decoded
        case "7bit", "8bit", "binary", "", "7-bit", "8-bit", "none":
            return Array(bytes[range])
        default:
            state.diagnostics.append(
                ParseDiagnostic(
                    byteOffset: range.lowerBound,
                    message: "unknown Content-Transfer-Encoding \"\(encoding)\"; body kept as is"
                )
            )
            return Array(bytes[range])
        }
    }
}

/// Finds the body parts of a multipart entity (RFC 2046 §5.1.1).
enum MultipartSplitter {
    /// The byte ranges of the parts, or nil when no delimiter line occurs at all.
    ///
    /// A delimiter is a line `--boundary` followed only by whitespace (so look-alikes such as
    /// `--boundary-2` are content); the line break before it belongs to the delimiter. A missing
    /// close delimiter ends the last part at the end of the body, with a diagnostic.
    static func split(
        _ bytes: [UInt8], range: Range<Int>, boundary: [UInt8], diagnostics: inout [ParseDiagnostic]
    ) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var partStart: Int?
        var closed = false
        bytes.withUnsafeBufferPointer { p in
            boundary.withUnsafeBufferPointer { bnd in
                let end = range.upperBound
                var lineStart = range.lowerBound
                while lineStart < end {
                    let lf = indexOfLF(p, from: lineStart, end: end)
                    if lf - lineStart >= bnd.count + 2, p[lineStart] == asciiDash, p[lineStart + 1] == asciiDash,
                        matches(p, at: lineStart + 2, bnd)
                    {
                        var k = lineStart + 2 + bnd.count
                        var isClose = false
                        if k + 1 < lf, p[k] == asciiDash, p[k + 1] == asciiDash {
                            isClose = true
                            k += 2
                        }
                        while k < lf, p[k].isSpaceOrNewline { k += 1 }
                        if k == lf {
                            if let start = partStart {
                                // The CRLF (or LF) before the delimiter is part of it.
                                var partEnd = lineStart
                                if partEnd > start, p[partEnd - 1] == asciiLF { partEnd -= 1 }
                                if partEnd > start, p[partEnd - 1] == asciiCR { partEnd -= 1 }
                                ranges.append(start..<max(start, partEnd))
                            }
                            if isClose {
                                closed = true
                                partStart = nil
                                return
                            }
                            partStart = lf < end ? lf + 1 : end
                        }
                    }
                    lineStart = lf + 1
                }
            }
        }
        if !closed {
            guard let start = partStart else { return ranges.isEmpty ? nil : ranges }
            ranges.append(start..<range.upperBound)
            diagnostics.append(
                ParseDiagnostic(byteOffset: range.upperBound, message: "multipart ended without its close delimiter")
            )
        }
        return ranges
    }

    @inline(__always)
    private static func matches(_ p: UnsafeBufferPointer<UInt8>, at index: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool
    {
        guard index + b.count <= p.count else { return false }
        for k in 0..<b.count where p[index + k] != b[k] { return false }
        return true
    }
}
