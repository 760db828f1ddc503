internal import CLibXML2

/// Reads HTML (mail bodies) into structured text and schema.org events, safely.
///
/// Parsing uses libxml2's HTML parser with recovery, and never touches the network or the file system:
/// `HTML_PARSE_NONET` is set, no DTD is loaded and no external entity is resolved (the HTML parser knows only
/// the HTML 4 character entities). The tree is walked iteratively, so nesting depth cannot overflow the stack.
public enum HTMLReader {
    /// Bounds on the work done for one document.
    public struct Limits: Sendable, Hashable {
        /// Elements nested deeper than this are skipped, with a warning.
        public var maxDepth: Int
        /// Input beyond this many bytes is ignored, with a warning.
        public var maxBytes: Int

        /// Creates limits; the defaults suit mail.
        public init(maxDepth: Int = 1024, maxBytes: Int = 64 << 20) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
        }
    }

    /// Reads HTML bytes in the given charset (the MIME part's `charset`), else the document's own
    /// `<meta charset>`/`http-equiv`, else sniffing (BOM, valid UTF-8, else windows-1252).
    ///
    /// Never fails: at worst the result is empty and carries a warning.
    public static func read(_ bytes: [UInt8], charset: String? = nil, limits: Limits = Limits()) -> HTMLDocumentText {
        var warnings: [String] = []
        var input = bytes
        if input.count > limits.maxBytes {
            warnings.append("HTML larger than \(limits.maxBytes) bytes; the rest was ignored")
            input.removeSubrange(limits.maxBytes...)
        }
        let encoding = CharsetSniffer.resolve(&input, declared: charset, warnings: &warnings)
        if encoding.hasPrefix("UTF-8") || encoding.hasPrefix("windows") || encoding.hasPrefix("iso") {
            stripInternalSubset(&input)
        }
        return parse(input, encoding: encoding, limits: limits, warnings: warnings)
    }

    /// Reads HTML that is already text.
    public static func read(_ text: String, limits: Limits = Limits()) -> HTMLDocumentText {
        read(Array(text.utf8), charset: "utf-8", limits: limits)
    }

    /// Removes a DOCTYPE's internal subset (`<!DOCTYPE x [ <!ENTITY …> ]>`).
    ///
    /// libxml2's HTML parser never expands these entities, but it would show the declarations as text;
    /// dropping them also means no entity declaration ever reaches the parser.
    static func stripInternalSubset(_ bytes: inout [UInt8]) {
        let limit = min(bytes.count, 8192)
        var i = 0
        while i + 9 < limit {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "!"),
                bytes[i + 2] | 0x20 == UInt8(ascii: "d"),
                bytes[i + 3] | 0x20 == UInt8(ascii: "o"), bytes[i + 4] | 0x20 == UInt8(ascii: "c"),
                bytes[i + 5] | 0x20 == UInt8(ascii: "t"), bytes[i + 6] | 0x20 == UInt8(ascii: "y")
            {
                break
            }
            i += 1
        }
        guard i + 9 < limit else { return }
        var j = i + 9
        while j < bytes.count, bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "[") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return }
        // The subset ends at the first `]` followed (after spaces) by `>`.
        var k = j + 1
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "]") {
                var m = k + 1
                while m < bytes.count, bytes[m] <= 0x20 { m += 1 }
                if m < bytes.count, bytes[m] == UInt8(ascii: ">") {
                    bytes.removeSubrange(j...k)
                    return
                }
            }
            k += 1
        }
        bytes.removeSubrange(j...)
    }

    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue
    )

    private static func parse(
        _ input: [UInt8], encoding: String, limits: Limits, warnings: [String]
    ) -> HTMLDocumentText {
        var warnings = warnings
        libxml2Initialized.touch()
        guard !input.isEmpty else { return HTMLDocumentText(warnings: warnings) }
        // Errors are recovered from and reported nowhere: keep libxml2 from printing to stderr.
        xmlSetStructuredErrorFunc(nil, { _, _ in })
        guard let context = htmlNewParserCtxt() else {
            warnings.append("libxml2 could not allocate a parser")
            return HTMLDocumentText(warnings: warnings)
        }
        defer { htmlFreeParserCtxt(context) }
        let document = input.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, let size = Int32(exactly: raw.count) else { return nil }
            return htmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), size, nil, encoding, options
            )
        }
        guard let document else {
            warnings.append("HTML could not be parsed")
            return HTMLDocumentText(warnings: warnings)
        }
        defer { xmlFreeDoc(document) }
        if context.pointee.disableSAX != 0 {
            // libxml2 halted (e.g. nesting deeper than its limit of 256): what follows that point is lost.
            let error = context.pointee.lastError
            let reason = error.message.map { HTMLEntities.normalizeSpace(String(cString: $0)) } ?? "code \(error.code)"
            warnings.append("libxml2 stopped reading the HTML early: \(reason)")
        }

        var walker = TextWalker(maxDepth: limits.maxDepth)
        walker.walk(document)
        warnings += walker.warnings
        var events: [SchemaOrgEvent] = []
        for block in walker.jsonLD {
            events += SchemaOrgReader.events(inJSONLD: block, warnings: &warnings)
        }
        if !walker.microdata.isEmpty {
            events += SchemaOrgReader.events(in: walker.microdata.jsonRoots(), syntax: .microdata)
        }
        return HTMLDocumentText(blocks: walker.blocks, links: walker.links, events: events, warnings: warnings)
    }
}

/// Calls `xmlInitParser` exactly once, thread-safely (Swift globals are initialized once, atomically).
private let libxml2Initialized = LibXML2Initialization()

private struct LibXML2Initialization: Sendable {
    init() { xmlInitParser() }
    func touch() {}
}
