internal import Foundation
import InviteModel

/// UTC offsets of IANA zones at a local wall-clock time (Foundation's tz database).
enum ZoneMath {
    /// Seconds east of UTC in force in `zone` at the given local time; nil for an unknown zone.
    static func offset(zone: String, year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Int? {
        guard let tz = TimeZone(identifier: zone) else { return nil }
        let local = Double(
            InvitationTime.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60)
        let first = tz.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        return tz.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(first)))
    }

    /// Today's civil date in UTC (only when no reference date is known at all).
    static func today() -> CivilDay {
        CivilDay(days: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
