/// An iCalendar object, a VCALENDAR (RFC 5545 §3.4, §3.6).
public struct ICalendar: Sendable, Hashable {
    /// One component of a calendar, typed when we model it.
    public enum Member: Sendable, Hashable {
        case event(Event)
        case todo(Todo)
        case timeZone(TimeZoneDefinition)
        /// Any other component (VJOURNAL, VFREEBUSY, X- components), kept as written.
        case other(Component)
    }

    /// The iTIP method (RFC 5546 §1.4), upper-cased, such as `REQUEST`.
    public var method: String?
    /// The PRODID of the writer.
    public var prodID: String?
    /// The VERSION, normally `2.0`.
    public var version: String?
    /// The CALSCALE, normally absent (GREGORIAN).
    public var calendarScale: String?
    /// Every other calendar property (X-WR-CALNAME, NAME, …), in order.
    public var otherProperties: [Property]
    /// The components in order.
    public var components: [Member]

    /// Creates a calendar.
    public init(
        method: String? = nil, prodID: String? = nil, version: String? = "2.0", calendarScale: String? = nil,
        otherProperties: [Property] = [], components: [Member] = []
    ) {
        self.method = method
        self.prodID = prodID
        self.version = version
        self.calendarScale = calendarScale
        self.otherProperties = otherProperties
        self.components = components
    }

    /// The VEVENTs in order.
    public var events: [Event] {
        components.compactMap {
            if case .event(let e) = $0 { return e }
            return nil
        }
    }

    /// The VTODOs in order.
    public var todos: [Todo] {
        components.compactMap {
            if case .todo(let t) = $0 { return t }
            return nil
        }
    }

    /// The VTIMEZONEs in order.
    public var timeZones: [TimeZoneDefinition] {
        components.compactMap {
            if case .timeZone(let t) = $0 { return t }
            return nil
        }
    }

    /// Reads every VCALENDAR in the bytes (RFC 5545), leniently.
    ///
    /// - Throws: ``ICalendarParseError`` only when the bytes hold no calendar at all or exceed a limit.
    public static func parse(_ bytes: [UInt8]) throws(ICalendarParseError) -> ICalendarParseResult {
        var parser = ContentLineParser()
        let roots: [Component]
        do {
            roots = try bytes.withUnsafeBufferPointer { (b) throws(ICalendarParseError) -> [Component] in
                try parser.parse(b)
            }
        }
        var warnings = parser.warnings
        var calendars: [ICalendar] = []
        calendars.reserveCapacity(roots.count)
        for root in roots {
            calendars.append(ICalendar(component: root, warnings: &warnings))
        }
        return ICalendarParseResult(calendars: calendars, warnings: warnings)
    }
}

/// What ``ICalendar/parse(_:)`` returns: the calendars in order and the recoverable problems.
public struct ICalendarParseResult: Sendable, Hashable {
    /// Every VCALENDAR read, in order.
    public var calendars: [ICalendar]
    /// Recoverable problems, in order.
    public var warnings: [ICalendarWarning]

    /// Creates a result.
    public init(calendars: [ICalendar], warnings: [ICalendarWarning]) {
        self.calendars = calendars
        self.warnings = warnings
    }
}

extension ICalendar {
    /// An ORGANIZER or ATTENDEE: a CAL-ADDRESS with its parameters (RFC 5545 §3.8.4.1, §3.8.4.3).
    public struct CalendarUser: Sendable, Hashable {
        /// The address as written, usually `mailto:…`.
        public var address: String
        /// CN.
        public var commonName: String?
        /// ROLE (`REQ-PARTICIPANT`, `OPT-PARTICIPANT`, `CHAIR`, `NON-PARTICIPANT`).
        public var role: String?
        /// PARTSTAT (`NEEDS-ACTION`, `ACCEPTED`, `DECLINED`, `TENTATIVE`, `DELEGATED`).
        public var partStat: String?
        /// RSVP.
        public var rsvp: Bool?
        /// CUTYPE (`INDIVIDUAL`, `GROUP`, `RESOURCE`, `ROOM`, `UNKNOWN`).
        public var calendarUserType: String?
        /// DELEGATED-TO addresses.
        public var delegatedTo: [String]
        /// DELEGATED-FROM addresses.
        public var delegatedFrom: [String]
        /// SENT-BY address.
        public var sentBy: String?
        /// Every other parameter (DIR, LANGUAGE, MEMBER, X-NUM-GUESTS, EMAIL, …), in order.
        public var otherParameters: [Parameter]

