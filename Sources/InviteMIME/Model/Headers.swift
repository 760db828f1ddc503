/// One header field as written: its name and raw value bytes (RFC 5322 §2.2).
public struct HeaderField: Sendable, Hashable {
    /// The field name as written (case preserved).
    public var name: String
    /// The raw value after the colon, still folded, without the final line break.
    public var rawValue: [UInt8]

    public init(name: String, rawValue: [UInt8]) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value unfolded and decoded as unstructured text (RFC 2047 words, RFC 6532 UTF-8).
    public var value: String { EncodedWord.decode(rawValue) }
}

/// The header fields of a message or part, in order, duplicates kept.
public struct Headers: Sendable, Hashable, RandomAccessCollection {
    public var fields: [HeaderField]

    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    public var startIndex: Int { fields.startIndex }
    public var endIndex: Int { fields.endIndex }
    public subscript(position: Int) -> HeaderField { fields[position] }

    /// The first field with this name (case-insensitive).
    public func first(_ name: String) -> HeaderField? {
        fields.first { $0.name.utf8.count == name.utf8.count && equalsIgnoringCase($0.name, name) }
    }

    /// Every field with this name (case-insensitive), in order.
    public func all(_ name: String) -> [HeaderField] {
        fields.filter { $0.name.utf8.count == name.utf8.count && equalsIgnoringCase($0.name, name) }
    }

    /// The decoded unstructured value of the first field with this name.
    public func value(_ name: String) -> String? { first(name)?.value }
}

func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
    var ia = a.utf8.makeIterator()
    var ib = b.utf8.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return true
        case let (x?, y?) where x.asciiLowercased == y.asciiLowercased: continue
        default: return false
        }
    }
}
