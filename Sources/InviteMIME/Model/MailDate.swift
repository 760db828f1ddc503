/// A date-time from a `Date:` header: the wall-clock fields and the zone offset as written (RFC 5322 §3.3).
public struct MailDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Seconds east of UTC.
    public var utcOffsetSeconds: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, utcOffsetSeconds: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        return days * 86_400 + hour * 3600 + minute * 60 + second - utcOffsetSeconds
    }

    /// RFC 3339 form with the header's own offset (`Z` for +00:00).
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        /// `v` in decimal, zero-padded to `width` digits (more when it needs them).
        func digits(_ v: Int, _ width: Int) {
            let text = String(max(v, 0)).utf8
            for _ in text.count..<max(width, text.count) { bytes.append(0x30) }
            bytes.append(contentsOf: text)
        }
        digits(year, 4)
        bytes.append(0x2D)
        digits(month, 2)
        bytes.append(0x2D)
        digits(day, 2)
        bytes.append(0x54)
        digits(hour, 2)
        bytes.append(0x3A)
        digits(minute, 2)
        bytes.append(0x3A)
        digits(second, 2)
        if utcOffsetSeconds == 0 {
            bytes.append(0x5A)
        } else {
            let m = abs(utcOffsetSeconds) / 60
            bytes.append(utcOffsetSeconds < 0 ? 0x2D : 0x2B)
            digits(m / 60, 2)
            bytes.append(0x3A)
            digits(m % 60, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
