#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A window over a byte stream, filled by `read(2)` in chunks, that keeps only the bytes its caller still needs.
///
/// Offsets are absolute (from the start of the stream); `storage[0]` holds the byte at `base`.
/// A class because it owns the buffer and the file descriptor; it is used by one reader only.
final class MboxInput {
    private enum Source {
        case file(Int32, closesOnDeinit: Bool)
        case memory([UInt8], position: Int)
    }

    private var source: Source
    private(set) var storage: UnsafeMutableRawPointer
    private(set) var capacity: Int
    /// Absolute offset of `storage[0]`.
    private(set) var base = 0
    /// Number of valid bytes in `storage`.
    private(set) var count = 0
    /// Whether the stream has ended (or failed).
    private(set) var isAtEnd = false
    /// The `errno` of a failed `read(2)`, if any.
    private(set) var failure: Int32?
    let chunkSize: Int
    /// Capacity that doubling stops at (about the largest message kept); only a caller keeping more goes beyond.
    private let growthLimit: Int

    /// Reads from `fileDescriptor`; `growthLimit` is about the most bytes a caller keeps at once.
    convenience init(fileDescriptor: Int32, closesOnDeinit: Bool, chunkSize: Int, growthLimit: Int) {
        self.init(
            source: .file(fileDescriptor, closesOnDeinit: closesOnDeinit), chunkSize: chunkSize,
            growthLimit: growthLimit)
    }

    /// Reads from memory, at most `chunkSize` bytes per fill, as `read(2)` would (for tests).
    convenience init(bytes: [UInt8], chunkSize: Int, growthLimit: Int) {
        self.init(source: .memory(bytes, position: 0), chunkSize: chunkSize, growthLimit: growthLimit)
    }

    private init(source: Source, chunkSize: Int, growthLimit: Int) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        self.growthLimit = growthLimit
        // malloc/realloc rather than allocate(byteCount:alignment:): glibc grows large blocks with mremap, without a copy.
        var capacity = self.chunkSize * 2
        var storage = malloc(capacity)
        if storage == nil {
            capacity = 4096
            storage = malloc(capacity)
        }
        guard let storage else {
            // Without 4 KiB of memory nothing works; report it as a failed read.
            self.storage = UnsafeMutableRawPointer(bitPattern: 64).unsafelyUnwrapped
            self.capacity = 0
            isAtEnd = true
            failure = ENOMEM
            return
        }
        self.storage = storage
        self.capacity = capacity
    }

    deinit {
        if capacity > 0 { free(storage) }
        if case .file(let fd, true) = source { close(fd) }
    }

    /// Absolute offset just past the last byte read so far.
    var end: Int { base + count }

    /// The byte at absolute `offset`, which must lie in `base..<end`.
    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        storage.load(fromByteOffset: offset - base, as: UInt8.self)
    }

    /// Absolute offset of the first `byte` in `from..<end`, or `nil`.
    @inline(__always)
    func firstIndex(of byte: UInt8, from: Int) -> Int? {
        guard from < end, let hit = memchr(storage + (from - base), Int32(byte), end - from) else { return nil }
        return base + storage.distance(to: hit)
    }

    /// Whether the bytes at absolute `offset` are `From ` (all five must have been read).
    @inline(__always)
    func hasFromPrefix(at offset: Int) -> Bool {
        guard offset >= base, offset + 5 <= end else { return false }
        let p = storage + (offset - base)
        return p.load(as: UInt8.self) == UInt8(ascii: "F")
            && p.load(fromByteOffset: 1, as: UInt8.self) == UInt8(ascii: "r")
            && p.load(fromByteOffset: 2, as: UInt8.self) == UInt8(ascii: "o")
            && p.load(fromByteOffset: 3, as: UInt8.self) == UInt8(ascii: "m")
            && p.load(fromByteOffset: 4, as: UInt8.self) == UInt8(ascii: " ")
    }

    /// Reads more bytes, first discarding those before absolute offset `keep`.
    ///
    /// - Returns: whether any byte was added (`false` at the end of the stream).
    func fill(keeping keep: Int) -> Bool {
        if isAtEnd { return false }
        let drop = min(max(0, keep - base), count)
        if drop > 0 {
            if count > drop { memmove(storage, storage + drop, count - drop) }
            base += drop
            count -= drop
        }
        if capacity - count < chunkSize {
            guard reallocate(to: max(count + chunkSize, min(capacity * 2, growthLimit))) else {
                failure = ENOMEM
                isAtEnd = true
                return false
            }
        } else if capacity > 8 * chunkSize && count + chunkSize <= capacity / 4 {
            // Give back the memory of a huge message once it has gone.
            _ = reallocate(to: max(2 * chunkSize, count + chunkSize))
        }
        while true {
            let wanted = min(chunkSize, capacity - count)
            switch source {
            case .file(let fd, _):
                let got = read(fd, storage + count, wanted)
                if got > 0 {
                    count += got
                    return true
                }
                if got == 0 {
                    isAtEnd = true
                    return false
                }
                let code = errno
                if code == EINTR { continue }
                failure = code
                isAtEnd = true
                return false
            case .memory(let bytes, let position):
                let got = min(wanted, bytes.count - position)
                if got <= 0 {
                    isAtEnd = true
                    return false
                }
                bytes.withUnsafeBytes { raw in
                    if let from = raw.baseAddress {
                        (storage + count).copyMemory(from: from + position, byteCount: got)
                    }
                }
                source = .memory(bytes, position: position + got)
                count += got
                return true
            }
        }
    }

    /// Reads until bytes before absolute `offset` are present or the stream ends.
    @inline(__always)
    func ensure(_ offset: Int, keeping keep: Int) {
        while end < offset && fill(keeping: keep) {}
    }

    /// Copies absolute `range` into a new array, leaving out the bytes at the absolute offsets in `skipping` (ascending).
    func copy(_ range: Range<Int>, skipping: [Int]) -> [UInt8] {
        let skipped = skipping.lazy.filter { range.contains($0) }
        let total = range.count - skipped.count
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let out = buffer.baseAddress, total > 0 else {
                initialized = 0
                return
            }
            var source = range.lowerBound
            var written = 0
            for skip in skipped {
                let length = skip - source
                if length > 0 {
                    UnsafeMutableRawPointer(out + written).copyMemory(
                        from: storage + (source - base), byteCount: length)
                }
                written += length
                source = skip + 1
            }
            let length = range.upperBound - source
            if length > 0 {
                UnsafeMutableRawPointer(out + written).copyMemory(from: storage + (source - base), byteCount: length)
            }
            initialized = written + max(0, length)
        }
    }

    private func reallocate(to newCapacity: Int) -> Bool {
        guard capacity > 0, let fresh = realloc(storage, newCapacity) else { return false }
        storage = fresh
        capacity = newCapacity
        return true
    }
}
