import Synchronization

/// An RRULE value (RFC 5545 §3.3.10), parsed into its parts and written back in the order read.
public struct RecurrenceRule: Sendable, Hashable, CustomStringConvertible {
    /// The FREQ part.
    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        case secondly = "SECONDLY"
        case minutely = "MINUTELY"
        case hourly = "HOURLY"
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
        case yearly = "YEARLY"
    }

    /// A day of the week, Monday first (ISO 8601 order).
    public enum Weekday: Int, Sendable, Hashable, CaseIterable {
        case monday, tuesday, wednesday, thursday, friday, saturday, sunday

        /// The two-letter code (`MO` … `SU`).
        public var code: String {
            switch self {
            case .monday: "MO"
            case .tuesday: "TU"
            case .wednesday: "WE"
            case .thursday: "TH"
            case .friday: "FR"
            case .saturday: "SA"
            case .sunday: "SU"
            }
        }

        /// Reads a two-letter code, case-insensitively.
        public init?(code: String) {
            switch code.uppercasedASCII() {
            case "MO": self = .monday
            case "TU": self = .tuesday
            case "WE": self = .wednesday
            case "TH": self = .thursday
            case "FR": self = .friday
            case "SA": self = .saturday
            case "SU": self = .sunday
            default: return nil
            }
        }
    }

    /// One BYDAY entry: a weekday with an optional ordinal (`-1SU`, `2MO`, `TU`).
    public struct WeekdayNumber: Sendable, Hashable, CustomStringConvertible {
        /// 0 for every such weekday of the period, else the n-th (negative counts from the end).
        public var ordinal: Int
        /// The day of the week.
        public var weekday: Weekday

        /// Creates an entry; `ordinal` 0 means every such weekday.
        public init(_ weekday: Weekday, ordinal: Int = 0) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        /// DESCRIPTION, unescaped.
        public var description: String { (ordinal == 0 ? "" : String(ordinal)) + weekday.code }
    }

    /// FREQ.
    public var frequency: Frequency
    /// The INTERVAL (default 1).
    public var interval: Int
    /// COUNT.
    public var count: Int?
    /// The UNTIL bound: a DATE, a UTC DATE-TIME, or (leniently) a floating one.
    public var until: ICalendar.DateTime?
    /// BYSECOND.
    public var bySecond: [Int]
    /// BYMINUTE.
    public var byMinute: [Int]
    /// BYHOUR.
    public var byHour: [Int]
    /// BYDAY, with ordinals.
    public var byDay: [WeekdayNumber]
    /// BYMONTHDAY (negative counts from the month's end).
    public var byMonthDay: [Int]
    /// BYYEARDAY.
    public var byYearDay: [Int]
    /// BYWEEKNO.
    public var byWeekNumber: [Int]
    /// BYMONTH.
    public var byMonth: [Int]
    /// BYSETPOS.
    public var bySetPosition: [Int]
    /// The WKST part; Monday when absent.
    public var weekStart: Weekday?
    /// Parts this type does not know (`X-NAME=value`, RFC 7529 `RSCALE`, …), kept as written.
    public var otherParts: [String: String]
    /// The part names in the order they were read, so the rule writes back as it came.
    ///
    /// Not part of equality: two rules that differ only in the order of their parts are the same rule.
    public var partOrder: [String]

    /// Creates a rule.
    public init(
        frequency: Frequency, interval: Int = 1, count: Int? = nil, until: ICalendar.DateTime? = nil,
        bySecond: [Int] = [], byMinute: [Int] = [], byHour: [Int] = [], byDay: [WeekdayNumber] = [],
        byMonthDay: [Int] = [], byYearDay: [Int] = [], byWeekNumber: [Int] = [], byMonth: [Int] = [],
        bySetPosition: [Int] = [], weekStart: Weekday? = nil
    ) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.bySecond = bySecond
        self.byMinute = byMinute
        self.byHour = byHour
        self.byDay = byDay
        self.byMonthDay = byMonthDay
        self.byYearDay = byYearDay
        self.byWeekNumber = byWeekNumber
        self.byMonth = byMonth
        self.bySetPosition = bySetPosition
        self.weekStart = weekStart
        otherParts = [:]
        partOrder = []
    }

    /// Parses an RRULE value (`FREQ=WEEKLY;BYDAY=MO,WE`); `nil` without a valid FREQ.
    ///
    /// Lenient: names are case-insensitive, empty parts are skipped, and out-of-range numbers are dropped.
    public init?(parsing text: String) {
        var freq: Frequency?
        var rule = RecurrenceRule(frequency: .daily)
        var copy = text
        let ok: Bool = copy.withUTF8 { b -> Bool in
            let n = b.count
            var i = 0
            while i < n {
                var partEnd = i
                while partEnd < n, b[partEnd] != 0x3B { partEnd += 1 }
                defer { i = partEnd + 1 }
                var eq = i
                while eq < partEnd, b[eq] != 0x3D { eq += 1 }
                guard eq < partEnd else { continue }
                let (ns, ne) = trim(b, i, eq)
                let (vs, ve) = trim(b, eq + 1, partEnd)
                let name = upperString(b, ns, ne)
                if rule.partOrder.contains(name) { continue }
                switch partName(name) {
                case .freq:
                    guard let f = Frequency(rawValue: upperString(b, vs, ve)) else { return false }
                    freq = f
                case .interval: rule.interval = min(max(1, intList(b, vs, ve, 1...Int.max, false).first ?? 1), 100_000)
                case .count:
                    guard let c = intList(b, vs, ve, 0...Int.max, false).first else { continue }
                    rule.count = c
                case .until:
                    guard
                        let u = ICalendar.DateTime(
                            parsing: String(decoding: UnsafeBufferPointer(rebasing: b[vs..<ve]), as: UTF8.self))
                    else { continue }
                    rule.until = u
                case .bysecond: rule.bySecond = intList(b, vs, ve, 0...60, false)
                case .byminute: rule.byMinute = intList(b, vs, ve, 0...59, false)
                case .byhour: rule.byHour = intList(b, vs, ve, 0...23, false)
                case .bymonthday: rule.byMonthDay = intList(b, vs, ve, 1...31, true)
                case .byyearday: rule.byYearDay = intList(b, vs, ve, 1...366, true)
                case .byweekno: rule.byWeekNumber = intList(b, vs, ve, 1...53, true)
                case .bymonth: rule.byMonth = intList(b, vs, ve, 1...12, false)
                case .bysetpos: rule.bySetPosition = intList(b, vs, ve, 1...366, true)
                case .wkst: rule.weekStart = Weekday(code: upperString(b, vs, ve))
                case .byday: rule.byDay = weekdayList(b, vs, ve)
                default:
                    rule.otherParts[name] = String(decoding: UnsafeBufferPointer(rebasing: b[vs..<ve]), as: UTF8.self)
                }
                rule.partOrder.append(name)
            }
            return true
        }
        guard ok, let freq else { return nil }
        rule.frequency = freq
        self = rule
    }

    /// The RRULE value, parts in the order read, then any others in RFC 5545 order.
    public var description: String {
        var out: [UInt8] = []
        out.reserveCapacity(48)
        appendValue(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let canonicalParts: [(String, PartName)] = [
        ("FREQ", .freq), ("UNTIL", .until), ("COUNT", .count), ("INTERVAL", .interval), ("BYSECOND", .bysecond),
        ("BYMINUTE", .byminute), ("BYHOUR", .byhour), ("BYDAY", .byday), ("BYMONTHDAY", .bymonthday),
        ("BYYEARDAY", .byyearday), ("BYWEEKNO", .byweekno), ("BYMONTH", .bymonth), ("BYSETPOS", .bysetpos),
        ("WKST", .wkst),
    ]

    /// Appends the RRULE value as bytes.
    package func appendValue(to out: inout [UInt8]) {
        var first = true
        func part(_ name: String) {
            if !first { out.append(0x3B) }
            first = false
            out.append(contentsOf: name.utf8)
            out.append(0x3D)
        }
        func list(_ name: String, _ a: [Int]) {
            guard !a.isEmpty else { return }
            part(name)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                appendDigits(&out, v, 1)
            }
        }
        func write(_ n: String, _ kind: PartName?) {
            switch kind {
            case .freq:
                part(n)
                out.append(contentsOf: frequency.rawValue.utf8)
            case .interval:
                if interval != 1 || partOrder.contains("INTERVAL") {
                    part(n)
                    appendDigits(&out, interval, 1)
                }
            case .count:
                if let count {
                    part(n)
                    appendDigits(&out, count, 1)
                }
            case .until:
                if let until {
                    part(n)
                    until.appendValue(to: &out)
                }
            case .bysecond: list(n, bySecond)
            case .byminute: list(n, byMinute)
            case .byhour: list(n, byHour)
            case .byday:
                if !byDay.isEmpty {
                    part(n)
                    for (i, d) in byDay.enumerated() {
                        if i > 0 { out.append(0x2C) }
                        if d.ordinal != 0 { appendDigits(&out, d.ordinal, 1) }
                        out.append(contentsOf: d.weekday.code.utf8)
                    }
                }
            case .bymonthday: list(n, byMonthDay)
            case .byyearday: list(n, byYearDay)
            case .byweekno: list(n, byWeekNumber)
            case .bymonth: list(n, byMonth)
            case .bysetpos: list(n, bySetPosition)
            case .wkst:
                if let weekStart {
                    part(n)
                    out.append(contentsOf: weekStart.code.utf8)
                }
            case nil:
                if let v = otherParts[n] {
                    part(n)
                    out.append(contentsOf: v.utf8)
                }
            }
        }
        // Which known parts were written in order, as a bit set over `PartName`, so the canonical pass
        // needs no string comparisons.
        var written: UInt32 = 0
        for n in partOrder {
            if let kind = partName(n) { written |= 1 << kind.rawValue }
        }
        if written & (1 << PartName.freq.rawValue) == 0 { write("FREQ", .freq) }
        for n in partOrder { write(n, partName(n)) }
        for (n, kind) in Self.canonicalParts where written & (1 << kind.rawValue) == 0 && kind != .freq {
            write(n, kind)
        }
        if otherParts.count > 0 {
            for n in otherParts.keys.sorted() where !partOrder.contains(n) { write(n, partName(n)) }
        }
    }
}

