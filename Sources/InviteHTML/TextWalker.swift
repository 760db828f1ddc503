internal import CLibXML2

/// Walks a parsed document once, iteratively, and builds blocks, links, JSON-LD texts and microdata items.
///
/// Text is appended to one byte buffer per block and decoded to `String` once, when the block ends.
struct TextWalker {
    private enum BlockKind {
        case paragraph
        case heading(Int)
        case listItem(HTMLListMarker, Int)
        case msoListItem(Int)
        case label
        case value
    }

    private struct Frame {
        var tag: HTMLTag
        var savedKind: BlockKind?
        var hidden = false
        var pushedSink = false
        var pushedList = false
        var pushedTable = false
        var pushedItem = false
        var pushedLink = false
        var pre = false
        var markerStart: Int?
        /// For Outlook's `MsoNormal` paragraphs: where the line buffer stood when the paragraph opened.
        var softStart: (count: Int, generation: Int)?

        init(tag: HTMLTag) { self.tag = tag }
    }

    private struct Cell {
        var blocks: [HTMLBlock]
        var isHeader: Bool
    }

    private struct OpenLink {
        var href: String
        var start: Int
        var generation: Int
    }

    private let maxDepth: Int
    private var sinks: [[HTMLBlock]] = [[]]
    private var line: [UInt8] = []
    private var pendingSpace = false
    private var hiddenDepth = 0
    private var preDepth = 0
    private var kind: BlockKind = .paragraph
    private var frames: [Frame] = []
    private var lists: [(ordered: Bool, next: Int)] = []
    private var tables: [[Cell]] = []
    private var pendingLabel: (label: String, original: String)?
    private var pendingMarker: String?
    private var openLinks: [OpenLink] = []
    private var generation = 0
    private var depthWarned = false
    private var scratch: [UInt8] = []

