internal import CLibXML2

/// The attributes of one element that the walker cares about, read in a single pass over libxml2's list.
///
/// Values stay libxml2 attribute pointers until asked for, so elements whose attributes don't matter
/// (most of them) cost no `String`; `style` is inspected on bytes.
struct Attributes {
    private var hrefAttribute: xmlAttrPtr?
    private var srcAttribute: xmlAttrPtr?
    private var typeAttribute: xmlAttrPtr?
    private var contentAttribute: xmlAttrPtr?
    private var dateTimeAttribute: xmlAttrPtr?
    private var valueAttribute: xmlAttrPtr?
    private var startAttribute: xmlAttrPtr?
    private var itemTypeAttribute: xmlAttrPtr?
    private var itemPropAttribute: xmlAttrPtr?
    private var itemIDAttribute: xmlAttrPtr?
    var isHidden = false
    var itemScope = false
    /// The element is Word's list marker (`mso-list:Ignore`).
    var isMSOListMarker = false
    /// The level of a Word list paragraph (`mso-list:l0 level2 lfo1`).
    var msoListLevel: Int?
    /// `class` names Word's `MsoNormal` style (Outlook writes one such paragraph per line).
    var isMSONormal = false

    var href: String? { Self.string(hrefAttribute) }
    var src: String? { Self.string(srcAttribute) }
    var content: String? { Self.string(contentAttribute) }
    var dateTime: String? { Self.string(dateTimeAttribute) }
    var value: String? { Self.string(valueAttribute) }
    var start: String? { Self.string(startAttribute) }
    var itemType: String? { Self.string(itemTypeAttribute) }
    var itemProp: String? { Self.string(itemPropAttribute) }
    var itemID: String? { Self.string(itemIDAttribute) }
    var hasItemProp: Bool { itemPropAttribute != nil }

    /// Whether `type` is `application/ld+json` (ASCII case-insensitive, surrounding spaces ignored).
    var isJSONLDType: Bool {
        guard let typeAttribute else { return false }
        var scratch: [UInt8] = []
        Self.compactLowercase(typeAttribute, into: &scratch)
        return scratch.elementsEqual("application/ld+json".utf8)
    }

    init(_ node: xmlNodePtr, scratch: inout [UInt8]) {
        var width: Int?
        var height: Int?
        var styleAttribute: xmlAttrPtr?
        var attribute = node.pointee.properties
        while let a = attribute {
            attribute = a.pointee.next
            guard let name = a.pointee.name else { continue }
            // Quick reject on the first letter before comparing whole names.
            switch name[0] {
            case UInt8(ascii: "s"):
                if Self.equal(name, "style") {
                    styleAttribute = a
                } else if Self.equal(name, "src") {
                    srcAttribute = a
                } else if Self.equal(name, "start") {
                    startAttribute = a
                }
            case UInt8(ascii: "h"):
                if Self.equal(name, "href") {
                    hrefAttribute = a
                } else if Self.equal(name, "hidden") {
                    isHidden = true
                } else if Self.equal(name, "height") {
                    height = Self.integer(a)
                }
            case UInt8(ascii: "w"):
                if Self.equal(name, "width") { width = Self.integer(a) }
            case UInt8(ascii: "t"):
                if Self.equal(name, "type") { typeAttribute = a }
            case UInt8(ascii: "c"):
                if Self.equal(name, "content") {
                    contentAttribute = a
                } else if Self.equal(name, "class") {
                    Self.compactLowercase(a, into: &scratch)
                    isMSONormal = Self.find("msonormal", in: scratch) != nil
                }
            case UInt8(ascii: "d"):
                if Self.equal(name, "datetime") { dateTimeAttribute = a }
            case UInt8(ascii: "v"):
                if Self.equal(name, "value") { valueAttribute = a }
            case UInt8(ascii: "i"):
                if Self.equal(name, "itemscope") {
                    itemScope = true
                } else if Self.equal(name, "itemtype") {
                    itemTypeAttribute = a
                } else if Self.equal(name, "itemprop") {
                    itemPropAttribute = a
                } else if Self.equal(name, "itemid") {
                    itemIDAttribute = a
                }
            default:
                break
            }
        }
        if let styleAttribute {
            Self.compactLowercase(styleAttribute, into: &scratch)
            if Self.find("display:none", in: scratch) != nil || Self.find("visibility:hidden", in: scratch) != nil
                || Self.find("mso-hide:all", in: scratch) != nil
            {
                isHidden = true
            }
            if width == nil { width = Self.styleNumber("width:", in: scratch) }
            if height == nil { height = Self.styleNumber("height:", in: scratch) }
            if let at = Self.find("mso-list:", in: scratch) {
                let rest = at + 9
                if Self.find("ignore", in: scratch, from: rest) == rest {
                    isMSOListMarker = true
                } else if Self.find("none", in: scratch, from: rest) != rest {
                    var level = 1
                    if let l = Self.find("level", in: scratch, from: rest), l + 5 < scratch.count {
                        let d = scratch[l + 5]
                        if d >= 0x31, d <= 0x39 { level = Int(d - 0x30) }
                    }
                    msoListLevel = level
                }
            }
        }
        // Tracking pixels: 1×1 (or 0×0) images.
        if let width, let height, width <= 1, height <= 1 { isHidden = true }
    }

