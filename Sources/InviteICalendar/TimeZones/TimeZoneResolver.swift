import Foundation
import Synchronization

/// TZID → IANA answers: the lookups ask the system zone database, and the answer never changes.
private let ianaCache = Mutex<[String: String?]>([:])

/// A zone a TZID resolved to: an IANA zone from the system database, a file's own VTIMEZONE rules, or a fixed offset.
public struct ResolvedZone: Sendable, Hashable {
    enum Rules: Sendable, Hashable {
        case system(Foundation.TimeZone)
        case definition(ICalendar.TimeZoneDefinition)
        case fixed(Int)
    }

    let rules: Rules
    /// The IANA identifier, when the zone is known by one.
    public let identifier: String?

    /// The offset from UTC in force at an instant (seconds since 1970, UTC).
    public func utcOffset(atInstant t: Int) -> Int {
        switch rules {
        case .system(let tz): return tz.secondsFromGMT(for: Foundation.Date(timeIntervalSince1970: Double(t)))
        case .definition(let def): return def.utcOffset(atInstant: t)
        case .fixed(let o): return o
        }
    }

    /// The instant of a wall-clock reading and the offset in force then.
    ///
    /// An ambiguous time (clocks going back) is the first of the two; a time skipped by clocks going
    /// forward is read with the offset before the change (RFC 5545 §3.3.5).
    public func instant(forLocal local: Int) -> (secondsSince1970: Int, utcOffset: Int) {
        if case .fixed(let o) = rules { return (local - o, o) }
        let before = utcOffset(atInstant: local - 86_400)
        let after = utcOffset(atInstant: local + 86_400)
        var valid: [Int] = []
        for o in [before, after] where utcOffset(atInstant: local - o) == o && !valid.contains(o) { valid.append(o) }
        if valid.isEmpty {
            let o = utcOffset(atInstant: local - before)
            if utcOffset(atInstant: local - o) == o { valid.append(o) }
        }
        if let o = valid.max() { return (local - o, o) }
        let t = local - before
        return (t, utcOffset(atInstant: t))
    }
}

/// A DATE-TIME placed on the time line: its instant, the offset in force and the zone's IANA name.
public struct ResolvedTime: Sendable, Hashable {
    /// The value as written.
    public var dateTime: ICalendar.DateTime
    /// Seconds since 1970-01-01T00:00:00Z; `nil` for floating times and dates.
    public var secondsSince1970: Int?
    /// Seconds east of UTC in force at that instant; `nil` for floating times and dates.
    public var utcOffsetSeconds: Int?
    /// The IANA zone name when the TZID is (or maps to) one.
    public var timeZoneIdentifier: String?
}

/// Resolves TZIDs: IANA names, Windows names (CLDR), Outlook display names and prefixes, then the file's VTIMEZONEs.
public struct TimeZoneResolver: Sendable {
    private let definitions: [String: ICalendar.TimeZoneDefinition]

    /// Creates a resolver that knows a calendar's own VTIMEZONEs.
    public init(definitions: [ICalendar.TimeZoneDefinition] = []) {
        var d: [String: ICalendar.TimeZoneDefinition] = [:]
        for def in definitions where d[def.tzid] == nil { d[def.tzid] = def }
        self.definitions = d
    }

    /// Creates a resolver for a calendar.
    public init(calendar: ICalendar) {
        self.init(definitions: calendar.timeZones)
    }

    /// The zone a TZID stands for, or `nil` when nothing is known of it.
    public func zone(forTZID tzid: String) -> ResolvedZone? {
        if let id = Self.ianaIdentifier(forTZID: tzid), let tz = Foundation.TimeZone(identifier: id) {
            return ResolvedZone(rules: .system(tz), identifier: id)
        }
        if let def = definitions[tzid] ?? definitions[Self.unquoted(tzid)], !def.observances.isEmpty {
            for p in def.otherProperties where p.name == "X-LIC-LOCATION" {
                let id = p.value.trimmedASCII()
                if let tz = Foundation.TimeZone(identifier: id) {
                    return ResolvedZone(rules: .system(tz), identifier: id)
                }
            }
            return ResolvedZone(rules: .definition(def), identifier: nil)
        }
        if let offset = Self.offsetInName(tzid) { return ResolvedZone(rules: .fixed(offset), identifier: nil) }
        return nil
    }

