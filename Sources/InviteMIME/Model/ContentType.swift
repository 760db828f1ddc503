/// A media type with its parameters (RFC 2045 §5, RFC 2231).
public struct ContentType: Sendable, Hashable, CustomStringConvertible {
    /// Lower-case type, such as `text`.
    public var type: String
    /// Lower-case subtype, such as `plain`.
    public var subtype: String
    /// Parameters with lower-case names and decoded values, in order.
    public var parameters: [(name: String, value: String)] {
        get { parameterList.map { ($0.name, $0.value) } }
        set { parameterList = newValue.map { Parameter(name: $0.name, value: $0.value) } }
    }

    struct Parameter: Sendable, Hashable {
        var name: String
        var value: String
    }
    var parameterList: [Parameter]

    public init(type: String, subtype: String, parameters: [(name: String, value: String)] = []) {
        self.type = type
        self.subtype = subtype
        self.parameterList = parameters.map { Parameter(name: $0.name, value: $0.value) }
    }

    /// The RFC 2045 §5.2 default: `text/plain; charset=us-ascii`.
    public static let defaultType = ContentType(type: "text", subtype: "plain")

    /// `type/subtype`, lower case.
    public var mediaType: String { type + "/" + subtype }
    public var description: String { mediaType }

    /// The value of a parameter (name compared case-insensitively).
    public func parameter(_ name: String) -> String? {
        parameterList.first { equalsIgnoringCase($0.name, name) }?.value
    }

    public var isMultipart: Bool { type == "multipart" }
    public var isMessage: Bool { type == "message" && (subtype == "rfc822" || subtype == "global") }
    public var isText: Bool { type == "text" }
}

/// A `Content-Disposition` (RFC 2183) with decoded parameters.
public struct ContentDisposition: Sendable, Hashable {
    /// Lower-case disposition type, such as `inline` or `attachment`.
    public var type: String
    public var filename: String?

    public init(type: String, filename: String?) {
        self.type = type
        self.filename = filename
    }

    public var isAttachment: Bool { type == "attachment" }
}
