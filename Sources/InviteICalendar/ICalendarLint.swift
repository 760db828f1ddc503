/// A strict RFC 5545 checker for the files we write.
///
/// Checks line ends (CRLF), line length (75 octets, §3.1), UTF-8, folding, content-line syntax,
/// TEXT escaping (§3.3.11), BEGIN/END nesting, required properties (§3.6) and that every TZID has a
/// VTIMEZONE (§3.2.19).
public enum ICalendarLint {
    /// Returns the problems found, each as `line N: what`; empty when the file is clean.
    public static func check(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        func report(_ line: Int, _ message: String) {
            if problems.count < 200 { problems.append("line \(line): \(message)") }
        }
        if String(validating: bytes, as: UTF8.self) == nil { report(1, "not valid UTF-8") }
        var logical: [(line: Int, bytes: [UInt8])] = []
        var i = 0
        var lineNumber = 0
        let n = bytes.count
        while i < n {
            lineNumber += 1
            var end = i
            while end < n, bytes[end] != 0x0D, bytes[end] != 0x0A { end += 1 }
            if end < n {
                if bytes[end] == 0x0D, end + 1 < n, bytes[end + 1] == 0x0A {
                } else {
                    report(lineNumber, bytes[end] == 0x0A ? "bare LF line end" : "bare CR")
                }
            } else {
                report(lineNumber, "last line does not end in CRLF")
            }
            let length = end - i
            if length > 75 { report(lineNumber, "line is \(length) octets, more than 75") }
            if length == 0 {
                report(lineNumber, "empty line")
            } else if bytes[i] == 0x20 || bytes[i] == 0x09 {
                if logical.isEmpty {
                    report(lineNumber, "continuation line with nothing to continue")
                } else {
                    if i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 { report(lineNumber, "fold splits a UTF-8 sequence") }
                    logical[logical.count - 1].bytes.append(contentsOf: bytes[(i + 1)..<end])
                }
            } else {
                logical.append((lineNumber, Array(bytes[i..<end])))
            }
            i = end
            if i < n, bytes[i] == 0x0D { i += 1 }
            if i < n, bytes[i] == 0x0A { i += 1 }
        }

        struct Open {
            var name: String
            var line: Int
            var counts: [String: Int] = [:]
            var children: [String] = []
        }
        var stack: [Open] = []
        var tzidsUsed: [(String, Int)] = []
        var tzidsDefined: Set<String> = []
        var calendars = 0
        for (line, b) in logical {
            guard let p = splitContentLine(b) else {
                report(line, "malformed content line")
                continue
            }
            if p.name == "BEGIN" {
                if stack.isEmpty, p.value != "VCALENDAR" { report(line, "BEGIN:\(p.value) outside VCALENDAR") }
                if !stack.isEmpty { stack[stack.count - 1].children.append(p.value) }
                stack.append(Open(name: p.value, line: line))
                continue
            }
            if p.name == "END" {
                guard let top = stack.popLast() else {
                    report(line, "END:\(p.value) without BEGIN")
                    continue
                }
                if top.name != p.value { report(line, "END:\(p.value) closes BEGIN:\(top.name) of line \(top.line)") }
                checkRequired(top.name, top.counts, top.children, top.line, report)
                if top.name == "VCALENDAR" {
                    calendars += 1
                    for (tzid, l) in tzidsUsed where !tzidsDefined.contains(tzid) {
                        report(l, "TZID \(tzid) has no VTIMEZONE")
                    }
                    tzidsUsed.removeAll()
                    tzidsDefined.removeAll()
                }
                continue
            }
            guard !stack.isEmpty else {
                report(line, "\(p.name) outside any component")
                continue
            }
            stack[stack.count - 1].counts[p.name, default: 0] += 1
            if p.name == "TZID", stack.last?.name == "VTIMEZONE" { tzidsDefined.insert(p.value) }
            for (name, value) in p.parameters where name == "TZID" { tzidsUsed.append((value, line)) }
            if let problem = textProblem(p.name, p.value) { report(line, problem) }
        }
        for open in stack.reversed() { report(open.line, "BEGIN:\(open.name) never ended") }
        if calendars == 0 { report(1, "no VCALENDAR") }
        return problems
    }