    /// The zone of a date-time's TZID; `nil` for floating, UTC and unresolvable values.
    public func zone(of dateTime: ICalendar.DateTime) -> ResolvedZone? {
        guard !dateTime.isDate, let tzid = dateTime.tzid else { return nil }
        return zone(forTZID: tzid)
    }

    /// Places a date-time on the time line.
    public func resolve(_ dateTime: ICalendar.DateTime) -> ResolvedTime {
        var r = ResolvedTime(dateTime: dateTime)
        guard !dateTime.isDate else { return r }
        switch dateTime.zone {
        case .floating: return r
        case .utc:
            r.secondsSince1970 = dateTime.localSeconds
            r.utcOffsetSeconds = 0
        case .tzid(let tzid):
            guard let zone = zone(forTZID: tzid) else { return r }
            let (t, o) = zone.instant(forLocal: dateTime.localSeconds)
            r.secondsSince1970 = t
            r.utcOffsetSeconds = o
            r.timeZoneIdentifier = zone.identifier
        }
        return r
    }

    /// The IANA name a TZID stands for without help from VTIMEZONEs: IANA, Windows, Outlook display names, prefixes.
    public static func ianaIdentifier(forTZID raw: String) -> String? {
        if let cached = ianaCache.withLock({ $0[raw] }) { return cached }
        let answer = lookUpIANAIdentifier(raw)
        ianaCache.withLock {
            if $0.count > 1024 { $0.removeAll() }
            $0[raw] = .some(answer)
        }
        return answer
    }

    private static func lookUpIANAIdentifier(_ raw: String) -> String? {
        let tzid = unquoted(raw)
        if tzid.isEmpty { return nil }
        if let w = windowsToIANA[tzid] { return w }
        if tzid.hasPrefix("/") {
            let parts = tzid.split(separator: "/")
            if let i = parts.firstIndex(where: { ianaAreas.contains(String($0)) }) {
                let id = parts[i...].joined(separator: "/")
                if Foundation.TimeZone(identifier: id) != nil { return id }
            }
        }
        if tzid.contains("/") || tzid == "UTC" || tzid == "GMT" || tzid.hasPrefix("Etc") {
            if let tz = Foundation.TimeZone(identifier: tzid) {
                return tzid == "GMT" || tzid == "UTC" ? "Etc/UTC" : (tz.identifier == "GMT" ? "Etc/UTC" : tzid)
            }
        }
        if let w = windowsForDisplayName(tzid), let id = windowsToIANA[w] { return id }
        let lower = tzid.lowercased()
        for (name, id) in windowsToIANA where name.lowercased() == lower { return id }
        if let id = lotusNames[lower] { return id }
        return nil
    }

    /// The IANA name for a Windows zone name (`W. Europe Standard Time` → `Europe/Berlin`).
    public static func ianaIdentifier(forWindowsName name: String) -> String? { windowsToIANA[name] }

    private static let ianaAreas: Set<String> = [
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
        "Etc",
    ]

    /// Names Lotus Notes and older tools write without a zone database.
    private static let lotusNames: [String: String] = [
        "eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
        "pacific": "America/Los_Angeles", "us/eastern": "America/New_York", "us/central": "America/Chicago",
        "us/mountain": "America/Denver", "us/pacific": "America/Los_Angeles", "w. europe": "Europe/Berlin",
        "romance": "Europe/Paris", "gmt": "Europe/London", "utc": "Etc/UTC", "z": "Etc/UTC",
    ]

    static func unquoted(_ s: String) -> String {
        var t = s.trimmedASCII()
        if t.hasPrefix("\""), t.hasSuffix("\""), t.count >= 2 { t = String(t.dropFirst().dropLast()) }
        return t
    }

    /// `(UTC+01:00) Amsterdam, Berlin, …` or `(GMT+01.00) Amsterdam / Berlin / …` → Windows name.
    private static func windowsForDisplayName(_ tzid: String) -> String? {
        guard tzid.hasPrefix("("), let close = tzid.firstIndex(of: ")") else { return nil }
        let rest = tzid[tzid.index(after: close)...].trimmingCharacters(in: .whitespaces).lowercased()
        if rest.isEmpty { return nil }
        if let w = displayNameToWindows[rest] { return w }
        let first = rest.split(whereSeparator: { $0 == "," || $0 == "/" }).first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if let first, let w = displayNameToWindows[first] { return w }
        return nil
    }

