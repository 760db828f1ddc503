extension ICalendar {
    /// What an iTIP message asks for (RFC 5546 §1.4, §3.2).
    public enum ITIPKind: Sendable, Hashable {
        /// PUBLISH: a calendar to show, no replies wanted.
        case publish
        /// A REQUEST; `isUpdate` when it changes an event already sent (SEQUENCE above the known one, or above 0).
        case request(isUpdate: Bool)
        /// REPLY: an attendee answers.
        case reply
        /// ADD: new instances of a recurring event.
        case add
        /// CANCEL: the event (or instances) no longer happen.
        case cancel
        /// REFRESH: an attendee asks for the latest copy.
        case refresh
        /// COUNTER: an attendee proposes changes.
        case counter
        /// DECLINECOUNTER: the organizer rejects a COUNTER.
        case declineCounter
        /// No METHOD: a plain calendar file, not an iTIP message.
        case none
        /// A METHOD this type does not know, as written.
        case other(String)
    }

    /// A participation status for replies (RFC 5545 §3.2.12).
    public enum ParticipationStatus: String, Sendable, Hashable, CaseIterable {
        /// NEEDS-ACTION.
        case needsAction = "NEEDS-ACTION"
        /// ACCEPTED.
        case accepted = "ACCEPTED"
        /// DECLINED.
        case declined = "DECLINED"
        /// TENTATIVE.
        case tentative = "TENTATIVE"
        /// DELEGATED.
        case delegated = "DELEGATED"
    }

    /// Classifies the calendar as an iTIP message.
    ///
    /// - Parameter previousSequence: the SEQUENCE of the copy already known, if any; a REQUEST with a higher
    ///   SEQUENCE (or with a RECURRENCE-ID only) is an update. Without it, SEQUENCE > 0 means update.
    /// - Returns: the kind of message, ``ITIPKind/none`` without a METHOD.
    public func itipKind(previousSequence: Int? = nil) -> ITIPKind {
        guard let method else { return .none }
        switch method {
        case "PUBLISH": return .publish
        case "REQUEST":
            let sequences = events.map { $0.sequence ?? 0 } + todos.map { $0.sequence ?? 0 }
            let highest = sequences.max() ?? 0
            if let previousSequence { return .request(isUpdate: highest > previousSequence) }
            return .request(isUpdate: highest > 0)
        case "REPLY": return .reply
        case "ADD": return .add
        case "CANCEL": return .cancel
        case "REFRESH": return .refresh
        case "COUNTER": return .counter
        case "DECLINECOUNTER": return .declineCounter
        default: return .other(method)
        }
    }

    /// Builds an iTIP REPLY to a REQUEST for one attendee (RFC 5546 §3.2.3).
    ///
    /// Each VEVENT of the request (master and overridden instances) gives one VEVENT with the same UID,
    /// SEQUENCE and RECURRENCE-ID, the ORGANIZER, DTSTART/DTEND/SUMMARY, a fresh DTSTAMP and only that
    /// ATTENDEE with the new PARTSTAT. An attendee not invited is added (RFC 5546 §2.1.5 "party crasher").
    /// VTIMEZONEs the kept times use are copied.
    public static func makeReply(
        to request: ICalendar, attendee email: String, partStat: ParticipationStatus,
        now: DateTime = DateTime.now(), prodID: String? = nil
    ) -> ICalendar {
        let wanted = email.lowercased()
        var reply = ICalendar(method: "REPLY", prodID: prodID ?? ICalendarWriter.defaultProdID, version: "2.0")
        var usedTZIDs = Set<String>()
        var events: [Member] = []
        for e in request.events {
            var r = Event(uid: e.uid, dtstamp: now, sequence: e.sequence, summary: e.summary)
            r.start = e.start
            r.end = e.end
            r.duration = e.duration
            r.recurrenceID = e.recurrenceID
            r.organizer = e.organizer
            if let range = e.extraParameters["RECURRENCE-ID"] { r.extraParameters["RECURRENCE-ID"] = range }
            var me =
                e.attendees.first { $0.email?.lowercased() == wanted }
                ?? CalendarUser(address: "mailto:" + email, role: "NON-PARTICIPANT")
            me.partStat = partStat.rawValue
            me.rsvp = nil
            r.attendees = [me]
            for d in [r.start, r.end, r.recurrenceID] { if let id = d?.tzid { usedTZIDs.insert(id) } }
            events.append(.event(r))
        }
        for tz in request.timeZones where usedTZIDs.contains(tz.tzid) { reply.components.append(.timeZone(tz)) }
        reply.components.append(contentsOf: events)
        reply.addMissingTimeZones()
        return reply
    }
}
