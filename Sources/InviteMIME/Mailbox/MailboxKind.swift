#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The layouts of mail storage that ``MailboxReader`` opens.
public enum MailboxKind: String, Sendable, Hashable, CaseIterable {
    /// One file of messages separated by From_ lines (mboxo, mboxrd, mboxcl, mboxcl2); also `-` (stdin).
    case mbox
    /// A folder with `cur/` and/or `new/` holding one message per file.
    case maildir
    /// A folder of `*.eml` files.
    case emlDirectory
    /// One file holding one message.
    case singleFile

    /// Guesses the kind of mailbox at `path`.
    ///
    /// `-` is an mbox on standard input. A folder with `cur/` or `new/` is a Maildir, any other folder
    /// an `.eml` folder. A file is an mbox when it starts with `From ` or is named `*.mbox`/`*.mbx`;
    /// other regular files are single messages, and anything else (a pipe, a device) is read as an mbox.
    ///
    /// - Throws: ``MailboxReadError`` with code ``MailboxReadError/Code/cannotOpen`` when `path` does not exist.
    public static func detect(path: String) throws(MailboxReadError) -> MailboxKind {
        if path == "-" { return .mbox }
        switch fileKind(path) {
        case .unavailable(let code):
            throw .cannotOpen(path, errno: code, what: "open")
        case .directory:
            if fileKind(joinPath(path, "cur")) == .directory || fileKind(joinPath(path, "new")) == .directory {
                return .maildir
            }
            return .emlDirectory
        case .other:
            return .mbox
        case .regular:
            if hasExtension(path, "mbox") || hasExtension(path, "mbx") { return .mbox }
            let fd = try openForReading(path).get()
            defer { close(fd) }
            var head = [UInt8](repeating: 0, count: 5)
            var count = 0
            while count < 5 {
                let got = head.withUnsafeMutableBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return 0 }
                    return read(fd, base + count, 5 - count)
                }
                if got > 0 {
                    count += got
                } else if got < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            return count == 5 && head == Array("From ".utf8) ? .mbox : .singleFile
        }
    }
}

/// Whether the last path component ends in `.` + `ext` (ASCII, any case).
private func hasExtension(_ path: String, _ ext: String) -> Bool {
    let name = Array(path.utf8)
    let suffix = Array(("." + ext).utf8)
    guard name.count > suffix.count else { return false }
    for (byte, expected) in zip(name.suffix(suffix.count), suffix) {
        let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        if lowered != expected { return false }
    }
    return true
}
