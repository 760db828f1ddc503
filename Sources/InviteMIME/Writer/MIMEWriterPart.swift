/// A `name=value` parameter of a `Content-Type` or `Content-Disposition` field.
public struct MIMEParameter: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An extra header field to write as it is (its value is treated as unstructured text).
public struct OutgoingHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// One part of an outgoing MIME message (RFC 2045/2046): a body or a multipart of further parts.
public struct MIMEWriterPart: Sendable, Hashable {
    /// How a leaf body is written (RFC 2045 §6).
    public enum TransferEncoding: Sendable, Hashable {
        /// Quoted-printable for mostly-ASCII text, base64 otherwise.
        case automatic
        case quotedPrintable
        case base64
    }

    /// What a part holds.
    public enum Content: Sendable, Hashable {
        /// A leaf body, before transfer encoding. Text bodies are UTF-8; their line breaks become CRLF.
        case body([UInt8])
        /// The children of a `multipart/*` part.
        case multipart([MIMEWriterPart])
    }

    /// `type/subtype`, such as `text/plain`.
    public var mediaType: String
    /// `Content-Type` parameters other than `boundary`, which the writer adds.
    public var parameters: [MIMEParameter]
    /// `inline` or `attachment`; nil for no `Content-Disposition`.
    public var disposition: String?
    /// The `filename` of `Content-Disposition` (RFC 2231-encoded when not ASCII).
    public var filename: String?
    public var transferEncoding: TransferEncoding
    /// Further fields (such as `Content-ID`), written after the content fields.
    public var headers: [OutgoingHeader]
    public var content: Content

    public init(
        mediaType: String, parameters: [MIMEParameter] = [], disposition: String? = nil, filename: String? = nil,
        transferEncoding: TransferEncoding = .automatic, headers: [OutgoingHeader] = [], content: Content
    ) {
        self.mediaType = mediaType
        self.parameters = parameters
        self.disposition = disposition
        self.filename = filename
        self.transferEncoding = transferEncoding
        self.headers = headers
        self.content = content
    }

    /// A UTF-8 text part (`text/<subtype>; charset=UTF-8` plus `parameters`).
    public static func text(
        _ text: String, subtype: String = "plain", parameters: [MIMEParameter] = [],
        transferEncoding: TransferEncoding = .automatic
    ) -> MIMEWriterPart {
        MIMEWriterPart(
            mediaType: "text/" + subtype, parameters: [MIMEParameter("charset", "UTF-8")] + parameters,
            transferEncoding: transferEncoding, content: .body(Array(text.utf8)))
    }

    /// An attachment with a file name, base64-encoded unless `transferEncoding` says otherwise.
    public static func attachment(
        _ bytes: [UInt8], mediaType: String, filename: String, parameters: [MIMEParameter] = [],
        transferEncoding: TransferEncoding = .base64
    ) -> MIMEWriterPart {
        MIMEWriterPart(
            mediaType: mediaType, parameters: parameters, disposition: "attachment", filename: filename,
            transferEncoding: transferEncoding, content: .body(bytes))
    }

    /// A `multipart/<subtype>` of the given parts.
    public static func multipart(_ subtype: String, _ parts: [MIMEWriterPart]) -> MIMEWriterPart {
        MIMEWriterPart(mediaType: "multipart/" + subtype, content: .multipart(parts))
    }

    var isText: Bool {
        let type = mediaType.utf8.prefix(5).map(\.asciiLowercased)
        return type == Array("text/".utf8)
    }

    /// Writes this part's header fields and body into `out`.
    func write(into out: inout [UInt8], boundaries: inout BoundaryGenerator) throws(MIMEWriterError) {
        switch content {
        case .multipart(let children):
            var bodies: [[UInt8]] = []
            bodies.reserveCapacity(children.count)
            for child in children {
                var bytes: [UInt8] = []
                try child.write(into: &bytes, boundaries: &boundaries)
                bodies.append(bytes)
            }
            let boundary = boundaries.next(avoiding: bodies)
            var field = HeaderFieldWriter(name: "Content-Type")
            try field.appendContentValue(
                mediaType, parameters: parameters + [MIMEParameter("boundary", boundary)], field: "Content-Type",
                isMediaType: true)
            out.append(contentsOf: field.finished())
            try writeExtraFields(into: &out)
            out.append(asciiCR)
            out.append(asciiLF)
            let delimiter = Array(("--" + boundary).utf8)
            for body in bodies {
                out.append(contentsOf: delimiter)
                out.append(asciiCR)
                out.append(asciiLF)
                out.append(contentsOf: body)
                if body.last != asciiLF {
                    out.append(asciiCR)
                    out.append(asciiLF)
                }
            }
            out.append(contentsOf: delimiter)
            out.append(asciiDash)
            out.append(asciiDash)
            out.append(asciiCR)
            out.append(asciiLF)
        case .body(let body):
            var field = HeaderFieldWriter(name: "Content-Type")
            try field.appendContentValue(mediaType, parameters: parameters, field: "Content-Type", isMediaType: true)
            out.append(contentsOf: field.finished())
            let useQP: Bool
            switch transferEncoding {
            case .quotedPrintable: useQP = true
            case .base64: useQP = false
            case .automatic: useQP = isText && QuotedPrintable.escapedCount(body) * 6 <= body.count
            }
            out.append(contentsOf: Array("Content-Transfer-Encoding: ".utf8))
            out.append(contentsOf: Array((useQP ? "quoted-printable" : "base64").utf8))
            out.append(asciiCR)
            out.append(asciiLF)
            try writeExtraFields(into: &out)
            out.append(asciiCR)
            out.append(asciiLF)
            if useQP {
                out.append(contentsOf: QuotedPrintable.encode(text: body))
            } else {
                out.append(contentsOf: Base64.encode(body, lineLength: 76))
            }
            out.append(asciiCR)
            out.append(asciiLF)
        }
    }

    private func writeExtraFields(into out: inout [UInt8]) throws(MIMEWriterError) {
        if let disposition {
            var field = HeaderFieldWriter(name: "Content-Disposition")
            try field.appendContentValue(
                disposition, parameters: filename.map { [MIMEParameter("filename", $0)] } ?? [],
                field: "Content-Disposition", isMediaType: false)
            out.append(contentsOf: field.finished())
        }
        for header in headers {
            out.append(contentsOf: try OutgoingMessage.unstructuredField(header.name, header.value))
        }
    }
}
