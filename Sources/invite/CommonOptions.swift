import ArgumentParser
import Foundation
import InviteExtraction
import InviteModel

/// Options every reading command shares (CONTRACT.md "Common options").
struct CommonOptions: ParsableArguments {
    @Option(help: "The 'now' relative dates resolve against (ISO 8601 date or date-time).")
    var referenceDate: String?

    @Option(help: "IANA zone for local times that name no zone.")
    var timeZone: String?

    @Option(
        help:
            "A folder of extra language packs (*.pack, the built-in format); a pack replaces the built-in one of its language."
    )
    var languages: String?

    func extractionOptions() throws -> ExtractionOptions {
        var options = ExtractionOptions()
        if let referenceDate {
            guard let value = InvitationTime(referenceDate) else {
                throw ValidationError("--reference-date: not an ISO 8601 date or date-time: \(referenceDate)")
            }
            options.referenceDate = value
        }
        if let timeZone {
            guard TimeZone(identifier: timeZone) != nil else {
                throw ValidationError("--time-zone: unknown IANA zone: \(timeZone)")
            }
            options.timeZone = timeZone
        }
        if let languages {
            let extra: [LanguagePack]
            do {
                extra = try LanguagePack.load(directory: languages)
            } catch {
                throw CLIError(exitCode: 66, message: "\(languages): \(error)")
            }
            let replaced = Set(extra.map(\.code))
            options.languagePacks = LanguagePack.builtin.filter { !replaced.contains($0.code) } + extra
        }
        return options
    }
}