extension RecurrenceRule {
    /// Equal when every part is equal, whatever order the parts were written in.
    public static func == (a: RecurrenceRule, b: RecurrenceRule) -> Bool {
        a.frequency == b.frequency && a.interval == b.interval && a.count == b.count && a.until == b.until
            && a.bySecond == b.bySecond && a.byMinute == b.byMinute && a.byHour == b.byHour && a.byDay == b.byDay
            && a.byMonthDay == b.byMonthDay && a.byYearDay == b.byYearDay && a.byWeekNumber == b.byWeekNumber
            && a.byMonth == b.byMonth && a.bySetPosition == b.bySetPosition && a.weekStart == b.weekStart
            && a.otherParts == b.otherParts
    }

    /// Hashes every part but the order they were written in.
    public func hash(into h: inout Hasher) {
        h.combine(frequency)
        h.combine(interval)
        h.combine(count)
        h.combine(until)
        h.combine(bySecond)
        h.combine(byMinute)
        h.combine(byHour)
        h.combine(byDay)
        h.combine(byMonthDay)
        h.combine(byYearDay)
        h.combine(byWeekNumber)
        h.combine(byMonth)
        h.combine(bySetPosition)
        h.combine(weekStart)
        h.combine(otherParts)
    }
}

/// Parsed VTIMEZONE rules by text: the same few dozen rules recur in nearly every calendar, and parsing is
/// pure, so a bounded memo behind a lock is safe and saves most of their cost.
private let ruleCache = Mutex<[String: RecurrenceRule]>([:])

