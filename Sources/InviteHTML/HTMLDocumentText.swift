/// The readable structure of an HTML document: blocks in reading order, links, and schema.org events.
public struct HTMLDocumentText: Sendable, Hashable {
    /// Headings, paragraphs, list items, table rows and label/value pairs, in reading order.
    public var blocks: [HTMLBlock]
    /// Every link with a usable target, in document order.
    public var links: [HTMLLink]
    /// schema.org events found in JSON-LD and microdata markup, in document order.
    public var events: [SchemaOrgEvent]
    /// Problems met while reading (bad charset, depth limit, unparsable JSON-LD, …).
    public var warnings: [String]

    /// Creates a document text from its parts.
    public init(
        blocks: [HTMLBlock] = [], links: [HTMLLink] = [], events: [SchemaOrgEvent] = [], warnings: [String] = []
    ) {
        self.blocks = blocks
        self.links = links
        self.events = events
        self.warnings = warnings
    }

    /// The blocks rendered as readable plain text.
    ///
    /// Paragraphs and headings are separated by a blank line; runs of list items, label/value pairs and
    /// table rows stay on consecutive lines. List items read `1. item` or `- item` (indented two spaces per
    /// nesting level), pairs read `Label: value`, and table cells are joined with ` | `.
    public var plainText: String {
        var out: [UInt8] = []
        out.reserveCapacity(blocks.count * 64)
        var previous: HTMLBlock?
        for block in blocks {
            if let previous {
                out.append(0x0A)
                if !previous.isCompact(with: block) { out.append(0x0A) }
            }
            block.render(into: &out)
            previous = block
        }
        if !out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}

/// One block of text in reading order.
public enum HTMLBlock: Sendable, Hashable {
    /// A heading (`<h1>`…`<h6>`), with its level 1–6.
    case heading(level: Int, text: String)
    /// A paragraph; `<br>` line breaks are kept as `\n`.
    case paragraph(String)
    /// A list item with its marker and nesting level (1 for a top-level list).
    case listItem(marker: HTMLListMarker, level: Int, text: String)
    /// A table row that is not a label/value pair.
    case tableRow(cells: [String])
    /// A label and its value, from a two-column table, `<dt>`/`<dd>`, or a `When: …` line.
    case keyValue(label: String, value: String)

    /// The text of the block, without markers or labels.
    public var text: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .listItem(_, _, let text): text
        case .tableRow(let cells): cells.joined(separator: " | ")
        case .keyValue(let label, let value): label + ": " + value
        }
    }

    /// Whether `next` follows this block on the next line rather than after a blank line.
    func isCompact(with next: HTMLBlock) -> Bool {
        switch (self, next) {
        case (.listItem, .listItem), (.tableRow, .tableRow), (.keyValue, .keyValue): true
        default: false
        }
    }

    func render(into out: inout [UInt8]) {
        switch self {
        case .heading(_, let text), .paragraph(let text):
            out.append(contentsOf: text.utf8)
        case .listItem(let marker, let level, let text):
            for _ in 1..<max(level, 1) { out.append(contentsOf: [0x20, 0x20]) }
            switch marker {
            case .bullet: out.append(0x2D)
            case .number(let n): out.append(contentsOf: String(n).utf8); out.append(0x2E)
            }
            out.append(0x20)
            out.append(contentsOf: text.utf8)
        case .tableRow(let cells):
            for (i, cell) in cells.enumerated() {
                if i > 0 { out.append(contentsOf: [0x20, 0x7C, 0x20]) }
                out.append(contentsOf: cell.utf8)
            }
        case .keyValue(let label, let value):
            out.append(contentsOf: label.utf8)
            out.append(contentsOf: [0x3A, 0x20])
            out.append(contentsOf: value.utf8)
        }
    }
}

/// How a list item is marked.
public enum HTMLListMarker: Sendable, Hashable {
    /// An unordered list item (`- item`).
    case bullet
    /// An ordered list item with its number (`3. item`).
    case number(Int)
}

/// A link: its visible text and its target.
public struct HTMLLink: Sendable, Hashable {
    /// The link's text, whitespace-normalized (may be empty for image links).
    public var text: String
    /// The `href` exactly as written (entities decoded, surrounding spaces trimmed).
    public var href: String

    /// Creates a link.
    public init(text: String, href: String) {
        self.text = text
        self.href = href
    }
}
