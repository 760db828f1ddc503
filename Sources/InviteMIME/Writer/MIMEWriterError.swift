/// Why a message could not be written: a value that cannot be made safe, named by its header field.
///
/// The writer never lets a value start a new header line: unstructured text is folded or
/// RFC 2047-encoded, and what cannot be encoded (an address, a media type, a field name) is refused
/// with this error.
public struct MIMEWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: Sendable, Hashable {
            case invalidAddress, invalidFieldName, invalidMediaType, invalidParameter, invalidMessageID
            case invalidFieldValue
        }
        private let value: Value

        /// An address that is not a valid RFC 5322 `addr-spec`.
        public static let invalidAddress = Code(value: .invalidAddress)
        /// A header field name outside RFC 5322 §2.2 `ftext`.
        public static let invalidFieldName = Code(value: .invalidFieldName)
        /// A media type that is not `token/token` (RFC 2045 §5.1).
        public static let invalidMediaType = Code(value: .invalidMediaType)
        /// A parameter name that is not a token.
        public static let invalidParameter = Code(value: .invalidParameter)
        /// A `Message-ID` that is not `<id-left@id-right>` (RFC 5322 §3.6.4).
        public static let invalidMessageID = Code(value: .invalidMessageID)
        /// A structured field value that holds a line break or other control character.
        public static let invalidFieldValue = Code(value: .invalidFieldValue)

        public var description: String {
            switch value {
            case .invalidAddress: return "invalid address"
            case .invalidFieldName: return "invalid header field name"
            case .invalidMediaType: return "invalid media type"
            case .invalidParameter: return "invalid parameter"
            case .invalidMessageID: return "invalid Message-ID"
            case .invalidFieldValue: return "invalid header value"
            }
        }
    }

    /// What went wrong.
    public var code: Code
    /// The header field the value was meant for (`To`, `Content-Type`, …).
    public var field: String
    /// The offending value, shortened and with control characters made visible.
    public var excerpt: String

    public var description: String { "\(code) in \(field): \"\(excerpt)\"" }

    @inline(never)
    static func make(_ code: Code, field: String, value: String) -> MIMEWriterError {
        var shown = ""
        for scalar in value.unicodeScalars.prefix(60) {
            switch scalar {
            case "\r": shown += "\\r"
            case "\n": shown += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: shown += "?"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        if value.unicodeScalars.count > 60 { shown += "…" }
        return MIMEWriterError(code: code, field: field, excerpt: shown)
    }
}
