/// A host or invitee: a person, an organization, or both.
public struct Person: Sendable, Hashable, Codable {
    public var name: String?
    public var email: String?
    public var organization: String?
    /// For a host, the words that describe them ("head of cybersecurity policy"); for a calendar
    /// attendee, the RFC 5545 `ROLE` (`REQ-PARTICIPANT`, …).
    public var role: String?
    /// RFC 5545 `PARTSTAT` (`NEEDS-ACTION`, `ACCEPTED`, …), when known.
    public var partStat: String?
    /// RFC 5545 `RSVP`, when known.
    public var rsvp: Bool?

    public init(
        name: String? = nil, email: String? = nil, organization: String? = nil, role: String? = nil,
        partStat: String? = nil, rsvp: Bool? = nil
    ) {
        self.name = name
        self.email = email
        self.organization = organization
        self.role = role
        self.partStat = partStat
        self.rsvp = rsvp
    }

    enum CodingKeys: String, CodingKey {
        case name, email, organization, role
        case partStat = "partstat"
        case rsvp
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        partStat = try c.decodeIfPresent(String.self, forKey: .partStat)
        rsvp = try c.decodeIfPresent(Bool.self, forKey: .rsvp)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(email, forKey: .email)
        try c.encode(organization, forKey: .organization)
        try c.encode(role, forKey: .role)
        try c.encode(partStat, forKey: .partStat)
        try c.encode(rsvp, forKey: .rsvp)
    }
}

/// Where a meeting takes place.
public struct Location: Sendable, Hashable, Codable {
    public var name: String?
    public var address: String?
    public var url: String?

    public init(name: String? = nil, address: String? = nil, url: String? = nil) {
        self.name = name
        self.address = address
        self.url = url
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(address, forKey: .address)
        try c.encode(url, forKey: .url)
    }
}

/// An online meeting: the join link and how to dial in.
public struct Conference: Sendable, Hashable, Codable {
    /// The join link exactly as written.
    public var url: String?
    /// Dial-in numbers, as written.
    public var dialIn: [String]
    public var meetingID: String?
    public var passcode: String?

    public init(url: String? = nil, dialIn: [String] = [], meetingID: String? = nil, passcode: String? = nil) {
        self.url = url
        self.dialIn = dialIn
        self.meetingID = meetingID
        self.passcode = passcode
    }

    enum CodingKeys: String, CodingKey {
        case url, dialIn
        case meetingID = "meetingId"
        case passcode
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        dialIn = try c.decodeIfPresent([String].self, forKey: .dialIn) ?? []
        meetingID = try c.decodeIfPresent(String.self, forKey: .meetingID)
        passcode = try c.decodeIfPresent(String.self, forKey: .passcode)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(dialIn, forKey: .dialIn)
        try c.encode(meetingID, forKey: .meetingID)
        try c.encode(passcode, forKey: .passcode)
    }
}
