import Foundation
import Synchronization

/// Generated VTIMEZONEs by zone, years and TZID.
///
/// Building one asks ICU for names, which is slow, and the result never changes within a process.
/// Bounded, and behind a lock, so it is safe to share.
private let generatedTimeZones = Mutex<[String: ICalendar.TimeZoneDefinition]>([:])

extension ICalendar.TimeZoneDefinition {
    /// Builds a VTIMEZONE for an IANA zone from the system tz database for the transitions in `years`.
    ///
    /// Transitions that follow a yearly "n-th (or last) weekday of a month" pattern become one STANDARD and
    /// one DAYLIGHT observance with an RRULE, as Google and Outlook write them; anything else (and any rule
    /// that fails to reproduce the database) becomes one observance per transition. A zone without
    /// transitions in the range gets one STANDARD observance. Returns `nil` for unknown zones.
    public init?(ianaIdentifier: String, years: ClosedRange<Int>, tzid: String? = nil) {
        guard let tz = Foundation.TimeZone(identifier: ianaIdentifier) else { return nil }
        let startSeconds = civilToDays(years.lowerBound, 1, 1) * 86_400 - 86_400
        let endSeconds = civilToDays(years.upperBound + 1, 1, 1) * 86_400 + 86_400
        var observances: [Observance] = []
        var cursor = Foundation.Date(timeIntervalSince1970: Double(startSeconds))
        let end = Foundation.Date(timeIntervalSince1970: Double(endSeconds))
        while let next = tz.nextDaylightSavingTimeTransition(after: cursor), next < end, observances.count < 400 {
            let t = Int(next.timeIntervalSince1970.rounded())
            let from = tz.secondsFromGMT(for: Foundation.Date(timeIntervalSince1970: Double(t - 1)))
            let to = tz.secondsFromGMT(for: next)
            let local = ICalendar.DateTime.utc(secondsSince1970: t + from)
            var start = local
            start.zone = .floating
            observances.append(
                Observance(
                    isDaylight: tz.isDaylightSavingTime(for: next), start: start, offsetFrom: from, offsetTo: to,
                    names: zoneName(tz, next)
                )
            )
            cursor = next
        }
        if observances.isEmpty {
            let at = Foundation.Date(timeIntervalSince1970: Double(startSeconds))
            let offset = tz.secondsFromGMT(for: at)
            observances.append(
                Observance(
                    isDaylight: false,
                    start: ICalendar.DateTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, zone: .floating),
                    offsetFrom: offset, offsetTo: offset, names: zoneName(tz, at)
                )
            )
        }
        self.init(
            tzid: tzid ?? ianaIdentifier, observances: observances,
            otherProperties: [ICalendar.Property(name: "X-LIC-LOCATION", value: ianaIdentifier)]
        )
        if observances.count > 1, let compact = compacted() {
            var candidate = self
            candidate.observances = compact
            if candidate.agrees(with: tz, years: years, transitions: observances) { self.observances = compact }
        }
    }

    /// The transitions folded into yearly RRULE observances, or `nil` when they follow no such pattern.
    private func compacted() -> [Observance]? {
        var groups: [Observance] = []
        var members: [[Observance]] = []
        for o in observances {
            if let i = groups.firstIndex(where: {
                $0.isDaylight == o.isDaylight && $0.offsetFrom == o.offsetFrom && $0.offsetTo == o.offsetTo
                    && $0.names == o.names
            }) {
                members[i].append(o)
            } else {
                groups.append(o)
                members.append([o])
            }
        }
        guard groups.count <= 2 else { return nil }
        var result: [Observance] = []
        for (first, list) in zip(groups, members) {
            let s = first.start
            guard
                list.allSatisfy({
                    $0.start.month == s.month && $0.start.weekday == s.weekday && $0.start.hour == s.hour
                        && $0.start.minute == s.minute && $0.start.second == s.second
                })
            else { return nil }
            let lastValid = list.allSatisfy { $0.start.day + 7 > daysInMonth($0.start.year, $0.start.month) }
            let nth = (s.day - 1) / 7 + 1
            let nthValid = list.allSatisfy { ($0.start.day - 1) / 7 + 1 == nth }
            guard lastValid || nthValid, let weekday = RecurrenceRule.Weekday(rawValue: s.weekday) else { return nil }
            let rule = RecurrenceRule(
                frequency: .yearly, byDay: [RecurrenceRule.WeekdayNumber(weekday, ordinal: lastValid ? -1 : nth)],
                byMonth: [s.month]
            )
            var o = first
            var ordered = rule
            ordered.partOrder = ["FREQ", "BYMONTH", "BYDAY"]
            o.recurrenceRules = [ordered]
            result.append(o)
        }
        return result
    }

    /// Whether the definition gives the system database's offset around every transition and twice a year.
    private func agrees(with tz: Foundation.TimeZone, years: ClosedRange<Int>, transitions: [Observance]) -> Bool {
        var probes: [Int] = []
        for y in years {
            probes.append(civilToDays(y, 1, 15) * 86_400)
            probes.append(civilToDays(y, 7, 15) * 86_400)
        }
        for o in transitions {
            let t = o.start.localSeconds - o.offsetFrom
            probes.append(t - 3600)
            probes.append(t + 3600)
        }
        return probes.allSatisfy { t in
            utcOffset(atInstant: t) == tz.secondsFromGMT(for: Foundation.Date(timeIntervalSince1970: Double(t)))
        }
    }
}

