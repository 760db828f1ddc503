extension ICalendar {
    /// A DATE or DATE-TIME value (RFC 5545 §3.3.4, §3.3.5): floating, UTC, or local to a TZID.
    public struct DateTime: Sendable, Hashable, CustomStringConvertible {
        /// How a DATE-TIME relates to UTC.
        public enum Zone: Sendable, Hashable {
            /// Local time wherever the reader is (no `Z`, no `TZID`); also every DATE.
            case floating
            /// UTC (`Z` suffix).
            case utc
            /// Local time of the named zone (`TZID=` parameter), as written.
            case tzid(String)
        }

        /// The year.
        public var year: Int
        /// The month, 1–12.
        public var month: Int
        /// The day of the month.
        public var day: Int
        /// The hour, 0–23 (0 for a DATE).
        public var hour: Int
        /// The minute (0 for a DATE).
        public var minute: Int
        /// The second (0 for a DATE).
        public var second: Int
        /// Whether this is a DATE (no time of day).
        public var isDate: Bool
        /// How the value relates to UTC.
        public var zone: Zone

        /// A DATE.
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
            hour = 0
            minute = 0
            second = 0
            isDate = true
            zone = .floating
        }

        /// A DATE-TIME.
        public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, zone: Zone) {
            self.year = year
            self.month = month
            self.day = day
            self.hour = hour
            self.minute = minute
            self.second = second
            isDate = false
            self.zone = zone
        }

        /// Parses `19970714`, `19970714T133000`, `19970714T173000Z`; `tzid` applies to a local time.
        ///
        /// Lenient about a missing seconds field and a trailing `Z` on a value with a TZID (the `Z` wins).
        public init?(parsing text: String, tzid: String? = nil) {
            var result: DateTime?
            var copy = text
            copy.withUTF8 { b in
                var n = b.count
                while n > 0, b[n - 1] == 0x20 { n -= 1 }
                guard n >= 8, let y = digits(b, 0, 4), let m = digits(b, 4, 2), let d = digits(b, 6, 2),
                    (1...12).contains(m), d >= 1, d <= daysInMonth(y, m)
                else { return }
                if n == 8 {
                    result = DateTime(year: y, month: m, day: d)
                    return
                }
                guard n >= 13, b[8] == 0x54 || b[8] == 0x74, let hh = digits(b, 9, 2), let mi = digits(b, 11, 2),
                    hh <= 24, mi < 60
                else { return }
                var i = 13
                var ss = 0
                if n >= 15, let s = digits(b, 13, 2) {
                    ss = min(s, 60)
                    i = 15
                }
                var zone: Zone = .floating
                if i < n, b[i] == 0x5A || b[i] == 0x7A {
                    zone = .utc
                    i += 1
                } else if let tzid, !tzid.isEmpty {
                    zone = .tzid(tzid)
                }
                guard i == n else { return }
                var value = DateTime(year: y, month: m, day: d, hour: hh, minute: mi, second: ss, zone: zone)
                if hh == 24 { value = value.addingSeconds(0) }
                result = value
            }
            guard let result else { return nil }
            self = result
        }

        /// The value as RFC 5545 writes it: `19970714`, `19970714T133000` or `19970714T173000Z`.
        public var valueString: String {
            var out: [UInt8] = []
            out.reserveCapacity(16)
            appendDigits(&out, year, 4)
            appendDigits(&out, month, 2)
            appendDigits(&out, day, 2)
            if !isDate {
                out.append(0x54)
                appendDigits(&out, hour, 2)
                appendDigits(&out, minute, 2)
                appendDigits(&out, second, 2)
                if zone == .utc { out.append(0x5A) }
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// The TZID this value is local to, if any.
        public var tzid: String? {
            if case .tzid(let id) = zone { return id }
            return nil
        }

        /// DESCRIPTION, unescaped.
        public var description: String {
            if let tzid { return "TZID=\(tzid):\(valueString)" }
            return valueString
        }

        /// Days since 1970-01-01 of the date part.
        public var daysSince1970: Int { civilToDays(year, month, day) }

        /// Seconds since 1970-01-01T00:00:00 of the wall-clock reading, ignoring the zone.
        public var localSeconds: Int { daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second }

        /// The same kind of value (zone, DATE-ness) at another wall-clock reading.
        package func withLocalSeconds(_ s: Int) -> DateTime {
            let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
            let tod = s - days * 86_400
            let c = daysToCivil(days)
            var r = self
            r.year = c.year
            r.month = c.month
            r.day = c.day
            if !isDate {
                r.hour = tod / 3600
                r.minute = tod / 60 % 60
                r.second = tod % 60
            }
            return r
        }

        /// Adds seconds to the wall-clock reading (days for a DATE are 86 400 s).
        package func addingSeconds(_ s: Int) -> DateTime { withLocalSeconds(localSeconds + s) }

        /// The day of the week, 0 = Monday … 6 = Sunday.
        public var weekday: Int { weekdayOf(daysSince1970) }
    }

    /// A DURATION value (RFC 5545 §3.3.6), kept in the units written so it round-trips.
    public struct Duration: Sendable, Hashable, CustomStringConvertible {
        /// Whether the duration points backwards (`-P…`).
        public var isNegative: Bool
        /// Whole weeks.
        public var weeks: Int
        /// Whole days.
        public var days: Int
        /// Hours.
        public var hours: Int
        /// Minutes.
        public var minutes: Int
        /// Seconds.
        public var seconds: Int

        /// Creates a duration.
        public init(
            isNegative: Bool = false, weeks: Int = 0, days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0
        ) {
            self.isNegative = isNegative
            self.weeks = weeks
            self.days = days
            self.hours = hours
            self.minutes = minutes
            self.seconds = seconds
        }

        /// Parses `P1W`, `-PT15M`, `P1DT2H`; lenient about case.
        public init?(parsing text: String) {
            var neg = false
            var w = 0, d = 0, h = 0, m = 0, s = 0
            var inTime = false
            var number: Int? = nil
            var seenP = false
            var any = false
            for c in text.utf8 {
                switch c {
                case 0x2B where !seenP: continue
                case 0x2D where !seenP: neg = true
                case 0x50, 0x70: seenP = true
                case 0x54, 0x74: inTime = true
                case 0x30...0x39:
                    guard seenP else { return nil }
                    number = (number ?? 0) &* 10 &+ Int(c - 0x30)
                    if (number ?? 0) > 100_000_000 { return nil }
                case 0x57, 0x77:
                    guard let v = number else { return nil }
                    w = v
                    number = nil
                    any = true
                case 0x44, 0x64:
                    guard let v = number else { return nil }
                    d = v
                    number = nil
                    any = true
                case 0x48, 0x68:
                    guard let v = number, inTime else { return nil }
                    h = v
                    number = nil
                    any = true
                case 0x4D, 0x6D:
                    guard let v = number, inTime else { return nil }
                    m = v
                    number = nil
                    any = true
                case 0x53, 0x73:
                    guard let v = number, inTime else { return nil }
                    s = v
                    number = nil
                    any = true
                case 0x20: continue
                default: return nil
                }
            }
            guard seenP, any, number == nil else { return nil }
            self.init(isNegative: neg, weeks: w, days: d, hours: h, minutes: m, seconds: s)
        }

        /// The nominal length in seconds (a day counted as 86 400 s).
        public var totalSeconds: Int {
            let t = ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds
            return isNegative ? -t : t
        }

        /// The RFC 5545 form, such as `PT1H30M`.
        public var description: String {
            var s = isNegative ? "-P" : "P"
            if weeks != 0 { s += "\(weeks)W" }
            if days != 0 { s += "\(days)D" }
            if hours != 0 || minutes != 0 || seconds != 0 {
                s += "T"
                if hours != 0 { s += "\(hours)H" }
                if minutes != 0 { s += "\(minutes)M" }
                if seconds != 0 { s += "\(seconds)S" }
            }
            if s.hasSuffix("P") { s += "T0S" }
            return s
        }
    }
}

