internal import Foundation
import InviteModel
import Synchronization

/// Formats an invitation's start and end in words: "Friday 24 August 2018, 13:00–15:00 (PDT)",
/// "vendredi 24 août 2018, 13 h – 15 h (UTC−7)", all-day and multi-day forms.
///
/// Times with a known instant are shown in the display zone (the render option, else the
/// invitation's own IANA zone); without a resolvable zone they are shown as written, labelled by
/// their UTC offset, and floating times get no label. Foundation is used only here, for IANA
/// zone offsets and their ICU short names.
struct WhenFormatter {
    let pack: DisplayLanguage
    let zoneName: String?
    let names: ZoneNameCache

    /// A wall-clock time in the display zone.
    struct Local {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int
        var offset: Int?
        var isDaylightSaving: Bool
        var dayNumber: Int { InvitationTime.daysSince1970(year: year, month: month, day: day) }
    }

    /// The parts the view model exposes.
    struct Result {
        var when: String
        var date: String
        var time: String?
        var zone: String?
        var isMultiDay: Bool
    }

    func format(start: InvitationTime, end: InvitationTime?, isAllDay: Bool) -> Result {
        if isAllDay || start.time == nil {
            let first = pack.date(year: start.year, month: start.month, day: start.day)
            let suffix = " (" + pack.label("allDay") + ")"
            guard let end,
                InvitationTime.daysSince1970(year: end.year, month: end.month, day: end.day)
                    > InvitationTime.daysSince1970(year: start.year, month: start.month, day: start.day)
            else {
                return Result(when: first + suffix, date: first, time: nil, zone: nil, isMultiDay: false)
            }
            let last = pack.date(year: end.year, month: end.month, day: end.day)
            return Result(when: first + " – " + last, date: first, time: nil, zone: nil, isMultiDay: true)
        }
        let zone = zoneName.flatMap { TimeZone(identifier: $0) }
        let s = local(start, in: zone)
        let e = end.flatMap { $0.time == nil ? nil : local($0, in: zone) }
        let label = zoneLabel(for: s, zone: zone)
        let startDate = pack.date(year: s.year, month: s.month, day: s.day)
        let startTime = pack.time(hour: s.hour, minute: s.minute)
        let suffix = label.map { " (" + $0 + ")" } ?? ""
        guard let e else {
            return Result(
                when: startDate + ", " + startTime + suffix, date: startDate, time: startTime, zone: label,
                isMultiDay: false)
        }
        let endTime = pack.time(hour: e.hour, minute: e.minute)
        if e.dayNumber == s.dayNumber {
            let range = startTime + pack.rangeSeparator + endTime
            return Result(
                when: startDate + ", " + range + suffix, date: startDate, time: range, zone: label, isMultiDay: false)
        }
        let endDate = pack.date(year: e.year, month: e.month, day: e.day)
        return Result(
            when: startDate + ", " + startTime + " – " + endDate + ", " + endTime + suffix, date: startDate,
            time: startTime, zone: label, isMultiDay: true)
    }

    /// The wall-clock time of `t` in `zone` when its instant is known, else as written.
    private func local(_ t: InvitationTime, in zone: TimeZone?) -> Local {
        let hour = t.time?.hour ?? 0
        let minute = t.time?.minute ?? 0
        guard let zone, let instant = t.secondsSince1970 else {
            return Local(
                year: t.year, month: t.month, day: t.day, hour: hour, minute: minute, offset: t.utcOffsetSeconds,
                isDaylightSaving: false)
        }
        let date = Date(timeIntervalSince1970: TimeInterval(instant))
        let offset = zone.secondsFromGMT(for: date)
        let localSeconds = instant + offset
        var days = localSeconds / 86_400
        var rest = localSeconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let civil = InvitationTime.civilDate(daysSince1970: days)
        return Local(
            year: civil.year, month: civil.month, day: civil.day, hour: rest / 3600, minute: rest / 60 % 60,
            offset: offset, isDaylightSaving: zone.isDaylightSavingTime(for: date))
    }

    private func zoneLabel(for local: Local, zone: TimeZone?) -> String? {
        if let zone, let offset = local.offset {
            let style: TimeZone.NameStyle = local.isDaylightSaving ? .shortDaylightSaving : .shortStandard
            return names.name(zone: zone, style: style, locale: pack.locale) ?? Self.offsetLabel(offset)
        }
        return local.offset.map(Self.offsetLabel)
    }

    /// `UTC`, `UTC+2`, `UTC−7`, `UTC+5:30`.
    static func offsetLabel(_ offset: Int) -> String {
        if offset == 0 { return "UTC" }
        let minutes = abs(offset) / 60
        var s = "UTC" + (offset < 0 ? "−" : "+") + String(minutes / 60)
        if minutes % 60 != 0 { s += ":" + DisplayLanguage.pad(minutes % 60) }
        return s
    }
}

/// ICU time zone names by zone, style and locale: looking one up costs more than rendering a
/// template, and a renderer meets the same few zones over and over.
final class ZoneNameCache: Sendable {
    private struct Key: Hashable {
        var zone: String
        var isDaylight: Bool
        var locale: String
    }
    private let names = Mutex<[Key: String]>([:])

    func name(zone: TimeZone, style: TimeZone.NameStyle, locale: String) -> String? {
        let key = Key(zone: zone.identifier, isDaylight: style == .shortDaylightSaving, locale: locale)
        if let hit = names.withLock({ $0[key] }) { return hit.isEmpty ? nil : hit }
        let name = zone.localizedName(for: style, locale: Locale(identifier: locale)) ?? ""
        names.withLock { $0[key] = name }
        return name.isEmpty ? nil : name
    }
}