        /// Creates a calendar user.
        public init(
            address: String, commonName: String? = nil, role: String? = nil, partStat: String? = nil,
            rsvp: Bool? = nil, calendarUserType: String? = nil, delegatedTo: [String] = [],
            delegatedFrom: [String] = [], sentBy: String? = nil, otherParameters: [Parameter] = []
        ) {
            self.address = address
            self.commonName = commonName
            self.role = role
            self.partStat = partStat
            self.rsvp = rsvp
            self.calendarUserType = calendarUserType
            self.delegatedTo = delegatedTo
            self.delegatedFrom = delegatedFrom
            self.sentBy = sentBy
            self.otherParameters = otherParameters
        }

        /// The e-mail address: the `mailto:` address, else an `EMAIL` parameter, else a bare address.
        public var email: String? {
            let a = address.trimmedASCII()
            if a.utf8.count > 7, a.utf8.prefix(7).elementsEqual("mailto:".utf8, by: { $0 | 0x20 == $1 }) {
                let rest = String(a.dropFirst(7))
                return rest.isEmpty ? nil : rest
            }
            for p in otherParameters where p.name == "EMAIL" { return p.values.first }
            if a.contains("@"), !a.contains(":") { return a }
            return nil
        }
    }

    /// A link to join an online meeting: RFC 7986 CONFERENCE or a vendor property.
    public struct ConferenceLink: Sendable, Hashable {
        /// The property it came from (`CONFERENCE`, `X-GOOGLE-CONFERENCE`, …).
        public var propertyName: String
        /// The URI as written.
        public var uri: String
        /// FEATURE values (`AUDIO`, `VIDEO`, …).
        public var features: [String]
        /// LABEL.
        public var label: String?
        /// Every other parameter (VALUE, …), in order.
        public var otherParameters: [Parameter]

        /// Creates a link.
        public init(
            propertyName: String = "CONFERENCE", uri: String, features: [String] = [], label: String? = nil,
            otherParameters: [Parameter] = []
        ) {
            self.propertyName = propertyName
            self.uri = uri
            self.features = features
            self.label = label
            self.otherParameters = otherParameters
        }

        /// Property names read as conference links.
        public static let propertyNames: Set<String> = [
            "CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
            "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK", "X-MS-OLK-CONFURL", "X-ZOOM-MEETING-URL",
        ]
    }

    /// A VALARM (RFC 5545 §3.6.6).
    public struct Alarm: Sendable, Hashable {
        /// When an alarm fires.
        public enum Trigger: Sendable, Hashable {
            /// Relative to the start (or, with `RELATED=END`, the end).
            case relative(Duration, relatedToEnd: Bool)
            /// At an absolute UTC time.
            case absolute(DateTime)
        }

        /// ACTION (`DISPLAY`, `AUDIO`, `EMAIL`).
        public var action: String?
        /// TRIGGER.
        public var trigger: Trigger?
        /// DESCRIPTION, unescaped.
        public var description: String?
        /// SUMMARY, unescaped.
        public var summary: String?
        /// DURATION.
        public var duration: Duration?
        /// REPEAT.
        public var repeatCount: Int?
        /// Every other property, in order.
        public var otherProperties: [Property]

        /// Creates an alarm.
        public init(
            action: String? = "DISPLAY", trigger: Trigger? = nil, description: String? = nil, summary: String? = nil,
            duration: Duration? = nil, repeatCount: Int? = nil, otherProperties: [Property] = []
        ) {
            self.action = action
            self.trigger = trigger
            self.description = description
            self.summary = summary
            self.duration = duration
            self.repeatCount = repeatCount
            self.otherProperties = otherProperties
        }
    }

