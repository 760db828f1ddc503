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
        public var code: String { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue] }

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
        public var weekday: Weekday

        /// Creates an entry; `ordinal` 0 means every such weekday.
        public init(_ weekday: Weekday, ordinal: Int = 0) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        public var description: String { (ordinal == 0 ? "" : String(ordinal)) + weekday.code }
    }

    public var frequency: Frequency
    /// The INTERVAL (default 1).
    public var interval: Int
    public var count: Int?
    /// The UNTIL bound: a DATE, a UTC DATE-TIME, or (leniently) a floating one.
    public var until: ICalendar.DateTime?
    public var bySecond: [Int]
    public var byMinute: [Int]
    public var byHour: [Int]
    public var byDay: [WeekdayNumber]
    public var byMonthDay: [Int]
    public var byYearDay: [Int]
    public var byWeekNumber: [Int]
    public var byMonth: [Int]
    public var bySetPosition: [Int]
    /// The WKST part; Monday when absent.
    public var weekStart: Weekday?
    /// Parts this type does not know (`X-NAME=value`, RFC 7529 `RSCALE`, …), kept as written.
    public var otherParts: [String: String]
    /// The part names in the order they were read, so the rule writes back as it came.
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
                switch name {
                case "FREQ":
                    guard let f = Frequency(rawValue: upperString(b, vs, ve)) else { return false }
                    freq = f
                case "INTERVAL": rule.interval = max(1, intList(b, vs, ve, 1...Int.max, false).first ?? 1)
                case "COUNT":
                    guard let c = intList(b, vs, ve, 0...Int.max, false).first else { continue }
                    rule.count = c
                case "UNTIL":
                    guard let u = ICalendar.DateTime(parsing: String(decoding: UnsafeBufferPointer(rebasing: b[vs..<ve]), as: UTF8.self))
                    else { continue }
                    rule.until = u
                case "BYSECOND": rule.bySecond = intList(b, vs, ve, 0...60, false)
                case "BYMINUTE": rule.byMinute = intList(b, vs, ve, 0...59, false)
                case "BYHOUR": rule.byHour = intList(b, vs, ve, 0...23, false)
                case "BYMONTHDAY": rule.byMonthDay = intList(b, vs, ve, 1...31, true)
                case "BYYEARDAY": rule.byYearDay = intList(b, vs, ve, 1...366, true)
                case "BYWEEKNO": rule.byWeekNumber = intList(b, vs, ve, 1...53, true)
                case "BYMONTH": rule.byMonth = intList(b, vs, ve, 1...12, false)
                case "BYSETPOS": rule.bySetPosition = intList(b, vs, ve, 1...366, true)
                case "WKST": rule.weekStart = Weekday(code: upperString(b, vs, ve))
                case "BYDAY": rule.byDay = weekdayList(b, vs, ve)
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
        let canonical = [
            "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY",
            "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
        ]
        var names = partOrder
        if !names.contains("FREQ") { names.insert("FREQ", at: 0) }
        for n in canonical where !names.contains(n) { names.append(n) }
        for n in otherParts.keys.sorted() where !names.contains(n) { names.append(n) }
        var parts: [String] = []
        func list(_ a: [Int]) -> String? { a.isEmpty ? nil : a.map(String.init).joined(separator: ",") }
        for n in names {
            let v: String?
            switch n {
            case "FREQ": v = frequency.rawValue
            case "INTERVAL": v = interval != 1 || partOrder.contains("INTERVAL") ? String(interval) : nil
            case "COUNT": v = count.map(String.init)
            case "UNTIL": v = until?.valueString
            case "BYSECOND": v = list(bySecond)
            case "BYMINUTE": v = list(byMinute)
            case "BYHOUR": v = list(byHour)
            case "BYDAY": v = byDay.isEmpty ? nil : byDay.map(\.description).joined(separator: ",")
            case "BYMONTHDAY": v = list(byMonthDay)
            case "BYYEARDAY": v = list(byYearDay)
            case "BYWEEKNO": v = list(byWeekNumber)
            case "BYMONTH": v = list(byMonth)
            case "BYSETPOS": v = list(bySetPosition)
            case "WKST": v = weekStart?.code
            default: v = otherParts[n]
            }
            if let v { parts.append(n + "=" + v) }
        }
        return parts.joined(separator: ";")
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
