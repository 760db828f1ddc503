/// Expands an RRULE in wall-clock seconds (RFC 5545 §3.3.10, §3.8.5.3).
///
/// Works on "local seconds" (seconds since 1970-01-01T00:00 of the wall-clock reading, no zone), so
/// occurrences keep their wall-clock time across DST changes; the caller maps them to instants.
package struct RecurrenceExpander {
    package let rule: RecurrenceRule
    /// DTSTART in local seconds; always the first occurrence (RFC 5545 §3.8.5.3).
    package let start: Int
    package let isDate: Bool

    package init(rule: RecurrenceRule, start: Int, isDate: Bool) {
        self.rule = rule
        self.start = start
        self.isDate = isDate
    }

    /// Occurrences in ascending order, from DTSTART up to (not including) `end` and up to `until` inclusive.
    ///
    /// - Parameters:
    ///   - until: the UNTIL bound in local seconds, already converted by the caller.
    ///   - end: stop before this local time.
    ///   - limit: the most occurrences to return.
    /// - Returns: wall-clock local seconds of each occurrence, DTSTART first.
    package func expand(until: Int?, end: Int, limit: Int = 100_000) -> [Int] {
        var out: [Int] = []
        if let until, start > until { return out }
        if start >= end { return out }
        out.append(start)
        let count = rule.count
        if let count, count <= 1 { return count == 1 ? out : [] }
        let dStart = floorDiv(start, 86_400)
        let tod = start - dStart * 86_400
        let h0 = tod / 3600
        let m0 = tod / 60 % 60
        let s0 = tod % 60
        let c0 = daysToCivil(dStart)
        let wkst = rule.weekStart?.rawValue ?? 0
        let interval = max(1, rule.interval)
        let freq = rule.frequency

        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        let hasDayRule =
            !rule.byWeekNumber.isEmpty || !rule.byYearDay.isEmpty || !byMonthDay.isEmpty || !byDay.isEmpty
        if !hasDayRule {
            switch freq {
            case .yearly:
                if byMonth.isEmpty { byMonth = [c0.month] }
                byMonthDay = [c0.day]
            case .monthly: byMonthDay = [c0.day]
            case .weekly:
                byDay = [RecurrenceRule.WeekdayNumber(RecurrenceRule.Weekday(rawValue: weekdayOf(dStart)) ?? .monday)]
            default: break
            }
        }
        let byMonthSet = Set(byMonth)
        let plainDays = Set(
            byDay.filter { $0.ordinal == 0 || !(freq == .monthly || freq == .yearly) }.map(\.weekday.rawValue))
        let ordinalDays = (freq == .monthly || freq == .yearly) ? byDay.filter { $0.ordinal != 0 } : []
        let hours = isDate ? [0] : (rule.byHour.isEmpty ? [h0] : Array(Set(rule.byHour)).sorted())
        let minutes = isDate ? [0] : (rule.byMinute.isEmpty ? [m0] : Array(Set(rule.byMinute)).sorted())
        let seconds =
            isDate ? [0] : (rule.bySecond.isEmpty ? [s0] : Array(Set(rule.bySecond.map { min($0, 59) })).sorted())

        var emitted = 1
        var period = 0
        var emptyPeriods = 0
        var candidates: [Int] = []
        periods: while true {
            candidates.removeAll(keepingCapacity: true)
            var frameDays: Range<Int>
            var frameHours = hours
            var frameMinutes = minutes
            var frameSeconds = seconds
            switch freq {
            case .yearly:
                let y = c0.year + period * interval
                frameDays = civilToDays(y, 1, 1)..<civilToDays(y + 1, 1, 1)
            case .monthly:
                let mi = c0.year * 12 + (c0.month - 1) + period * interval
                let y = floorDiv(mi, 12)
                let m = mi - y * 12 + 1
                let first = civilToDays(y, m, 1)
                frameDays = first..<(first + daysInMonth(y, m))
            case .weekly:
                let ws = dStart - (weekdayOf(dStart) - wkst + 7) % 7 + period * 7 * interval
                frameDays = ws..<(ws + 7)
            case .daily:
                let d = dStart + period * interval
                frameDays = d..<(d + 1)
            case .hourly:
                let hAbs = floorDiv(start, 3600) + period * interval
                let d = floorDiv(hAbs, 24)
                frameDays = d..<(d + 1)
                let h = hAbs - d * 24
                frameHours = rule.byHour.isEmpty || rule.byHour.contains(h) ? [h] : []
            case .minutely:
                let mAbs = floorDiv(start, 60) + period * interval
                let d = floorDiv(mAbs, 1440)
                frameDays = d..<(d + 1)
                let mod = mAbs - d * 1440
                frameHours = rule.byHour.isEmpty || rule.byHour.contains(mod / 60) ? [mod / 60] : []
                frameMinutes = rule.byMinute.isEmpty || rule.byMinute.contains(mod % 60) ? [mod % 60] : []
            case .secondly:
                let sAbs = start + period * interval
                let d = floorDiv(sAbs, 86_400)
                frameDays = d..<(d + 1)
                let mod = sAbs - d * 86_400
                frameHours = rule.byHour.isEmpty || rule.byHour.contains(mod / 3600) ? [mod / 3600] : []
                frameMinutes = rule.byMinute.isEmpty || rule.byMinute.contains(mod / 60 % 60) ? [mod / 60 % 60] : []
                frameSeconds = rule.bySecond.isEmpty || rule.bySecond.contains(mod % 60) ? [mod % 60] : []
            }
            let frameStart = frameDays.lowerBound * 86_400
            if frameStart >= end { break }
            if let until, frameStart > until { break }
            period += 1
            if period > 2_000_000 { break }

            for d in frameDays {
                guard
                    matches(
                        day: d, byMonth: byMonthSet, byMonthDay: byMonthDay, plainDays: plainDays,
                        ordinalDays: ordinalDays, hasByMonth: !rule.byMonth.isEmpty, wkst: wkst)
                else { continue }
                for h in frameHours {
                    for m in frameMinutes {
                        for s in frameSeconds { candidates.append(d * 86_400 + h * 3600 + m * 60 + s) }
                    }
                }
            }
            if !rule.bySetPosition.isEmpty, !candidates.isEmpty {
                var picked: [Int] = []
                for pos in rule.bySetPosition {
                    let idx = pos > 0 ? pos - 1 : candidates.count + pos
                    if idx >= 0, idx < candidates.count { picked.append(candidates[idx]) }
                }
                candidates = Array(Set(picked)).sorted()
            }
            if candidates.isEmpty {
                emptyPeriods += 1
                if emptyPeriods > 10_000 { break }
                continue
            }
            emptyPeriods = 0
            for c in candidates where c > start {
                if let until, c > until { break periods }
                if c >= end { break periods }
                out.append(c)
                emitted += 1
                if let count, emitted >= count { break periods }
                if out.count >= limit { break periods }
            }
        }
        return out
    }

    private func matches(
        day d: Int, byMonth: Set<Int>, byMonthDay: [Int], plainDays: Set<Int>,
        ordinalDays: [RecurrenceRule.WeekdayNumber], hasByMonth: Bool, wkst: Int
    ) -> Bool {
        let c = daysToCivil(d)
        if !byMonth.isEmpty, !byMonth.contains(c.month) { return false }
        if !rule.byWeekNumber.isEmpty, !matchesWeekNumber(d, year: c.year, wkst: wkst) { return false }
        if !rule.byYearDay.isEmpty {
            let yearStart = civilToDays(c.year, 1, 1)
            let doy = d - yearStart + 1
            let length = isLeapYear(c.year) ? 366 : 365
            if !rule.byYearDay.contains(where: { $0 == doy || $0 == doy - length - 1 }) { return false }
        }
        if !byMonthDay.isEmpty {
            let dim = daysInMonth(c.year, c.month)
            if !byMonthDay.contains(where: { $0 == c.day || $0 == c.day - dim - 1 }) { return false }
        }
        if !plainDays.isEmpty || !ordinalDays.isEmpty {
            let wd = weekdayOf(d)
            var ok = plainDays.contains(wd)
            if !ok, !ordinalDays.isEmpty {
                let frame: Range<Int>
                if rule.frequency == .monthly || hasByMonth {
                    let first = civilToDays(c.year, c.month, 1)
                    frame = first..<(first + daysInMonth(c.year, c.month))
                } else {
                    frame = civilToDays(c.year, 1, 1)..<civilToDays(c.year + 1, 1, 1)
                }
                let forward = (d - frame.lowerBound) / 7 + 1
                let backward = -((frame.upperBound - 1 - d) / 7 + 1)
                ok = ordinalDays.contains {
                    $0.weekday.rawValue == wd && ($0.ordinal == forward || $0.ordinal == backward)
                }
            }
            if !ok { return false }
        }
        return true
    }

    /// Week numbers per RFC 5545 §3.3.10: week 1 is the first week (starting on WKST) with 4 or more days of the year.
    private func matchesWeekNumber(_ d: Int, year: Int, wkst: Int) -> Bool {
        func week1Start(_ y: Int) -> Int {
            let jan4 = civilToDays(y, 1, 4)
            return jan4 - (weekdayOf(jan4) - wkst + 7) % 7
        }
        var y = year
        var w1 = week1Start(y)
        if d < w1 {
            y -= 1
            w1 = week1Start(y)
        } else if d >= week1Start(y + 1) {
            y += 1
            w1 = week1Start(y)
        }
        let weeks = (week1Start(y + 1) - w1) / 7
        let n = (d - w1) / 7 + 1
        return rule.byWeekNumber.contains { $0 == n || $0 == n - weeks - 1 }
    }
}

package func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
