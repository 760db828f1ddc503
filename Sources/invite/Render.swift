import ArgumentParser
import Foundation
import InviteModel
import InviteTemplates

extension Invite {
    /// `invite render`: an invitation through a template.
    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render an invitation: email (a whole iMIP message), text, html, ics, or a template of yours.",
            discussion:
                "Templates are Mustache files; --templates DIR overrides the built-in ones by name and adds new targets."
        )

        @Argument(help: "The template: email, text, html, ics, or the name of one in --templates.")
        var template: String

        @Argument(help: "An invitation JSON document (what parse prints, or one invitation); '-' reads stdin.")
        var input: String = "-"

        @Option(help: "A folder of .mustache templates that override or add to the built-in ones.")
        var templates: String?

        @Option(help: "Which invitation of the document to render (0-based).")
        var index: Int = 0

        @Option(help: "The language of dates and labels (en, fr, de, es); default: the message's language.")
        var language: String?

        @Option(help: "iTIP method for email/ics: REQUEST (default), CANCEL (same UID, SEQUENCE+1) or PUBLISH.")
        var method: String?

        @Option(help: "IANA zone to show times in (default: the invitation's own).")
        var timeZone: String?

        @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
        var output: String?

        func run() async throws {
            let bytes = try InputFile.read(input)
            let (invitations, messageLanguage) = try Self.decode(bytes, path: input)
            guard invitations.indices.contains(index) else {
                throw CLIError(
                    exitCode: 1,
                    message:
                        "\(InputFile.displayName(input)): no invitation at index \(index) (the document holds \(invitations.count))"
                )
            }
            let renderer: InvitationRenderer
            do {
                renderer = try InvitationRenderer(templatesDirectory: templates)
            } catch let error as InvitationRenderError where error.code == .templatesDirectory {
                throw CLIError(exitCode: 66, message: error.description)
            } catch {
                throw CLIError(exitCode: 1, message: "\(error)")
            }
            let options = RenderOptions(
                language: language ?? messageLanguage, method: method?.uppercased(), timeZone: timeZone,
                nowUTCOffsetSeconds: TimeZone.current.secondsFromGMT()
            )
            do {
                try Output.write(
                    to: output, renderer.render(template, invitation: invitations[index], options: options))
            } catch let error as InvitationRenderError where error.code == .unknownTarget {
                throw CLIError(
                    exitCode: 64, message: "\(error) (available: \(renderer.availableTargets.joined(separator: ", ")))"
                )
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError(exitCode: 1, message: "\(InputFile.displayName(input)): \(error)")
            }
        }

        /// The invitations of a JSON document and the language its message was written in.
        private static func decode(_ bytes: [UInt8], path: String) throws -> ([Invitation], String?) {
            let data = Data(bytes)
            if let document = try? JSONDecoder().decode(ParseDocument.self, from: data), !document.invitations.isEmpty {
                return (document.invitations, document.message.language)
            }
            return (try InvitationInput.decodeJSON(bytes, path: path), nil)
        }
    }
}
