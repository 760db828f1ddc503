// The Invitation ⇄ VEVENT mapping lives in InviteModel. This test target does not declare that
// dependency yet (Package.swift belongs to the lead), so the tests compile only when the module is visible.
#if canImport(InviteModel)
    import Foundation
    import InviteICalendar
    import InviteModel
    import InviteTestSupport
    import Testing

    @Suite struct InvitationMappingTests {
        static let fixtures = Fixture.all(in: "ics", extensions: ["ics"])

        static func encode(_ invitations: [Invitation]) throws -> [UInt8] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(invitations)) + [0x0A]
        }

        @Test("each fixture maps to its golden invitations", arguments: fixtures)
        func golden(_ fixture: Fixture) throws {
            let result = try ICalendar.parse(try fixture.bytes())
            let got = try Self.encode(Invitation.invitations(in: result.calendars))
            let url = fixture.sibling(".expected.json")
            if shouldUpdateGolden {
                try Data(got).write(to: url)
                return
            }
            let expected = try [UInt8](Data(contentsOf: url))
            #expect(got == expected, "\(String(decoding: got, as: UTF8.self))")
        }

        @Test("Invitation → VEVENT → Invitation keeps the calendar fields", arguments: fixtures)
        func reverse(_ fixture: Fixture) throws {
            let result = try ICalendar.parse(try fixture.bytes())
            let invitations = Invitation.invitations(in: result.calendars)
            for original in invitations {
                let cal = ICalendar(invitations: [original])
                let bytes = ICalendarWriter.write(cal)
                #expect(ICalendarLint.check(bytes).isEmpty, "\(ICalendarLint.check(bytes))")
                let back = try #require(Invitation.invitations(in: try ICalendar.parse(bytes).calendars).first)
                #expect(back.title == original.title)
                #expect(back.uid == original.uid)
                #expect(back.start?.secondsSince1970 == original.start?.secondsSince1970)
                if original.timeZone != nil || original.start?.utcOffsetSeconds == nil {
                    #expect(back.start?.description == original.start?.description)
                    #expect(back.end?.description == original.end?.description)
                } else {
                    // An offset without a zone name is written in UTC: same instant, other wall clock.
                    #expect(back.end?.secondsSince1970 == original.end?.secondsSince1970)
                }
                #expect(back.timeZone == original.timeZone)
                #expect(back.isAllDay == original.isAllDay)
                #expect(back.recurrence == original.recurrence)
                #expect(back.host?.email == original.host?.email)
                #expect(back.invitees.map(\.email) == original.invitees.filter { $0.email != nil }.map(\.email))
                #expect(back.conference?.url == original.conference?.url)
                #expect(back.description == original.description)
            }
        }

        @Test("all-day end is the last day, inclusive")
        func allDayEnd() throws {
            let f = try #require(Self.fixtures.first { $0.name == "google-recurring-allday.ics" })
            let inv = try #require(Invitation.invitations(in: try ICalendar.parse(try f.bytes()).calendars).first)
            #expect(inv.start?.description == "2024-10-14")
            #expect(inv.end?.description == "2024-10-16")
            #expect(inv.isAllDay)
            let event = ICalendar.Event(invitation: inv)
            #expect(event.end == ICalendar.DateTime(year: 2024, month: 10, day: 17))
        }
    }
#endif
