import ArgumentParser
import Foundation
import InviteExtraction
import InviteICalendar
import InviteMIME
import InviteModel

extension Invite {
    /// `invite reply`: an iTIP REPLY (RFC 5546 §3.2.3) to an invitation.
    struct Reply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer an invitation: write an iTIP REPLY (.ics, or a whole iMIP email with --email)."
        )

        @Argument(help: "The invitation: a message with a calendar part, a bare .ics, or any message parse reads.")
        var input: String = "-"

        @Flag(exclusivity: .exclusive, help: "The answer.")
        var answer: Answer

        @Option(name: .customLong("as"), help: "The attendee answering (their email address).")
        var attendee: String

        @Flag(help: "Write a whole iMIP email (RFC 6047) addressed to the organizer instead of the .ics.")
        var email = false

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        @OptionGroup var common: CommonOptions

        enum Answer: String, EnumerableFlag {
            case accept, decline, tentative

            var partStat: ICalendar.ParticipationStatus {
                switch self {
                case .accept: .accepted
                case .decline: .declined
                case .tentative: .tentative
                }
            }
        }

        func validate() throws {
            // Exactly one bare addr-spec: no display name, no line breaks or spaces (they would reach the .ics).
            let mailboxes = AddressParser.parse(Array(attendee.utf8)).flatMap(\.mailboxes)
            guard mailboxes.count == 1, mailboxes[0].addrSpec == attendee, attendee.contains("@"),
                !attendee.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
            else {
                throw ValidationError("--as: not an email address: \(attendee)")
            }
        }

        func run() async throws {
            let bytes = try InputFile.read(input)
            let request = try requestCalendar(bytes)
            guard !request.events.isEmpty else {
                throw CLIError(exitCode: 1, message: "\(InputFile.displayName(input)): no invitation to reply to")
            }
            let reply = ICalendar.makeReply(to: request, attendee: attendee, partStat: answer.partStat)
            let ics = ICalendarWriter().write(reply)
            guard email else { return try Output.write(to: output, ics) }
            try Output.write(
                to: output, ReplyEmail.make(reply: reply, ics: ics, from: attendee, answer: answer.rawValue))
        }

        /// The REQUEST to answer: the first calendar part (kept whole, so UID, SEQUENCE and RECURRENCE-ID
        /// are exactly the organizer's), else a calendar built from the invitation read from the message.
        private func requestCalendar(_ bytes: [UInt8]) throws -> ICalendar {
            let kind = InputKind.detect(bytes)
            if kind == .calendar, let calendar = try? ICalendar.parse(bytes).calendars.first {
                return calendar
            }
            if kind == .message {
                let message = Message(bytes: bytes)
                for part in message.leafParts where CalendarSource.isCalendar(part) {
                    if let body = part.body, let calendar = try? ICalendar.parse(body).calendars.first,
                        !calendar.events.isEmpty
                    {
                        return calendar
                    }
                }
            }
            let invitations: [Invitation]
            do {
                invitations = try InvitationExtractor(options: common.extractionOptions()).document(for: bytes)
                    .invitations
            } catch {
                throw CLIError(exitCode: 65, message: "\(InputFile.displayName(input)): \(error)")
            }
            return ICalendar(invitations: Array(invitations.prefix(1)), method: "REQUEST")
        }
    }
}
