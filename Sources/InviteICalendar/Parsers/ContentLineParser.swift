/// Reads content lines into a tree of raw components (RFC 5545 §3.1, §3.4, §3.6; RFC 6868).
///
/// Lenient: LF-only and CR-only line ends, folds whose leading space was lost, missing `END`
/// lines and properties outside components all become warnings instead of errors.
package struct ContentLineParser {
    /// Limits that keep hostile input bounded.
    package struct Limits: Sendable {
        /// Deepest component nesting accepted.
        package var maximumDepth = 32
        /// Longest logical (unfolded) line accepted, in bytes.
        package var maximumLineLength = 4 << 20

        package init() {}
    }

    package var limits = Limits()
    package private(set) var warnings: [ICalendarWarning] = []

    private var stack: [ICalendar.Component] = []
    private var roots: [ICalendar.Component] = []
    private var logical: [UInt8] = []
    private var logicalLine = 0
    private var logicalOffset = 0
    /// The logical line while it is still one physical line: parsed in place, not copied.
    private var directRange: Range<Int>? = nil

    package init() {}

    /// Parses the bytes into top-level components (normally `VCALENDAR`s).
    package mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICalendarParseError) -> [ICalendar
        .Component]
    {
        let n = bytes.count
        var i = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        let probe = min(n, 4096)
        if let j = indexOfZeroByte(bytes, from: 0, to: probe) {
            throw ICalendarParseError.make(.binaryInput, at: j, in: bytes)
        }
        var lineNumber = 0
        var sawLF = false
        var sawCRLF = false
        logical.reserveCapacity(256)
        var hasLogical = false
        var brokenFolds = 0
        var firstBrokenFold = 0
        while i < n {
            lineNumber += 1
            let start = i
            let end = indexOfLineBreak(bytes, from: i, to: n)
            var next = end
            if next < n {
                if bytes[next] == 0x0D {
                    next += 1
                    if next < n, bytes[next] == 0x0A {
                        next += 1
                        sawCRLF = true
                    }
                } else {
                    next += 1
                    sawLF = true
                }
            }
            i = next
            if start == end { continue }
            let first = bytes[start]
            if first == 0x20 || first == 0x09 {
                if hasLogical {
                    try append(bytes, start + 1, end)
                } else if !isBlank(bytes, start, end) {
                    warn(lineNumber, "continuation line with nothing to continue, ignored")
                }
                continue
            }
            if hasLogical, !looksLikeContentLine(bytes, start, end) {
                brokenFolds += 1
                if brokenFolds == 1 { firstBrokenFold = lineNumber }
                try append(bytes, start, end)
                continue
            }
            if hasLogical { try process(bytes) }
            if !logical.isEmpty { logical.removeAll(keepingCapacity: true) }
            logicalLine = lineNumber
            logicalOffset = start
            hasLogical = true
            if end - start > limits.maximumLineLength {
                throw ICalendarParseError.make(.limitExceeded, at: start, in: bytes)
            }
            directRange = start..<end
        }
        if hasLogical { try process(bytes) }
        if brokenFolds > 0 {
            warn(
                firstBrokenFold,
                brokenFolds == 1
                    ? "folded line without leading space joined to the previous line"
                    : "\(brokenFolds) folded lines without leading space joined to the previous line"
            )
        }
        if sawLF, !sawCRLF { warn(1, "lines end in LF, not CRLF") }
        while let open = stack.popLast() {
            warn(lineNumber, "missing END:\(open.name)")
            close(open)
        }
        if roots.isEmpty {
            throw ICalendarParseError.make(.notICalendar, at: 0, in: bytes)
        }
        return roots
    }

    private mutating func warn(_ line: Int, _ message: String) {
        if warnings.count < 100 { warnings.append(ICalendarWarning(line: line, message: message)) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int)
        throws(ICalendarParseError)
    {
        if let r = directRange {
            logical.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[r]))
            directRange = nil
        }
        guard from < to else { return }
        if logical.count + (to - from) > limits.maximumLineLength {
            throw ICalendarParseError.make(.limitExceeded, at: from, in: bytes)
        }
        logical.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<to]))
    }

    private func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        for j in from..<to where b[j] != 0x20 && b[j] != 0x09 { return false }
        return true
    }

    /// A content line starts with a name (letters, digits, `-`) followed by `;` or `:`.
    private func looksLikeContentLine(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var j = from
        var sawLower = false
        while j < to, isNameByte(b[j]) {
            sawLower = sawLower || (b[j] >= 0x61 && b[j] <= 0x7A)
            j += 1
        }
        guard j > from, j < to, b[j] == 0x3A || b[j] == 0x3B else { return false }
        // A name in lower case is almost always prose ("Note: …") that lost its fold.
        return !sawLower
    }

    private mutating func process(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICalendarParseError) {
        let parsed: ICalendar.Property?
        if let r = directRange {
            parsed = Self.parseLogicalLine(UnsafeBufferPointer(rebasing: bytes[r]))
            directRange = nil
        } else {
            parsed = logical.withUnsafeBufferPointer { Self.parseLogicalLine($0) }
        }
        guard let property = parsed else {
            warn(logicalLine, "malformed content line ignored")
            return
        }
        // Most names are neither BEGIN nor END: a length check spares two string comparisons.
        let nameLength = property.name.utf8.count
        if nameLength == 5, property.name == "BEGIN" {
            let name = property.value.uppercasedASCII().trimmedASCII()
            if stack.isEmpty, name != "VCALENDAR" {
                warn(logicalLine, "BEGIN:\(name) outside VCALENDAR; wrapped in one")
                stack.append(ICalendar.Component(name: "VCALENDAR"))
            }
            if stack.count >= limits.maximumDepth {
                throw ICalendarParseError.make(.limitExceeded, at: logicalOffset, in: bytes)
            }
            var component = ICalendar.Component(name: name)
            component.properties.reserveCapacity(name == "VEVENT" ? 24 : 8)
            stack.append(component)
        } else if nameLength == 3, property.name == "END" {
            let name = property.value.uppercasedASCII().trimmedASCII()
            guard stack.contains(where: { $0.name == name }) else {
                warn(logicalLine, "END:\(name) without BEGIN ignored")
                return
            }
            while let top = stack.popLast() {
                if top.name == name {
                    close(top)
                    break
                }
                warn(logicalLine, "missing END:\(top.name)")
                close(top)
            }
        } else {
            if stack.isEmpty {
                warn(logicalLine, "\(property.name) outside any component ignored")
                return
            }
            stack[stack.count - 1].properties.append(property)
        }
    }

    private mutating func close(_ component: ICalendar.Component) {
        if stack.isEmpty {
            roots.append(component)
        } else {
            stack[stack.count - 1].components.append(component)
        }
    }

    /// Splits a logical line into name, parameters and value.
    private static func parseLogicalLine(_ b: UnsafeBufferPointer<UInt8>) -> ICalendar.Property? {
        let n = b.count
        do {
            var i = 0
            while i < n, isNameByte(b[i]) { i += 1 }
            guard i > 0, i < n, b[i] == 0x3A || b[i] == 0x3B else { return nil }
            let name = makeUpperString(b, 0, i)
            var parameters: [ICalendar.Parameter] = []
            while i < n, b[i] == 0x3B {
                i += 1
                let ps = i
                while i < n, isNameByte(b[i]) { i += 1 }
                let pname = makeUpperString(b, ps, i)
                var first: String?
                var rest: [String] = []
                if i < n, b[i] == 0x3D {
                    i += 1
                    while true {
                        let v: String
                        if i < n, b[i] == 0x22 {
                            let vs = i + 1
                            var ve = vs
                            while ve < n, b[ve] != 0x22 { ve += 1 }
                            v = decodeParameterValue(b, vs, ve)
                            i = min(ve + 1, n)
                        } else {
                            let vs = i
                            while i < n, b[i] != 0x2C, b[i] != 0x3B, b[i] != 0x3A { i += 1 }
                            v = decodeParameterValue(b, vs, i)
                        }
                        if first == nil { first = v } else { rest.append(v) }
                        if i < n, b[i] == 0x2C {
                            i += 1
                            continue
                        }
                        break
                    }
                } else {
                    while i < n, b[i] != 0x3B, b[i] != 0x3A { i += 1 }
                }
                if !pname.isEmpty {
                    if parameters.isEmpty { parameters.reserveCapacity(8) }
                    if rest.isEmpty {
                        parameters.append(ICalendar.Parameter(name: pname, value: first ?? ""))
                    } else {
                        parameters.append(ICalendar.Parameter(name: pname, values: [first ?? ""] + rest))
                    }
                }
            }
            guard i < n, b[i] == 0x3A else { return nil }
            i += 1
            let value =
                i < n
                ? KnownNames.shared.lookup(b, i, n)
                    ?? String(decoding: UnsafeBufferPointer(rebasing: b[i..<n]), as: UTF8.self) : ""
            return ICalendar.Property(name: name, parameters: parameters, value: value)
        }
    }
}

