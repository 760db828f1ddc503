public import Foundation

extension ICalendar {
    /// One instance of a (possibly recurring) event.
    public struct Occurrence: Sendable, Hashable {
        /// The start, wall clock in the event's zone (same kind of value as DTSTART).
        public var start: DateTime
        /// The end, when the event has one.
        public var end: DateTime?
        /// The start instant (seconds since 1970, UTC); floating times and dates are read as UTC.
        public var secondsSince1970: Int
        /// The offset in force at the start; `nil` for floating times and dates.
        public var utcOffsetSeconds: Int?
    }
}

extension ICalendar.Event {
    /// The instances whose start lies in `from ..< to`: RRULEs and RDATEs minus EXDATEs (RFC 5545 §3.8.5).
    ///
    /// Expansion runs on the wall clock of DTSTART's zone, so a 09:00 meeting stays at 09:00 across DST.
    /// - Parameters:
    ///   - from: the start of the window (inclusive).
    ///   - to: the end of the window (exclusive).
    ///   - timeZones: the calendar's VTIMEZONEs, for TZIDs the system database does not know.
    ///   - limit: the most occurrences returned.
    /// - Returns: the occurrences in time order.
    public func occurrences(
        from: Foundation.Date, to: Foundation.Date, timeZones: [ICalendar.TimeZoneDefinition] = [], limit: Int = 10_000
    ) -> [ICalendar.Occurrence] {
        guard let start else { return [] }
        let resolver = TimeZoneResolver(definitions: timeZones)
        let zone = resolver.zone(of: start)
        // Clamped to years 1…9999 so that day arithmetic can never overflow.
        let fromS = Int(max(min(from.timeIntervalSince1970, 253_402_300_799), -62_135_596_800).rounded(.down))
        let toS = Int(max(min(to.timeIntervalSince1970, 253_402_300_799), -62_135_596_800).rounded(.up))
        let endLocal = toS + 14 * 3600 + 1

        func toLocal(_ d: ICalendar.DateTime) -> Int {
            if d.isDate || start.isDate { return d.localSeconds }
            if d.zone == start.zone { return d.localSeconds }
            let r = resolver.resolve(d)
            guard let t = r.secondsSinceEpochOrNil else { return d.localSeconds }
            if start.zone == .utc { return t }
            if let zone { return t + zone.utcOffset(atInstant: t) }
            return d.localSeconds
        }
        func instant(_ local: Int) -> (Int, Int?) {
            if start.isDate { return (local, nil) }
            switch start.zone {
            case .utc: return (local, 0)
            case .floating: return (local, nil)
            case .tzid: if let zone { return zone.instant(forLocal: local) } else { return (local, nil) }
            }
        }

        var locals: [Int] = []
        if recurrenceRules.isEmpty {
            locals.append(start.localSeconds)
        }
        for rule in recurrenceRules {
            var until: Int?
            if let u = rule.until {
                if u.isDate {
                    until = u.daysSince1970 * 86_400 + (start.isDate ? 0 : 86_399)
                } else if u.zone == .utc, !start.isDate {
                    until = toLocal(u)
                } else {
                    until = u.localSeconds
                }
            }
            let expander = RecurrenceExpander(rule: rule, start: start.localSeconds, isDate: start.isDate)
            locals.append(contentsOf: expander.expand(until: until, end: endLocal, limit: max(limit * 4, 1000)))
        }
        for r in recurrenceDates { locals.append(toLocal(r)) }
        var excluded = Set<Int>()
        var excludedDays = Set<Int>()
        for x in exceptionDates {
            if x.isDate, !start.isDate { excludedDays.insert(x.daysSince1970) } else { excluded.insert(toLocal(x)) }
        }
        let length: Int? = effectiveEnd.map { $0.localSeconds - start.localSeconds }
        var result: [ICalendar.Occurrence] = []
        for local in Set(locals).sorted() {
            if excluded.contains(local) || excludedDays.contains(floorDiv(local, 86_400)) { continue }
            let (t, offset) = instant(local)
            guard t >= fromS, t < toS else { continue }
            let s = start.withLocalSeconds(local)
            result.append(
                ICalendar.Occurrence(
                    start: s, end: length.map { s.addingSeconds($0) }, secondsSince1970: t, utcOffsetSeconds: offset
                )
            )
            if result.count >= limit { break }
        }
        return result
    }

    /// The instances in `from ..< to`, using the calendar's VTIMEZONEs.
    public func occurrences(from: Foundation.Date, to: Foundation.Date, in calendar: ICalendar) -> [ICalendar
        .Occurrence]
    {
        occurrences(from: from, to: to, timeZones: calendar.timeZones)
    }
}

extension ResolvedTime {
    fileprivate var secondsSinceEpochOrNil: Int? { secondsSince1970 }
}

extension ICalendar {
    /// Every event instance in `from ..< to`, with overridden instances (RECURRENCE-ID) replacing the
    /// master's (RFC 5545 §3.8.4.4), in time order.
    ///
    /// - Parameters:
    ///   - from: the start of the window (inclusive).
    ///   - to: the end of the window (exclusive).
    /// - Returns: each instance with the VEVENT it comes from.
    public func occurrences(
        from: Foundation.Date, to: Foundation.Date
    ) -> [(event: ICalendar.Event, occurrence: ICalendar.Occurrence)] {
        let zones = timeZones
        let resolver = TimeZoneResolver(definitions: zones)
        let all = events
        // Instants of overridden instances, per UID.
        var overridden: [String: Set<Int>] = [:]
        for e in all {
            guard let uid = e.uid, let rid = e.recurrenceID else { continue }
            let t = resolver.resolve(rid).secondsSince1970 ?? rid.localSeconds
            overridden[uid, default: []].insert(t)
        }
        var result: [(event: ICalendar.Event, occurrence: ICalendar.Occurrence)] = []
        for e in all {
            let list = e.occurrences(from: from, to: to, timeZones: zones)
            let skip = e.recurrenceID == nil ? overridden[e.uid ?? ""] : nil
            for o in list where !(skip?.contains(o.secondsSince1970) ?? false) { result.append((e, o)) }
        }
        return result.sorted { $0.occurrence.secondsSince1970 < $1.occurrence.secondsSince1970 }
    }
}
