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
        return options
    }
}
