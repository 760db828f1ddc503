import ArgumentParser
import Foundation
import InviteExtraction
import InviteModel

extension Invite {
    /// `invite parse`: one message to the contract's JSON document.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read one message (.eml, .ics, HTML or text) and print its invitations as JSON."
        )

        @Argument(help: "The input file; '-' or nothing reads stdin.")
        var input: String = "-"

        @OptionGroup var common: CommonOptions

        @Option(help: "Output format: json or text.")
        var format: OutputFormat = .json

        @Flag(help: "Add the readable body text (\"text\") to the JSON document.")
        var includeText = false

        func run() async throws {
            let bytes = try InputFile.read(input)
            var options = try common.extractionOptions()
            options.includesText = includeText
            let extractor = InvitationExtractor(options: options)
            let document: ParseDocument
            do {
                document = try extractor.document(for: bytes)
            } catch {
                throw CLIError(exitCode: 65, message: "\(InputFile.displayName(input)): \(error)")
            }
            switch format {
            case .json: try Output.write(JSONOutput.encode(document))
            case .text: try Output.write(Array(TextSummary.render(document).utf8))
            }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}
