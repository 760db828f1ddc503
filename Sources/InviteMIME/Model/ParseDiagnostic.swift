/// A problem the parser recovered from, with where it happened.
public struct ParseDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Byte offset in the input where the problem was seen.
    public var byteOffset: Int
    /// What happened, in words.
    public var message: String

    public init(byteOffset: Int, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { "byte \(byteOffset): \(message)" }
}

/// Limits that keep hostile input from exhausting memory or stack; exceeding one ends in a diagnostic.
public struct MIMEParserLimits: Sendable, Hashable {
    /// Deepest nesting of multiparts and attached messages.
    public var maxDepth: Int = 64
    /// Most parts in one message.
    public var maxParts: Int = 10_000
    /// Most bytes of one header block.
    public var maxHeaderBytes: Int = 1 << 20
    /// Most header fields in one header block.
    public var maxHeaderFields: Int = 10_000

    public init() {}
}
