/// One message read from a mailbox.
public struct MailboxEntry: Sendable, Hashable {
    /// 0-based position in the mailbox; every message found gets one, including skipped ones.
    public var index: Int
    /// Byte offset of the message's From_ line in an mbox (0 for text before the first From_ line); `nil` for files.
    public var offset: Int?
    /// File path for Maildir, `.eml` folders and single files; `nil` for an mbox.
    public var path: String?
    /// The message as RFC 5322 bytes (From_ line and the separating blank line removed, From-quoting undone).
    ///
    /// Empty when ``error`` is set.
    public var bytes: [UInt8]
    /// Recoverable problems met while framing this message.
    public var warnings: [MailboxReadError]
    /// Why the message could not be read (too large, unreadable file); `bytes` is then empty.
    public var error: MailboxReadError?

    /// Creates an entry.
    public init(
        index: Int,
        offset: Int?,
        path: String?,
        bytes: [UInt8],
        warnings: [MailboxReadError] = [],
        error: MailboxReadError? = nil
    ) {
        self.index = index
        self.offset = offset
        self.path = path
        self.bytes = bytes
        self.warnings = warnings
        self.error = error
    }
}

/// How `>From ` lines in an mbox are un-quoted.
public enum FromQuoting: String, Sendable, Hashable, CaseIterable {
    /// mboxrd: strip one `>` from every line matching `^>+From `. The default: it undoes both
    /// mboxrd and mboxo quoting of `From ` lines, and only alters lines that were `>From ` in the
    /// original message of an mboxo file (mboxo cannot tell those apart anyway).
    case mboxrd
    /// mboxo: strip the `>` only from lines matching `^>From ` (exactly one `>`).
    case mboxo
    /// Keep every line as stored.
    case none
}

/// Settings shared by the mailbox readers.
public struct MailboxOptions: Sendable, Hashable {
    /// Largest message read, in bytes (default 64 MiB); larger ones become an entry with ``MailboxEntry/error``.
    public var maxMessageBytes: Int
    /// Size of each `read(2)` on an mbox (default 1 MiB); the reader's memory is about this plus the largest message.
    public var bufferSize: Int
    /// How `>From ` lines are un-quoted (default ``FromQuoting/mboxrd``).
    public var fromQuoting: FromQuoting
    /// Whether a `Content-Length:` header that exactly frames a message is used to find its end (mboxcl/mboxcl2).
    public var usesContentLength: Bool
    /// Whether a folder of `.eml` files is searched recursively (default `true`).
    public var isRecursive: Bool

    /// Creates options; the defaults suit any mailbox.
    public init(
        maxMessageBytes: Int = 64 << 20,
        bufferSize: Int = 1 << 20,
        fromQuoting: FromQuoting = .mboxrd,
        usesContentLength: Bool = true,
        isRecursive: Bool = true
    ) {
        self.maxMessageBytes = max(1, maxMessageBytes)
        self.bufferSize = max(1, bufferSize)
        self.fromQuoting = fromQuoting
        self.usesContentLength = usesContentLength
        self.isRecursive = isRecursive
    }
}
