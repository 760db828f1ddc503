internal import CLibXML2

/// The attributes of one element that the walker cares about, read in a single pass over libxml2's list.
struct Attributes {
    /// The `style` value, lower-cased with white space removed (`display:none`), when present.
    var style: String?
    var isHidden = false
    var href: String?
    var src: String?
    var type: String?
    var content: String?
    var dateTime: String?
    var value: String?
    var start: String?
    var itemScope = false
    var itemType: String?
    var itemProp: String?
    var itemID: String?

    init(_ node: xmlNodePtr) {
        var width: String?
        var height: String?
        var attribute = node.pointee.properties
        while let a = attribute {
            attribute = a.pointee.next
            guard let name = a.pointee.name else { continue }
            let first = name[0]
            // Quick reject on the first letter before comparing whole names.
            switch first {
            case UInt8(ascii: "s"):
                if Self.equal(name, "style") {
                    style = Self.compactLowercase(Self.value(a))
                } else if Self.equal(name, "src") {
                    src = Self.string(a)
                } else if Self.equal(name, "start") {
                    start = Self.string(a)
                }
            case UInt8(ascii: "h"):
                if Self.equal(name, "href") {
                    href = Self.string(a)
                } else if Self.equal(name, "hidden") {
                    isHidden = true
                } else if Self.equal(name, "height") {
                    height = Self.string(a)
                }
            case UInt8(ascii: "w"):
                if Self.equal(name, "width") { width = Self.string(a) }
            case UInt8(ascii: "t"):
                if Self.equal(name, "type") { type = Self.string(a).map { Self.compactLowercase(Array($0.utf8)) } }
            case UInt8(ascii: "c"):
                if Self.equal(name, "content") { content = Self.string(a) }
            case UInt8(ascii: "d"):
                if Self.equal(name, "datetime") { dateTime = Self.string(a) }
            case UInt8(ascii: "v"):
                if Self.equal(name, "value") { value = Self.string(a) }
            case UInt8(ascii: "i"):
                if Self.equal(name, "itemscope") {
                    itemScope = true
                } else if Self.equal(name, "itemtype") {
                    itemType = Self.string(a)
                } else if Self.equal(name, "itemprop") {
                    itemProp = Self.string(a)
                } else if Self.equal(name, "itemid") {
                    itemID = Self.string(a)
                }
            default:
                break
            }
        }
        if let style {
            if style.contains("display:none") || style.contains("visibility:hidden") || style.contains("mso-hide:all") {
                isHidden = true
            }
            if width == nil, let w = Self.styleNumber(style, "width:") { width = String(w) }
            if height == nil, let h = Self.styleNumber(style, "height:") { height = String(h) }
        }
        // Tracking pixels: 1×1 (or 0×0) images.
        if let width, let height, let w = integer(width), let h = integer(height), w <= 1, h <= 1 {
            isHidden = true
        }
    }

    /// The leading integer of an attribute value (`"3"`, `"1px"`), or `nil`.
    func integer(_ text: String?) -> Int? {
        guard let text else { return nil }
        var v = 0
        var digits = 0
        var negative = false
        for b in text.utf8 {
            if digits == 0, b == 0x20 { continue }
            if digits == 0, !negative, b == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard b >= 0x30, b <= 0x39, digits < 9 else { break }
            v = v * 10 + Int(b - 0x30)
            digits += 1
        }
        return digits == 0 ? nil : (negative ? -v : v)
    }

    private static func styleNumber(_ style: String, _ property: String) -> Int? {
        var searchFrom = style.startIndex
        while let r = style[searchFrom...].firstRange(of: property) {
            // Skip `max-width:`, `min-height:` and friends.
            if r.lowerBound == style.startIndex || style[style.index(before: r.lowerBound)] == ";" {
                let digits = style[r.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
                return Int(digits)
            }
            searchFrom = r.upperBound
        }
        return nil
    }

    private static func equal(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { b in
            for i in 0..<b.count where name[i] != b[i] { return false }
            return name[b.count] == 0
        }
    }

    private static func value(_ a: xmlAttrPtr) -> [UInt8] {
        var out: [UInt8] = []
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                var i = 0
                while content[i] != 0 { i += 1 }
                out.append(contentsOf: UnsafeBufferPointer(start: content, count: i))
            }
            child = c.pointee.next
        }
        return out
    }

    private static func string(_ a: xmlAttrPtr) -> String? {
        String(decoding: value(a), as: UTF8.self)
    }

    private static func compactLowercase(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes where b > 0x20 {
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
