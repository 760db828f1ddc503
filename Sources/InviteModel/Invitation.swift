/// A meeting invitation, as read from a calendar part, schema.org markup or prose.
///
/// Its JSON form is the `invitations[]` object of the contract (`CONTRACT.md`): every key is
/// always written, `null` when unknown.
public struct Invitation: Sendable, Hashable, Codable {
    /// Where an invitation was read from.
    public enum Source: String, Sendable, Hashable, Codable {
        case calendar
        case schemaOrg = "schema.org"
        case text
    }

    public var source: Source
    /// The iTIP method (`REQUEST`, `CANCEL`, `REPLY`, …); calendar sources only.
    public var method: String?
    public var uid: String?
    public var sequence: Int?
    public var status: String?
    public var title: String?
    public var host: Person?
    public var invitees: [Person]
    public var location: Location?
    public var start: InvitationTime?
    /// The end; for all-day events the last day, inclusive.
    public var end: InvitationTime?
    /// IANA zone name when the source names a zone; `nil` when only an offset is known.
    public var timeZone: String?
    public var isAllDay: Bool
    /// The recurrence rule in RFC 5545 `RRULE` value syntax.
    public var recurrence: String?
    public var agenda: [String]
    public var conference: Conference?
    public var description: String?
    /// For each field read from prose, the words it came from.
    public var evidence: [String: String]

    public init(
        source: Source, method: String? = nil, uid: String? = nil, sequence: Int? = nil, status: String? = nil,
        title: String? = nil, host: Person? = nil, invitees: [Person] = [], location: Location? = nil,
        start: InvitationTime? = nil, end: InvitationTime? = nil, timeZone: String? = nil, isAllDay: Bool = false,
        recurrence: String? = nil, agenda: [String] = [], conference: Conference? = nil, description: String? = nil,
        evidence: [String: String] = [:]
    ) {
        self.source = source
        self.method = method
        self.uid = uid
        self.sequence = sequence
        self.status = status
        self.title = title
        self.host = host
        self.invitees = invitees
        self.location = location
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.isAllDay = isAllDay
        self.recurrence = recurrence
        self.agenda = agenda
        self.conference = conference
        self.description = description
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case source, method, uid, sequence, status, title, host, invitees, location, start, end, timeZone
        case isAllDay = "allDay"
        case recurrence, agenda, conference, description, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(Source.self, forKey: .source) ?? .text
        method = try c.decodeIfPresent(String.self, forKey: .method)
        uid = try c.decodeIfPresent(String.self, forKey: .uid)
        sequence = try c.decodeIfPresent(Int.self, forKey: .sequence)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        host = try c.decodeIfPresent(Person.self, forKey: .host)
        invitees = try c.decodeIfPresent([Person].self, forKey: .invitees) ?? []
        location = try c.decodeIfPresent(Location.self, forKey: .location)
        start = try c.decodeIfPresent(InvitationTime.self, forKey: .start)
        end = try c.decodeIfPresent(InvitationTime.self, forKey: .end)
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone)
        isAllDay = try c.decodeIfPresent(Bool.self, forKey: .isAllDay) ?? (start.map { !$0.hasTime } ?? false)
        recurrence = try c.decodeIfPresent(String.self, forKey: .recurrence)
        agenda = try c.decodeIfPresent([String].self, forKey: .agenda) ?? []
        conference = try c.decodeIfPresent(Conference.self, forKey: .conference)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        evidence = try c.decodeIfPresent([String: String].self, forKey: .evidence) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(method, forKey: .method)
        try c.encode(uid, forKey: .uid)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(status, forKey: .status)
        try c.encode(title, forKey: .title)
        try c.encode(host, forKey: .host)
        try c.encode(invitees, forKey: .invitees)
        try c.encode(location, forKey: .location)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(isAllDay, forKey: .isAllDay)
        try c.encode(recurrence, forKey: .recurrence)
        try c.encode(agenda, forKey: .agenda)
        try c.encode(conference, forKey: .conference)
        try c.encode(description, forKey: .description)
        try c.encode(evidence, forKey: .evidence)
    }
}