extension RecurrenceRule {
    /// ``init(parsing:)`` through a small shared memo.
    package static func cached(_ text: String) -> RecurrenceRule? {
        if let hit = ruleCache.withLock({ $0[text] }) { return hit }
        guard let rule = RecurrenceRule(parsing: text) else { return nil }
        ruleCache.withLock {
            if $0.count >= 256 { $0.removeAll(keepingCapacity: true) }
            $0[text] = rule
        }
        return rule
    }
}

private enum PartName: UInt32 {
    case freq, interval, count, until, bysecond, byminute, byhour, bymonthday, byyearday, byweekno, bymonth
    case bysetpos, wkst, byday
}

/// The known part a name stands for, picked by length first (equal small strings compare by their bits).
private func partName(_ name: String) -> PartName? {
    switch name.utf8.count {
    case 4: name == "FREQ" ? .freq : name == "WKST" ? .wkst : nil
    case 5: name == "BYDAY" ? .byday : name == "UNTIL" ? .until : name == "COUNT" ? .count : nil
    case 6: name == "BYHOUR" ? .byhour : nil
    case 7: name == "BYMONTH" ? .bymonth : nil
    case 8:
        name == "INTERVAL"
            ? .interval
            : name == "BYSETPOS"
                ? .bysetpos
                : name == "BYSECOND"
                    ? .bysecond
                    : name == "BYMINUTE" ? .byminute : name == "BYWEEKNO" ? .byweekno : nil
    case 9: name == "BYYEARDAY" ? .byyearday : nil
    case 10: name == "BYMONTHDAY" ? .bymonthday : nil
    default: nil
    }
}

