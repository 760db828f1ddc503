/// A schema.org `Event` (or subtype, or the event of an `EventReservation`) read from JSON-LD or microdata.
///
/// Every value is kept as the markup wrote it (dates stay ISO 8601 strings); mapping to invitations
/// happens elsewhere.
public struct SchemaOrgEvent: Sendable, Hashable {
    /// Where the markup came from.
    public enum Syntax: String, Sendable, Hashable {
        /// `<script type="application/ld+json">`.
        case jsonLD = "json-ld"
        /// `itemscope`/`itemtype`/`itemprop` attributes.
        case microdata
    }

    /// The markup syntax this event was read from.
    public var syntax: Syntax
    /// The schema.org type without its namespace: `Event`, `BusinessEvent`, `SocialEvent`, ….
    public var type: String
    /// `name`: the event's title.
    public var name: String?
    /// `startDate` as written (ISO 8601).
    public var startDate: String?
    /// `endDate` as written (ISO 8601).
    public var endDate: String?
    /// Physical places and virtual locations, in the order written.
    public var locations: [SchemaOrgPlace]
    /// The first `organizer`.
    public var organizer: SchemaOrgParty?
    /// Every `attendee` (or legacy `attendees`).
    public var attendees: [SchemaOrgParty]
    /// Every `performer` (or legacy `performers`).
    public var performers: [SchemaOrgParty]
    /// `description`, white space collapsed.
    public var description: String?
    /// The event's own page (`url`).
    public var url: String?
    /// The status without its namespace: `EventScheduled`, `EventCancelled`, ….
    public var eventStatus: String?
    /// The attendance mode without its namespace: `OfflineEventAttendanceMode`, ….
    public var eventAttendanceMode: String?
    /// Set when the event came from an `EventReservation`: who holds it.
    public var reservationHolder: SchemaOrgParty?
    /// The reservation status without its namespace (`ReservationConfirmed`, …), for reservations.
    public var reservationStatus: String?

    /// Creates an event; only the syntax and type are required.
    public init(
        syntax: Syntax, type: String, name: String? = nil, startDate: String? = nil, endDate: String? = nil,
        locations: [SchemaOrgPlace] = [], organizer: SchemaOrgParty? = nil, attendees: [SchemaOrgParty] = [],
        performers: [SchemaOrgParty] = [], description: String? = nil, url: String? = nil,
        eventStatus: String? = nil, eventAttendanceMode: String? = nil, reservationHolder: SchemaOrgParty? = nil,
        reservationStatus: String? = nil
    ) {
        self.syntax = syntax
        self.type = type
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.locations = locations
        self.organizer = organizer
        self.attendees = attendees
        self.performers = performers
        self.description = description
        self.url = url
        self.eventStatus = eventStatus
        self.eventAttendanceMode = eventAttendanceMode
        self.reservationHolder = reservationHolder
        self.reservationStatus = reservationStatus
    }
}

/// A schema.org `Place` (with its `PostalAddress`) or `VirtualLocation`.
public struct SchemaOrgPlace: Sendable, Hashable {
    /// Whether this is a `VirtualLocation` (an online meeting).
    public var isVirtual: Bool
    /// The place's `name`.
    public var name: String?
    /// The address when the markup gives it as one string rather than a `PostalAddress`.
    public var address: String?
    /// `PostalAddress.streetAddress`.
    public var streetAddress: String?
    /// `PostalAddress.addressLocality` (the town).
    public var addressLocality: String?
    /// `PostalAddress.addressRegion`.
    public var addressRegion: String?
    /// `PostalAddress.postalCode`.
    public var postalCode: String?
    /// `PostalAddress.addressCountry` (a code or a `Country`'s name).
    public var addressCountry: String?
    /// The join link of a virtual location, or the web page of a place.
    public var url: String?

    /// Creates a place.
    public init(
        isVirtual: Bool = false, name: String? = nil, address: String? = nil, streetAddress: String? = nil,
        addressLocality: String? = nil, addressRegion: String? = nil, postalCode: String? = nil,
        addressCountry: String? = nil, url: String? = nil
    ) {
        self.isVirtual = isVirtual
        self.name = name
        self.address = address
        self.streetAddress = streetAddress
        self.addressLocality = addressLocality
        self.addressRegion = addressRegion
        self.postalCode = postalCode
        self.addressCountry = addressCountry
        self.url = url
    }
}

/// A schema.org `Person` or `Organization` (organizer, attendee, performer, reservation holder).
public struct SchemaOrgParty: Sendable, Hashable {
    /// Whether the markup typed it as an `Organization` (or subtype) rather than a `Person`.
    public var isOrganization: Bool
    /// `name`, or `givenName familyName`.
    public var name: String?
    /// `email` without a `mailto:` prefix.
    public var email: String?
    /// `url`.
    public var url: String?
    /// The organization a person works for or is affiliated with (`worksFor`, `affiliation`).
    public var affiliation: String?

    /// Creates a party.
    public init(
        isOrganization: Bool = false, name: String? = nil, email: String? = nil, url: String? = nil,
        affiliation: String? = nil
    ) {
        self.isOrganization = isOrganization
        self.name = name
        self.email = email
        self.url = url
        self.affiliation = affiliation
    }
}
