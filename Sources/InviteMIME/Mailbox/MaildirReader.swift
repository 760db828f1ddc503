/// Reads the messages of a Maildir: the files in `cur/` and `new/` (`tmp/` holds deliveries in progress and is ignored).
///
/// Files are read in file-name order across both folders (runs of digits compare by value, so
/// `1700000000.M9` comes before `1700000000.M10`; ties go to `cur/`), which is deterministic and,
/// for Maildir's timestamp-first names, close to delivery order. Hidden files are skipped.
/// Only the file names are held in memory; each message is read when it is reached.
public struct MaildirReader: IteratorProtocol, Sequence, Sendable {
    /// The Maildir folder.
    public let path: String
    /// Problems not tied to one message (an unreadable `cur/` or `new/`).
    public private(set) var warnings: [MailboxReadError] = []
    private let options: MailboxOptions
    private var files: [String] = []
    private var position = 0

    /// Lists the Maildir at `path`.
    ///
    /// - Throws: ``MailboxReadError`` when `path` is not a directory or has neither `cur/` nor `new/`.
    public init(path: String, options: MailboxOptions = MailboxOptions()) throws(MailboxReadError) {
        self.path = path
        self.options = options
        try requireDirectory(path, what: "open Maildir")
        var named: [(name: String, relative: String)] = []
        var foundFolder = false
        for folder in ["cur", "new"] {
            let folderPath = joinPath(path, folder)
            guard fileKind(folderPath) == .directory else { continue }
            foundFolder = true
            switch listDirectory(folderPath) {
            case .success(let items):
                for item in items where item.isRegularFile { named.append((item.name, folder + "/" + item.name)) }
            case .failure(let error):
                warnings.append(error)
            }
        }
        guard foundFolder else {
            throw MailboxReadError(code: .notAMaildir, path: path, reason: "not a Maildir: no cur/ or new/ folder")
        }
        named.sort { lhs, rhs in
            if lhs.name != rhs.name { return naturalLess(lhs.name, rhs.name) }
            return lhs.relative < rhs.relative
        }
        files = named.map(\.relative)
    }

    /// Number of messages found.
    public var count: Int { files.count }

    /// The next message, or `nil` after the last one.
    public mutating func next() -> MailboxEntry? {
        guard position < files.count else { return nil }
        let index = position
        position += 1
        return readMessageFile(joinPath(path, files[index]), index: index, options: options)
    }
}

/// Joins a folder and a relative path with one `/`.
func joinPath(_ folder: String, _ name: String) -> String {
    folder.utf8.last == UInt8(ascii: "/") ? folder + name : folder + "/" + name
}

/// The entry for one message file (a Maildir file, an `.eml` file, a single message).
func readMessageFile(_ path: String, index: Int, options: MailboxOptions) -> MailboxEntry {
    switch readWholeFile(path, limit: options.maxMessageBytes) {
    case .success(let bytes):
        return MailboxEntry(index: index, offset: nil, path: path, bytes: bytes)
    case .failure(let error):
        return MailboxEntry(index: index, offset: nil, path: path, bytes: [], error: error)
    }
}
