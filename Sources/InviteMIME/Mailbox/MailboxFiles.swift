#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of a C `errno` value.
func errnoDescription(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text) + " (errno \(code))"
}

/// Opens `path` read-only, retrying on `EINTR`.
func openForReading(_ path: String) -> Result<Int32, MailboxReadError> {
    while true {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd >= 0 { return .success(fd) }
        let code = errno
        if code != EINTR { return .failure(.cannotOpen(path, errno: code)) }
    }
}

/// What `stat(2)` says a path is.
enum FileKind: Sendable, Hashable {
    case regular, directory, other
    /// `stat(2)` failed with this `errno`.
    case unavailable(Int32)
}

/// The kind of file at `path`, following symbolic links.
func fileKind(_ path: String) -> FileKind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .unavailable(errno) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .directory
    default: return .other
    }
}

/// Fails unless `path` is a directory; `what` names the attempt in the error ("open Maildir").
func requireDirectory(_ path: String, what: String) throws(MailboxReadError) {
    switch fileKind(path) {
    case .directory: return
    case .unavailable(let code): throw .cannotOpen(path, errno: code, what: what)
    case .regular, .other: throw MailboxReadError(code: .notADirectory, path: path, reason: "not a directory")
    }
}

/// Reads a whole file of at most `limit` bytes; larger files are not read.
func readWholeFile(_ path: String, limit: Int) -> Result<[UInt8], MailboxReadError> {
    let fd: Int32
    switch openForReading(path) {
    case .success(let opened): fd = opened
    case .failure(let error): return .failure(error)
    }
    defer { close(fd) }
    var info = stat()
    let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
    if expected > limit { return .failure(.tooLarge(path, byteOffset: nil, size: expected, limit: limit)) }
    // One byte more than expected so a file that grew is noticed without a second stat.
    var bytes = [UInt8](repeating: 0, count: expected + 1)
    var count = 0
    while true {
        if count == bytes.count {
            if count > limit { return .failure(.tooLarge(path, byteOffset: nil, size: count, limit: limit)) }
            bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
        }
        let got = bytes.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return read(fd, base + count, buffer.count - count)
        }
        if got > 0 {
            count += got
        } else if got == 0 {
            break
        } else {
            let code = errno
            if code == EINTR { continue }
            return .failure(.readFailed(path, byteOffset: nil, errno: code))
        }
    }
    if count > limit { return .failure(.tooLarge(path, byteOffset: nil, size: count, limit: limit)) }
    bytes.removeLast(bytes.count - count)
    return .success(bytes)
}

/// One directory entry: its name and whether it is a directory (symbolic links to directories are not).
struct DirectoryItem: Sendable, Hashable {
    var name: String
    var isDirectory: Bool
    var isRegularFile: Bool
}

/// The entries of a directory except `.`, `..` and hidden names (starting with `.`).
func listDirectory(_ path: String) -> Result<[DirectoryItem], MailboxReadError> {
    guard let dir = opendir(path) else { return .failure(.cannotOpen(path, errno: errno, what: "open directory")) }
    defer { closedir(dir) }
    var items: [DirectoryItem] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        if name.utf8.first == UInt8(ascii: ".") { continue }
        var isDirectory = false
        var isRegularFile = false
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_DIR): isDirectory = true
        case Int32(DT_REG): isRegularFile = true
        case Int32(DT_LNK):
            // Follow links to files, never to directories (no cycles).
            if fileKind(path + "/" + name) == .regular { isRegularFile = true }
        default:
            var info = stat()
            if lstat(path + "/" + name, &info) == 0 {
                isDirectory = info.st_mode & S_IFMT == S_IFDIR
                isRegularFile = info.st_mode & S_IFMT == S_IFREG
                if info.st_mode & S_IFMT == S_IFLNK, fileKind(path + "/" + name) == .regular {
                    isRegularFile = true
                }
            }
        }
        items.append(DirectoryItem(name: name, isDirectory: isDirectory, isRegularFile: isRegularFile))
    }
    return .success(items)
}

/// Orders names byte-wise, except that runs of ASCII digits compare by value (`m9` < `m10`).
///
/// Equal values with different zero padding order the shorter run first, so the order is total.
func naturalLess(_ lhs: String, _ rhs: String) -> Bool {
    let a = lhs.utf8
    let b = rhs.utf8
    var i = a.startIndex
    var j = b.startIndex
    while i < a.endIndex && j < b.endIndex {
        let x = a[i]
        let y = b[j]
        guard isDigit(x) && isDigit(y) else {
            if x != y { return x < y }
            i = a.index(after: i)
            j = b.index(after: j)
            continue
        }
        let runA = digitRun(a, from: i)
        let runB = digitRun(b, from: j)
        if runA.significant != runB.significant { return runA.significant < runB.significant }
        // Same number of significant digits: the first differing digit decides.
        var p = runA.firstSignificant
        var q = runB.firstSignificant
        while p < runA.end {
            if a[p] != b[q] { return a[p] < b[q] }
            p = a.index(after: p)
            q = b.index(after: q)
        }
        if runA.length != runB.length { return runA.length < runB.length }
        i = runA.end
        j = runB.end
    }
    return i == a.endIndex && j < b.endIndex
}

/// The extent of the run of digits starting at `start`.
private func digitRun(
    _ text: String.UTF8View,
    from start: String.Index
) -> (end: String.Index, firstSignificant: String.Index, length: Int, significant: Int) {
    var index = start
    var firstSignificant: String.Index?
    var length = 0
    var significant = 0
    while index < text.endIndex && isDigit(text[index]) {
        if firstSignificant == nil && text[index] != UInt8(ascii: "0") { firstSignificant = index }
        if firstSignificant != nil { significant += 1 }
        length += 1
        index = text.index(after: index)
    }
    return (index, firstSignificant ?? index, length, significant)
}

@inline(__always)
private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
