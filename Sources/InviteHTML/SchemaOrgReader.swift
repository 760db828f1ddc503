/// Reads schema.org `Event` markup: JSON-LD blocks and microdata items.
public enum SchemaOrgReader {
    /// The events described by one JSON-LD block (the text of a `<script type="application/ld+json">`).
    ///
    /// Tolerates `@graph`, arrays, several values in a row, trailing commas, comments, a `<!-- -->` or CDATA
    /// wrapper, and content that was HTML-escaped (`&quot;`). Returns `[]` when nothing parses.
    public static func events(inJSONLD bytes: [UInt8]) -> [SchemaOrgEvent] {
        var warnings: [String] = []
        return events(inJSONLD: bytes, warnings: &warnings)
    }

    static func events(inJSONLD bytes: [UInt8], warnings: inout [String]) -> [SchemaOrgEvent] {
        let body = unwrapScriptText(bytes)
        guard !body.isEmpty else { return [] }
        var value = JSONParser.parse(body)
        if value == nil, body.contains(UInt8(ascii: "&")) {
            value = JSONParser.parse(Array(HTMLEntities.decode(body).utf8))
        }
        guard let value else {
            warnings.append("JSON-LD block of \(bytes.count) bytes could not be parsed; skipped")
            return []
        }
        return events(in: value, syntax: .jsonLD)
    }

    static func events(in root: JSONValue, syntax: SchemaOrgEvent.Syntax) -> [SchemaOrgEvent] {
        var extractor = Extractor(syntax: syntax)
        extractor.index(root, depth: 0)
        extractor.collect(root, depth: 0)
        return extractor.events
    }

    /// Strips whitespace and `<!--`/`-->`/`<![CDATA[`/`]]>` wrappers around a script's text.
    private static func unwrapScriptText(_ bytes: [UInt8]) -> [UInt8] {
        var lo = 0
        var hi = bytes.count
        func trim() {
            while lo < hi, bytes[lo] <= 0x20 { lo += 1 }
            while hi > lo, bytes[hi - 1] <= 0x20 { hi -= 1 }
        }
        func strip(prefix: String) -> Bool {
            let p = Array(prefix.utf8)
            guard hi - lo >= p.count, bytes[lo..<(lo + p.count)].elementsEqual(p) else { return false }
            lo += p.count
            return true
        }
        func strip(suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            guard hi - lo >= s.count, bytes[(hi - s.count)..<hi].elementsEqual(s) else { return false }
            hi -= s.count
            return true
        }
        trim()
        var changed = true
        while changed {
            changed = false
            for p in ["<!--", "<![CDATA[", "//<![CDATA[", "/*<![CDATA[*/"] where strip(prefix: p) {
                changed = true
                trim()
            }
            for s in ["-->", "]]>", "//]]>", "/*]]>*/"] where strip(suffix: s) {
                changed = true
                trim()
            }
        }
        return Array(bytes[lo..<hi])
    }
}

private let eventTypes: Set<String> = [
    "Event", "BusinessEvent", "ChildrensEvent", "ComedyEvent", "CourseInstance", "DanceEvent", "DeliveryEvent",
    "EducationEvent", "EventSeries", "ExhibitionEvent", "Festival", "FoodEvent", "Hackathon", "LiteraryEvent",
    "MusicEvent", "PublicationEvent", "BroadcastEvent", "OnDemandEvent", "SaleEvent", "ScreeningEvent",
    "SocialEvent", "SportsEvent", "TheaterEvent", "VisualArtsEvent",
]

private let personTypes: Set<String> = ["Person", "Patient"]

/// The local name of a schema.org IRI or compact IRI: `https://schema.org/Event` → `Event`.
func schemaLocalName(_ s: String) -> String {
    var utf8 = Substring(s).utf8
    while let last = utf8.last, last == UInt8(ascii: "/") || last == 0x20 { utf8 = utf8.dropLast() }
    if let cut = utf8.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "#") }
    ) {
        utf8 = utf8[utf8.index(after: cut)...]
    }
    return String(Substring(utf8))
}

private struct Extractor {
    let syntax: SchemaOrgEvent.Syntax
    var events: [SchemaOrgEvent] = []
    var byID: [String: JSONValue] = [:]

    init(syntax: SchemaOrgEvent.Syntax) { self.syntax = syntax }

    /// Records every node that has an `@id` and content, so references can be resolved.
    mutating func index(_ v: JSONValue, depth: Int) {
        guard depth < 64 else { return }
        switch v {
        case .array(let a):
            for e in a { index(e, depth: depth + 1) }
        case .object(let members):
            if let id = v["@id"]?.text, members.count > 1, byID[id] == nil { byID[id] = v }
            for m in members { index(m.value, depth: depth + 1) }
        default: break
        }
    }

    func resolve(_ v: JSONValue) -> JSONValue {
        guard case .object(let members) = v, members.count <= 2, let id = v["@id"]?.text,
            members.allSatisfy({ $0.key == "@id" || $0.key == "@type" }), let target = byID[id]
        else { return v }
        return target
    }

