import InviteHTML
import Testing

@Suite struct SchemaOrgReaderTests {
    static func events(_ json: String) -> [SchemaOrgEvent] {
        SchemaOrgReader.events(inJSONLD: Array(json.utf8))
    }

    @Test("a plain Event")
    func plain() {
        let e = Self.events(#"{"@context":"https://schema.org","@type":"Event","name":"A","startDate":"2026-01-02"}"#)
        #expect(e == [SchemaOrgEvent(syntax: .jsonLD, type: "Event", name: "A", startDate: "2026-01-02")])
    }

    @Test(
        "subtypes, arrays of types, compact and full IRIs",
        arguments: [
            #"{"@type":"SocialEvent","name":"x"}"#,
            #"{"@type":["Thing","http://schema.org/BusinessEvent"],"name":"x"}"#,
            #"{"@type":"schema:EducationEvent","name":"x"}"#, #"[{"@type":"Hackathon","name":"x"}]"#,
            #"{"@graph":[{"@type":"WebPage"},{"@type":"Festival","name":"x"}]}"#,
            #"{"@type":"WebPage","mainEntity":{"@type":"MusicEvent","name":"x"}}"#,
        ])
    func types(_ json: String) {
        let e = Self.events(json)
        #expect(e.count == 1)
        #expect(e.first?.name == "x")
    }

    @Test("not events: no result")
    func notEvents() {
        #expect(Self.events(#"{"@type":"Organization","name":"Acme"}"#).isEmpty)
        #expect(Self.events(#"{"@type":"FlightReservation","reservationFor":{"@type":"Flight"}}"#).isEmpty)
        #expect(Self.events("not json at all").isEmpty)
        #expect(Self.events("").isEmpty)
    }

    @Test("tolerated: trailing commas, comments, single quotes, raw newlines, wrappers, several values")
    func tolerant() {
        let json = """
            <!--
            // a comment
            {'@type': 'Event', /* inline */ "name": "Line one
            line two", "startDate": "2026-01-02",},
            {"@type": "Event", "name": "Second",}
            -->
            """
        #expect(Self.events(json).map(\.name) == ["Line one line two", "Second"])
    }

    @Test("escapes: \\u, surrogate pairs, escaped slashes; HTML entities in values")
    func escapes() {
        let e = Self.events(#"{"@type":"Event","name":"caf\u00e9 \ud83d\ude00 a\/b &amp; c"}"#)
        #expect(e.first?.name == "café 😀 a/b & c")
    }

    @Test("HTML-escaped JSON-LD is unescaped before parsing")
    func htmlEscaped() {
        let e = Self.events("{&quot;@type&quot;:&quot;Event&quot;,&quot;name&quot;:&quot;Tom &amp;amp; Jerry&quot;}")
        #expect(e.first?.name == "Tom & Jerry")
    }

    @Test("very deep JSON is refused, not a stack overflow")
    func deep() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(Self.events(json).isEmpty)
    }

    @Test("EventReservation: reservationFor is the event, underName its holder")
    func reservation() {
        let e = Self.events(
            #"{"@type":"EventReservation","reservationStatus":"https://schema.org/ReservationConfirmed","underName":{"@type":"Person","name":"Ann","email":"ann@example.com"},"reservationFor":{"@type":"Event","name":"Gig","startDate":"2026-05-01T20:00:00+02:00"}}"#
        )
        #expect(e.count == 1)
        #expect(e.first?.reservationHolder == SchemaOrgParty(name: "Ann", email: "ann@example.com"))
        #expect(e.first?.reservationStatus == "ReservationConfirmed")
    }

    @Test("places: Place with PostalAddress, address as text, VirtualLocation, plain text and URL strings")
    func places() {
        let e = Self.events(
            #"""
            {"@type":"Event","location":[
              {"@type":"Place","name":"Hall","address":{"@type":"PostalAddress","streetAddress":"1 Main St","addressLocality":"Springfield","postalCode":"12345","addressCountry":{"@type":"Country","name":"US"}}},
              {"@type":"Place","name":"Annex","address":"2 Side St"},
              {"@type":"VirtualLocation","url":"https://v.example.com/1"},
              "Online", "https://v.example.com/2"]}
            """#
        )
        #expect(
            e.first?.locations == [
                SchemaOrgPlace(
                    name: "Hall", streetAddress: "1 Main St", addressLocality: "Springfield", postalCode: "12345",
                    addressCountry: "US"
                ),
                SchemaOrgPlace(name: "Annex", address: "2 Side St"),
                SchemaOrgPlace(isVirtual: true, url: "https://v.example.com/1"),
                SchemaOrgPlace(name: "Online"),
                SchemaOrgPlace(isVirtual: true, url: "https://v.example.com/2"),
            ]
        )
    }

    @Test("people and organizations; @id references inside @graph")
    func parties() {
        let e = Self.events(
            #"""
            {"@graph":[{"@id":"#o","@type":"Organization","name":"Org"},
             {"@type":"Event","organizer":{"@id":"#o"},"attendee":[{"@type":"Person","givenName":"Bo","familyName":"Li","email":"mailto:bo@example.com"},"carl@example.com"],
              "performer":{"@type":"Person","name":"Dee","worksFor":{"@type":"Organization","name":"Band"}},
              "eventStatus":"https://schema.org/EventCancelled","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode"}]}
            """#
        )
        let event = e.first
        #expect(event?.organizer == SchemaOrgParty(isOrganization: true, name: "Org"))
        #expect(
            event?.attendees == [
                SchemaOrgParty(name: "Bo Li", email: "bo@example.com"), SchemaOrgParty(email: "carl@example.com"),
            ]
        )
        #expect(event?.performers == [SchemaOrgParty(name: "Dee", affiliation: "Band")])
        #expect(event?.eventStatus == "EventCancelled")
        #expect(event?.eventAttendanceMode == "OnlineEventAttendanceMode")
    }

    @Test("microdata: nested items, attribute values, several itemprop names, items inside hidden elements")
    func microdata() {
        let d = HTMLReader.read(
            """
            <div style="display:none" itemscope itemtype="http://schema.org/Event">
              <span itemprop="name headline">Hidden <b>event</b></span>
              <time itemprop="startDate" datetime="2026-06-01T10:00:00Z">June 1</time>
              <a itemprop="url" href="https://e.example.com/1">page</a>
              <div itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name">Hall</span></div>
              <div itemprop="organizer" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Org"></div>
            </div>
            """
        )
        #expect(d.plainText == "")
        #expect(
            d.events == [
                SchemaOrgEvent(
                    syntax: .microdata, type: "Event", name: "Hidden event", startDate: "2026-06-01T10:00:00Z",
                    locations: [SchemaOrgPlace(name: "Hall")],
                    organizer: SchemaOrgParty(isOrganization: true, name: "Org"),
                    url: "https://e.example.com/1"
                )
            ]
        )
    }

    @Test("a broken JSON-LD block gives a warning and does not hide the others")
    func brokenBlock() {
        let d = HTMLReader.read(
            "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": </script>"
                + "<script type='Application/LD+JSON'>{\"@type\":\"Event\",\"name\":\"ok\"}</script>"
        )
        #expect(d.events.map(\.name) == ["ok"])
        #expect(d.warnings.contains { $0.contains("JSON-LD") })
    }
}
