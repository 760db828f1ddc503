#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the messages of any mailbox: an mbox file or stdin (`-`), a Maildir, a folder of `.eml` files or one message file.
///
/// ```swift
/// var reader = try MailboxReader(path: "archive.mbox")
/// for entry in reader where entry.error == nil {
///     print(entry.index, entry.offset ?? 0, entry.bytes.count)
/// }
/// ```
public struct MailboxReader: IteratorProtocol, Sequence {
    private enum Source {
        case mbox(MboxReader)
        case maildir(MaildirReader)
        case emlDirectory(EMLDirectoryReader)
        case singleFile(path: String, options: MailboxOptions, isDone: Bool)
    }

    /// What kind of mailbox this is.
    public let kind: MailboxKind
    /// The path given (`-` for stdin).
    public let path: String
    private var source: Source

    /// Opens the mailbox at `path` (`-` reads an mbox from standard input), detecting its kind.
    ///
    /// - Throws: ``MailboxReadError`` when the path does not exist or cannot be opened.
    public init(path: String, options: MailboxOptions = MailboxOptions()) throws(MailboxReadError) {
        try self.init(path: path, kind: try MailboxKind.detect(path: path), options: options)
    }

    /// Opens the mailbox at `path` as the given kind.
    ///
    /// - Throws: ``MailboxReadError`` when the path cannot be opened as that kind.
    public init(path: String, kind: MailboxKind, options: MailboxOptions = MailboxOptions()) throws(MailboxReadError) {
        self.kind = kind
        self.path = path
        switch kind {
        case .mbox:
            if path == "-" {
                source = .mbox(MboxReader(fileDescriptor: STDIN_FILENO, options: options))
            } else {
                source = .mbox(try MboxReader(path: path, options: options))
            }
        case .maildir:
            source = .maildir(try MaildirReader(path: path, options: options))
        case .emlDirectory:
            source = .emlDirectory(try EMLDirectoryReader(path: path, options: options))
        case .singleFile:
            if case .unavailable(let code) = fileKind(path) { throw .cannotOpen(path, errno: code) }
            source = .singleFile(path: path, options: options, isDone: false)
        }
    }

    /// Problems not tied to one message; message problems are on each ``MailboxEntry``.
    public var warnings: [MailboxReadError] {
        switch source {
        case .mbox(let reader): reader.warnings
        case .maildir(let reader): reader.warnings
        case .emlDirectory(let reader): reader.warnings
        case .singleFile: []
        }
    }

    /// The next message, or `nil` after the last one.
    public mutating func next() -> MailboxEntry? {
        switch source {
        case .mbox(var reader):
            let entry = reader.next()
            source = .mbox(reader)
            return entry
        case .maildir(var reader):
            let entry = reader.next()
            source = .maildir(reader)
            return entry
        case .emlDirectory(var reader):
            let entry = reader.next()
            source = .emlDirectory(reader)
            return entry
        case .singleFile(let path, let options, let isDone):
            if isDone { return nil }
            source = .singleFile(path: path, options: options, isDone: true)
            return readMessageFile(path, index: 0, options: options)
        }
    }
}