extension ICalendar {
    /// Adds a VTIMEZONE, generated from the system tz database, for every TZID used that has none.
    ///
    /// TZIDs that resolve to no IANA zone are left alone (``ICalendarLint`` will report them).
    public mutating func addMissingTimeZones() {
        var have = Set(timeZones.map(\.tzid))
        var years: [String: ClosedRange<Int>] = [:]
        var order: [String] = []
        func note(_ d: DateTime?, extendBy extra: Int = 0) {
            guard let d, !d.isDate, let tzid = d.tzid, !have.contains(tzid) else { return }
            if years[tzid] == nil { order.append(tzid) }
            let lo = min(years[tzid]?.lowerBound ?? d.year, d.year)
            let hi = max(years[tzid]?.upperBound ?? d.year, d.year + extra)
            years[tzid] = lo...hi
        }
        for member in components {
            guard case .event(let e) = member else { continue }
            var extra = 0
            for rule in e.recurrenceRules {
                if let until = rule.until, let start = e.start {
                    extra = max(extra, min(until.year - start.year, 10))
                } else {
                    extra = max(extra, 1)
                }
            }
            note(e.start, extendBy: extra)
            note(e.end, extendBy: extra)
            note(e.recurrenceID)
            e.recurrenceDates.forEach { note($0) }
            e.exceptionDates.forEach { note($0) }
        }
        var generated: [Member] = []
        for tzid in order {
            guard let range = years[tzid], let iana = TimeZoneResolver.ianaIdentifier(forTZID: tzid) else { continue }
            let key = "\(iana)|\(range.lowerBound)|\(range.upperBound)|\(tzid)"
            var def = generatedTimeZones.withLock { $0[key] }
            if def == nil {
                def = TimeZoneDefinition(ianaIdentifier: iana, years: range, tzid: tzid)
                if let def {
                    generatedTimeZones.withLock {
                        if $0.count > 512 { $0.removeAll() }
                        $0[key] = def
                    }
                }
            }
            guard let def else { continue }
            have.insert(tzid)
            generated.append(.timeZone(def))
        }
        let insertAt =
            components.firstIndex(where: { if case .timeZone = $0 { false } else { true } }) ?? components.count
        components.insert(contentsOf: generated, at: insertAt)
    }
}

/// The zone's abbreviation (`CEST`), left out when ICU only knows a `GMT+2` style name.
private func zoneName(_ tz: Foundation.TimeZone, _ at: Foundation.Date) -> [String] {
    guard let name = tz.abbreviation(for: at), !name.isEmpty else { return [] }
    if name.hasPrefix("GMT+") || name.hasPrefix("GMT-") || name.hasPrefix("UTC+") || name.hasPrefix("UTC-") {
        return []
    }
    return [name]
}