private func trim(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (Int, Int) {
    var s = from
    var e = to
    while s < e, b[s] == 0x20 { s += 1 }
    while e > s, b[e - 1] == 0x20 { e -= 1 }
    return (s, e)
}

private func upperString(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
    var needs = false
    for j in from..<to where b[j] >= 0x61 && b[j] <= 0x7A { needs = true }
    if !needs { return String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
    return String(decoding: b[from..<to].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
}

/// Comma-separated integers (`+`/`-` signs allowed); items out of range or malformed are dropped.
private func intList(
    _ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ range: ClosedRange<Int>, _ allowNegative: Bool
) -> [Int] {
    var out: [Int] = []
    var i = from
    while i < to {
        var e = i
        while e < to, b[e] != 0x2C { e += 1 }
        var j = i
        while j < e, b[j] == 0x20 { j += 1 }
        var sign = 1
        if j < e, b[j] == 0x2B || b[j] == 0x2D {
            sign = b[j] == 0x2D ? -1 : 1
            j += 1
        }
        var v = 0
        var digits = 0
        while j < e, b[j] >= 0x30, b[j] <= 0x39, digits < 12 {
            v = v * 10 + Int(b[j] - 0x30)
            digits += 1
            j += 1
        }
        while j < e, b[j] == 0x20 { j += 1 }
        if digits > 0, j == e, range.contains(v), sign > 0 || allowNegative { out.append(sign * v) }
        i = e + 1
    }
    return out
}

private func weekdayList(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [RecurrenceRule.WeekdayNumber] {
    var out: [RecurrenceRule.WeekdayNumber] = []
    var i = from
    while i < to {
        var e = i
        while e < to, b[e] != 0x2C { e += 1 }
        let (s, t) = trim(b, i, e)
        i = e + 1
        guard t - s >= 2 else { continue }
        let code = upperString(b, t - 2, t)
        guard let wd = RecurrenceRule.Weekday(code: code) else { continue }
        if t - 2 == s {
            out.append(RecurrenceRule.WeekdayNumber(wd))
            continue
        }
        let ords = intList(b, s, t - 2, 1...53, true)
        guard let n = ords.first else { continue }
        out.append(RecurrenceRule.WeekdayNumber(wd, ordinal: n))
    }
    return out
}
