#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `memchr` for LF: libc's vectorised search, much faster than a byte loop on long lines.
@inline(__always)
func memchrLF(_ start: UnsafePointer<UInt8>, _ count: Int) -> UnsafePointer<UInt8>? {
    guard let hit = memchr(start, 0x0A, count) else { return nil }
    return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
}
