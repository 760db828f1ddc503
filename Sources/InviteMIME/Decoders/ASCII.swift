// Byte constants and ASCII helpers shared by the parsers (STYLE.md §4: compare bytes, not Characters).

@usableFromInline let asciiCR: UInt8 = 0x0D
@usableFromInline let asciiLF: UInt8 = 0x0A
let asciiSpace: UInt8 = 0x20
let asciiTab: UInt8 = 0x09
let asciiColon: UInt8 = 0x3A
let asciiSemicolon: UInt8 = 0x3B
let asciiComma: UInt8 = 0x2C
let asciiEquals: UInt8 = 0x3D
let asciiQuestion: UInt8 = 0x3F
let asciiQuote: UInt8 = 0x22
let asciiBackslash: UInt8 = 0x5C
let asciiLess: UInt8 = 0x3C
let asciiGreater: UInt8 = 0x3E
let asciiAt: UInt8 = 0x40
let asciiOpenParen: UInt8 = 0x28
let asciiCloseParen: UInt8 = 0x29
let asciiDash: UInt8 = 0x2D
let asciiUnderscore: UInt8 = 0x5F
let asciiPercent: UInt8 = 0x25
let asciiApostrophe: UInt8 = 0x27
let asciiStar: UInt8 = 0x2A
let asciiSlash: UInt8 = 0x2F
let asciiDot: UInt8 = 0x2E
let asciiPlus: UInt8 = 0x2B

extension UInt8 {
    /// Space or horizontal tab (RFC 5234 WSP).
    @inline(__always) var isWhitespace: Bool { self == 0x20 || self == 0x09 }
    /// WSP, CR or LF.
    @inline(__always) var isSpaceOrNewline: Bool { self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A }
    @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
    @inline(__always) var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }
    /// The byte lower-cased when it is an ASCII letter.
    @inline(__always) var asciiLowercased: UInt8 { isLetter ? self | 0x20 : self }
    /// The value of a hexadecimal digit, or nil.
    @inline(__always) var hexValue: UInt8? {
        if self &- 0x30 < 10 { return self &- 0x30 }
        let lower = self | 0x20
        if lower &- 0x61 < 6 { return lower &- 0x61 &+ 10 }
        return nil
    }
}

/// Lower-cased ASCII string from bytes (for media types, charset labels, parameter names).
func lowercasedASCII(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes.map { $0.asciiLowercased }, as: UTF8.self)
}

/// Trims WSP, CR and LF from both ends of a byte slice's index range.
func trimmedRange(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower].isSpaceOrNewline { lower += 1 }
    while upper > lower, bytes[upper - 1].isSpaceOrNewline { upper -= 1 }
    return lower..<upper
}

/// Whether `bytes` starting at `index` begin with the ASCII `prefix`, ignoring case.
func hasPrefixIgnoringCase(_ bytes: [UInt8], at index: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard index >= 0, index + count <= bytes.count else { return false }
    return prefix.withUTF8Buffer { p in
        for k in 0..<count where bytes[index + k].asciiLowercased != p[k].asciiLowercased { return false }
        return true
    }
}

/// Index of the next LF at or after `from` (or `end` if none).
@inline(__always)
func indexOfLF(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
    guard from < end, let base = bytes.baseAddress else { return end }
    if let hit = memchrLF(base + from, end - from) { return hit - base }
    return end
}