    private static func checkRequired(
        _ name: String, _ counts: [String: Int], _ children: [String], _ line: Int, _ report: (Int, String) -> Void
    ) {
        func once(_ p: String) {
            let c = counts[p, default: 0]
            if c == 0 { report(line, "\(name) lacks \(p)") } else if c > 1 { report(line, "\(name) has \(c) \(p)") }
        }
        func atMostOnce(_ p: String) {
            if counts[p, default: 0] > 1 { report(line, "\(name) has more than one \(p)") }
        }
        switch name {
        case "VCALENDAR":
            once("PRODID")
            once("VERSION")
            atMostOnce("METHOD")
        case "VEVENT":
            once("UID")
            once("DTSTAMP")
            for p in ["DTSTART", "DTEND", "DURATION", "SEQUENCE", "SUMMARY", "STATUS", "RECURRENCE-ID", "ORGANIZER"] {
                atMostOnce(p)
            }
            if counts["DTEND"] != nil, counts["DURATION"] != nil { report(line, "VEVENT has both DTEND and DURATION") }
        case "VTODO":
            once("UID")
            once("DTSTAMP")
            if counts["DUE"] != nil, counts["DURATION"] != nil { report(line, "VTODO has both DUE and DURATION") }
        case "VALARM":
            once("ACTION")
            once("TRIGGER")
        case "VTIMEZONE":
            once("TZID")
            if !children.contains("STANDARD"), !children.contains("DAYLIGHT") {
                report(line, "VTIMEZONE has no STANDARD or DAYLIGHT")
            }
        case "STANDARD", "DAYLIGHT":
            once("DTSTART")
            once("TZOFFSETFROM")
            once("TZOFFSETTO")
        default: break
        }
    }

    private static let singleTextProperties: Set<String> = [
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "TZNAME", "PRODID", "RELATED-TO",
    ]
    private static let listTextProperties: Set<String> = ["CATEGORIES", "RESOURCES"]

    /// TEXT escaping (RFC 5545 §3.3.11): only `\\ \; \, \n \N`; `;` and `,` must be escaped.
    private static func textProblem(_ name: String, _ value: String) -> String? {
        let single = singleTextProperties.contains(name)
        guard single || listTextProperties.contains(name) else { return nil }
        var escaped = false
        for b in value.utf8 {
            if escaped {
                if b != 0x5C, b != 0x3B, b != 0x2C, b != 0x6E, b != 0x4E { return "\(name) has an invalid escape" }
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else if b == 0x3B {
                return "\(name) has an unescaped ';'"
            } else if b == 0x2C, single {
                return "\(name) has an unescaped ','"
            } else if b < 0x20, b != 0x09 {
                return "\(name) has a control character"
            }
        }
        return escaped ? "\(name) ends in a lone backslash" : nil
    }

    private static func splitContentLine(
        _ b: [UInt8]
    ) -> (name: String, parameters: [(String, String)], value: String)? {
        var i = 0
        let n = b.count
        func isName(_ c: UInt8) -> Bool {
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
        }
        while i < n, isName(b[i]) { i += 1 }
        guard i > 0, i < n else { return nil }
        let name = String(decoding: b[0..<i], as: UTF8.self).uppercased()
        var params: [(String, String)] = []
        while i < n, b[i] == 0x3B {
            i += 1
            let ps = i
            while i < n, isName(b[i]) { i += 1 }
            guard i > ps, i < n, b[i] == 0x3D else { return nil }
            let pname = String(decoding: b[ps..<i], as: UTF8.self).uppercased()
            i += 1
            repeat {
                if i < n, b[i] == 0x2C { i += 1 }
                if i < n, b[i] == 0x22 {
                    let vs = i + 1
                    var ve = vs
                    while ve < n, b[ve] != 0x22 { ve += 1 }
                    guard ve < n else { return nil }
                    params.append((pname, String(decoding: b[vs..<ve], as: UTF8.self)))
                    i = ve + 1
                } else {
                    let vs = i
                    while i < n, b[i] != 0x2C, b[i] != 0x3B, b[i] != 0x3A {
                        if b[i] == 0x22 { return nil }
                        i += 1
                    }
                    params.append((pname, String(decoding: b[vs..<i], as: UTF8.self)))
                }
            } while i < n && b[i] == 0x2C
        }
        guard i < n, b[i] == 0x3A else { return nil }
        return (name, params, String(decoding: b[(i + 1)...], as: UTF8.self))
    }
}
