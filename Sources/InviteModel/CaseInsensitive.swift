/// Whether two strings are equal once lower-cased: ASCII byte for byte (no lower-cased copies), other text
/// through `lowercased()`.
package func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    let ascii: Bool? = a.withUTF8 { x in
        b.withUTF8 { y in
            // ASCII on both sides: a byte comparison decides; anything else goes to `lowercased()`.
            func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool { !p.contains { $0 >= 0x80 } }
            guard isASCII(x), isASCII(y) else { return nil }
            guard x.count == y.count else { return false }
            for k in 0..<x.count {
                let (p, q) = (x[k], y[k])
                if p != q, p | 0x20 != q | 0x20 || (p | 0x20) &- 0x61 >= 26 { return false }
            }
            return true
        }
    }
    return ascii ?? (a.lowercased() == b.lowercased())
}
