import Foundation
import InviteExtraction
import InviteModel

/// Reads the input of `ics` and `render`: an invitation JSON document (what `parse` prints, a single
/// invitation object, or an array of them) or any message `parse` reads.
enum InvitationInput {
    static func invitations(from path: String, options: ExtractionOptions) throws -> [Invitation] {
        let bytes = try InputFile.read(path)
        if let first = bytes.first(where: {
            !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
        }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        {
            return try decodeJSON(bytes, path: path)
        }
        do {
            return try InvitationExtractor(options: options).document(for: bytes).invitations
        } catch {
            throw CLIError(exitCode: 65, message: "\(InputFile.displayName(path)): \(error)")
        }
    }

    static func decodeJSON(_ bytes: [UInt8], path: String) throws -> [Invitation] {
        let decoder = JSONDecoder()
        let data = Data(bytes)
        if let document = try? decoder.decode(ParseDocument.self, from: data) { return document.invitations }
        if let list = try? decoder.decode([Invitation].self, from: data) { return list }
        do {
            return [try decoder.decode(Invitation.self, from: data)]
        } catch let DecodingError.dataCorrupted(context) {
            throw CLIError(
                exitCode: 65, message: "\(InputFile.displayName(path)): invalid JSON: \(context.debugDescription)")
        } catch let DecodingError.typeMismatch(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw CLIError(
                exitCode: 65, message: "\(InputFile.displayName(path)): \(field): \(context.debugDescription)")
        } catch {
            throw CLIError(
                exitCode: 65, message: "\(InputFile.displayName(path)): not an invitation document: \(error)")
        }
    }
}
