/// How an invitation is rendered: language, iTIP method, display zone and, for reproducible
/// output, a fixed "now" and seed.
public struct RenderOptions: Sendable, Hashable {
    /// ISO 639-1 code of the display language (`en`, `fr`, `de`, `es`); English when nil or unknown.
    public var language: String?
    /// The iTIP method: `REQUEST` or `CANCEL` (`PUBLISH` for a plain calendar file); nil keeps the
    /// invitation's own method, else `REQUEST`.
    ///
    /// `CANCEL` keeps the UID, raises SEQUENCE by one and sets
    /// STATUS:CANCELLED (RFC 5546 §3.2.5).
    public var method: String?
    /// IANA zone to show times in; nil shows them in the invitation's own zone.
    public var timeZone: String?
    /// The time of rendering in seconds since 1970 (the `Date:` header and DTSTAMP); nil for the clock.
    public var now: Int?
    /// The UTC offset the `Date:` header is written in, in seconds east of UTC.
    public var nowUTCOffsetSeconds: Int
    /// Seeds the Message-ID and the multipart boundaries; nil for random ones.
    public var seed: UInt64?

    public init(
        language: String? = nil, method: String? = nil, timeZone: String? = nil, now: Int? = nil,
        nowUTCOffsetSeconds: Int = 0, seed: UInt64? = nil
    ) {
        self.language = language
        self.method = method
        self.timeZone = timeZone
        self.now = now
        self.nowUTCOffsetSeconds = nowUTCOffsetSeconds
        self.seed = seed
    }
}

/// Why an invitation could not be rendered.
public struct InvitationRenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: Sendable, Hashable {
            case unknownTarget, templateSyntax, templatesDirectory, unsupportedMethod, missingOrganizer
            case invalidMessage
        }
        private let value: Value

        /// No template or built-in target has this name.
        public static let unknownTarget = Code(value: .unknownTarget)
        /// A template could not be parsed.
        public static let templateSyntax = Code(value: .templateSyntax)
        /// The templates directory could not be read.
        public static let templatesDirectory = Code(value: .templatesDirectory)
        /// A method other than `REQUEST`, `CANCEL` or `PUBLISH`.
        public static let unsupportedMethod = Code(value: .unsupportedMethod)
        /// An email needs an organizer with an address for its `From:`.
        public static let missingOrganizer = Code(value: .missingOrganizer)
        /// A value the email cannot carry safely (an invalid address, …); `field` names the header.
        public static let invalidMessage = Code(value: .invalidMessage)

        public var description: String {
            switch value {
            case .unknownTarget: return "unknown template"
            case .templateSyntax: return "template syntax error"
            case .templatesDirectory: return "cannot read templates directory"
            case .unsupportedMethod: return "unsupported method"
            case .missingOrganizer: return "missing organizer address"
            case .invalidMessage: return "invalid value"
            }
        }
    }

    public var code: Code
    /// The template, header field or option concerned.
    public var subject: String
    /// More detail, when there is any.
    public var detail: String?

    public var description: String {
        "\(code): \(subject)" + (detail.map { " (\($0))" } ?? "")
    }

    @inline(never)
    static func make(_ code: Code, _ subject: String, _ detail: String? = nil) -> InvitationRenderError {
        InvitationRenderError(code: code, subject: subject, detail: detail)
    }
}