/// Parses a UTC-OFFSET (`+0100`, `-0530`, `+053000`) into seconds east of UTC (RFC 5545 §3.3.14).
package func parseUTCOffset(_ text: String) -> Int? {
    withUTF8Bytes(text) { b -> Int? in
        let n = b.count
        guard n >= 5, b[0] == 0x2B || b[0] == 0x2D else { return nil }
        let sign = b[0] == 0x2D ? -1 : 1
        // Up to three two-digit fields (hours, minutes, seconds), each optionally followed by a colon.
        var fields = (0, 0, 0)
        var count = 0
        var i = 1
        while i + 2 <= n {
            guard (0x30...0x39).contains(b[i]), (0x30...0x39).contains(b[i + 1]), count < 3 else { return nil }
            let v = Int(b[i] - 0x30) * 10 + Int(b[i + 1] - 0x30)
            switch count {
            case 0: fields.0 = v
            case 1: fields.1 = v
            default: fields.2 = v
            }
            count += 1
            i += 2
            if i < n, b[i] == 0x3A { i += 1 }
        }
        guard i == n, count >= 2 else { return nil }
        return sign * (fields.0 * 3600 + fields.1 * 60 + fields.2)
    }
}

@inline(__always)
private func digits(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ count: Int) -> Int? {
    guard from + count <= b.count else { return nil }
    var v = 0
    for i in from..<(from + count) {
        let c = b[i]
        guard c >= 0x30, c <= 0x39 else { return nil }
        v = v * 10 + Int(c - 0x30)
    }
    return v
}

package func appendDigits(_ out: inout [UInt8], _ value: Int, _ width: Int) {
    if value < 0 { out.append(0x2D) }
    var v = value.magnitude
    guard v < 1_000_000_000_000_000 else {
        out.append(contentsOf: String(v).utf8)
        return
    }
    var digits = 1
    var p: UInt = 10
    while p <= v {
        digits += 1
        p *= 10
    }
    if width > digits { for _ in 0..<(width - digits) { out.append(0x30) } }
    var div = p / 10
    while div > 0 {
        out.append(UInt8(truncatingIfNeeded: 0x30 + v / div))
        v %= div
        div /= 10
    }
}

package func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

package func daysInMonth(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: isLeapYear(y) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
}

/// Days from 1970-01-01 (Howard Hinnant's algorithm).
package func civilToDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
}

package func daysToCivil(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
package func weekdayOf(_ days: Int) -> Int {
    let r = (days + 3) % 7
    return r < 0 ? r + 7 : r
}
