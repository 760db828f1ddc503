/// A parsed JSON value; objects keep their members in order.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)), (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let s), .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            for member in o {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }

    /// The first value of a member, or `nil`.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }

    /// The value as a list: an array's elements, or the value alone.
    var list: [JSONValue] {
        switch self {
        case .array(let a): a
        case .null: []
        default: [self]
        }
    }

    /// A scalar as text (strings, numbers, booleans); the first scalar of an array.
    var text: String? {
        switch self {
        case .string(let s): s
        case .number(let s): s
        case .bool(let b): b ? "true" : "false"
        case .array(let a):
            a.lazy.compactMap(\.text).first
        case .null, .object: nil
        }
    }
}

/// A forgiving JSON parser over UTF-8 bytes (RFC 8259, plus the mistakes found in real JSON-LD).
///
/// Accepted beyond the RFC: trailing commas, `//` and `/* */` comments, raw control characters inside
/// strings, single-quoted strings, and several top-level values in a row (returned as an array).
/// Nesting is limited to ``maxDepth``; deeper input fails rather than exhausting the stack.
struct JSONParser {
    static let maxDepth = 200

    private let bytes: [UInt8]
    private var i = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one document, or `nil` when nothing parses.
    ///
    /// Several top-level values become an array.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        var p = JSONParser(bytes)
        var values: [JSONValue] = []
        while true {
            p.skipSpace()
            guard p.i < p.bytes.count else { break }
            guard let v = p.value(depth: 0) else { return values.isEmpty ? nil : .array(values) }
            values.append(v)
            p.skipSpace()
            if p.i < p.bytes.count, p.bytes[p.i] == UInt8(ascii: ",") || p.bytes[p.i] == UInt8(ascii: ";") {
                p.i += 1
            }
        }
        switch values.count {
        case 0: return nil
        case 1: return values[0]
        default: return .array(values)
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C {
                i += 1
            } else if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            } else if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                i += 2
                while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) {
                    i += 1
                }
                i = min(i + 2, bytes.count)
            } else if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF {
                i += 3
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                i += 2
            } else {
                return
            }
        }
    }

    private mutating func value(depth: Int) -> JSONValue? {
        guard depth < Self.maxDepth, i < bytes.count else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return string().map(JSONValue.string)
        default: return scalar()
        }
    }

    private mutating func object(depth: Int) -> JSONValue? {
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        while true {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            let key: String
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                guard let k = string() else { return nil }
                key = k
            } else {
                let start = i
                while i < bytes.count, isBareWordByte(bytes[i]) { i += 1 }
                guard i > start else { return nil }
                key = String(decoding: bytes[start..<i], as: UTF8.self)
            }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard let v = value(depth: depth + 1) else { return nil }
            members.append((key, v))
        }
    }

    private mutating func array(depth: Int) -> JSONValue? {
        i += 1
        var elements: [JSONValue] = []
        while true {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(elements)
            }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard let v = value(depth: depth + 1) else { return nil }
            elements.append(v)
        }
    }

    private mutating func scalar() -> JSONValue? {
        let start = i
        while i < bytes.count, isBareWordByte(bytes[i]) { i += 1 }
        guard i > start else { return nil }
        let word = bytes[start..<i]
        if word.elementsEqual("true".utf8) { return .bool(true) }
        if word.elementsEqual("false".utf8) { return .bool(false) }
        if word.elementsEqual("null".utf8) { return .null }
        guard let first = word.first, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else {
            return nil
        }
        return .number(String(decoding: word, as: UTF8.self))
    }

    private func isBareWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "@")
            || b == UInt8(ascii: "$")
    }

    /// Reads a quoted string starting at the quote; decodes escapes (RFC 8259 §7), pairing surrogates.
    private mutating func string() -> String? {
        let quote = bytes[i]
        i += 1
        var out: [UInt8] = []
        var runStart = i
        while i < bytes.count {
            let b = bytes[i]
            if b == quote {
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard b == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<i])
            i += 1
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return nil }
                if scalar >= 0xD800, scalar < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                    bytes[i + 1] == UInt8(ascii: "u")
                {
                    let save = i
                    i += 2
                    if let low = hex4(), low >= 0xDC00, low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: String(Character(u)).utf8)
            default: out.append(e)
            }
            runStart = i
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
