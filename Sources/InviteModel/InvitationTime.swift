import InviteICalendar

/// A point in time as the contract writes it: a date alone, a floating local date-time, or a
/// date-time with the UTC offset in force at that instant (RFC 3339).
public struct InvitationTime: Sendable, Hashable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// The time of day; `nil` for a date alone.
    public var time: TimeOfDay?
    /// Seconds east of UTC; `nil` for a date alone or a floating time.
    public var utcOffsetSeconds: Int?

    /// A wall-clock time.
    public struct TimeOfDay: Sendable, Hashable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        public init(hour: Int, minute: Int, second: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
        }
    }

    /// A date alone.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date-time, floating when `utcOffsetSeconds` is `nil`.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffsetSeconds: Int?) {
        self.year = year
        self.month = month
        self.day = day
        self.time = TimeOfDay(hour: hour, minute: minute, second: second)
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public var hasTime: Bool { time != nil }

    /// Seconds since 1970-01-01T00:00:00Z, when the instant is known (a time with an offset).
    public var secondsSince1970: Int? {
        guard let time, let utcOffsetSeconds else { return nil }
        return Self.daysSince1970(year: year, month: month, day: day) * 86_400 + time.hour * 3600 + time.minute * 60
            + time.second - utcOffsetSeconds
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date.
    public static func daysSince1970(year: Int, month: Int, day: Int) -> Int { civilToDays(year, month, day) }

    /// The civil date of a day count from 1970-01-01.
    public static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) { daysToCivil(days) }

    /// The RFC 3339 form: `2018-08-24`, `2018-08-24T13:00:00` or `2018-08-24T13:00:00-07:00`.
    public var description: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let time else { return s }
        s += "T" + pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        guard let offset = utcOffsetSeconds else { return s }
        if offset == 0 { return s + "Z" }
        let magnitude = abs(offset) / 60
        return s + (offset < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    /// Parses the forms `description` writes (and `Z`, `+0000` offsets, fractional seconds).
    public init?(_ text: String) {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = number(0, 4), b.count >= 10, b[4] == 0x2D, let m = number(5, 2), b[7] == 0x2D,
            let d = number(8, 2), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        if b.count == 10 {
            self.init(year: y, month: m, day: d)
            return
        }
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, let hh = number(11, 2), b[13] == 0x3A,
            let mm = number(14, 2), hh < 24, mm < 60
        else { return nil }
        var i = 16
        var ss = 0
        if i < b.count, b[i] == 0x3A {
            guard let s = number(17, 2) else { return nil }
            ss = min(s, 59)
            i = 19
            if i < b.count, b[i] == 0x2E {
                i += 1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            }
        }
        var offset: Int? = nil
        if i < b.count {
            if b[i] == 0x5A || b[i] == 0x7A {
                offset = 0
                i += 1
            } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2D ? -1 : 1
                guard let oh = number(i + 1, 2) else { return nil }
                var j = i + 3
                if j < b.count, b[j] == 0x3A { j += 1 }
                guard let om = number(j, 2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
                i = j + 2
            }
            guard i == b.count else { return nil }
        }
        self.init(year: y, month: m, day: d, hour: hh, minute: mm, second: ss, utcOffsetSeconds: offset)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = InvitationTime(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 date or date-time: \(text)")
            )
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    return value < 0 ? "-" + padded : padded
}
