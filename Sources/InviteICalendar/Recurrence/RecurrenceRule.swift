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
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            guard let eq = part.firstIndex(of: "=") else { continue }
            let name = String(part[part.startIndex..<eq]).trimmedASCII().uppercasedASCII()
            let value = String(part[part.index(after: eq)...]).trimmedASCII()
            if rule.partOrder.contains(name) { continue }
            func ints(_ range: ClosedRange<Int>, allowNegative: Bool) -> [Int] {
                value.split(separator: ",").compactMap { s -> Int? in
                    guard let v = Int(s.hasPrefix("+") ? s.dropFirst() : s) else { return nil }
                    let a = abs(v)
                    guard range.contains(a), v >= 0 || allowNegative else { return nil }
                    return v
                }
            }
            switch name {
            case "FREQ":
                guard let f = Frequency(rawValue: value.uppercasedASCII()) else { return nil }
                freq = f
            case "INTERVAL": rule.interval = max(1, Int(value) ?? 1)
            case "COUNT":
                guard let c = Int(value), c >= 0 else { continue }
                rule.count = c
            case "UNTIL":
                guard let u = ICalendar.DateTime(parsing: value) else { continue }
                rule.until = u
            case "BYSECOND": rule.bySecond = ints(0...60, allowNegative: false)
            case "BYMINUTE": rule.byMinute = ints(0...59, allowNegative: false)
            case "BYHOUR": rule.byHour = ints(0...23, allowNegative: false)
            case "BYMONTHDAY": rule.byMonthDay = ints(1...31, allowNegative: true)
            case "BYYEARDAY": rule.byYearDay = ints(1...366, allowNegative: true)
            case "BYWEEKNO": rule.byWeekNumber = ints(1...53, allowNegative: true)
            case "BYMONTH": rule.byMonth = ints(1...12, allowNegative: false)
            case "BYSETPOS": rule.bySetPosition = ints(1...366, allowNegative: true)
            case "WKST": rule.weekStart = Weekday(code: value)
            case "BYDAY":
                rule.byDay = value.split(separator: ",").compactMap { item -> WeekdayNumber? in
                    let s = item.trimmingASCIISpaces()
                    guard s.count >= 2, let wd = Weekday(code: String(s.suffix(2))) else { return nil }
                    let ord = s.dropLast(2)
                    if ord.isEmpty { return WeekdayNumber(wd) }
                    guard let n = Int(ord.hasPrefix("+") ? ord.dropFirst() : ord), n != 0, abs(n) <= 53 else {
                        return nil
                    }
                    return WeekdayNumber(wd, ordinal: n)
                }
            default:
                rule.otherParts[name] = value
            }
            rule.partOrder.append(name)
        }
        guard let freq else { return nil }
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

extension Substring {
    fileprivate func trimmingASCIISpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
