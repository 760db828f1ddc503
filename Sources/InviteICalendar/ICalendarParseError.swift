/// An input that could not be read as iCalendar at all (RFC 5545 §3.1, §3.4).
///
/// Recoverable problems never throw; they become ``ICalendarParseResult/warnings``.
public struct ICalendarParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; a struct over a private enum so cases can be added.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Kind: Sendable, Hashable {
            case notICalendar
            case binaryInput
            case limitExceeded
        }
        private let kind: Kind

        /// The input holds no `BEGIN:VCALENDAR`.
        public static let notICalendar = Code(kind: .notICalendar)
        /// The input holds NUL bytes or other binary data.
        public static let binaryInput = Code(kind: .binaryInput)
        /// Nesting depth or line length beyond ``ICalendarParser/Limits``.
        public static let limitExceeded = Code(kind: .limitExceeded)

        /// DESCRIPTION, unescaped.
        public var description: String {
            switch kind {
            case .notICalendar: "no BEGIN:VCALENDAR"
            case .binaryInput: "binary data, not iCalendar text"
            case .limitExceeded: "limit exceeded"
            }
        }
    }

    /// What went wrong.
    public let code: Code
    /// Offset of the offending byte in the input.
    public let byteOffset: Int
    /// The 1-based line of ``byteOffset``.
    public let line: Int
    /// A short piece of the offending line, when useful.
    public let excerpt: String?

    /// `12: no BEGIN:VCALENDAR (excerpt)`.
    public var description: String {
        var s = "\(line): \(code)"
        if let excerpt { s += " (\(excerpt))" }
        return s
    }

    @inline(never)
    static func make(_ code: Code, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ICalendarParseError {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        for i in 0..<end where bytes[i] == 0x0A { line += 1 }
        var lineEnd = end
        while lineEnd < bytes.count, lineEnd - end < 60, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        let excerpt =
            lineEnd > end ? String(decoding: UnsafeBufferPointer(rebasing: bytes[end..<lineEnd]), as: UTF8.self) : nil
        return ICalendarParseError(code: code, byteOffset: end, line: line, excerpt: excerpt)
    }
}

/// A recoverable problem met while reading, with its 1-based line.
public struct ICalendarWarning: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line where the problem was seen.
    public var line: Int
    /// What was wrong and what was done about it.
    public var message: String

    /// Creates a warning.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `12: folded line without leading space joined to the previous one`.
    public var description: String { "\(line): \(message)" }
}
