/// What the text walker does with an element, by tag name.
enum HTMLTag: UInt8, Sendable {
    /// Unknown or inline elements: their text flows into the current block.
    case inline
    /// Elements whose content is never text (`style`, `title`, `iframe`, `svg`, form controls, …).
    case skip
    case script
    case head
    case block
    case h1, h2, h3, h4, h5, h6
    case br
    case hr
    case ul, ol, li
    case dl, dt, dd
    case table, tr, td, th
    case a
    case img
    case pre
    case meta

    /// Finds the tag of a lower-case, NUL-terminated element name (as libxml2's HTML parser stores it).
    static func of(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var n = 0
        while true {
            let c = name[n]
            if c == 0 { break }
            if n == 10 { return .inline }
            if n < 8 { key |= UInt64(c) << (8 * UInt64(n)) } else { key ^= UInt64(c) << (8 * UInt64(n - 8) + 3) }
            n += 1
        }
        return lookup(key)
    }

    /// Open addressing over 512 slots (Fibonacci hashing): no `Hasher`, no dictionary, per element.
    private static func lookup(_ key: UInt64) -> HTMLTag {
        slots.withUnsafeBufferPointer { slots in
            var h = slot(key)
            while true {
                let entry = slots[h]
                if entry.key == key { return entry.tag }
                if entry.key == 0 { return .inline }
                h = (h + 1) & 511
            }
        }
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
    }

    private static let slots: [(key: UInt64, tag: HTMLTag)] = {
        var slots = [(key: UInt64, tag: HTMLTag)](repeating: (0, .inline), count: 512)
        for (key, tag) in names {
            var h = slot(key)
            while slots[h].key != 0 { h = (h + 1) & 511 }
            slots[h] = (key, tag)
        }
        return slots
    }()

    private static func key(_ s: StaticString) -> UInt64 {
        var key: UInt64 = 0
        s.withUTF8Buffer { b in
            for (n, c) in b.enumerated() {
                if n < 8 { key |= UInt64(c) << (8 * UInt64(n)) } else { key ^= UInt64(c) << (8 * UInt64(n - 8) + 3) }
            }
        }
        return key
    }

    private static let names: [UInt64: HTMLTag] = {
        var t: [UInt64: HTMLTag] = [:]
        let blocks: [StaticString] = [
            "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "address", "blockquote",
            "center", "form", "fieldset", "figure", "figcaption", "body", "html", "details", "summary", "caption",
            "thead", "tbody", "tfoot", "legend", "menu", "dir", "hgroup", "output", "noscript",
        ]
        for b in blocks { t[key(b)] = .block }
        let skips: [StaticString] = [
            "style", "title", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
            "canvas", "audio", "video", "source", "track", "map", "select", "option", "optgroup", "textarea",
            "input", "datalist", "link", "base", "param", "picture", "xml", "noembed", "noframes",
        ]
        for s in skips { t[key(s)] = .skip }
        let named: [(StaticString, HTMLTag)] = [
            ("script", .script), ("head", .head), ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5),
            ("h6", .h6), ("br", .br), ("hr", .hr), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt),
            ("dd", .dd), ("table", .table), ("tr", .tr), ("td", .td), ("th", .th), ("a", .a), ("img", .img),
            ("pre", .pre), ("listing", .pre), ("xmp", .pre), ("plaintext", .pre), ("meta", .meta),
        ]
        for (s, tag) in named { t[key(s)] = tag }
        return t
    }()

    /// The heading level 1–6, or `nil`.
    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}
