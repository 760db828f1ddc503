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

    init(fileDescriptor: Int32, closesOnDeinit: Bool, chunkSize: Int) {
        source = .file(fileDescriptor, closesOnDeinit: closesOnDeinit)
        self.chunkSize = max(1, chunkSize)
        capacity = self.chunkSize * 2
        storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
    }

    /// Reads from memory, at most `chunkSize` bytes per fill, as `read(2)` would (for tests).
    init(bytes: [UInt8], chunkSize: Int) {
        source = .memory(bytes, position: 0)
        self.chunkSize = max(1, chunkSize)
        capacity = self.chunkSize * 2
        storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
    }

    deinit {
        storage.deallocate()
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
            reallocate(to: max(capacity * 2, count + chunkSize))
        } else if capacity > 8 * chunkSize && count + chunkSize <= capacity / 4 {
            // Give back the memory of a huge message once it has gone.
            reallocate(to: max(2 * chunkSize, count + chunkSize))
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

    private func reallocate(to newCapacity: Int) {
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 64)
        if count > 0 { fresh.copyMemory(from: storage, byteCount: count) }
        storage.deallocate()
        storage = fresh
        capacity = newCapacity
    }
}
