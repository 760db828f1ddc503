import ArgumentParser
import Foundation
import InviteICalendar
import InviteModel

extension Invite {
    /// `invite ics`: a message or an invitation JSON document to an RFC 5545 `.ics`.
    struct ICS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Write the invitations of a message or an invitation JSON document as an iCalendar (.ics) file."
        )

        @Argument(help: "A message (as for parse) or an invitation JSON document; '-' reads stdin.")
        var input: String = "-"

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @Option(help: "The iTIP method to write: REQUEST, PUBLISH, CANCEL, … (default: the invitation's own).")
        var method: String?

        @Option(
            help: "Instead of the .ics, print the occurrences that start in FROM..TO (ISO 8601 dates or date-times).")
        var expand: String?

        @OptionGroup var common: CommonOptions

        func run() async throws {
            var invitations = try InvitationInput.invitations(from: input, options: common.extractionOptions())
            guard !invitations.isEmpty else {
                throw CLIError(exitCode: 1, message: "\(InputFile.displayName(input)): no invitation to write")
            }
            let method = method?.uppercased()
            if method == "CANCEL" {
                // RFC 5546 §3.2.5: same UID, a higher SEQUENCE, STATUS:CANCELLED.
                invitations = invitations.map {
                    var cancelled = $0
                    cancelled.sequence = ($0.sequence ?? 0) + 1
                    cancelled.status = "CANCELLED"
                    return cancelled
                }
            }
            let calendar = ICalendar(invitations: invitations, method: method)
            if let expand {
                try Output.write(to: output, Array(try occurrences(of: calendar, in: expand).utf8))
                return
            }
            try Output.write(to: output, ICalendarWriter().write(calendar))
        }

        /// One line per occurrence: start and end in RFC 3339 with the offset in force.
        private func occurrences(of calendar: ICalendar, in window: String) throws -> String {
            let bounds = window.components(separatedBy: "..")
            guard bounds.count == 2, let from = InvitationTime(bounds[0]), let to = InvitationTime(bounds[1]) else {
                throw ValidationError("--expand: expected FROM..TO with ISO 8601 dates, e.g. 2024-01-01..2024-12-31")
            }
            func instant(_ t: InvitationTime) -> Date {
                let days = InvitationTime.daysSince1970(year: t.year, month: t.month, day: t.day)
                let clock = t.time.map { $0.hour * 3600 + $0.minute * 60 + $0.second } ?? 0
                return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + clock - (t.utcOffsetSeconds ?? 0)))
            }
            var lines: [String] = []
            for event in calendar.events {
                for occurrence in event.occurrences(from: instant(from), to: instant(to), timeZones: calendar.timeZones)
                {
                    let start = Self.rfc3339(occurrence.start, offset: occurrence.utcOffsetSeconds)
                    let end = occurrence.end.map { " " + Self.rfc3339($0, offset: occurrence.utcOffsetSeconds) } ?? ""
                    lines.append(start + end + (event.summary.map { "  " + $0 } ?? ""))
                }
            }
            return lines.map { $0 + "\n" }.joined()
        }

        private static func rfc3339(_ value: ICalendar.DateTime, offset: Int?) -> String {
            let t =
                value.isDate
                ? InvitationTime(year: value.year, month: value.month, day: value.day)
                : InvitationTime(
                    year: value.year, month: value.month, day: value.day, hour: value.hour, minute: value.minute,
                    second: value.second, utcOffsetSeconds: offset
                )
            return t.description
        }
    }
}
