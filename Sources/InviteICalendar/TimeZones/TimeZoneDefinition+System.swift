import Foundation
import Synchronization

/// Generated VTIMEZONEs by zone, years and TZID.
///
/// Building one asks ICU for names, which is slow, and the result never changes within a process. Bounded, and behind a lock, so it is safe to share.
private let generatedTimeZones = Mutex<[String: ICalendar.TimeZoneDefinition]>([:])

extension ICalendar.TimeZoneDefinition {
    /// Builds a VTIMEZONE for an IANA zone from the system tz database, one observance per transition in `years`.
    ///
    /// A zone without transitions in the range gets one STANDARD observance. Returns `nil` for unknown zones.
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
                    names: tz.abbreviation(for: next).map { [$0] } ?? []
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
                    offsetFrom: offset, offsetTo: offset, names: tz.abbreviation(for: at).map { [$0] } ?? []
                )
            )
        }
        self.init(
            tzid: tzid ?? ianaIdentifier, observances: observances,
            otherProperties: [ICalendar.Property(name: "X-LIC-LOCATION", value: ianaIdentifier)]
        )
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
