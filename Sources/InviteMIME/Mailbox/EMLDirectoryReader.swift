/// Reads every `*.eml` file in a folder and, by default, its subfolders.
///
/// Recursion (``MailboxOptions/isRecursive``, default on) suits exported folder trees; it skips hidden
/// names, does not follow symbolic links to folders (no cycles) and stops 64 levels down with a warning.
/// Files are read in order of their path relative to the folder (runs of digits compare by value,
/// so `9.eml` comes before `10.eml`). The extension matches case-insensitively (`.EML`).
public struct EMLDirectoryReader: IteratorProtocol, Sequence, Sendable {
    /// The folder.
    public let path: String
    /// Problems not tied to one message (an unreadable subfolder, too deep a tree).
    public private(set) var warnings: [MailboxReadError] = []
    private let options: MailboxOptions
    private var files: [String] = []
    private var position = 0

    /// Deepest subfolder level searched.
    static let maxDepth = 64

    /// Lists the `.eml` files under `path`.
    ///
    /// - Throws: ``MailboxReadError`` when `path` is not a readable directory.
    public init(path: String, options: MailboxOptions = MailboxOptions()) throws(MailboxReadError) {
        self.path = path
        self.options = options
        try requireDirectory(path, what: "open folder")
        let top = try listDirectory(path).get()
        var found: [String] = []
        collect(top, relative: "", depth: 0, into: &found)
        found.sort(by: naturalLess)
        files = found
    }

    private mutating func collect(_ items: [DirectoryItem], relative: String, depth: Int, into found: inout [String]) {
        for item in items {
            let name = relative.isEmpty ? item.name : relative + "/" + item.name
            if item.isRegularFile && hasEMLExtension(item.name) {
                found.append(name)
            } else if item.isDirectory && options.isRecursive {
                guard depth < Self.maxDepth else {
                    warnings.append(
                        MailboxReadError(
                            code: .directoryTooDeep, path: joinPath(path, name),
                            reason: "folder nested too deep; skipped")
                    )
                    continue
                }
                switch listDirectory(joinPath(path, name)) {
                case .success(let children): collect(children, relative: name, depth: depth + 1, into: &found)
                case .failure(let error): warnings.append(error)
                }
            }
        }
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

/// Whether a file name ends in `.eml`, in any case.
func hasEMLExtension(_ name: String) -> Bool {
    let tail = Array(name.utf8.suffix(4))
    guard tail.count == 4, tail[0] == UInt8(ascii: "."), name.utf8.count > 4 else { return false }
    return tail[1] | 0x20 == UInt8(ascii: "e") && tail[2] | 0x20 == UInt8(ascii: "m")
        && tail[3] | 0x20 == UInt8(ascii: "l")
}
