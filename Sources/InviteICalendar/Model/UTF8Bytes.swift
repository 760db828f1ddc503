// Byte helpers shared by the parser and the writer: they reach a String's UTF-8 storage directly
// instead of iterating `String.UTF8View`, which costs several instructions per byte.

/// Calls `body` with the string's UTF-8 bytes, without copying when the string is native or small.
@inline(__always)
package func withUTF8Bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
    let copy = Array(s.utf8)
    return copy.withUnsafeBufferPointer(body)
}

/// Appends the string's UTF-8 bytes.
@inline(__always)
package func appendUTF8(_ s: String, to out: inout [UInt8]) {
    withUTF8Bytes(s) { out.append(contentsOf: $0) }
}

/// Appends `b[from..<to]`.
@inline(__always)
package func appendBytes(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, to out: inout [UInt8]) {
    guard from < to else { return }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[from..<to]))
}

/// Whether a byte must be escaped in TEXT: `\`, `;`, `,`, CR or LF (RFC 5545 §3.3.11).
@inline(__always)
package func isTextSpecial(_ c: UInt8) -> Bool {
    // Bits 0x0A, 0x0D, 0x2C and 0x3B of a 64-bit mask, plus the backslash.
    let mask: UInt64 = (1 << 0x0A) | (1 << 0x0D) | (1 << 0x2C) | (1 << 0x3B)
    return c < 64 ? (mask >> UInt64(c)) & 1 != 0 : c == 0x5C
}

/// The index of the first CR or LF at or after `from`, or `to`; reads eight bytes at a time.
@inline(__always)
package func indexOfLineBreak(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var i = from
    if let base = b.baseAddress {
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lf: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        while i + 8 <= to {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let x = w ^ lf
            let y = w ^ cr
            // Non-zero exactly when some byte of x or y is zero (the classic "has zero byte" test).
            if ((x &- ones) & ~x & highs) | ((y &- ones) & ~y & highs) != 0 { break }
            i += 8
        }
    }
    while i < to, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
    return i
}

/// The index of the first NUL byte in `b[from..<to]`, or `nil`; reads eight bytes at a time.
package func indexOfZeroByte(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    var i = from
    if let base = b.baseAddress {
        let raw = UnsafeRawPointer(base)
        while i + 8 <= to {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
    }
    while i < to {
        if b[i] == 0 { return i }
        i += 1
    }
    return nil
}

/// The index of the first TEXT special byte (see ``isTextSpecial(_:)``) at or after `from`, or `to`;
/// skips eight bytes at a time while none of them is special.
@inline(__always)
package func indexOfTextSpecial(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var i = from
    if let base = b.baseAddress {
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= to {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            @inline(__always) func has(_ c: UInt64) -> UInt64 {
                let x = w ^ (c &* ones)
                return (x &- ones) & ~x & highs
            }
            if has(0x0A) | has(0x0D) | has(0x2C) | has(0x3B) | has(0x5C) != 0 { break }
            i += 8
        }
    }
    while i < to, !isTextSpecial(b[i]) { i += 1 }
    return i
}

/// The index of the first `byte` at or after `from`, or `to`; reads eight bytes at a time.
@inline(__always)
package func indexOfByte(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var i = from
    if let base = b.baseAddress {
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = UInt64(byte) &* ones
        while i + 8 <= to {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
            if (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
    }
    while i < to, b[i] != byte { i += 1 }
    return i
}
