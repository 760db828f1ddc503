/// Makes multipart boundaries (RFC 2046 §5.1.1): random-looking, reproducible when seeded, and
/// checked against the content they delimit.
///
/// Each starts with `=_`, which neither quoted-printable nor base64 output can contain, and the
/// writer still verifies that no body holds it.
struct BoundaryGenerator {
    private var state: UInt64
    private static let alphabet: [UInt8] = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    init(seed: UInt64?) {
        if let seed {
            state = seed
        } else {
            var generator = SystemRandomNumberGenerator()
            state = generator.next()
        }
    }

    /// SplitMix64: a small, well-mixed generator; enough for identifiers, not for secrets.
    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` characters from a 62-letter alphabet.
    mutating func token(count: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var bits = nextUInt64()
        var left = 10
        for _ in 0..<count {
            if left == 0 {
                bits = nextUInt64()
                left = 10
            }
            bytes.append(Self.alphabet[Int(bits % 62)])
            bits /= 62
            left -= 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A boundary that occurs in none of `bodies`.
    mutating func next(avoiding bodies: [[UInt8]]) -> String {
        while true {
            let candidate = "=_" + token(count: 28)
            let needle = Array(candidate.utf8)
            if !bodies.contains(where: { Self.contains($0, needle) }) { return candidate }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