    func types(_ v: JSONValue) -> [String] {
        (v["@type"] ?? v["type"])?.list.compactMap { $0.text.map(schemaLocalName) } ?? []
    }

    mutating func collect(_ v: JSONValue, depth: Int) {
        guard depth < 64 else { return }
        switch v {
        case .array(let a):
            for e in a { collect(e, depth: depth + 1) }
        case .object(let members):
            let t = types(v)
            if let type = t.first(where: eventTypes.contains) {
                events.append(event(v, type: type))
                return
            }
            if t.contains(where: { $0.hasSuffix("Reservation") }), let target = v["reservationFor"] {
                let holder = (v["underName"]?.list.first).map { party(resolve($0)) }
                let status = v["reservationStatus"]?.text.map(schemaLocalName)
                var found = false
                for item in target.list.map(resolve) {
                    let itemTypes = types(item)
                    guard itemTypes.isEmpty || itemTypes.contains(where: eventTypes.contains) else { continue }
                    var e = event(item, type: itemTypes.first(where: eventTypes.contains) ?? "Event")
                    e.reservationHolder = holder
                    e.reservationStatus = status
                    events.append(e)
                    found = true
                }
                if found { return }
            }
            for m in members where m.key != "@context" { collect(m.value, depth: depth + 1) }
        default: break
        }
    }

    func event(_ v: JSONValue, type: String) -> SchemaOrgEvent {
        var e = SchemaOrgEvent(syntax: syntax, type: type)
        e.name = text(v["name"])
        e.startDate = text(v["startDate"] ?? v["startTime"])
        e.endDate = text(v["endDate"] ?? v["endTime"])
        e.description = text(v["description"])
        e.url = text(v["url"])
        e.eventStatus = text(v["eventStatus"]).map(schemaLocalName)
        e.eventAttendanceMode = text(v["eventAttendanceMode"]).map(schemaLocalName)
        e.locations = (v["location"]?.list ?? []).compactMap { place(resolve($0)) }
        e.organizer = (v["organizer"]?.list.first).map { party(resolve($0)) }
        e.attendees = ((v["attendee"] ?? v["attendees"])?.list ?? []).map { party(resolve($0)) }
        e.performers = ((v["performer"] ?? v["performers"])?.list ?? []).map { party(resolve($0)) }
        return e
    }

    /// A scalar value as trimmed text, decoding HTML entities and unwrapping `{"@value": …}`.
    func text(_ v: JSONValue?) -> String? {
        guard let v else { return nil }
        var raw: String?
        switch v {
        case .object: raw = text(v["@value"] ?? v["name"] ?? v["@id"])
        case .array(let a): raw = a.lazy.compactMap { self.text($0) }.first
        default: raw = v.text
        }
        guard let raw else { return nil }
        let cleaned = HTMLEntities.normalizeSpace(
            raw.utf8.contains(UInt8(ascii: "&")) ? HTMLEntities.decode(Array(raw.utf8)) : raw)
        return cleaned.isEmpty ? nil : cleaned
    }

    func place(_ v: JSONValue) -> SchemaOrgPlace? {
        if case .object = v {
            let t = types(v)
            var p = SchemaOrgPlace()
            p.isVirtual = t.contains("VirtualLocation")
            p.name = text(v["name"])
            p.url = text(v["url"])
            if let address = v["address"].map(resolve) {
                if case .object = address {
                    p.streetAddress = text(address["streetAddress"])
                    p.addressLocality = text(address["addressLocality"])
                    p.addressRegion = text(address["addressRegion"])
                    p.postalCode = text(address["postalCode"])
                    p.addressCountry = text(address["addressCountry"])
                    if p.streetAddress == nil, p.addressLocality == nil, p.postalCode == nil {
                        p.address = text(address["name"])
                    }
                } else {
                    p.address = text(address)
                }
            }
            return p
        }
        guard let s = text(v) else { return nil }
        if s.hasPrefix("http://") || s.hasPrefix("https://") { return SchemaOrgPlace(isVirtual: true, url: s) }
        return SchemaOrgPlace(name: s)
    }

    func party(_ v: JSONValue) -> SchemaOrgParty {
        guard case .object = v else {
            let s = text(v)
            if let s, s.contains("@"), !s.contains(" ") { return SchemaOrgParty(email: stripMailto(s)) }
            return SchemaOrgParty(name: s)
        }
        let t = types(v)
        var p = SchemaOrgParty()
        p.isOrganization = !t.isEmpty && !t.contains(where: personTypes.contains)
        p.name =
            text(v["name"])
            ?? [text(v["givenName"]), text(v["familyName"])].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        p.email = text(v["email"]).map(stripMailto)
        p.url = text(v["url"])
        p.affiliation = text((v["worksFor"] ?? v["affiliation"] ?? v["memberOf"]).map(resolve))
        return p
    }

    func stripMailto(_ s: String) -> String {
        s.lowercased().hasPrefix("mailto:") ? String(s.dropFirst(7)) : s
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