    private(set) var links: [HTMLLink] = []
    private(set) var warnings: [String] = []
    private(set) var jsonLD: [[UInt8]] = []
    private(set) var microdata = MicrodataBuilder()

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
        line.reserveCapacity(1024)
    }

    /// The blocks of the document, once ``walk(_:)`` has run.
    var blocks: [HTMLBlock] { sinks.first ?? [] }

    // MARK: Walking

    /// Visits every node below `doc` in document order without recursion.
    mutating func walk(_ doc: htmlDocPtr) {
        let docAddress = UnsafeRawPointer(doc)
        var node: xmlNodePtr? = doc.pointee.children
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                descend = enter(current)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if hiddenDepth == 0, let content = current.pointee.content { appendText(content) }
            default:
                break
            }
            if descend, let child = current.pointee.children {
                if frames.count <= maxDepth {
                    node = child
                    continue
                }
                if !depthWarned {
                    depthWarned = true
                    warnings.append("elements nested deeper than \(maxDepth) levels; their content was skipped")
                }
            }
            var n = current
            node = nil
            while true {
                if n.pointee.type == XML_ELEMENT_NODE { leave() }
                if let next = n.pointee.next {
                    node = next
                    break
                }
                guard let parent = n.pointee.parent, UnsafeRawPointer(parent) != docAddress else { break }
                n = parent
            }
        }
        while !frames.isEmpty { leave() }
        flush()
        emitPendingLabel()
    }

    /// Opens an element: pushes its frame; returns whether its children should be visited.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else {
            frames.append(Frame(tag: .inline))
            return true
        }
        var tag = HTMLTag.of(name)
        // libxml2 drops namespace prefixes, so Word's `<o:p>` arrives as a `<p>` inside a `<p>`, which real HTML
        // cannot nest: read it as inline.
        if tag == .block, name[0] == UInt8(ascii: "p"), name[1] == 0, let parent = node.pointee.parent?.pointee.name,
            parent[0] == UInt8(ascii: "p"), parent[1] == 0
        {
            tag = .inline
        }
        var frame = Frame(tag: tag)
        let attributes = Attributes(node, scratch: &scratch)

        if attributes.isHidden || tag == .head {
            frame.hidden = true
            hiddenDepth += 1
        }
        if attributes.itemScope {
            microdata.begin(types: attributes.itemType, id: attributes.itemID, propertyNames: attributes.itemProp)
            frame.pushedItem = true
        } else if let names = attributes.itemProp {
            microdata.add(propertyNames: names, value: microdataValue(node, tag: tag, attributes: attributes))
        }

        var descend = true
        switch tag {
        case .inline:
            if hiddenDepth == 0, attributes.isMSOListMarker { frame.markerStart = line.count }
        case .skip, .meta:
            descend = false
        case .script:
            if attributes.isJSONLDType { jsonLD.append(Self.text(of: node)) }
            descend = false
        case .head:
            break
        case .block:
            if attributes.isMSONormal, attributes.msoListLevel == nil, preDepth == 0 {
                // Outlook writes every line as a margin-less `<p class=MsoNormal>` and separates paragraphs
                // with an empty one (`<p class=MsoNormal>&nbsp;</p>`): read them as lines, not blocks.
                if let last = line.last, last != 0x0A { line.append(0x0A) }
                pendingSpace = false
                frame.softStart = (line.count, generation)
                break
            }
            flush()
            if let level = attributes.msoListLevel {
                frame.savedKind = kind
                kind = .msoListItem(level)
            }
        case .h1, .h2, .h3, .h4, .h5, .h6:
            flush()
            frame.savedKind = kind
            kind = .heading(tag.headingLevel ?? 1)
        case .br:
            lineBreak()
        case .hr:
            flush()
        case .ul, .ol:
            flush()
            lists.append((tag == .ol, Attributes.integer(attributes.start) ?? 1))
            frame.pushedList = true
        case .li:
            flush()
            var marker = HTMLListMarker.bullet
            if let last = lists.indices.last, lists[last].ordered {
                let number = Attributes.integer(attributes.value) ?? lists[last].next
                lists[last].next = number + 1
                marker = .number(number)
            }
            frame.savedKind = kind
            kind = .listItem(marker, max(lists.count, 1))
        case .dl:
            flush()
        case .dt:
            flush()
            frame.savedKind = kind
            kind = .label
        case .dd:
            flush()
            frame.savedKind = kind
            kind = .value
        case .table:
            flush()
            emitPendingLabel()
            tables.append([])
            frame.pushedTable = true
        case .tr:
            flush()
            finishRow()
        case .td, .th:
            flush()
            if !tables.isEmpty {
                emitPendingLabel()
                sinks.append([])
                frame.pushedSink = true
                frame.savedKind = kind
                kind = .paragraph
            }
        case .a:
            if hiddenDepth == 0, let href = attributes.href.flatMap(Self.usableHref) {
                openLinks.append(OpenLink(href: href, start: line.count, generation: generation))
                frame.pushedLink = true
            }
        case .img:
            descend = false
        case .pre:
            flush()
            preDepth += 1
            frame.pre = true
        }
        frames.append(frame)
        return descend
    }

    /// Closes the innermost open element.
    private mutating func leave() {
        guard let frame = frames.popLast() else { return }
        switch frame.tag {
        case .block where frame.softStart != nil:
            if let soft = frame.softStart, soft.generation == generation, soft.count == line.count {
                // An empty MsoNormal paragraph: a blank line, which ends the paragraph when it is flushed.
                if line.count >= 1, !(line.count >= 2 && line[line.count - 2] == 0x0A) { line.append(0x0A) }
            } else if let last = line.last, last != 0x0A {
                line.append(0x0A)
            }
            pendingSpace = false
        case .block, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .hr:
            flush()
        case .ul, .ol:
            flush()
        case .dl:
            flush()
            emitPendingLabel()
        case .tr:
            flush()
            finishRow()
        case .td, .th:
            flush()
            if frame.pushedSink {
                emitPendingLabel()
                let blocks = sinks.popLast() ?? []
                if let last = tables.indices.last {
                    tables[last].append(Cell(blocks: blocks, isHeader: frame.tag == .th))
                }
            }
        case .table:
            flush()
            finishRow()
            emitPendingLabel()
        case .pre:
            flush()
        case .a:
            if frame.pushedLink, let link = openLinks.popLast() { closeLink(link) }
        case .inline:
            if let start = frame.markerStart, start <= line.count {
                pendingMarker = HTMLEntities.normalizeSpace(String(decoding: line[start...], as: UTF8.self))
                line.removeSubrange(start...)
                pendingSpace = false
            }
        default:
            break
        }
        if frame.pushedList { _ = lists.popLast() }
        if frame.pushedTable { _ = tables.popLast() }
        if frame.pre { preDepth -= 1 }
        if frame.pushedItem { microdata.end() }
        if frame.hidden { hiddenDepth -= 1 }
        if let saved = frame.savedKind { kind = saved }
    }

    // MARK: Text

    /// Appends a text node's UTF-8 content, collapsing white space (unless inside `<pre>`).
    private mutating func appendText(_ p: UnsafePointer<UInt8>) {
        var i = 0
        if preDepth > 0 {
            while p[i] != 0 {
                let b = p[i]
                if b == 0x0A {
                    line.append(0x0A)
                } else if b != 0x0D {
                    line.append(b == 0x09 ? 0x20 : b)
                }
                i += 1
            }
            pendingSpace = false
            return
        }
        while true {
            let b = p[i]
            if b == 0 { return }
            if b <= 0x20 {
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { pendingSpace = true }
                i += 1
                continue
            }
            if b == 0xC2 {
                let c = p[i + 1]
                if c == 0xA0 {
                    pendingSpace = true
                    i += 2
                    continue
                }
                if c == 0xAD {
                    i += 2
                    continue
                }
            } else if b == 0xE2 {
                let c = p[i + 1]
                if c == 0x80 {
                    let d = p[i + 2]
                    if d >= 0x8B && d <= 0x8D || d == 0xAF {
                        if d == 0xAF { pendingSpace = true }
                        i += 3
                        continue
                    }
                }
            } else if b == 0xEF, p[i + 1] == 0xBB, p[i + 2] == 0xBF {
                i += 3
                continue
            } else if b == UInt8(ascii: "<"), p[i + 1] == UInt8(ascii: "!"), p[i + 2] == UInt8(ascii: "[") {
                // Word's downlevel-revealed conditionals (`<![if !supportLists]>`, `<![endif]>`) reach us as text.
                var j = i + 3
                while p[j] != 0, !(p[j] == UInt8(ascii: "]") && p[j + 1] == UInt8(ascii: ">")) { j += 1 }
                if p[j] != 0 {
                    i = j + 2
                    continue
                }
            }
            if pendingSpace {
                if let last = line.last, last != 0x0A { line.append(0x20) }
                pendingSpace = false
            }
            // Copy the run of ordinary bytes in one go.
            let start = i
            i += 1
            while true {
                let c = p[i]
                if c <= 0x20 || c == 0xC2 || c == 0xE2 || c == 0xEF || c == UInt8(ascii: "<") { break }
                i += 1
            }
            line.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
        }
    }

    private mutating func appendInline(_ s: String) {
        if pendingSpace || !(line.last.map { $0 == 0x0A } ?? true) {
            line.append(0x20)
        }
        pendingSpace = false
        line.append(contentsOf: s.utf8)
    }

    private mutating func lineBreak() {
        guard hiddenDepth == 0 else { return }
        if preDepth > 0 {
            line.append(0x0A)
            return
        }
        if !line.isEmpty { line.append(0x0A) }
        pendingSpace = false
    }

    // MARK: Blocks

    private mutating func emit(_ block: HTMLBlock) {
        sinks[sinks.count - 1].append(block)
    }

    private mutating func emitPendingLabel() {
        guard let pending = pendingLabel else { return }
        pendingLabel = nil
        emit(.paragraph(pending.original))
    }

    /// Ends the current block: turns the line buffer into one or more blocks of the current kind.
    private mutating func flush() {
        generation &+= 1
        pendingSpace = false
        while let last = line.last, last == 0x0A || last == 0x20 { line.removeLast() }
        guard !line.isEmpty else { return }
        var lines: [String] = []
        let trimLines = preDepth == 0
        var start = 0
        var i = 0
        let count = line.count
        line.withUnsafeBufferPointer { buffer in
            while i <= count {
                if i == count || buffer[i] == 0x0A {
                    var lo = start
                    var hi = i
                    while trimLines, lo < hi, buffer[lo] == 0x20 { lo += 1 }
                    while hi > lo, buffer[hi - 1] == 0x20 { hi -= 1 }
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[lo..<hi]), as: UTF8.self))
                    start = i + 1
                }
                i += 1
            }
        }
        line.removeAll(keepingCapacity: true)

        switch kind {
        case .heading(let level):
            emitPendingLabel()
            emit(.heading(level: level, text: lines.filter { !$0.isEmpty }.joined(separator: " ")))
        case .listItem(let marker, let level):
            emitPendingLabel()
            emit(.listItem(marker: marker, level: level, text: lines.filter { !$0.isEmpty }.joined(separator: " ")))
            kind = .paragraph
        case .msoListItem(let level):
            emitPendingLabel()
            let marker = pendingMarker.map(Self.listMarker) ?? .bullet
            pendingMarker = nil
            emit(.listItem(marker: marker, level: level, text: lines.filter { !$0.isEmpty }.joined(separator: " ")))
        case .label:
            emitPendingLabel()
            let text = lines.filter { !$0.isEmpty }.joined(separator: " ")
            pendingLabel = (Self.stripColon(text), text)
        case .value:
            let text = lines.filter { !$0.isEmpty }.joined(separator: "\n")
            if let pending = pendingLabel {
                pendingLabel = nil
                emit(
                    .keyValue(label: pending.label, value: Self.joinLines([text]))
                )
            } else {
                emit(.paragraph(text))
            }
        case .paragraph:
            emitParagraphs(lines)
        }
    }

    /// Emits paragraphs, splitting at blank lines (`<br><br>`) and turning `Label: value` lines into pairs.
    private mutating func emitParagraphs(_ lines: [String]) {
        var paragraph: [String] = []
        func end(_ w: inout TextWalker) {
            if !paragraph.isEmpty { w.emit(.paragraph(paragraph.joined(separator: "\n"))) }
            paragraph = []
        }
        var i = 0
        while i < lines.count {
            let l = lines[i]
            i += 1
            if l.isEmpty {
                end(&self)
                continue
            }
            if let pending = pendingLabel {
                pendingLabel = nil
                if HTMLLabels.split(line: l) == nil {
                    emit(.keyValue(label: pending.label, value: l))
                    continue
                }
                emit(.paragraph(pending.original))
            }
            guard let pair = HTMLLabels.split(line: l) else {
                paragraph.append(l)
                continue
            }
            end(&self)
            if !pair.value.isEmpty {
                emit(.keyValue(label: pair.label, value: pair.value))
            } else if i < lines.count, !lines[i].isEmpty, HTMLLabels.split(line: lines[i]) == nil {
                emit(.keyValue(label: pair.label, value: lines[i]))
                i += 1
            } else if i == lines.count {
                pendingLabel = (pair.label, l)
            } else {
                paragraph.append(l)
            }
        }
        end(&self)
    }

    /// Ends a table row: a label/value pair, a row of cells, or (for layout tables) the cells' own blocks.
    private mutating func finishRow() {
        guard let last = tables.indices.last, !tables[last].isEmpty else { return }
        let cells = tables[last]
        tables[last] = []
        let filled = cells.filter { !$0.blocks.isEmpty }
        guard !filled.isEmpty else { return }
        let isSimple = filled.allSatisfy { cell in
            cell.blocks.allSatisfy { if case .paragraph = $0 { true } else { false } }
        }
        guard isSimple, filled.count > 1 else {
            for cell in filled { for block in cell.blocks { emit(block) } }
            return
        }
        let texts = filled.map { cell in Self.joinLines(cell.blocks.map(\.text)) }
        if filled.count == 2, Self.isBullet(texts[0]) {
            emit(.listItem(marker: .bullet, level: max(lists.count + 1, 1), text: texts[1]))
        } else if filled.count == 2,
            let label = Self.label(texts[0], isHeader: filled[0].isHeader && !filled[1].isHeader)
        {
            emit(.keyValue(label: label, value: texts[1]))
        } else {
            emit(.tableRow(cells: texts))
        }
    }

    private mutating func closeLink(_ link: OpenLink) {
        let start = link.generation == generation ? min(link.start, line.count) : 0
        let text = HTMLEntities.normalizeSpace(String(decoding: line[start...], as: UTF8.self))
        links.append(HTMLLink(text: text, href: link.href))
        guard !text.isEmpty, let shown = Self.shownTarget(link.href), !Self.contains(text, shown) else { return }
        appendInline("<" + shown + ">")
    }

    // MARK: Helpers

    /// Whether `needle`'s UTF-8 bytes occur in `text`: a link target is matched byte for byte, without
    /// `String.contains`'s Unicode-equivalence search (which costs more than the rest of the walk's links).
    private static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard t.count >= n.count else { return false }
                for i in 0...(t.count - n.count) where t[i] == first {
                    var k = 1
                    while k < n.count, t[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                return false
            }
        }
    }

    /// The label of a first table cell: text ending in a colon, a known label, or a header cell.
    private static func label(_ text: String, isHeader: Bool) -> String? {
        guard text.utf8.count <= 48, !text.contains("\n") else { return nil }
        if text.hasSuffix(":") || text.hasSuffix("：") {
            let stripped = stripColon(text)
            return stripped.isEmpty ? nil : stripped
        }
        if HTMLLabels.isKnown(text) || isHeader { return text }
        return nil
    }

    /// Whether a cell holds nothing but a bullet character (layout tables that draw their own lists).
    private static func isBullet(_ text: String) -> Bool { bullets.contains(text) }

    private static let bullets: Set<String> = ["•", "·", "-", "–", "*", "o", "§", "▪", "►", "✓"]

    private static func stripColon(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last == ":" || last == " " || last == "：" { s = s.dropLast() }
        return String(s)
    }

    /// Joins the lines of a cell's texts: ", " between lines, a space after a line that already ends in
    /// punctuation; on bytes (a layout cell can hold a whole mail).
    private static func joinLines(_ texts: [String]) -> String {
        var out: [UInt8] = []
        for var text in texts {
            text.withUTF8 { p in
                var start = 0
                for end in 0...p.count where end == p.count || p[end] == 0x0A {
                    if end > start {
                        if let last = out.last {
                            if last != UInt8(ascii: ","), last != UInt8(ascii: ";"), last != UInt8(ascii: ":") {
                                out.append(UInt8(ascii: ","))
                            }
                            out.append(UInt8(ascii: " "))
                        }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<end]))
                    }
                    start = end + 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The target worth showing after a link's text: web and mail addresses, not `tel:`/relative/anchors.
    private static func shownTarget(_ href: String) -> String? {
        let lower = href.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return href }
        if lower.hasPrefix("mailto:") {
            let address = href.dropFirst(7).prefix { $0 != "?" }
            return address.isEmpty ? nil : String(address)
        }
        return nil
    }

    /// The `href` if it is safe and useful: not `javascript:`, `vbscript:`, `data:`, or a bare anchor.
    private static func usableHref(_ raw: String) -> String? {
        let href = HTMLEntities.normalizeSpace(raw)
        guard !href.isEmpty, !href.hasPrefix("#") else { return nil }
        // The scheme as a browser reads it: ASCII case-insensitive, spaces and control characters ignored. Only
        // the first bytes are looked at (tracking links run to hundreds).
        var head: [UInt8] = []
        for b in href.utf8 where b > 0x20 {
            head.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if head.count == longestRefusedScheme { break }
        }
        for scheme in refusedSchemes where head.starts(with: scheme) { return nil }
        return href
    }

    private static let refusedSchemes: [[UInt8]] = ["javascript:", "vbscript:", "data:"].map { Array($0.utf8) }
    private static let longestRefusedScheme = refusedSchemes.map(\.count).max() ?? 0

    private static func listMarker(_ text: String) -> HTMLListMarker {
        let digits = text.prefix(while: \.isASCII).prefix(while: \.isNumber)
        if let n = Int(digits), digits.count < 6 { return .number(n) }
        return .bullet
    }

    /// The value of a microdata property (WHATWG HTML §5.2.4): an attribute for some elements, else the text.
    private func microdataValue(_ node: xmlNodePtr, tag: HTMLTag, attributes: Attributes) -> String {
        if let content = attributes.content { return content }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        switch name {
        case "a", "area", "link": if let href = attributes.href { return href }
        case "img", "audio", "embed", "iframe", "source", "track", "video": if let src = attributes.src { return src }
        case "time": if let datetime = attributes.dateTime { return datetime }
        case "data", "meter": if let value = attributes.value { return value }
        default: break
        }
        return HTMLEntities.normalizeSpace(String(decoding: Self.text(of: node), as: UTF8.self))
    }

    /// All text below `node`, gathered iteratively (at most 1 MB).
    static func text(of node: xmlNodePtr) -> [UInt8] {
        var out: [UInt8] = []
        var current: xmlNodePtr? = node.pointee.children
        while let n = current, out.count < 1 << 20 {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let c = n.pointee.content {
                var i = 0
                while c[i] != 0 { i += 1 }
                out.append(contentsOf: UnsafeBufferPointer(start: c, count: i))
            }
            if n.pointee.type == XML_ELEMENT_NODE, let child = n.pointee.children {
                current = child
                continue
            }
            var m = n
            current = nil
            while true {
                if let next = m.pointee.next {
                    current = next
                    break
                }
                guard let parent = m.pointee.parent, parent != node else { break }
                m = parent
            }
        }
        return out
    }
}