    /// A VEVENT (RFC 5545 §3.6.1).
    public struct Event: Sendable, Hashable {
        /// UID: the globally unique identifier.
        public var uid: String?
        /// DTSTAMP: when this copy was created (UTC).
        public var dtstamp: DateTime?
        /// CREATED.
        public var created: DateTime?
        /// LAST-MODIFIED.
        public var lastModified: DateTime?
        /// SEQUENCE: the revision number (RFC 5545 §3.8.7.4).
        public var sequence: Int?
        /// STATUS (`TENTATIVE`, `CONFIRMED`, `CANCELLED`), upper-cased.
        public var status: String?
        /// SUMMARY, unescaped.
        public var summary: String?
        /// DESCRIPTION, unescaped.
        public var description: String?
        /// LOCATION, unescaped.
        public var location: String?
        /// URL.
        public var url: String?
        /// CLASS.
        public var classification: String?
        /// PRIORITY, 0–9.
        public var priority: Int?
        /// TRANSP (`OPAQUE`, `TRANSPARENT`).
        public var transparency: String?
        /// CATEGORIES, unescaped, in order.
        public var categories: [String]
        /// DTSTART.
        public var start: DateTime?
        /// DTEND.
        public var end: DateTime?
        /// DURATION.
        public var duration: Duration?
        /// ORGANIZER.
        public var organizer: CalendarUser?
        /// ATTENDEEs in order.
        public var attendees: [CalendarUser]
        /// RRULEs (normally one).
        public var recurrenceRules: [RecurrenceRule]
        /// RDATE values (DATE or DATE-TIME; PERIOD values stay in `otherProperties`).
        public var recurrenceDates: [DateTime]
        /// EXDATE values, all lines flattened.
        public var exceptionDates: [DateTime]
        /// RECURRENCE-ID: the instance this component overrides.
        public var recurrenceID: DateTime?
        /// Conference links (RFC 7986 CONFERENCE and vendor properties), in order.
        public var conferences: [ConferenceLink]
        /// VALARMs in order.
        public var alarms: [Alarm]
        /// Every property not modelled above (X-, IANA and repeats of single ones), in order.
        public var otherProperties: [Property]
        /// Parameters of modelled properties that are not modelled (LANGUAGE, ALTREP, RANGE, X-…), by property name.
        public var extraParameters: [String: [Parameter]]
        /// Nested components other than VALARM, kept as written.
        public var components: [Component]

        /// Creates an event.
        public init(
            uid: String? = nil, dtstamp: DateTime? = nil, sequence: Int? = nil, status: String? = nil,
            summary: String? = nil, description: String? = nil, location: String? = nil, url: String? = nil,
            start: DateTime? = nil, end: DateTime? = nil, duration: Duration? = nil, organizer: CalendarUser? = nil,
            attendees: [CalendarUser] = []
        ) {
            self.uid = uid
            self.dtstamp = dtstamp
            self.sequence = sequence
            self.status = status
            self.summary = summary
            self.description = description
            self.location = location
            self.url = url
            self.start = start
            self.end = end
            self.duration = duration
            self.organizer = organizer
            self.attendees = attendees
            categories = []
            recurrenceRules = []
            recurrenceDates = []
            exceptionDates = []
            conferences = []
            alarms = []
            otherProperties = []
            extraParameters = [:]
            components = []
        }

        /// Whether the event is all-day (DTSTART is a DATE).
        public var isAllDay: Bool { start?.isDate ?? false }

        /// The end: DTEND, else DTSTART plus DURATION, else for a DATE the next day (RFC 5545 §3.6.1).
        public var effectiveEnd: DateTime? {
            if let end { return end }
            guard let start else { return nil }
            if let duration { return start.adding(duration) }
            return start.isDate ? start.addingSeconds(86_400) : nil
        }
    }

