internal import CLibXML2

/// Decodes character references in text that was HTML-escaped outside the parser (JSON-LD, attributes).
enum HTMLEntities {
    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` (HTML 4 names, as libxml2 knows them); leaves others as written.
    static func decode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            var j = i + 1
            while j < bytes.count, j - i <= 32, bytes[j] != UInt8(ascii: ";"), bytes[j] > 0x20,
                bytes[j] != UInt8(ascii: "&")
            {
                j += 1
            }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 1,
                let scalar = scalarValue(bytes[(i + 1)..<j])
            else {
                out.append(b)
                i += 1
                continue
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func scalarValue(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        if name.first == UInt8(ascii: "#") {
            var v: UInt32 = 0
            var digits = name.dropFirst()
            let hex = digits.first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
            if hex { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            for d in digits {
                let value: UInt32
                switch d {
                case 0x30...0x39: value = UInt32(d - 0x30)
                case 0x41...0x46 where hex: value = UInt32(d - 0x41 + 10)
                case 0x61...0x66 where hex: value = UInt32(d - 0x61 + 10)
                default: return nil
                }
                v = v * (hex ? 16 : 10) + value
            }
            return Unicode.Scalar(v) ?? "\u{FFFD}"
        }
        if name.elementsEqual("apos".utf8) { return "'" }
        var cName = Array(name)
        cName.append(0)
        guard let entity = cName.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }

    /// Collapses runs of white space (ASCII and no-break space) to one space and trims the ends.
    static func normalizeSpace(_ s: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        var it = s.utf8.makeIterator()
        var previous: UInt8 = 0
        while let b = it.next() {
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C {
                pendingSpace = true
            } else if b == 0xC2 {
                previous = b
                continue
            } else if previous == 0xC2 {
                if b == 0xA0 {
                    pendingSpace = true
                } else {
                    if pendingSpace, !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(0xC2)
                    out.append(b)
                }
            } else {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
            previous = b
        }
        return String(decoding: out, as: UTF8.self)
    }
}