@inline(__always)
private func isNameByte(_ c: UInt8) -> Bool {
    // `c | 0x20` folds A–Z onto a–z and sends no other byte into that range.
    let folded = c | 0x20
    return (folded >= 0x61 && folded <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F
}

private func makeUpperString(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
    if let known = KnownNames.shared.lookup(b, from, to) { return known }
    var hasLower = false
    for j in from..<to where b[j] >= 0x61 && b[j] <= 0x7A {
        hasLower = true
        break
    }
    if !hasLower { return String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
    var tmp = [UInt8](UnsafeBufferPointer(rebasing: b[from..<to]))
    for j in tmp.indices where tmp[j] >= 0x61 && tmp[j] <= 0x7A { tmp[j] -= 0x20 }
    return String(decoding: tmp, as: UTF8.self)
}

/// Decodes RFC 6868 caret escapes: `^n` newline, `^^` caret, `^'` double quote.
private func decodeParameterValue(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
    var hasCaret = false
    for j in from..<to where b[j] == 0x5E {
        hasCaret = true
        break
    }
    if !hasCaret {
        if let known = KnownNames.shared.lookup(b, from, to) { return known }
        return String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
    }
    var out: [UInt8] = []
    out.reserveCapacity(to - from)
    var j = from
    while j < to {
        let c = b[j]
        if c == 0x5E, j + 1 < to {
            switch b[j + 1] {
            case 0x6E, 0x4E:
                out.append(0x0A)
                j += 2
                continue
            case 0x5E:
                out.append(0x5E)
                j += 2
                continue
            case 0x27:
                out.append(0x22)
                j += 2
                continue
            default: break
            }
        }
        out.append(c)
        j += 1
    }
    return String(decoding: out, as: UTF8.self)
}

extension String {
    /// ASCII upper-casing that leaves other bytes alone.
    package func uppercasedASCII() -> String {
        withUTF8Bytes(self) { b in
            var first = 0
            while first < b.count, b[first] < 0x61 || b[first] > 0x7A { first += 1 }
            if first == b.count { return self }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for j in 0..<b.count {
                    let c = b[j]
                    out[j] = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
                }
                return b.count
            }
        }
    }

    /// Trims ASCII spaces and tabs at both ends.
    package func trimmedASCII() -> String {
        withUTF8Bytes(self) { u in
            var s = 0
            var e = u.count
            while s < e, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
            while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
            if s == 0, e == u.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: u[s..<e]), as: UTF8.self)
        }
    }
}