    /// A VTODO (RFC 5545 §3.6.2).
    public struct Todo: Sendable, Hashable {
        /// UID: the globally unique identifier.
        public var uid: String?
        /// DTSTAMP: when this copy was created (UTC).
        public var dtstamp: DateTime?
        /// SEQUENCE: the revision number (RFC 5545 §3.8.7.4).
        public var sequence: Int?
        /// STATUS, upper-cased.
        public var status: String?
        /// SUMMARY, unescaped.
        public var summary: String?
        /// DESCRIPTION, unescaped.
        public var description: String?
        /// DTSTART.
        public var start: DateTime?
        /// DUE.
        public var due: DateTime?
        /// COMPLETED.
        public var completed: DateTime?
        /// PRIORITY, 0–9.
        public var priority: Int?
        /// PERCENT-COMPLETE.
        public var percentComplete: Int?
        /// ORGANIZER.
        public var organizer: CalendarUser?
        /// ATTENDEEs in order.
        public var attendees: [CalendarUser]
        /// RRULEs (normally one).
        public var recurrenceRules: [RecurrenceRule]
        /// VALARMs in order.
        public var alarms: [Alarm]
        /// Every property not modelled above, in order.
        public var otherProperties: [Property]
        /// Parameters of modelled properties that are not modelled, by property name.
        public var extraParameters: [String: [Parameter]]
        /// Nested components other than VALARM.
        public var components: [Component]

        /// Creates a to-do.
        public init(uid: String? = nil, summary: String? = nil) {
            self.uid = uid
            self.summary = summary
            attendees = []
            recurrenceRules = []
            alarms = []
            otherProperties = []
            extraParameters = [:]
            components = []
        }
    }

    /// A VTIMEZONE (RFC 5545 §3.6.5).
    public struct TimeZoneDefinition: Sendable, Hashable {
        /// A STANDARD or DAYLIGHT sub-component.
        public struct Observance: Sendable, Hashable {
            /// Whether this is a DAYLIGHT (not STANDARD) observance.
            public var isDaylight: Bool
            /// The first onset, local time in ``offsetFrom``.
            public var start: DateTime
            /// TZOFFSETFROM in seconds east of UTC.
            public var offsetFrom: Int
            /// TZOFFSETTO in seconds east of UTC.
            public var offsetTo: Int
            /// TZNAMEs.
            public var names: [String]
            /// RRULEs (normally one).
            public var recurrenceRules: [RecurrenceRule]
            /// RDATE values (DATE or DATE-TIME; PERIOD values stay in `otherProperties`).
            public var recurrenceDates: [DateTime]
            /// Every other property (COMMENT, X-…), in order.
            public var otherProperties: [Property]

            /// Creates an observance.
            public init(
                isDaylight: Bool, start: DateTime, offsetFrom: Int, offsetTo: Int, names: [String] = [],
                recurrenceRules: [RecurrenceRule] = [], recurrenceDates: [DateTime] = [],
                otherProperties: [Property] = []
            ) {
                self.isDaylight = isDaylight
                self.start = start
                self.offsetFrom = offsetFrom
                self.offsetTo = offsetTo
                self.names = names
                self.recurrenceRules = recurrenceRules
                self.recurrenceDates = recurrenceDates
                self.otherProperties = otherProperties
            }
        }

        /// The TZID.
        public var tzid: String
        /// STANDARD and DAYLIGHT sub-components, in order.
        public var observances: [Observance]
        /// Every other property (TZURL, LAST-MODIFIED, X-LIC-LOCATION, …), in order.
        public var otherProperties: [Property]
        /// Sub-components we do not model, kept as written.
        public var components: [Component]

        /// Creates a time zone definition.
        public init(
            tzid: String, observances: [Observance] = [], otherProperties: [Property] = [],
            components: [Component] = []
        ) {
            self.tzid = tzid
            self.observances = observances
            self.otherProperties = otherProperties
            self.components = components
        }
    }
}

extension ICalendar.DateTime {
    /// Adds a duration: weeks and days as calendar days (wall clock), the rest as seconds (RFC 5545 §3.3.6).
    public func adding(_ d: ICalendar.Duration) -> ICalendar.DateTime {
        let sign = d.isNegative ? -1 : 1
        let daysPart = (d.weeks * 7 + d.days) * 86_400
        let timePart = isDate ? 0 : d.hours * 3600 + d.minutes * 60 + d.seconds
        return addingSeconds(sign * (daysPart + timePart))
    }
}
