/// A problem met while reading a mailbox: fatal when thrown, a warning when listed.
///
/// The same type describes errors that stop reading (a missing file, thrown from an initializer),
/// problems with one message (``MailboxEntry/error``, such as a message over the size limit) and
/// recoverable oddities (``MailboxEntry/warnings``, ``MboxReader/warnings``, such as leading junk).
public struct MailboxReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case cannotOpen = "cannot open"
            case readFailed = "read failed"
            case messageTooLarge = "message too large"
            case leadingJunk = "leading junk"
            case notAnMbox = "not an mbox"
            case messageWithoutFromLine = "message without From_ line"
            case fromLineWithoutBlankLine = "From_ line without blank line"
            case contentLengthMismatch = "Content-Length mismatch"
            case notAMaildir = "not a Maildir"
            case notADirectory = "not a directory"
            case directoryTooDeep = "directory too deep"
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The path could not be opened or examined (`open(2)`/`stat(2)` failed).
        public static let cannotOpen = Code(.cannotOpen)
        /// `read(2)` or `opendir(3)` failed part way; what was read before is kept.
        public static let readFailed = Code(.readFailed)
        /// A message is larger than ``MailboxOptions/maxMessageBytes``; it was skipped.
        public static let messageTooLarge = Code(.messageTooLarge)
        /// Bytes before the first From_ line of an mbox that do not look like a message were skipped.
        public static let leadingJunk = Code(.leadingJunk)
        /// An mbox input has no From_ line at all; it was read as one message.
        public static let notAnMbox = Code(.notAnMbox)
        /// Text before the first From_ line looked like a message and was read as one.
        public static let messageWithoutFromLine = Code(.messageWithoutFromLine)
        /// A message was split at a From_ line that had no blank line before it.
        public static let fromLineWithoutBlankLine = Code(.fromLineWithoutBlankLine)
        /// A `Content-Length:` header did not frame the message; From_ lines were used instead.
        public static let contentLengthMismatch = Code(.contentLengthMismatch)
        /// A directory has neither `cur/` nor `new/`.
        public static let notAMaildir = Code(.notAMaildir)
        /// A path expected to be a directory is not one.
        public static let notADirectory = Code(.notADirectory)
        /// A folder of `.eml` files nests deeper than the reader follows.
        public static let directoryTooDeep = Code(.directoryTooDeep)

        public var description: String { base.rawValue }
    }

    /// What kind of problem this is.
    public var code: Code
    /// The mailbox or message file concerned; `nil` for standard input or in-memory input.
    public var path: String?
    /// Byte offset in the mbox where the problem is (the From_ line of the message concerned).
    public var byteOffset: Int?
    /// A short human-readable explanation.
    public var reason: String

    /// Creates an error.
    public init(code: Code, path: String?, byteOffset: Int? = nil, reason: String) {
        self.code = code
        self.path = path
        self.byteOffset = byteOffset
        self.reason = reason
    }

    /// `path:offset: reason`, as the CLI prints it.
    public var description: String {
        var text = path ?? "<stdin>"
        if let byteOffset { text += ":\(byteOffset)" }
        return text + ": " + reason
    }

    @inline(never)
    static func cannotOpen(_ path: String, errno code: Int32, what: String = "open") -> MailboxReadError {
        MailboxReadError(code: .cannotOpen, path: path, reason: "cannot \(what): \(errnoDescription(code))")
    }

    @inline(never)
    static func readFailed(_ path: String?, byteOffset: Int?, errno code: Int32) -> MailboxReadError {
        MailboxReadError(
            code: .readFailed, path: path, byteOffset: byteOffset, reason: "read failed: \(errnoDescription(code))")
    }

    @inline(never)
    static func tooLarge(_ path: String?, byteOffset: Int?, size: Int, limit: Int) -> MailboxReadError {
        MailboxReadError(
            code: .messageTooLarge,
            path: path,
            byteOffset: byteOffset,
            reason: "message of \(size) bytes exceeds the limit of \(limit) bytes; skipped"
        )
    }
}
