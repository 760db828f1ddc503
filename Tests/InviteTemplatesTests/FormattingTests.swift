import Foundation
import InviteModel
import InviteTemplates
import Testing

/// Dates, times, zones and recurrences in words, through the `text` target's "When" line.
@Suite struct FormattingTests {
    private func whenLine(
        _ invitation: Invitation, language: String, timeZone: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (when: String, repeats: String?) {
        let options = RenderOptions(language: language, timeZone: timeZone, now: goldenNow, seed: 1)
        let text = string(try InvitationRenderer().render("text", invitation: invitation, options: options))
        let rows = text.split(separator: "\n").map(String.init)  // heading, title, When, Repeats?
        func value(_ row: String?) -> String? {
            guard let row, let colon = row.range(of: ": ") else { return nil }
            return String(row[colon.upperBound...])
        }
        return (value(rows.dropFirst(2).first) ?? "", value(rows.dropFirst(3).first))
    }

    private func meeting(
        _ start: String, _ end: String?, zone: String? = "America/Los_Angeles", allDay: Bool = false,
        rule: String? = nil
    ) -> Invitation {
        Invitation(
            source: .calendar, title: "T", start: InvitationTime(start), end: end.flatMap { InvitationTime($0) },
            timeZone: zone, isAllDay: allDay, recurrence: rule)
    }

    @Test(
        "the examples of the issue, in each language",
        arguments: [
            ("en", "Friday 24 August 2018, 13:00–15:00 (PDT)"),
            ("fr", "vendredi 24 août 2018, 13 h – 15 h (UTC−7)"),
            ("de", "Freitag, 24. August 2018, 13:00–15:00 (GMT-7)"),
            ("es", "viernes, 24 de agosto de 2018, 13:00–15:00 (GMT-7)"),
        ])
    func examples(language: String, expected: String) throws {
        let invitation = meeting("2018-08-24T13:00:00-07:00", "2018-08-24T15:00:00-07:00")
        #expect(try whenLine(invitation, language: language).when == expected)
    }

    @Test("minutes, no end, an offset without a zone, and a floating time")
    func variants() throws {
        #expect(
            try whenLine(meeting("2018-08-24T09:05:00-07:00", "2018-08-24T10:30:00-07:00"), language: "fr").when
                == "vendredi 24 août 2018, 9 h 05 – 10 h 30 (UTC−7)")
        #expect(
            try whenLine(meeting("2018-08-24T13:00:00-07:00", nil), language: "en").when
                == "Friday 24 August 2018, 13:00 (PDT)")
        #expect(
            try whenLine(meeting("2018-08-24T13:00:00+05:30", nil, zone: nil), language: "en").when
                == "Friday 24 August 2018, 13:00 (UTC+5:30)")
        #expect(
            try whenLine(meeting("2018-09-01T13:00:00", "2018-09-01T14:00:00", zone: nil), language: "fr").when
                == "samedi 1er septembre 2018, 13 h – 14 h")
    }

    @Test("all-day and multi-day forms")
    func allDay() throws {
        #expect(
            try whenLine(meeting("2018-10-14", nil, zone: nil, allDay: true), language: "en").when
                == "Sunday 14 October 2018 (all day)")
        #expect(
            try whenLine(meeting("2018-10-14", "2018-10-14", zone: nil, allDay: true), language: "fr").when
                == "dimanche 14 octobre 2018 (toute la journée)")
        #expect(
            try whenLine(meeting("2018-10-14", "2018-10-16", zone: nil, allDay: true), language: "fr").when
                == "dimanche 14 octobre 2018 – mardi 16 octobre 2018")
        #expect(
            try whenLine(meeting("2018-08-24T22:00:00-07:00", "2018-08-25T02:00:00-07:00"), language: "en").when
                == "Friday 24 August 2018, 22:00 – Saturday 25 August 2018, 02:00 (PDT)")
    }

    @Test("times are shown in the display zone when one is given, DST included")
    func displayZone() throws {
        let invitation = meeting("2018-08-24T13:00:00-07:00", "2018-08-24T14:00:00-07:00")
        #expect(
            try whenLine(invitation, language: "fr", timeZone: "Europe/Paris").when
                == "vendredi 24 août 2018, 22 h – 23 h (UTC+2)")
        let winter = meeting("2018-12-07T13:00:00-08:00", "2018-12-07T14:00:00-08:00")
        #expect(try whenLine(winter, language: "en").when == "Friday 7 December 2018, 13:00–14:00 (PST)")
        #expect(
            try whenLine(winter, language: "en", timeZone: "America/New_York").when
                == "Friday 7 December 2018, 16:00–17:00 (EST)")
    }

    @Test(
        "simple recurrences in words, others as the RRULE",
        arguments: [
            ("en", "FREQ=WEEKLY;BYDAY=TU", "Weekly on Tuesdays"),
            ("fr", "FREQ=WEEKLY;BYDAY=TU", "Chaque semaine le mardi"),
            ("en", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "Every 2 weeks on Mondays and Wednesdays"),
            ("fr", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", "Toutes les 2 semaines le lundi, mercredi et vendredi"),
            ("en", "FREQ=WEEKLY", "Weekly on Fridays"),
            ("en", "FREQ=DAILY;COUNT=5", "Daily, 5 times"),
            ("fr", "FREQ=MONTHLY;UNTIL=20181231T235959Z", "Chaque mois, jusqu'au lundi 31 décembre 2018"),
            ("de", "FREQ=YEARLY", "Jährlich"),
            ("es", "FREQ=WEEKLY;BYDAY=TU", "Todas las semanas los martes"),
            ("en", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("en", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ])
    func recurrence(language: String, rule: String, expected: String) throws {
        let invitation = meeting("2018-08-24T13:00:00-07:00", "2018-08-24T15:00:00-07:00", rule: rule)
        #expect(try whenLine(invitation, language: language).repeats == expected)
    }
}

/// A templates directory overrides and extends the bundled set.
@Suite struct TemplatesDirectoryTests {
    private func directory(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("invite-templates-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return url
    }

    @Test("same names override, new names become targets, partials/ stay partials")
    func overrideAndExtend() throws {
        let url = try directory([
            "email.text.mustache": "{{% CONTENT_TYPE: TEXT }}\nOverridden: {{title}}\n",
            "slack.mustache": "{{% CONTENT_TYPE: TEXT }}\n*{{title}}* {{>partials/extra}}\n",
            "partials/extra.mustache": "{{when}}",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let renderer = try InvitationRenderer(templatesDirectory: url.path)
        #expect(renderer.availableTargets == ["email", "html", "ics", "slack", "text"])
        let invitation = try loadInvitation("dst-meeting")
        let options = goldenOptions(language: "en")
        #expect(
            string(try renderer.render("text", invitation: invitation, options: options))
                == "Overridden: Industry meeting on election security\n")
        #expect(
            string(try renderer.render("slack", invitation: invitation, options: options))
                == "*Industry meeting on election security* Friday 24 August 2018, 13:00–15:00 (PDT)\n")
        let email = try renderer.render("email", invitation: invitation, options: options)
        #expect(string(email).contains("Overridden: Industry meeting"))
    }

    @Test("unknown targets, bad templates and missing directories are clear errors")
    func errors() throws {
        let renderer = try InvitationRenderer()
        let invitation = try loadInvitation("dst-meeting")
        let unknown = #expect(throws: InvitationRenderError.self) {
            try renderer.render("nope", invitation: invitation, options: RenderOptions())
        }
        #expect(unknown?.code == .unknownTarget)
        #expect(unknown?.description.contains("email, html, ics, text") == true)
        let method = #expect(throws: InvitationRenderError.self) {
            try renderer.render("ics", invitation: invitation, options: RenderOptions(method: "REFRESH"))
        }
        #expect(method?.code == .unsupportedMethod)
        let url = try directory(["broken.mustache": "{{#open}} never closed"])
        defer { try? FileManager.default.removeItem(at: url) }
        let syntax = #expect(throws: InvitationRenderError.self) {
            try InvitationRenderer(templatesDirectory: url.path)
        }
        #expect(syntax?.code == .templateSyntax)
        #expect(syntax?.subject == "broken.mustache")
        let missing = #expect(throws: InvitationRenderError.self) {
            try InvitationRenderer(templatesDirectory: "/nonexistent/templates")
        }
        #expect(missing?.code == .templatesDirectory)
    }
}
