extension ICalendar {
    /// A content line: name, parameters and raw value (RFC 5545 §3.1).
    ///
    /// `value` is as written after unfolding: TEXT escapes are still in place (use ``textValue``).
    public struct Property: Sendable, Hashable {
        /// The property name, upper-cased (`DTSTART`, `X-WR-CALNAME`).
        public var name: String
        /// The parameters in the order written.
        public var parameters: [Parameter]
        /// The raw value after unfolding.
        public var value: String

        /// Creates a property from its raw value.
        public init(name: String, parameters: [Parameter] = [], value: String) {
            self.name = name
            self.parameters = parameters
            self.value = value
        }

        /// Creates a property whose value is TEXT, escaping it (RFC 5545 §3.3.11).
        public init(name: String, parameters: [Parameter] = [], text: String) {
            self.init(name: name, parameters: parameters, value: TextCoding.escape(text))
        }

        /// The value as TEXT, unescaped (RFC 5545 §3.3.11).
        public var textValue: String { TextCoding.unescape(value) }

        /// The value of the named parameter (name upper-cased); a single-valued parameter written with
        /// unquoted commas (`CN=Doe, Jane`) comes back whole.
        public func parameter(_ name: String) -> String? {
            for p in parameters where p.name == name { return p.joinedValue }
            return nil
        }

        /// All values of the named parameter.
        public func parameterValues(_ name: String) -> [String] {
            for p in parameters where p.name == name { return p.values }
            return []
        }
    }

    /// A property parameter with one or more values (RFC 5545 §3.2), RFC 6868 caret escapes decoded.
    public struct Parameter: Sendable, Hashable {
        /// The parameter name, upper-cased (`CN`, `TZID`).
        public var name: String
        // The first value inline and the rest in an array, so the common one-value case allocates no array.
        private var head: String
        private var tail: [String]

        /// The values, unquoted and decoded.
        public var values: [String] {
            get { tail.isEmpty ? [head] : [head] + tail }
            set {
                head = newValue.first ?? ""
                tail = Array(newValue.dropFirst())
            }
        }

        /// The first value.
        public var value: String { head }

        /// Whether the parameter has more than one value.
        public var isMultiValued: Bool { !tail.isEmpty }

        /// The values joined with commas (single-valued parameters written with unquoted commas come back whole).
        public var joinedValue: String { tail.isEmpty ? head : ([head] + tail).joined(separator: ",") }

        /// Creates a parameter.
        public init(name: String, values: [String]) {
            self.name = name
            head = values.first ?? ""
            tail = Array(values.dropFirst())
        }

        /// Creates a parameter with one value.
        public init(name: String, value: String) {
            self.name = name
            head = value
            tail = []
        }
    }

    /// A component kept as written: any component we do not model, or the raw form of one we do.
    public struct Component: Sendable, Hashable {
        /// The component name, upper-cased (`VEVENT`, `X-CUSTOM`).
        public var name: String
        /// Properties in the order written.
        public var properties: [Property]
        /// Nested components in the order written.
        public var components: [Component]

        /// Creates a component.
        public init(name: String, properties: [Property] = [], components: [Component] = []) {
            self.name = name
            self.properties = properties
            self.components = components
        }

        /// The first property with that name.
        public func property(_ name: String) -> Property? {
            for p in properties where p.name == name { return p }
            return nil
        }
    }
}

/// TEXT escaping and unescaping (RFC 5545 §3.3.11).
package enum TextCoding {
    /// Removes TEXT escapes: `\\`, `\;`, `\,`, `\n`/`\N`; an unknown escape keeps the character.
    package static func unescape(_ raw: String) -> String {
        withUTF8Bytes(raw) { b in
            let n = b.count
            let first = indexOfByte(0x5C, in: b, from: 0, to: n)
            if first == n { return raw }
            return String(unsafeUninitializedCapacity: n) { out in
                // Copies the runs between backslashes whole.
                var o = 0
                var s = 0
                var i = first
                while i < n {
                    for j in s..<i {
                        out[o] = b[j]
                        o += 1
                    }
                    if i + 1 < n {
                        let e = b[i + 1]
                        out[o] = e == 0x6E || e == 0x4E ? 0x0A : e
                    } else {
                        out[o] = 0x5C
                    }
                    o += 1
                    s = min(i + 2, n)
                    i = indexOfByte(0x5C, in: b, from: s, to: n)
                }
                for j in s..<n {
                    out[o] = b[j]
                    o += 1
                }
                return o
            }
        }
    }

    /// Adds TEXT escapes for `\`, `;`, `,` and line breaks (CRLF, CR and LF all become `\n`).
    package static func escape(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b == 0x5C || b == 0x3B || b == 0x2C || b == 0x0A || b == 0x0D {
            needs = true
            break
        }
        if !needs { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previousCR = false
        for b in text.utf8 {
            switch b {
            case 0x5C, 0x3B, 0x2C:
                out.append(0x5C)
                out.append(b)
            case 0x0D:
                out.append(0x5C)
                out.append(0x6E)
            case 0x0A:
                if !previousCR {
                    out.append(0x5C)
                    out.append(0x6E)
                }
            default: out.append(b)
            }
            previousCR = b == 0x0D
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits a multi-valued TEXT (CATEGORIES, RESOURCES) on unescaped commas and unescapes each.
    package static func splitList(_ raw: String) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var escaped = false
        for b in raw.utf8 {
            if escaped {
                current.append(0x5C)
                current.append(b)
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else if b == 0x2C {
                parts.append(unescape(String(decoding: current, as: UTF8.self)))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(b)
            }
        }
        parts.append(unescape(String(decoding: current, as: UTF8.self)))
        return parts
    }
}
