public import InviteMIME
public import InviteModel

/// Settings that change how invitations are read.
public struct ExtractionOptions: Sendable {
    /// The "now" relative dates resolve against when the message has no date of its own.
    public var referenceDate: InvitationTime?
    /// IANA zone for local times that name no zone; wins over the `Date:` header's offset.
    public var timeZone: String?
    /// Whether `ParseDocument` carries the readable body text (`message.text`).
    public var includesText: Bool

    public init(referenceDate: InvitationTime? = nil, timeZone: String? = nil, includesText: Bool = false) {
        self.referenceDate = referenceDate
        self.timeZone = timeZone
        self.includesText = includesText
    }
}

/// Why an input could not be read at all.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// Byte offset where the input stopped looking like text.
    public var byteOffset: Int
    public var description: String

    @inline(never)
    static func binary(at offset: Int) -> InputError {
        InputError(byteOffset: offset, description: "not a message, calendar, HTML or text (binary data)")
    }
}

/// Reads a message (or a bare calendar, HTML or text file) into the contract's document:
/// the message summary and every invitation found in it.
public struct InvitationExtractor: Sendable {
    public var options: ExtractionOptions
    private let parser = MessageParser()

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Reads any supported input, deciding its kind from the content.
    public func document(for bytes: [UInt8]) throws(InputError) -> ParseDocument {
        switch InputKind.detect(bytes) {
        case .binary:
            throw .binary(at: bytes.firstIndex(of: 0) ?? 0)
        case .message:
            return document(for: parser.parse(bytes))
        case .calendar:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "calendar")))
        case .html:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "html")))
        case .text:
            return document(for: syntheticMessage(bytes, mediaType: ("text", "plain")))
        }
    }

    /// Reads a parsed message.
    public func document(for message: Message) -> ParseDocument {
        let summary = MessageSummary(message: message)
        let warnings = message.diagnostics.map(\.description)
        return ParseDocument(message: summary, invitations: [], warnings: warnings)
    }

    /// A bare file seen as a one-part message, so every source reads it the same way.
    private func syntheticMessage(_ bytes: [UInt8], mediaType: (String, String)) -> Message {
        var charset: [(name: String, value: String)] = []
        if String(validating: bytes, as: UTF8.self) != nil { charset = [("charset", "utf-8")] }
        let part = MIMEPart(
            headers: Headers(),
            contentType: ContentType(type: mediaType.0, subtype: mediaType.1, parameters: charset),
            contentDisposition: nil, transferEncoding: "8bit", content: .body(bytes), byteOffset: 0
        )
        return Message(root: part)
    }
}