    /// The leading integer of a value (`"3"`, `"1px"`), or `nil`.
    static func integer(_ text: String?) -> Int? {
        guard let text else { return nil }
        return integer(Array(text.utf8)[...])
    }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        var digits = 0
        var negative = false
        for b in bytes {
            if digits == 0, !negative, b == 0x20 { continue }
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

    private static func integer(_ a: xmlAttrPtr) -> Int? {
        guard let text = a.pointee.children?.pointee.content else { return nil }
        var v = 0
        var i = 0
        while text[i] == 0x20 { i += 1 }
        let start = i
        while text[i] >= 0x30, text[i] <= 0x39, i - start < 9 {
            v = v * 10 + Int(text[i] - 0x30)
            i += 1
        }
        return i > start ? v : nil
    }

    /// A `width:`/`height:` length in a compacted style, not `max-width:` or `min-height:`.
    private static func styleNumber(_ property: StaticString, in style: [UInt8]) -> Int? {
        var from = 0
        while let at = find(property, in: style, from: from) {
            if at == 0 || style[at - 1] == UInt8(ascii: ";") {
                return integer(style[(at + property.utf8CodeUnitCount)...])
            }
            from = at + 1
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `from`.
    private static func find(_ needle: StaticString, in haystack: [UInt8], from: Int = 0) -> Int? {
        needle.withUTF8Buffer { n -> Int? in
            guard let first = n.first, haystack.count >= n.count else { return nil }
            var i = from
            let last = haystack.count - n.count
            outer: while i <= last {
                if haystack[i] == first {
                    for k in 1..<n.count where haystack[i + k] != n[k] {
                        i += 1
                        continue outer
                    }
                    return i
                }
                i += 1
            }
            return nil
        }
    }

    private static func equal(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { b in
            for i in 0..<b.count where name[i] != b[i] { return false }
            return name[b.count] == 0
        }
    }

    private static func forEachValueByte(_ a: xmlAttrPtr, _ body: (UInt8) -> Void) {
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                var i = 0
                while content[i] != 0 {
                    body(content[i])
                    i += 1
                }
            }
            child = c.pointee.next
        }
    }

    private static func string(_ a: xmlAttrPtr?) -> String? {
        guard let a else { return nil }
        var out: [UInt8] = []
        forEachValueByte(a) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func compactLowercase(_ a: xmlAttrPtr, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        forEachValueByte(a) { b in
            if b > 0x20 { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        }
    }
}
