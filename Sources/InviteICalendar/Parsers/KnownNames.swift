/// Property and parameter names, and the values that recur in nearly every calendar (`NEEDS-ACTION`,
/// `VEVENT`, `OPAQUE`, `+0100`), of up to 16 bytes: handed out as string literals so the parser neither
/// validates nor builds them again.
///
/// A name is keyed by its length and its first and last eight bytes, which together pin down every byte
/// of a name this short, so a hit needs no further comparison. Built once and never changed.
package final class KnownNames: @unchecked Sendable {
    // @unchecked: the tables are written only in `init` and read-only afterwards.
    private static let slotCount = 512
    private let lengths: UnsafeMutablePointer<Int>
    private let keys: UnsafeMutablePointer<UInt64>
    private let names: UnsafeMutablePointer<String>

    /// The shared table of RFC 5545 and RFC 7986 names, the common vendor ones, and common values.
    package static let shared = KnownNames([
        "BEGIN", "END", "VERSION", "PRODID", "METHOD", "CALSCALE", "UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION",
        "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "TRANSP", "CLASS", "PRIORITY", "CREATED",
        "LAST-MODIFIED", "ORGANIZER", "ATTENDEE", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "URL", "CATEGORIES",
        "CONFERENCE", "ATTACH", "COMMENT", "CONTACT", "GEO", "RESOURCES", "TZID", "TZNAME", "TZOFFSETFROM",
        "TZOFFSETTO", "TZURL", "ACTION", "TRIGGER", "REPEAT", "DUE", "COMPLETED", "PERCENT-COMPLETE",
        "REQUEST-STATUS", "RELATED-TO", "X-LIC-LOCATION", "X-WR-CALNAME", "X-WR-TIMEZONE", "X-WR-CALDESC",
        "X-MS-OLK-CONFURL", "X-MOZ-GENERATION", "X-MOZ-LASTACK", "CN", "ROLE", "PARTSTAT", "RSVP", "CUTYPE",
        "X-NUM-GUESTS", "LANGUAGE", "RELATED", "VALUE", "ALTREP", "DELEGATED-TO", "DELEGATED-FROM", "SENT-BY",
        "DIR", "MEMBER", "EMAIL", "FEATURE", "LABEL", "RANGE", "ENCODING", "FMTTYPE", "FBTYPE", "RELTYPE",
        // Values.
        "VCALENDAR", "VEVENT", "VTODO", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM", "2.0", "GREGORIAN",
        "REQUEST", "REPLY", "CANCEL", "PUBLISH", "COUNTER", "NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE",
        "DELEGATED", "REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT", "CHAIR", "INDIVIDUAL", "GROUP",
        "RESOURCE", "ROOM", "UNKNOWN", "TRUE", "FALSE", "0", "1", "2", "3", "5", "START", "DATE", "DATE-TIME",
        "OPAQUE", "TRANSPARENT", "CONFIRMED", "CANCELLED", "PUBLIC", "PRIVATE", "CONFIDENTIAL", "DISPLAY",
        "AUDIO", "REMINDER", "DEFAULT", "BUSY", "FREE", "OOF", "+0000", "+0100", "+0200", "+0300", "+0530",
        "+0800", "+0900", "+1000", "-0300", "-0400", "-0500", "-0600", "-0700", "-0800", "CET", "CEST", "EST",
        "EDT", "PST", "PDT", "GMT", "BST", "UTC",
    ])

    private init(_ list: [String]) {
        lengths = .allocate(capacity: Self.slotCount)
        lengths.initialize(repeating: 0, count: Self.slotCount)
        keys = .allocate(capacity: 2 * Self.slotCount)
        keys.initialize(repeating: 0, count: 2 * Self.slotCount)
        names = .allocate(capacity: Self.slotCount)
        names.initialize(repeating: "", count: Self.slotCount)
        var used = 0
        for name in list {
            let bytes = Array(name.utf8)
            guard !bytes.isEmpty, bytes.count <= 16, used < Self.slotCount / 2 else { continue }
            let key = bytes.withUnsafeBufferPointer { Self.key($0, 0, $0.count) }
            var slot = Self.slot(key, bytes.count)
            while lengths[slot] != 0 {
                if lengths[slot] == bytes.count, keys[2 * slot] == key.0, keys[2 * slot + 1] == key.1 { break }
                slot = (slot + 1) & (Self.slotCount - 1)
            }
            if lengths[slot] != 0 { continue }
            lengths[slot] = bytes.count
            keys[2 * slot] = key.0
            keys[2 * slot + 1] = key.1
            names[slot] = name
            used += 1
        }
    }

    /// The first and last eight bytes (zero-padded when shorter), for `1...16` bytes.
    @inline(__always)
    private static func key(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (UInt64, UInt64) {
        let n = to - from
        guard let base = b.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            return (
                raw.loadUnaligned(fromByteOffset: from, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: to - 8, as: UInt64.self)
            )
        }
        var a: UInt64 = 0
        for j in 0..<n { a |= UInt64(b[from + j]) << (8 * UInt64(j)) }
        return (a, 0)
    }

    @inline(__always)
    private static func slot(_ key: (UInt64, UInt64), _ n: Int) -> Int {
        let h = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(n)
        // The top nine bits: `slotCount` is 2⁹.
        return Int(truncatingIfNeeded: h >> 55) & (slotCount - 1)
    }

    /// The literal spelled by `b[from..<to]` exactly (case-sensitive), if the table has it.
    @inline(__always)
    package func lookup(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String? {
        let n = to - from
        guard n > 0, n <= 16 else { return nil }
        let key = Self.key(b, from, to)
        var slot = Self.slot(key, n)
        while true {
            let length = lengths[slot]
            if length == 0 { return nil }
            if length == n, keys[2 * slot] == key.0, keys[2 * slot + 1] == key.1 { return names[slot] }
            slot = (slot + 1) & (Self.slotCount - 1)
        }
    }
}
