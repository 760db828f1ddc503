extension MailDate {
    /// The wall-clock date-time at an instant in a zone `utcOffsetSeconds` east of UTC.
    public init(secondsSince1970: Int, utcOffsetSeconds: Int) {
        let local = secondsSince1970 + utcOffsetSeconds
        var days = local / 86_400
        var seconds = local % 86_400
        if seconds < 0 {
            seconds += 86_400
            days -= 1
        }
        // Civil date from a day count (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(
            year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day, hour: seconds / 3600,
            minute: seconds / 60 % 60, second: seconds % 60, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The RFC 5322 §3.3 form: `Fri, 24 Aug 2018 13:00:00 -0700`.
    public var rfc5322Text: String {
        let local = secondsSince1970 + utcOffsetSeconds
        let days = local / 86_400 - (local % 86_400 < 0 ? 1 : 0)
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (index 4, Sunday = 0)
        let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        let offset = abs(utcOffsetSeconds) / 60
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        return names[weekday] + ", " + String(day) + " " + months[max(0, min(11, month - 1))] + " " + pad(year, 4)
            + " " + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + " " + sign + pad(offset / 60, 2)
            + pad(offset % 60, 2)
    }
}