    /// A fixed offset named in the TZID: `(UTC+01:00) …`, `GMT+0100`, `UTC-05:00`.
    private static func offsetInName(_ tzid: String) -> Int? {
        let b = Array(tzid.utf8)
        var i = 0
        while i + 3 < b.count {
            let isUTC = b[i] == 0x55 && b[i + 1] == 0x54 && b[i + 2] == 0x43
            let isGMT = b[i] == 0x47 && b[i + 1] == 0x4D && b[i + 2] == 0x54
            if isUTC || isGMT {
                var j = i + 3
                guard j < b.count, b[j] == 0x2B || b[j] == 0x2D else {
                    return isUTC || isGMT ? (j == b.count || b[j] == 0x29 ? 0 : nil) : nil
                }
                let sign = b[j] == 0x2D ? -1 : 1
                j += 1
                var digits: [Int] = []
                while j < b.count, digits.count < 4 {
                    if b[j] >= 0x30, b[j] <= 0x39 {
                        digits.append(Int(b[j] - 0x30))
                    } else if b[j] != 0x3A && b[j] != 0x2E {
                        break
                    }
                    j += 1
                }
                switch digits.count {
                case 1: return sign * digits[0] * 3600
                case 2: return sign * (digits[0] * 10 + digits[1]) * 3600
                case 3: return sign * (digits[0] * 3600 + (digits[1] * 10 + digits[2]) * 60)
                case 4: return sign * ((digits[0] * 10 + digits[1]) * 3600 + (digits[2] * 10 + digits[3]) * 60)
                default: return nil
                }
            }
            i += 1
        }
        return nil
    }
}

extension ICalendar.TimeZoneDefinition {
    /// The offset in force at an instant, from the STANDARD/DAYLIGHT onsets and their RRULEs/RDATEs.
    public func utcOffset(atInstant t: Int) -> Int {
        var best: (onset: Int, offset: Int)?
        var earliest: (onset: Int, offset: Int)?
        let year = daysToCivil(floorDiv(t, 86_400)).year
        let windowEnd = civilToDays(year + 1, 1, 1) * 86_400
        for o in observances {
            let first = o.start.localSeconds - o.offsetFrom
            if earliest == nil || first < (earliest?.onset ?? 0) { earliest = (first, o.offsetFrom) }
            var onsets: [Int] = []
            if o.recurrenceRules.isEmpty {
                onsets.append(o.start.localSeconds)
            }
            for rule in o.recurrenceRules {
                var until: Int?
                if let u = rule.until {
                    until = u.zone == .utc ? u.localSeconds + o.offsetFrom : u.localSeconds + (u.isDate ? 86_399 : 0)
                }
                // Expanding from the observance start; yearly rules make this a few hundred steps at most.
                var expander = RecurrenceExpander(rule: rule, start: o.start.localSeconds, isDate: false)
                if o.start.year < year - 2, rule.count == nil, rule.frequency == .yearly, rule.interval == 1 {
                    // Jump close to the year wanted: same month/day/time, a couple of years earlier.
                    var moved = o.start
                    moved.year = year - 2
                    if moved.day > daysInMonth(moved.year, moved.month) {
                        moved.day = daysInMonth(moved.year, moved.month)
                    }
                    expander = RecurrenceExpander(rule: rule, start: moved.localSeconds, isDate: false)
                    let synced = expander.expand(until: until, end: windowEnd, limit: 8)
                    onsets.append(contentsOf: synced.dropFirst())
                    continue
                }
                onsets.append(contentsOf: expander.expand(until: until, end: windowEnd, limit: 10_000))
            }
            for r in o.recurrenceDates { onsets.append(r.localSeconds) }
            for local in onsets {
                let onset = local - o.offsetFrom
                if onset <= t, best == nil || onset > (best?.onset ?? 0) { best = (onset, o.offsetTo) }
            }
        }
        if let best { return best.offset }
        return earliest?.offset ?? 0
    }
}

extension ICalendar.DateTime {
    /// The current time as a UTC DATE-TIME.
    public static func now() -> ICalendar.DateTime {
        utc(secondsSince1970: Int(Foundation.Date().timeIntervalSince1970))
    }

    /// A UTC DATE-TIME for an instant.
    public static func utc(secondsSince1970 t: Int) -> ICalendar.DateTime {
        ICalendar.DateTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, zone: .utc).withLocalSeconds(t)
    }
}
